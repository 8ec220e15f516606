import ClaimlineCore

/// A cue: the words that introduce what someone said, wrote or believes
/// (`said`, `according to`, `told`, `:`, `in a statement`).
struct CueRun {
    var toks: Range<Int>
    /// The most confident token of the run.
    var head: Int
    var unit: Int
    var probability: Double
}

/// Finds cues: every token that could be one (a learned cue word, a general
/// reporting verb, a colon, or a function word next to one) is scored by the
/// cue model; runs of accepted tokens become cues.
enum CueFinder {
    /// Cues of the document, in text order.
    static func find(_ v: DocView, _ m: AttributionModel) -> [CueRun] {
        let scan = CueScan(v, m)
        return find(v, scan, m)
    }

    /// `exhaustive` makes every probability (the reference for skipping
    /// the exp of those below the threshold).
    static func find(_ v: DocView, _ scan: CueScan, _ m: AttributionModel, exhaustive: Bool = false) -> [CueRun] {
        var out: [CueRun] = []
        var f = Features()
        var probs = [Double](repeating: 0, count: v.toks.count)
        // A probability below the threshold is only compared with it: below
        // the floor its exp is not needed (0 stands for it).
        let floor = exhaustive ? -Float.infinity : LinearModel.floor(threshold: m.cueThreshold)
        let candidates = scan.candidates
        var k = 0
        // The candidates unit by unit (a unit without any has no cue).
        while k < candidates.count {
            let ui = Int(v.toks[Int(candidates[k])].unit)
            let u = v.units[ui]
            var e = k
            while e < candidates.count && Int(candidates[e]) < u.toks.upperBound { e += 1 }
            // Head words first; a function word next to one matters only when
            // the head is accepted (a run needs a head), so it is scored then.
            var accepted = m.cueThreshold <= 0
            for c in candidates[k..<e] where scan.isHead(v, Int(c)) {
                let i = Int(c)
                features(v, i, scan, into: &f)
                let z = m.cue.margin(f)
                probs[i] = z < floor ? 0 : LinearModel.sigmoid(Double(z))
                if probs[i] >= m.cueThreshold { accepted = true }
            }
            for c in candidates[k..<e] where accepted && !scan.isHead(v, Int(c)) {
                let i = Int(c)
                let near = (i + 1 < u.toks.upperBound && scan.isHead(v, i + 1) && probs[i + 1] >= m.cueThreshold)
                    || (i - 1 >= u.toks.lowerBound && scan.isHead(v, i - 1) && probs[i - 1] >= m.cueThreshold)
                    || (i + 2 < u.toks.upperBound && scan.isHead(v, i + 2) && probs[i + 2] >= m.cueThreshold)
                guard near else { continue }
                features(v, i, scan, into: &f)
                let z = m.cue.margin(f)
                probs[i] = z < floor ? 0 : LinearModel.sigmoid(Double(z))
            }
            // A run starts at an accepted token, and needs a head.
            if accepted { runs(v, ui, probs, m.cueThreshold, scan, into: &out) }
            k = e
        }
        return out
    }

    /// A lowercase word where a cue stands by a quotation, known or not:
    /// the first one after `"...,"` (past a name or pronoun: `"...," he
    /// quipped`), or the one right before `: "` or `, "`.
    static func nextToQuote(_ v: DocView, _ i: Int) -> Bool {
        let t = v.toks[i]
        guard t.shape == .lower, t.cls.isDisjoint(with: Lex.function), !t.inQuote else { return false }
        let u = v.units[Int(t.unit)].toks
        var k = i - 1
        while k >= u.lowerBound, k >= i - 4 {
            let x = v.toks[k]
            if x.isMark { return isClosing(v, k) }
            if x.word == Lex.comma || x.shape == .capitalized || x.shape == .upper || x.cls.contains(.pronoun)
                || x.word == Lex.period { k -= 1; continue }
            break
        }
        var n = i + 1
        if n < u.upperBound, v.toks[n].word == Lex.colon || v.toks[n].word == Lex.comma { n += 1 }
        return n > i + 1 && n < u.upperBound && isOpening(v, n)
    }

    @inline(__always)
    static func isHeadWord(_ t: Tok, _ m: AttributionModel) -> Bool {
        // The table lookup last: it is the costly test.
        t.kind == .word && t.cls.isDisjoint(with: Lex.function) && (t.cls.contains(.speech) || m.cueWords[t.word])
    }

    static func features(_ v: DocView, _ i: Int, _ scan: CueScan, into f: inout Features) {
        f.removeAll()
        let t = v.toks[i]
        let u = v.units[Int(t.unit)]
        let w0 = t.word
        let p1 = i - 1 >= u.toks.lowerBound ? v.toks[i - 1] : nil
        let p2 = i - 2 >= u.toks.lowerBound ? v.toks[i - 2] : nil
        let n1 = i + 1 < u.toks.upperBound ? v.toks[i + 1] : nil
        let n2 = i + 2 < u.toks.upperBound ? v.toks[i + 2] : nil
        let head = scan[i].headWord
        let byQuote = scan[i].byQuote
        f.add(1)
        f.add(30, UInt64(head ? 1 : 2), UInt64(byQuote ? 1 : 2))
        f.add(2, w0)
        f.add(3, p1?.word ?? 1)
        f.add(4, n1?.word ?? 1)
        f.add(5, p2?.word ?? 1)
        f.add(6, n2?.word ?? 1)
        f.add(7, p1?.word ?? 1, w0)
        f.add(8, w0, n1?.word ?? 1)
        f.add(9, UInt64(p1?.shape.rawValue ?? 9), UInt64(n1?.shape.rawValue ?? 9))
        f.add(10, w0, UInt64(t.shape.rawValue))
        let pg = UInt64(p1.map { wordGroup($0) } ?? 0), ng = UInt64(n1.map { wordGroup($0) } ?? 0)
        f.add(11, UInt64(head ? 1 : 2), pg, ng)
        f.add(12, w0, ng)
        f.add(13, w0, pg)
        f.add(14, w0, UInt64(t.inQuote ? 1 : 2))
        // Quotation marks near: `"...," he said` / `said: "..."`.
        var closeBefore = 0, openAfter = 0
        var k = i - 1
        while k >= max(u.toks.lowerBound, i - 4) {
            if v.toks[k].isMark && v.toks[k].quote < 0 && isClosing(v, k) { closeBefore = i - k; break }
            k -= 1
        }
        k = i + 1
        while k < min(u.toks.upperBound, i + 5) {
            if isOpening(v, k) { openAfter = k - i; break }
            k += 1
        }
        f.add(15, UInt64(closeBefore), UInt64(openAfter))
        f.add(16, w0, UInt64(closeBefore > 0 ? 1 : 0), UInt64(openAfter > 0 ? 1 : 0))
        f.add(17, w0, UInt64(u.hasQuote ? 1 : 2))
        // Position in the unit.
        f.add(18, Features.bucket(i - u.toks.lowerBound), Features.bucket(u.toks.upperBound - 1 - i))
        f.add(19, w0, UInt64(i == u.toks.lowerBound ? 1 : (i + 2 >= u.toks.upperBound ? 2 : 3)))
        let sfx = v.suffix(i)
        f.add(20, WordHash.seed ^ UInt64(t.end - t.start), sfx)
        f.add(21, sfx)
        f.add(22, UInt64(u.block == 0 ? 1 : 2), UInt64(t.shape.rawValue))
        // `that` ahead (`said Tuesday that`).
        var thatAt = 0
        k = i + 1
        while k < min(u.toks.upperBound, i + 5) { if v.toks[k].word == Lex.that { thatAt = k - i; break }; k += 1 }
        f.add(23, w0, UInt64(thatAt))
        f.add(24, UInt64(head ? 1 : 2), w0, p1?.word ?? 1)
        // The nearest reporting word before and after in the unit: a cue word
        // inside what another cue reports is rarely a cue itself.
        let ph = Int(scan[i].prevHead), nh = Int(scan[i].nextHead)
        let prevHead: UInt64 = ph >= 0 ? v.toks[ph].word : 0
        let prevComma = ph >= 0 ? Int(scan[i].lastComma) > ph : scan[i].lastComma >= 0
        let prevThat = ph >= 0 ? Int(scan[i].lastThat) > ph : scan[i].lastThat >= 0
        let prevDist = Features.bucket(ph >= 0 ? i - ph : 0)
        f.add(25, prevDist, UInt64(prevComma ? 1 : 0) + UInt64(prevThat ? 2 : 0))
        f.add(26, prevHead, w0)
        f.add(27, prevHead, prevDist)
        let nextHead: UInt64 = nh >= 0 ? v.toks[nh].word : 0
        let nextDist = Features.bucket(nh >= 0 ? nh - i : 0)
        f.add(28, nextHead, nextDist)
        f.add(29, w0, nextDist, prevDist)
    }

    /// A coarse class of a neighbour (precomputed on each token).
    @inline(__always) static func wordGroup(_ t: Tok) -> UInt8 { t.group }

    /// A coarse class of a token: pronoun, capitalized, determiner, `that`, a mark, a comma...
    static func group(_ t: Tok) -> UInt8 { group(t.kind, t.word, t.cls, t.shape, isMark: t.isMark) }

    @inline(__always)
    static func group(_ kind: Token.Kind, _ word: UInt64, _ cls: WordClass, _ shape: Shape, isMark: Bool) -> UInt8 {
        if kind == .punct {
            if isMark { return 1 }
            if word == Lex.comma { return 2 }
            if word == Lex.colon { return 3 }
            if Lex.isSentenceEnd(word) { return 4 }
            return 5
        }
        if kind == .number { return 6 }
        if word == Lex.that { return 7 }
        // Most words are in none of the classes below: one test for all.
        if cls.isDisjoint(with: [.pronoun, .objectPronoun, .auxiliary, .adverb, .negation, .determiner, .preposition,
                                 .time, .anonymous, .conjunction]) {
            return shape == .capitalized || shape == .upper ? 15 : 18
        }
        if cls.contains(.pronoun) { return 8 }
        if cls.contains(.objectPronoun) { return 9 }
        if cls.contains(.auxiliary) { return 10 }
        if cls.contains(.adverb) || cls.contains(.negation) { return 11 }
        if cls.contains(.determiner) { return 12 }
        if cls.contains(.preposition) { return 13 }
        if cls.contains(.time) { return 14 }
        if shape == .capitalized || shape == .upper { return 15 }
        if cls.contains(.anonymous) { return 16 }
        if cls.contains(.conjunction) { return 17 }
        return 18
    }

    /// True for a quotation mark that closes its quotation.
    @inline(__always) static func isClosing(_ v: DocView, _ k: Int) -> Bool {
        let q = v.toks[k].mark
        guard q >= 0 else { return false }
        return Int(v.toks[k].start) >= v.quotes[Int(q)].inner.end
    }

    /// True for a quotation mark that opens its quotation.
    @inline(__always) static func isOpening(_ v: DocView, _ k: Int) -> Bool {
        v.toks[k].isMark && !isClosing(v, k)
    }

    /// A colon at `k` as a cue of its own (`Republican pollster Daron
    /// Shaw:`), scored by the cue model, for a colon no cue run holds.
    static func colonRun(_ v: DocView, _ k: Int, _ ui: Int, _ scan: CueScan, _ m: AttributionModel,
                         _ f: inout Features) -> CueRun {
        features(v, k, scan, into: &f)
        return CueRun(toks: k..<(k + 1), head: k, unit: ui, probability: m.cue.probability(f))
    }

    /// Whether token `k` is a participle of a second act of saying after
    /// the cue word `p` (`said introducing`, `responded before adding`):
    /// a cue of its own, as after a comma (`said, adding`), not one run
    /// with the first (`was saying`, `quoted as saying` stay one).
    static func secondVerb(_ v: DocView, _ k: Int, after p: Int) -> Bool {
        let x = v.toks[k], w = v.toks[p]
        guard x.shape == .lower, v.ends(k, with: "ing") else { return false }
        if Lex.isTimeSubordinator(w.word) { return true }
        return k == p + 1 && w.shape == .lower && w.cls.contains(.speech) && !w.cls.contains(.auxiliary) && !v.ends(p, with: "ing")
    }

    /// Runs of accepted tokens; two head words with at most two function words
    /// between (`said in a statement`) make one run. A run needs a head word.
    static func runs(_ v: DocView, _ ui: Int, _ probs: [Double], _ threshold: Double, _ scan: CueScan,
                     into out: inout [CueRun]) {
        let u = v.units[ui]
        var i = u.toks.lowerBound
        while i < u.toks.upperBound {
            guard probs[i] >= threshold else { i += 1; continue }
            var e = i + 1
            while true {
                if e < u.toks.upperBound, probs[e] >= threshold, !secondVerb(v, e, after: e - 1) { e += 1; continue }
                var g = e
                while g < min(u.toks.upperBound, e + 2), v.toks[g].cls.contains(.preposition) || v.toks[g].cls.contains(.determiner) { g += 1 }
                if g > e, g < u.toks.upperBound, probs[g] >= threshold, v.toks[g].kind == .word, !secondVerb(v, g, after: e) { e = g + 1; continue }
                break
            }
            // `As one analyst put it, "..."`: the idiom's `it` before a comma,
            // colon or quotation is part of the cue, not the content.
            if e + 1 < u.toks.upperBound, v.toks[e].word == Lex.it, !v.toks[e].inQuote, Lex.put.contains(v.toks[e - 1].word),
               v.toks[e + 1].word == Lex.comma || v.toks[e + 1].word == Lex.colon || v.toks[e + 1].isMark { e += 1 }
            var head = -1
            for k in i..<e where scan.isHead(v, k) && (head < 0 || probs[k] > probs[head]) { head = k }
            if head >= 0 { out.append(CueRun(toks: i..<e, head: head, unit: ui, probability: probs[head])) }
            i = e
        }
    }
}

/// What cue finding asks of every token, worked out once per document:
/// which tokens are head words and candidates, and for each token the
/// nearest head word on either side and the last comma and `that` before it.
struct CueScan {
    struct Entry {
        var prevHead: Int32 = -1
        var nextHead: Int32 = -1
        var lastComma: Int32 = -1
        var lastThat: Int32 = -1
        var headWord = false
        var byQuote = false
        var candidate = false
        /// A token a cue run can be headed by: a head word, a word by a quotation, a colon.
        var head = false
    }

    /// One entry per token (one array: one bounds check and one cache line per token).
    private(set) var entries: [Entry]
    /// The candidates' token indices, in text order.
    private(set) var candidates: [Int32] = []

    @inline(__always) subscript(_ i: Int) -> Entry { entries[i] }

    init(_ v: DocView, _ m: AttributionModel) {
        var candidates: [Int32] = []
        entries = [Entry](unsafeUninitializedCapacity: v.toks.count) { e, count in
            // The units' tokens are all the tokens, in order.
            guard let p = e.baseAddress else { return }
            v.toks.withUnsafeBufferPointer { toks in
                for u in v.units { CueScan.scan(u, toks, v, m, p, &candidates) }
            }
            count = v.toks.count
        }
        self.candidates = candidates
    }

    /// The entries of a unit's tokens, made in `p`, and its candidates.
    // While loops: a range's loop tests its end twice a turn here.
    @inline(__always)
    private static func scan(_ u: Unit, _ toks: UnsafeBufferPointer<Tok>, _ v: DocView, _ m: AttributionModel,
                             _ p: UnsafeMutablePointer<Entry>, _ candidates: inout [Int32]) {
        var i = u.toks.lowerBound
        while i < u.toks.upperBound {
            let t = toks[i]
            var x = Entry()
            if t.kind == .word {
                x.headWord = CueFinder.isHeadWord(t, m)
                // Only a unit with quotation marks has words by one.
                x.byQuote = u.hasQuote && CueFinder.nextToQuote(v, i)
            }
            x.head = x.headWord || x.byQuote || t.word == Lex.colon
            (p + i).initialize(to: x)
            i &+= 1
        }
        let e = UnsafeBufferPointer(start: p, count: toks.count)
        var ph: Int32 = -1, comma: Int32 = -1, that: Int32 = -1
        i = u.toks.lowerBound
        while i < u.toks.upperBound {
            p[i].prevHead = ph; p[i].lastComma = comma; p[i].lastThat = that
            let t = toks[i]
            if e[i].headWord { ph = Int32(i) }
            if t.word == Lex.comma { comma = Int32(i) } else if t.word == Lex.that { that = Int32(i) }
            if CueScan.isCandidate(toks, e, i, u.toks) {
                p[i].candidate = true
                candidates.append(Int32(i))
            }
            i &+= 1
        }
        var nh: Int32 = -1
        i = u.toks.upperBound
        while i > u.toks.lowerBound {
            i &-= 1
            p[i].nextHead = nh
            if e[i].headWord { nh = Int32(i) }
        }
    }

    /// A head word, a word by a quotation, a colon, or a function word next to a
    /// head word (`has said`, `according to`, `pointed out`).
    @inline(__always)
    static func isCandidate(_ toks: UnsafeBufferPointer<Tok>, _ e: UnsafeBufferPointer<Entry>, _ i: Int, _ u: Range<Int>) -> Bool {
        let t = toks[i]
        // A speaker's own words are content: PolNeAR has no cue inside a quotation.
        if t.inQuote { return false }
        if t.kind == .punct { return t.word == Lex.colon }
        guard t.kind == .word else { return false }
        if e[i].headWord || e[i].byQuote { return true }
        guard !t.cls.isDisjoint(with: Lex.cueGlue), t.word != Lex.that else { return false }
        // `Theresa May said`: the surname is no modal.
        if i > u.lowerBound, SpeakerIndex.isTimeSurname(t, after: toks[i - 1]) { return false }
        if i + 1 < u.upperBound, e[i + 1].headWord { return true }
        if i - 1 >= u.lowerBound, e[i - 1].headWord { return true }
        if i + 2 < u.upperBound, toks[i + 1].cls.contains(.auxiliary) || toks[i + 1].cls.contains(.adverb), e[i + 2].headWord { return true }
        return false
    }

    /// A token a cue run can be headed by.
    @inline(__always) func isHead(_ v: DocView, _ i: Int) -> Bool { entries[i].head }
}
