/// Quotations outside every claim's content. PolNeAR gives a quotation
/// with no cue of its own to the claim it continues: the one before it
/// (`"A," he said. "B."`), in the same paragraph or the one before, or the
/// one after it (`"A." "B," he said.`), or a quotation opened in an earlier
/// paragraph. The link model picks among those claims; a quotation it
/// gives to none is the content of a cue right before it in its own
/// sentence (`Daron Shaw: "..."`), else an orphan whose speaker is the
/// nearest claim's.
enum QuoteLinker {
    /// How a candidate claim stands to the quotation.
    enum Relation: UInt64 {
        case group = 1, previousInBlock = 2, previousBlock = 3, nextInBlock = 4, nextBlock = 5
        /// The claim holding the rest of a quotation left open at its paragraph's end.
        case groupNext = 6
    }

    struct Candidate {
        var draft: Int
        var relation: Relation
    }

    static func link(_ a: inout Analysis, _ scan: CueScan, _ m: AttributionModel) {
        var covered = coverage(a)
        let index = DraftIndex(a)
        var f = Features()
        var owned = [Bool](repeating: false, count: a.cues.count)
        for d in a.drafts where d.cue >= 0 { owned[d.cue] = true }
        let cuesOfUnit = ByUnit(units: a.view.units.count, count: a.cues.count) { a.cues[$0].unit }
        for ui in a.view.units.indices {
            guard let r = uncoveredQuote(a.view, ui, covered) else { continue }
            var best = -1, bestP = 0.5
            for c in candidates(a, ui, r, covered) {
                features(a, ui, r, c, into: &f)
                let p = m.link.probability(f)
                if p >= bestP { bestP = p; best = c.draft }
            }
            if best < 0, let ci = introducingCue(a, ui, r, cuesOfUnit[ui], owned) ?? colonCue(&a, ui, r, scan, m) {
                if ci >= owned.count { owned.append(true) } else { owned[ci] = true }
                for t in r { covered[t] = Int32(a.drafts.count) }
                a.drafts.append(Draft(cue: ci, parts: [r], pattern: .introduced, unit: ui))
                continue
            }
            attach(&a, &covered, ui, r, to: best, index)
        }
    }

    /// With no cue there, the colon right before the quotation's opening
    /// mark, when the source model finds a source before it (`Republican
    /// pollster Daron Shaw: "`), as a unit-final colon is; nil (and no cue
    /// added) else.
    static func colonCue(_ a: inout Analysis, _ ui: Int, _ r: Range<Int>, _ scan: CueScan, _ m: AttributionModel) -> Int? {
        let v = a.view
        let k = r.lowerBound - 1
        guard k > v.units[ui].toks.lowerBound, v.toks[k].word == Lex.colon, !a.inCue[k],
              CueFinder.isOpening(v, r.lowerBound) else { return nil }
        var f = Features()
        let c = CueFinder.colonRun(v, k, ui, scan, m, &f)
        a.inCue[k] = true
        guard let s = SourceFinder.pick(v, c, m, a.inCue), s.toks.upperBound <= k else {
            a.inCue[k] = false
            return nil
        }
        a.cues.append(c)
        a.sources.append(s)
        return a.cues.count - 1
    }

    /// A cue of unit `ui` with a source and no content, ending right before
    /// the quotation's opening mark or one colon or comma before it
    /// (`Shaw: "`, `Shaw said, "`), when the quotation opens after it.
    static func introducingCue(_ a: Analysis, _ ui: Int, _ r: Range<Int>, _ cues: ArraySlice<Int32>, _ owned: [Bool]) -> Int? {
        let v = a.view
        guard CueFinder.isOpening(v, r.lowerBound) else { return nil }
        var end = r.lowerBound
        if end > v.units[ui].toks.lowerBound, v.toks[end - 1].word == Lex.colon || v.toks[end - 1].word == Lex.comma,
           !a.inCue[end - 1] { end -= 1 }
        guard end > v.units[ui].toks.lowerBound, a.inCue[end - 1] else { return nil }
        guard let c = cues.last(where: { a.cues[Int($0)].toks.upperBound == end }) else { return nil }
        let ci = Int(c)
        guard !owned[ci], let s = a.sources[ci], s.toks.upperBound <= r.lowerBound else { return nil }
        return ci
    }

    static func coverage(_ a: Analysis) -> [Int32] {
        var covered = [Int32](repeating: -1, count: a.view.toks.count)
        for (d, draft) in a.drafts.enumerated() { for r in draft.parts { for t in r { covered[t] = Int32(d) } } }
        return covered
    }

    /// Adds the quotation to a claim, or makes it an orphan (`draft` < 0).
    static func attach(_ a: inout Analysis, _ covered: inout [Int32], _ ui: Int, _ r: Range<Int>, to draft: Int,
                       _ index: DraftIndex? = nil) {
        if draft >= 0 {
            a.drafts[draft].parts.append(r)
            a.drafts[draft].parts.sort { $0.lowerBound < $1.lowerBound }
            a.drafts[draft].linkedParts += 1
            for t in r { covered[t] = Int32(draft) }
        } else {
            var d = Draft(cue: -1, parts: [r], pattern: .orphan, unit: ui)
            d.related = nearbyDraft(a, ui, index ?? DraftIndex(a))
            for t in r { covered[t] = Int32(a.drafts.count) }
            a.drafts.append(d)
        }
    }

    /// The quoted tokens of a unit no claim covers, when they are most of it.
    static func uncoveredQuote(_ v: DocView, _ ui: Int, _ covered: [Int32]) -> Range<Int>? {
        let u = v.units[ui]
        guard u.hasQuote else { return nil }
        var first = -1, last = -1, words = 0, quoted = 0
        for t in u.toks {
            let x = v.toks[t]
            if x.kind != .punct { words += 1 }
            guard x.inQuote || x.isMark, covered[t] < 0 else { continue }
            if x.kind != .punct { quoted += 1 }
            if first < 0 { first = t }
            last = t
        }
        guard first >= 0, quoted >= 2, quoted * 2 >= words else { return nil }
        return first..<(last + 1)
    }

    /// Claims the quotation may continue.
    static func candidates(_ a: Analysis, _ ui: Int, _ r: Range<Int>, _ covered: [Int32]) -> [Candidate] {
        let v = a.view
        var out: [Candidate] = []
        func add(_ d: Int, _ rel: Relation) {
            if d >= 0, a.drafts[d].cue >= 0, !out.contains(where: { $0.draft == d }) { out.append(Candidate(draft: d, relation: rel)) }
        }
        for t in r where v.toks[t].quote >= 0 {
            let qi = Int(v.toks[t].quote), q = v.quotes[qi]
            if q.group < v.quotes.count, !v.quotes[q.group].toks.isEmpty, v.quotes[q.group].toks.lowerBound < r.lowerBound {
                add(Int(covered[v.quotes[q.group].toks.lowerBound]), .group)
            }
            if let d = continuation(a, qi, after: r, covered) { add(d, .groupNext) }
            break
        }
        let block = v.units[ui].block
        if ui > 0 {
            let p = v.units[ui - 1]
            let rel: Relation = p.block == block ? .previousInBlock : .previousBlock
            if let d = preferredDraft(a, p, covered) { add(d, rel) }
        }
        if ui + 1 < v.units.count {
            let n = v.units[ui + 1]
            let rel: Relation = n.block == block ? .nextInBlock : .nextBlock
            if let d = (n.toks.prefix(2).map { Int(covered[$0]) }.first { $0 >= 0 }) { add(d, rel) }
        }
        return out
    }

    /// The claim covering the first later quotation of quotation `qi`'s group
    /// (`"A ...` left open, then `"B," she said.` in the next paragraph).
    static func continuation(_ a: Analysis, _ qi: Int, after r: Range<Int>, _ covered: [Int32]) -> Int? {
        let v = a.view, g = v.quotes[qi].group
        guard v.quotes[qi].open else { return nil }
        for k in (qi + 1)..<min(v.quotes.count, qi + 4) where v.quotes[k].group == g && !v.quotes[k].toks.isEmpty {
            guard v.quotes[k].toks.lowerBound >= r.upperBound else { continue }
            let d = Int(covered[v.quotes[k].toks.lowerBound])
            return d >= 0 ? d : nil
        }
        return nil
    }

    /// The claim of a unit a quotation after it would continue: the last one
    /// with quoted words, else the last one.
    static func preferredDraft(_ a: Analysis, _ u: Unit, _ covered: [Int32]) -> Int? {
        var lastAny: Int? = nil
        var t = u.toks.upperBound - 1
        while t >= u.toks.lowerBound {
            let d = Int(covered[t])
            if d >= 0 {
                if lastAny == nil { lastAny = d }
                if a.view.toks[t].inQuote && a.drafts[d].cue >= 0 { return d }
            }
            t -= 1
        }
        return lastAny
    }

    static func features(_ a: Analysis, _ ui: Int, _ r: Range<Int>, _ c: Candidate, into f: inout Features) {
        f.removeAll()
        let v = a.view
        let d = a.drafts[c.draft]
        let rel = c.relation.rawValue
        f.add(1)
        f.add(2, rel)
        f.add(3, rel, d.pattern.rawValue)
        var words = 0, quoted = 0
        for p in d.parts { for t in p where v.toks[t].kind != .punct { words += 1; if v.toks[t].inQuote { quoted += 1 } } }
        let kind: UInt64 = quoted == 0 ? 1 : (quoted * 10 >= words * 9 ? 3 : 2)
        f.add(4, rel, kind)
        f.add(5, rel, UInt64(min(d.linkedParts, 3)))
        let du = v.units[d.unit]
        // Does the claim's content reach the end of its unit (`... he said: "A.`)?
        var tail = 0
        var t = du.toks.upperBound - 1
        while t >= d.hi { if v.toks[t].kind != .punct { tail += 1 }; t -= 1 }
        f.add(6, rel, Features.bucket(tail))
        // Does the content start its unit (`"A," he said.`)?
        var head = 0
        t = du.toks.lowerBound
        while t < d.lo { if v.toks[t].kind != .punct { head += 1 }; t += 1 }
        f.add(7, rel, Features.bucket(head))
        if d.cue >= 0 { f.add(8, rel, v.toks[a.cues[d.cue].head].word) }
        f.add(9, rel, UInt64(v.toks[du.toks.upperBound - 1].word == Lex.colon ? 1 : 0))
        var qwords = 0
        for t in r where v.toks[t].kind != .punct { qwords += 1 }
        f.add(10, rel, Features.bucket(qwords))
        let q = v.toks[r.lowerBound].quote >= 0 ? Int(v.toks[r.lowerBound].quote) : (r.count > 1 ? Int(v.toks[r.lowerBound + 1].quote) : -1)
        if q >= 0 { f.add(11, rel, UInt64(v.quotes[q].open ? 1 : 2), UInt64(v.quotes[q].group == q ? 1 : 2)) }
        f.add(12, rel, UInt64(r.lowerBound == v.units[ui].toks.lowerBound ? 1 : 2), UInt64(r.upperBound == v.units[ui].toks.upperBound ? 1 : 2))
        f.add(13, rel, kind, Features.bucket(tail))
        f.add(14, rel, kind, Features.bucket(head))
    }

    /// The claim whose speaker an orphan quotation takes: the latest one in
    /// its paragraph before it, else the first after it in its paragraph,
    /// else the latest in the two units before (ties to the earlier claim).
    static func nearbyDraft(_ a: Analysis, _ ui: Int, _ index: DraftIndex) -> Int {
        let block = a.view.units[ui].block
        var before = -1, after = -1, near = -1
        for d32 in index.byBlock[block] {
            let d = Int(d32), draft = a.drafts[d]
            if draft.unit < ui {
                if before < 0 || draft.hi > a.drafts[before].hi { before = d }
            } else if draft.unit > ui, after < 0 || draft.lo < a.drafts[after].lo {
                after = d
            }
        }
        for u in max(0, ui - 2)..<ui {
            for d32 in index.byUnit[u] {
                let d = Int(d32), h = a.drafts[d].hi
                if near < 0 || h > a.drafts[near].hi || (h == a.drafts[near].hi && d < near) { near = d }
            }
        }
        return before >= 0 ? before : (after >= 0 ? after : near)
    }
}

/// The claims with a cue, by paragraph and by unit, each list in claim
/// order, so an orphan quotation looks only at its neighbours (looking at
/// every claim made long documents quadratic). Claims with a cue are not
/// added while quotations are linked, so the index stays valid.
struct DraftIndex {
    let byBlock: ByUnit
    let byUnit: ByUnit

    init(_ a: Analysis) {
        let v = a.view
        let blocks = (v.units.map(\.block).max() ?? -1) + 1
        byBlock = ByUnit(units: blocks, count: a.drafts.count) { a.drafts[$0].cue >= 0 ? v.units[a.drafts[$0].unit].block : -1 }
        byUnit = ByUnit(units: v.units.count, count: a.drafts.count) { a.drafts[$0].cue >= 0 ? a.drafts[$0].unit : -1 }
    }
}
