/// How a claim's content was found.
enum Pattern: UInt64 {
    /// `X said CONTENT`.
    case after = 1
    /// `CONTENT, X said`.
    case before = 2
    /// `CONTENT, X said, CONTENT`.
    case around = 3
    /// A cue-less quotation continuing a claim from a neighbouring unit.
    case linked = 4
    /// A quotation with no cue of its own: its speaker is in a neighbouring sentence.
    case orphan = 5
    /// A quoted phrase inside reported speech (`X said the move was "illegal"`).
    case fragment = 6
    /// Reported speech found from a quotation inside it, with a cue word the
    /// cue model did not accept on its own (`X pronounced it "easy money"`).
    case anchored = 7
    /// A quotation signed after a dash (`"..."` then `- Bernie Sanders.`).
    case signed = 8
    /// A quotation right after a cue of its own sentence (`Republican
    /// pollster Daron Shaw: "..."`) that the owner model gave to no cue and
    /// no claim continues.
    case introduced = 9
    /// A transcript's turn (`JAKE TAPPER: ...`, `TranscriptFinder`).
    case transcript = 10

    var name: String {
        switch self {
        case .after: return "cue-then-content"
        case .before: return "content-then-cue"
        case .around: return "content-around-cue"
        case .linked: return "quote-continued"
        case .orphan: return "quote-speaker-nearby"
        case .fragment: return "quote-in-reported-speech"
        case .anchored: return "cue-found-from-quote"
        case .signed: return "quote-signed"
        case .introduced: return "quote-after-cue"
        case .transcript: return "transcript-turn"
        }
    }
}

/// A claim before it is written: token ranges and what the models said.
struct Draft {
    /// Index of the cue, or -1 for an orphan quotation.
    var cue: Int
    var parts: [Range<Int>]
    var pattern: Pattern
    var unit: Int
    var owner = 1.0
    var start = 1.0
    var end = 1.0
    /// The draft an orphan takes its speaker from, or a fragment belongs to.
    var related = -1
    var linkedParts = 0
    /// The cue of the speaker a report quotes (`Sanders said, according to
    /// CNN`: the claim is CNN's, `ReportChain`), or -1.
    var inner = -1

    var lo: Int {
        guard var x = parts.first?.lowerBound else { return 0 }
        for r in parts where r.lowerBound < x { x = r.lowerBound }
        return x
    }
    var hi: Int {
        guard var x = parts.first?.upperBound else { return 0 }
        for r in parts where r.upperBound > x { x = r.upperBound }
        return x
    }
}

/// Everything attribution found in a document, in normalized token terms.
struct Analysis {
    var view: DocView
    var cues: [CueRun] = []
    var inCue: [Bool] = []
    var sources: [SourcePick?] = []
    /// The sources as picked, before participles share them.
    var picks: [SourcePick?] = []
    var complexes: [Complex] = []
    var segments: [Segment] = []
    var drafts: [Draft] = []
}

extension Analysis {
    /// The source picked here for cue `c`, when the picks agree: the same
    /// cue, and the same cue marks over its unit and the token after it.
    /// `next` walks `cues` (the cues asked for come in the same order).
    func sameSource(_ c: CueRun, _ next: inout Int, _ marks: [Bool]) -> SourcePick?? {
        while next < cues.count, cues[next].toks.lowerBound < c.toks.lowerBound { next += 1 }
        guard next < cues.count, cues[next].toks == c.toks, cues[next].head == c.head else { return nil }
        let u = view.units[c.unit].toks
        let end = min(u.upperBound + 1, marks.count)
        for k in u.lowerBound..<end where inCue[k] != marks[k] { return nil }
        return .some(picks[next])
    }

    /// Drops the drafts `gone` holds, renumbering what points at drafts: a
    /// pointer to a dropped draft goes to the one it maps to (a report
    /// taken by another claim, `ReportChain`), or to none for -1.
    mutating func removeDrafts(_ gone: [Int: Int]) {
        guard !gone.isEmpty else { return }
        var newIndex = [Int](repeating: -1, count: drafts.count)
        var n = 0
        for d in drafts.indices where gone[d] == nil { newIndex[d] = n; n += 1 }
        func renumbered(_ d: Int) -> Int {
            guard d >= 0 else { return d }
            let to = gone[d] ?? d
            return to < 0 ? -1 : newIndex[to]
        }
        drafts = drafts.indices.filter { gone[$0] == nil }.map { d in
            var x = drafts[d]
            x.related = renumbered(x.related)
            return x
        }
    }
}

/// Runs the finders in order: cues, sources, segments and their owners,
/// content boundaries, quotations continued across units, fragments.
enum Analyzer {
    static func analyze(_ v: DocView, _ m: AttributionModel) -> Analysis {
        let scan = CueScan(v, m)
        var a = beforeLinking(v, scan, m)
        QuoteLinker.link(&a, scan, m)
        anchorQuotes(&a, scan, m)
        addFragments(&a)
        ReportChain.attributeToReports(&a, m)
        return a
    }

    /// A quotation inside a sentence no claim covers is nearly always part of
    /// reported speech: the likeliest cue word before it (by the cue model,
    /// known word or not) becomes its cue, and its content is found as usual.
    static func anchorQuotes(_ a: inout Analysis, _ scan: CueScan, _ m: AttributionModel) {
        let v = a.view
        var covered = QuoteLinker.coverage(a)
        var f = Features()
        // Each unit's quotations, found once (a scan of all per unit would be quadratic).
        let quotesOfUnit = ByUnit(units: v.units.count, count: v.quotes.count) {
            v.quotes[$0].toks.isEmpty ? -1 : Int(v.toks[v.quotes[$0].toks.lowerBound].unit)
        }
        for (ui, u) in v.units.enumerated() where u.hasQuote {
            guard let qk = quotesOfUnit[ui].first(where: { covered[v.quotes[Int($0)].toks.lowerBound] < 0 }) else { continue }
            let q = v.quotes[Int(qk)]
            var outside = 0
            for t in u.toks where !v.toks[t].inQuote && v.toks[t].kind == .word { outside += 1 }
            guard outside >= 4 else { continue }
            var best = -1, bestP = 0.0
            var t = q.toks.lowerBound - 1
            while t >= u.toks.lowerBound && t >= q.toks.lowerBound - 12 {
                let x = v.toks[t]
                if covered[t] >= 0 || a.inCue[t] { break }
                if x.kind == .word, x.shape == .lower, x.cls.isDisjoint(with: Lex.function), !x.inQuote {
                    CueFinder.features(v, t, scan, into: &f)
                    let p = m.cue.probability(f)
                    if p > bestP { bestP = p; best = t }
                }
                t -= 1
            }
            guard best >= 0, bestP >= 0.05 else { continue }
            let c = CueRun(toks: best..<(best + 1), head: best, unit: ui, probability: bestP)
            a.inCue[best] = true
            let src = SourceFinder.pick(v, c, m, a.inCue)
            var hi = best + 1
            while hi < u.toks.upperBound && covered[hi] < 0 && !a.inCue[hi] { hi += 1 }
            let g = Segment(toks: (best + 1)..<hi, unit: ui, left: a.cues.count, right: -1)
            guard !g.toks.isEmpty else { continue }
            a.cues.append(c)
            a.sources.append(src)
            let cw = v.toks[best].word
            let (s, ps) = bestStart(v, g, cw, .after, m, &f)
            let (e, pe) = bestEnd(v, g, s, cw, .after, m, &f)
            guard e > s, e >= q.toks.upperBound else { continue }
            var d = Draft(cue: a.cues.count - 1, parts: [s..<e], pattern: .anchored, unit: ui)
            d.start = ps; d.end = pe
            for k in s..<e { covered[k] = Int32(a.drafts.count) }
            a.drafts.append(d)
        }
    }

    /// Everything up to linking cue-less quotations.
    static func beforeLinking(_ v: DocView, _ scan: CueScan, _ m: AttributionModel) -> Analysis {
        let (cues, first) = selectCues(v, scan, m)
        var a = contents(v, cues, m, earlier: first)
        continueIntoNextUnit(&a, scan, m)
        SignatureFinder.add(&a, scan, m)
        TranscriptFinder.add(&a, scan, m)
        return a
    }

    /// Cues, sources, segments and their content, for a set of cues.
    /// With `wanted`, only segments holding a wanted token are given content
    /// (the drafts then cover exactly the wanted tokens they would cover).
    /// With `earlier`, an analysis of a subsequence of `cues`, a cue keeps
    /// its source from there when the cue marks of its unit (and the token
    /// after it, which `SourceFinder.phrase` reads) are the same: the pick
    /// reads nothing else that differs.
    static func contents(_ v: DocView, _ cues: [CueRun], _ m: AttributionModel, wanted: [Bool]? = nil,
                         earlier: Analysis? = nil) -> Analysis {
        var a = Analysis(view: v)
        a.cues = cues
        a.inCue = [Bool](repeating: false, count: v.toks.count)
        for c in a.cues { for t in c.toks { a.inCue[t] = true } }
        var f = Features()
        var e = 0
        a.sources = a.cues.map { c in
            if let earlier, let s = earlier.sameSource(c, &e, a.inCue) { return s }
            return SourceFinder.pick(v, c, m, a.inCue, &f)
        }
        a.picks = a.sources
        shareSourcesWithParticiples(&a)
        a.complexes = ContentFinder.complexes(v, a.cues, a.sources)
        a.segments = ContentFinder.segments(v, a.complexes)
        assignSegments(&a, m, wanted: wanted)
        return a
    }

    /// The cues kept: the sure ones, and the others unless they fall inside
    /// what a sure cue reports (`Kelly said she asked for the interview`:
    /// attributions do not nest in PolNeAR, so `asked` is part of the content).
    /// With them, the first pass, when there was one.
    static func selectCues(_ v: DocView, _ scan: CueScan, _ m: AttributionModel) -> ([CueRun], Analysis?) {
        let all = CueFinder.find(v, scan, m)
        // Only units with both kinds need the first pass.
        var hasWeak = [Bool](repeating: false, count: v.units.count)
        for c in all where c.probability < m.sureCueThreshold { hasWeak[c.unit] = true }
        let sure = all.filter { $0.probability >= m.sureCueThreshold && hasWeak[$0.unit] }
        guard !sure.isEmpty else { return (all, nil) }
        // The first pass only tells which weak cues' heads lie inside content.
        var weakHead = [Bool](repeating: false, count: v.toks.count)
        for c in all where c.probability < m.sureCueThreshold { weakHead[c.head] = true }
        let first = contents(v, sure, m, wanted: weakHead)
        var inside = [Bool](repeating: false, count: v.toks.count)
        for d in first.drafts { for r in d.parts { for t in r { inside[t] = true } } }
        return (all.filter { $0.probability >= m.sureCueThreshold || !inside[$0.head] || opensClause(v, $0) }, first)
    }

    /// A cue with its own subject after a conjunction (`..., and Mr Trump
    /// insists ...`) starts a new attribution even inside another's content.
    static func opensClause(_ v: DocView, _ c: CueRun) -> Bool {
        let u = v.units[c.unit].toks
        // A cue noun with its own source and clause (`Reeves's claim that ...`).
        if c.toks.lowerBound > u.lowerBound, c.toks.upperBound < u.upperBound, v.toks[c.toks.upperBound].word == Lex.that {
            let p = v.toks[c.toks.lowerBound - 1]
            if p.cls.contains(.possessive) || (SpeakerIndex.capitalised(p) && v.isPossessive(c.toks.lowerBound - 1)) { return true }
        }
        if isParticipleAfterJoin(v, c, u) { return true }
        var k = c.toks.lowerBound - 1
        while k >= u.lowerBound, !v.toks[k].cls.isDisjoint(with: [.auxiliary, .adverb, .negation]) { k -= 1 }
        guard k >= u.lowerBound else { return false }
        // A second verb of saying joined to the first (`said ... and insisted
        // that ...`, `..., adding that ...`): its own attribution in PolNeAR.
        let joined = v.toks[k].word == Lex.and || v.toks[k].word == Lex.comma || v.toks[k].word == Lex.but
        if joined, c.toks.upperBound < u.upperBound {
            let n = v.toks[c.toks.upperBound]
            if n.word == Lex.that || n.word == Lex.colon || n.word == Lex.comma || n.isMark { return true }
        }
        if v.toks[k].cls.contains(.pronoun) {
            k -= 1
        } else {
            let end = k
            while k >= u.lowerBound, end - k < 5, SpeakerIndex.capitalised(v.toks[k]) || v.toks[k].word == Lex.period { k -= 1 }
            if k == end {
                // A common noun with its determiner (`..., a man yelled "..."`).
                guard let d = determinerSubject(v, endingAt: end, u), c.toks.upperBound < u.upperBound else { return false }
                let n = v.toks[c.toks.upperBound]
                guard n.isMark || n.word == Lex.colon || n.word == Lex.comma || n.word == Lex.that else { return false }
                k = d - 1
            }
        }
        guard k >= u.lowerBound else { return false }
        let b = v.toks[k]
        return b.cls.contains(.conjunction) || b.word == Lex.semicolon || b.word == Lex.comma
    }

    /// Where a lowercase noun phrase ending at `e` starts at its determiner
    /// or possessive (`a man`, `his wife`, `the angry crowd`), or nil.
    static func determinerSubject(_ v: DocView, endingAt e: Int, _ u: Range<Int>) -> Int? {
        var k = e
        while k >= u.lowerBound, e - k < 4 {
            let x = v.toks[k]
            guard x.kind == .word, !x.inQuote else { return nil }
            if x.cls.contains(.determiner) || x.cls.contains(.possessive) { return k < e ? k : nil }
            guard x.shape == .lower, x.cls.isDisjoint(with: Lex.function) else { return nil }
            k -= 1
        }
        return nil
    }

    /// A participle joined to the cue before it (`Nefzi said, adding ...`)
    /// has that cue's source: the nearest candidate is often the subject of
    /// what the first cue reports. So has a verb joined by `and` or `but`
    /// whose own source the model is unsure of (`Rajoy said ... and
    /// insisted ...`).
    static func shareSourcesWithParticiples(_ a: inout Analysis) {
        for i in a.cues.indices.dropFirst() where a.cues[i - 1].unit == a.cues[i].unit {
            guard let s = a.sources[i - 1], s.toks.upperBound <= a.cues[i].toks.lowerBound else { continue }
            let u = a.view.units[a.cues[i].unit].toks
            let unsure = (a.sources[i]?.probability ?? 0) < 0.5
            guard isParticipleAfterJoin(a.view, a.cues[i], u) || (unsure && isCoordinated(a.view, a.cues[i], u)) else { continue }
            a.sources[i] = SourcePick(head: s.head, toks: s.toks, probability: s.probability, before: true)
        }
    }

    /// A cue right after `and` or `but` (past adverbs: `and also called on`).
    static func isCoordinated(_ v: DocView, _ c: CueRun, _ u: Range<Int>) -> Bool {
        var k = c.toks.lowerBound - 1
        while k > u.lowerBound, !v.toks[k].cls.isDisjoint(with: [.adverb, .negation]) { k -= 1 }
        return k > u.lowerBound && (v.toks[k].word == Lex.and || v.toks[k].word == Lex.but)
    }

    /// A participle after a comma, `and`, a subordinator or right after a
    /// verb of saying (`..., adding ...`, `before claiming that ...`, `and
    /// bragging about ...`, `said introducing`: `CueFinder.secondVerb`): PolNeAR gives it
    /// an attribution of its own, sharing the first cue's source.
    static func isParticipleAfterJoin(_ v: DocView, _ c: CueRun, _ u: Range<Int>) -> Bool {
        let h = c.head
        guard v.toks[h].shape == .lower, v.ends(h, with: "ing") else { return false }
        var k = h - 1
        while k >= u.lowerBound, k >= c.toks.lowerBound - 2, !v.toks[k].cls.isDisjoint(with: [.adverb, .negation]) { k -= 1 }
        guard k > u.lowerBound else { return false }
        let w = v.toks[k].word
        return w == Lex.comma || w == Lex.and || CueFinder.secondVerb(v, h, after: k)
    }

    /// Gives each segment to a complex and trims it to the content.
    static func assignSegments(_ a: inout Analysis, _ m: AttributionModel, wanted: [Bool]? = nil) {
        var byCue = [Int](repeating: -1, count: a.cues.count)
        var f = Features()
        for g in a.segments {
            if let wanted, !g.toks.contains(where: { wanted[$0] }) { continue }
            var zAfter = -Float.infinity, zBefore = -Float.infinity
            if ContentFinder.mayOwn(g, side: .after, a.cues, a.sources) {
                ContentFinder.ownerFeatures(a.view, g, a.complexes, a.cues, a.sources, side: .after, into: &f)
                zAfter = m.owner.margin(f)
            }
            if ContentFinder.mayOwn(g, side: .before, a.cues, a.sources) {
                ContentFinder.ownerFeatures(a.view, g, a.complexes, a.cues, a.sources, side: .before, into: &f)
                zBefore = m.owner.margin(f)
            }
            // Both below one half: no owner, and no exp needed to know it.
            guard max(zAfter, zBefore) >= LinearModel.belowHalf else { continue }
            let pAfter = zAfter > -Float.infinity ? LinearModel.sigmoid(Double(zAfter)) : 0
            let pBefore = zBefore > -Float.infinity ? LinearModel.sigmoid(Double(zBefore)) : 0
            let side: Side = pAfter >= pBefore ? .after : .before
            let p = max(pAfter, pBefore)
            guard p >= 0.5 else { continue }
            let ci = side == .after ? g.left : g.right
            let cw = a.view.toks[a.cues[ci].head].word
            let (s, ps) = bestStart(a.view, g, cw, side, m, &f)
            let (e, pe) = bestEnd(a.view, g, s, cw, side, m, &f)
            guard e > s else { continue }
            if byCue[ci] < 0 {
                byCue[ci] = a.drafts.count
                a.drafts.append(Draft(cue: ci, parts: [], pattern: side == .after ? .after : .before, unit: g.unit))
            }
            let d = byCue[ci]
            a.drafts[d].parts.append(s..<e)
            a.drafts[d].owner = min(a.drafts[d].owner, p)
            a.drafts[d].start = min(a.drafts[d].start, ps)
            a.drafts[d].end = min(a.drafts[d].end, pe)
            if (a.drafts[d].pattern == .after) != (side == .after) { a.drafts[d].pattern = .around }
        }
        for k in a.drafts.indices { a.drafts[k].parts.sort { $0.lowerBound < $1.lowerBound } }
    }

    /// A unit ending in a colon, or in a comma before a quotation (`Cruz
    /// continued:`, `Priebus said,` + a quoted paragraph), has its content in
    /// the next unit, usually the next paragraph. With no cue before it, a
    /// colon is the cue (`Republican pollster Daron Shaw:`).
    static func continueIntoNextUnit(_ a: inout Analysis, _ scan: CueScan, _ m: AttributionModel) {
        let v = a.view
        var f = Features()
        // Indexes instead of scans per unit (quadratic in a long document).
        // Drafts added below belong to earlier units than any later test.
        var unitsWithDrafts = [Bool](repeating: false, count: v.units.count)
        for d in a.drafts { unitsWithDrafts[d.unit] = true }
        // A cue added below is looked for only in its own unit, which is done.
        let cuesOfUnit = ByUnit(units: v.units.count, count: a.cues.count) { a.cues[$0].unit }
        var draftOfCue = [Int](repeating: -1, count: a.cues.count)
        for (k, d) in a.drafts.enumerated() where d.cue >= 0 && draftOfCue[d.cue] < 0 { draftOfCue[d.cue] = k }
        for (ui, u) in v.units.enumerated() where ui + 1 < v.units.count {
            guard let last = u.toks.last else { continue }
            let next = v.units[ui + 1].toks
            guard !next.isEmpty, !unitsWithDrafts[ui + 1] else { continue }
            let colon = v.toks[last].word == Lex.colon
            let commaBeforeQuote = v.toks[last].word == Lex.comma && CueFinder.isOpening(v, next.lowerBound)
            guard colon || commaBeforeQuote else { continue }
            var ci = cuesOfUnit[ui].last(where: { last - a.cues[Int($0)].toks.upperBound <= 6 }).map { Int($0) }
            if ci == nil, colon, last > u.toks.lowerBound, !a.inCue[last] {
                let c = CueFinder.colonRun(v, last, ui, scan, m, &f)
                a.inCue[last] = true
                a.cues.append(c)
                a.sources.append(SourceFinder.pick(v, c, m, a.inCue))
                ci = a.cues.count - 1
                draftOfCue.append(-1)
            }
            guard let ci else { continue }
            let tail = min(last, a.cues[ci].toks.upperBound)..<last
            if draftOfCue[ci] >= 0 {
                let d = draftOfCue[ci]
                a.drafts[d].parts.removeAll { tail.contains($0.lowerBound) }
                a.drafts[d].parts.append(next)
                a.drafts[d].linkedParts += 1
                if a.drafts[d].parts.count == 1 { a.drafts[d].pattern = .after }
            } else {
                var d = Draft(cue: ci, parts: [next], pattern: .after, unit: ui)
                d.linkedParts = 1
                draftOfCue[ci] = a.drafts.count
                a.drafts.append(d)
            }
        }
    }

    /// The first start candidate the start model accepts, scanning from the
    /// segment's beginning (else the likeliest one).
    static func bestStart(_ v: DocView, _ g: Segment, _ cw: UInt64, _ side: Side, _ m: AttributionModel,
                          _ f: inout Features) -> (Int, Double) {
        var best = g.toks.lowerBound, bestP = -1.0
        var found: (Int, Double)? = nil
        ContentFinder.forEachStart(v, g, side) { t in
            ContentFinder.startFeatures(v, g, t, cw, side, into: &f)
            let p = m.start.probability(f)
            if p >= 0.5 { found = (t, p); return false }
            if p > bestP { bestP = p; best = t }
            return true
        }
        return found ?? (best, max(0, bestP))
    }

    /// The first end candidate the end model accepts, scanning from the
    /// start; the segment's end when none is.
    static func bestEnd(_ v: DocView, _ g: Segment, _ s: Int, _ cw: UInt64, _ side: Side, _ m: AttributionModel,
                        _ f: inout Features) -> (Int, Double) {
        var last = 0.0
        var found: (Int, Double)? = nil
        ContentFinder.forEachEnd(v, g, s, side) { e in
            ContentFinder.endFeatures(v, g, s, e, cw, side, into: &f)
            let z = m.end.margin(f)
            // Below one half and not the last candidate (whose `last` is
            // kept): on to the next, with no exp.
            if z < LinearModel.belowHalf && e < g.toks.upperBound { return true }
            let p = LinearModel.sigmoid(Double(z))
            if p >= 0.5 { found = (e, p); return false }
            last = 1 - p
            return true
        }
        return found ?? (g.toks.upperBound, last)
    }

    /// Whether a quotation quotes words someone said rather than marking a
    /// single term (`the so-called "deal"`): two words or more, or one that
    /// ends with the speaker's punctuation (`was "groundless."`).
    static func quotesWords(_ v: DocView, _ q: QuoteView) -> Bool {
        var words = 0
        for t in q.toks where v.toks[t].kind != .punct { words += 1 }
        if words >= 2 { return true }
        let last = v.toks[q.toks.upperBound - 1]
        return last.kind == .punct && (Lex.isSentenceEnd(last.word) || last.word == Lex.comma)
    }

    /// A quotation inside reported speech (a part mostly not quoted) becomes
    /// a direct claim of its own, with the same cue and source.
    static func addFragments(_ a: inout Analysis) {
        let n = a.drafts.count
        // Quotations by their first token, so a part finds the ones inside
        // it by binary search (scanning them all made long documents quadratic).
        let byStart = a.view.quotes.indices.filter { !a.view.quotes[$0].toks.isEmpty }
            .sorted { (a.view.quotes[$0].toks.lowerBound, $0) < (a.view.quotes[$1].toks.lowerBound, $1) }
        for d in 0..<n where a.drafts[d].cue >= 0 {
            for part in a.drafts[d].parts {
                var words = 0, quoted = 0
                for t in part where a.view.toks[t].kind != .punct { words += 1; if a.view.toks[t].inQuote { quoted += 1 } }
                guard quoted > 0, quoted * 10 < words * 9 else { continue }
                var lo = partitionPoint(byStart.indices) { a.view.quotes[byStart[$0]].toks.lowerBound < part.lowerBound }
                var inside: [Int] = []
                while lo < byStart.count, a.view.quotes[byStart[lo]].toks.lowerBound < part.upperBound {
                    let q = a.view.quotes[byStart[lo]]
                    if part.contains(q.toks.upperBound - 1) && quotesWords(a.view, q) { inside.append(byStart[lo]) }
                    lo += 1
                }
                // In the quotations' own order, as before.
                for k in inside.sorted() {
                    var frag = Draft(cue: a.drafts[d].cue, parts: [a.view.quotes[k].toks], pattern: .fragment, unit: a.drafts[d].unit)
                    frag.related = d
                    a.drafts.append(frag)
                }
            }
        }
    }
}
