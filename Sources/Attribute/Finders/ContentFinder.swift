/// The words a cue and its source take up in their unit.
struct Complex {
    var cue: Int
    var unit: Int
    var cueToks: Range<Int>
    /// One or two sorted, disjoint token ranges (the second may be empty): the
    /// cue, the source, and the words
    /// between them when nothing else is there (`Mr. Reid, who represents Nevada, said`).
    var first: Range<Int>
    var second: Range<Int> = 0..<0
    var lo: Int { first.lowerBound }
    var hi: Int { second.isEmpty ? first.upperBound : second.upperBound }
}

/// A run of a unit's tokens outside every complex, and the complexes right
/// before and after it.
struct Segment {
    var toks: Range<Int>
    var unit: Int
    /// The complex ending right before the segment, or -1.
    var left: Int
    /// The complex starting right after it, or -1.
    var right: Int
}

/// Which side of its cue a piece of content lies on.
enum Side: UInt64 {
    /// After the cue: `X said CONTENT`.
    case after = 1
    /// Before it: `CONTENT, X said`.
    case before = 2
}

/// Content: the text outside complexes is cut into segments; the owner model
/// gives each segment to the complex before it, the one after it, or none;
/// the start and end models then trim the segment to the reported words.
enum ContentFinder {
    static func complexes(_ v: DocView, _ cues: [CueRun], _ sources: [SourcePick?]) -> [Complex] {
        var out: [Complex] = []
        let cuesOfUnit = ByUnit(units: v.units.count, count: cues.count) { cues[$0].unit }
        for (k, c) in cues.enumerated() {
            var ranges = (c.toks, 0..<0)
            if let s = sources[k] {
                let gap = s.before ? s.toks.upperBound..<c.toks.lowerBound : c.toks.upperBound..<s.toks.lowerBound
                let clean = gap.count <= 12 && !gap.contains { v.toks[$0].inQuote || v.toks[$0].isMark }
                    && !cuesOfUnit[c.unit].contains { cues[Int($0)].toks.overlaps(gap) }
                if clean {
                    ranges = (min(s.toks.lowerBound, c.toks.lowerBound)..<max(s.toks.upperBound, c.toks.upperBound), 0..<0)
                } else {
                    ranges = s.before ? (s.toks, c.toks) : (c.toks, s.toks)
                }
            }
            out.append(Complex(cue: k, unit: c.unit, cueToks: c.toks, first: ranges.0, second: ranges.1))
        }
        return out
    }

    /// Segments of every unit that has a complex.
    static func segments(_ v: DocView, _ complexes: [Complex]) -> [Segment] {
        var out: [Segment] = []
        var owner: [Int] = []
        var k = 0
        while k < complexes.count {
            let unit = complexes[k].unit
            var e = k
            while e < complexes.count && complexes[e].unit == unit { e += 1 }
            let u = v.units[unit].toks
            owner.removeAll(keepingCapacity: true)
            owner.append(contentsOf: repeatElement(-1, count: u.count))
            for c in k..<e {
                for t in complexes[c].first where owner[t - u.lowerBound] < 0 { owner[t - u.lowerBound] = c }
                for t in complexes[c].second where owner[t - u.lowerBound] < 0 { owner[t - u.lowerBound] = c }
            }
            for c in k..<e { for t in complexes[c].cueToks { owner[t - u.lowerBound] = c } }
            var i = 0
            while i < owner.count {
                guard owner[i] < 0 else { i += 1; continue }
                var j = i
                while j < owner.count && owner[j] < 0 { j += 1 }
                let left = i > 0 ? owner[i - 1] : -1, right = j < owner.count ? owner[j] : -1
                // A quotation opening after a comma starts a segment of its own
                // (`when Obama offered billions, "states were hemorrhaging money," DeSantis said`).
                var a = u.lowerBound + i
                for k in (a + 1)..<(u.lowerBound + j) where opensAfterComma(v, k) {
                    out.append(Segment(toks: a..<k, unit: unit, left: left, right: right))
                    a = k
                }
                out.append(Segment(toks: a..<(u.lowerBound + j), unit: unit, left: left, right: right))
                i = j
            }
            k = e
        }
        return out
    }

    /// Whether token `k` is an opening quotation mark right after a comma.
    static func opensAfterComma(_ v: DocView, _ k: Int) -> Bool {
        v.toks[k].isMark && v.toks[k - 1].word == Lex.comma && !CueFinder.isClosing(v, k)
    }

    /// Whether the complex on `side` of `g` may own it. Not when `g` lies
    /// between a cue and the source before it (`Romney, who campaigned on
    /// self-deportation ..., suddenly insists that ...`, `Wilkerson started
    /// Maher's rant ... and later said, "..."`): the words there describe the
    /// source, or say what it did; they are not what it said.
    /// (When a quotation keeps the gap out of the complex, the segment there
    /// has the complex on both sides.)
    static func mayOwn(_ g: Segment, side: Side, _ cues: [CueRun], _ sources: [SourcePick?]) -> Bool {
        let ci = side == .after ? g.left : g.right
        guard ci >= 0 else { return false }
        guard let s = sources[ci], s.before else { return true }
        return !(g.toks.lowerBound >= s.toks.upperBound && g.toks.upperBound <= cues[ci].toks.lowerBound)
    }

    static func ownerFeatures(_ v: DocView, _ g: Segment, _ cx: [Complex], _ cues: [CueRun], _ sources: [SourcePick?],
                              side: Side, into f: inout Features) {
        f.removeAll()
        let ci = side == .after ? g.left : g.right
        let other = side == .after ? g.right : g.left
        let c = cues[ci]
        let sd = side.rawValue
        let u = v.units[g.unit]
        let cw = v.toks[c.head].word
        let first = v.toks[g.toks.lowerBound], last = v.toks[g.toks.upperBound - 1]
        let second = g.toks.count > 1 ? v.toks[g.toks.lowerBound + 1] : nil
        let penult = g.toks.count > 1 ? v.toks[g.toks.upperBound - 2] : nil
        let src: UInt64 = sources[ci].map { $0.before ? 1 : 2 } ?? 3
        f.add(1, sd)
        f.add(2, sd, cw)
        f.add(3, sd, v.toks[c.toks.upperBound - 1].word)
        f.add(4, sd, v.toks[c.toks.lowerBound].word)
        f.add(5, sd, src)
        f.add(6, sd, cw, src)
        f.add(7, sd, first.word)
        f.add(8, sd, UInt64(CueFinder.wordGroup(first)), UInt64(second.map { CueFinder.wordGroup($0) } ?? 0))
        f.add(9, sd, last.word)
        f.add(10, sd, UInt64(CueFinder.wordGroup(last)), UInt64(penult.map { CueFinder.wordGroup($0) } ?? 0))
        var words = 0, quoted = 0, ends = 0
        for t in g.toks {
            let x = v.toks[t]
            if x.kind != .punct { words += 1; if x.inQuote { quoted += 1 } }
            else if Lex.isSentenceEnd(x.word) && t + 1 < g.toks.upperBound { ends += 1 }
        }
        let qshare: UInt64 = words == 0 ? 0 : (quoted == 0 ? 1 : (quoted == words ? 3 : 2))
        f.add(11, sd, qshare)
        f.add(12, sd, Features.bucket(words))
        f.add(13, sd, UInt64(g.toks.lowerBound == u.toks.lowerBound ? 1 : 0), UInt64(g.toks.upperBound == u.toks.upperBound ? 1 : 0))
        f.add(14, sd, UInt64(other >= 0 ? 1 : 0), other >= 0 ? v.toks[cues[other].head].word : 0)
        if other >= 0 {
            let os: UInt64 = sources[other].map { $0.before ? 1 : 2 } ?? 3
            f.add(15, sd, os)
        }
        f.add(16, sd, UInt64(min(ends, 2)), qshare)
        f.add(17, sd, cw, qshare)
        f.add(18, sd, Features.tenth(c.probability))
        f.add(19, sd, UInt64(u.block == 0 ? 1 : 0))
        f.add(20, sd, cw, first.word)
        f.add(21, sd, cw, last.word)
        f.add(22, sd, qshare, UInt64(CueFinder.wordGroup(last)))
        // Where `that` or a quotation opens near the start (`told reporters Tuesday that`).
        var thatAt = 0, markAt = 0
        for k in g.toks.lowerBound..<min(g.toks.upperBound, g.toks.lowerBound + 10) {
            if thatAt == 0 && v.toks[k].word == Lex.that { thatAt = k - g.toks.lowerBound + 1 }
            if markAt == 0 && v.toks[k].isMark { markAt = k - g.toks.lowerBound + 1 }
        }
        f.add(23, sd, UInt64(thatAt), UInt64(markAt))
        f.add(24, sd, UInt64(v.toks[c.head].cls.contains(.tell) ? 1 : 0), UInt64(CueFinder.wordGroup(first)))
        // A quotation on the complex's other side (`"A," he said, with reporters`).
        let cxr = cx[ci]
        var quoteOtherSide = false
        if side == .after {
            var k = cxr.lo - 1
            if k >= u.toks.lowerBound, v.toks[k].word == Lex.comma { k -= 1 }
            quoteOtherSide = k >= u.toks.lowerBound && v.toks[k].isMark
        } else {
            var k = cxr.hi
            if k < u.toks.upperBound, v.toks[k].word == Lex.comma || v.toks[k].word == Lex.colon { k += 1 }
            quoteOtherSide = k < u.toks.upperBound && v.toks[k].isMark
        }
        f.add(25, sd, UInt64(quoteOtherSide ? 1 : 2), qshare)
        f.add(26, sd, UInt64(quoteOtherSide ? 1 : 2), first.word)
        // What the cue goes on to (`..., Emanuel said Thursday that the city`), for
        // the segment right before the complex only: one further off is not what it qualifies.
        if side == .before, g.toks.upperBound >= cxr.lo - 1 {
            f.add(29, cxr.hi < u.toks.upperBound ? v.toks[cxr.hi].word : 1, UInt64(CueFinder.wordGroup(last)))
        }
        // A complex opening its sentence (`According to the agency, ...`).
        f.add(27, sd, UInt64(cxr.lo == u.toks.lowerBound ? 1 : 2), first.word)
        f.add(28, sd, UInt64(cxr.lo == u.toks.lowerBound ? 1 : 2), cw)
    }

    /// Start candidates of a segment's content on a side, in order; `body`
    /// returns false to stop.
    static func forEachStart(_ v: DocView, _ g: Segment, _ side: Side, _ body: (Int) -> Bool) {
        let limit = side == .after ? min(g.toks.upperBound, g.toks.lowerBound + 10) : g.toks.upperBound
        for t in g.toks.lowerBound..<limit {
            let x = v.toks[t]
            if t > g.toks.lowerBound {
                let p = v.toks[t - 1]
                if x.inQuote && p.quote == x.quote { continue }
                if side == .before && !(p.kind == .punct || x.isMark || x.cls.contains(.conjunction) || x.word == Lex.that) { continue }
            }
            if x.kind == .punct && !x.isMark && t + 1 < g.toks.upperBound { continue }
            if !body(t) { return }
        }
    }

    static func startCandidates(_ v: DocView, _ g: Segment, _ side: Side) -> [Int] {
        var out: [Int] = []
        forEachStart(v, g, side) { out.append($0); return true }
        return out
    }

    /// End candidates (exclusive) after a start, in order, the segment's end
    /// last; `body` returns false to stop.
    static func forEachEnd(_ v: DocView, _ g: Segment, _ start: Int, _ side: Side, _ body: (Int) -> Bool) {
        var e = start + 1
        while e < g.toks.upperBound {
            let x = v.toks[e], p = v.toks[e - 1]
            let inside = x.inQuote && p.quote == x.quote || (x.isMark && CueFinder.isClosing(v, e))
            let afterQuote = p.isMark && CueFinder.isClosing(v, e - 1)
            if !inside && (x.kind == .punct || !x.cls.isDisjoint(with: [.conjunction, .relative, .preposition]) || x.isMark || afterQuote) {
                if !body(e) { return }
            }
            e += 1
        }
        _ = body(g.toks.upperBound)
    }

    static func endCandidates(_ v: DocView, _ g: Segment, _ start: Int, _ side: Side) -> [Int] {
        var out: [Int] = []
        forEachEnd(v, g, start, side) { out.append($0); return true }
        return out
    }

    static func startFeatures(_ v: DocView, _ g: Segment, _ t: Int, _ cueWord: UInt64, _ side: Side, into f: inout Features) {
        f.removeAll()
        let sd = side.rawValue
        let x = v.toks[t]
        let p: Tok? = t > v.units[g.unit].toks.lowerBound ? v.toks[t - 1] : nil
        f.add(1, sd)
        f.add(2, sd, Features.bucket(t - g.toks.lowerBound))
        f.add(3, sd, x.word)
        f.add(4, sd, p?.word ?? 1)
        f.add(5, sd, UInt64(CueFinder.wordGroup(x)), UInt64(p.map { CueFinder.wordGroup($0) } ?? 0))
        f.add(6, sd, cueWord, UInt64(t == g.toks.lowerBound ? 1 : 0))
        var thatBefore = 0, thatAfter = 0, markBefore = 0
        for k in g.toks.lowerBound..<t {
            if v.toks[k].word == Lex.that { thatBefore += 1 }
            if v.toks[k].isMark { markBefore += 1 }
        }
        for k in t..<min(g.toks.upperBound, t + 7) where k > t && (v.toks[k].word == Lex.that || v.toks[k].isMark) { thatAfter = k - t; break }
        f.add(7, sd, UInt64(min(thatBefore, 1)), UInt64(min(markBefore, 1)))
        f.add(8, sd, UInt64(thatAfter))
        f.add(9, sd, Features.bucket(g.toks.upperBound - t))
        f.add(10, sd, cueWord, Features.bucket(t - g.toks.lowerBound))
        f.add(11, sd, x.word, UInt64(x.shape.rawValue))
        if let p { f.add(12, sd, p.word, x.word) }
    }

    static func endFeatures(_ v: DocView, _ g: Segment, _ start: Int, _ e: Int, _ cueWord: UInt64, _ side: Side,
                            into f: inout Features) {
        f.removeAll()
        let sd = side.rawValue
        let u = v.units[g.unit].toks
        let atEnd = e == g.toks.upperBound
        let x: Tok? = e < u.upperBound ? v.toks[e] : nil
        let p = v.toks[e - 1]
        let n: Tok? = e + 1 < u.upperBound ? v.toks[e + 1] : nil
        f.add(1, sd)
        f.add(2, sd, UInt64(atEnd ? 1 : 0), UInt64(e == u.upperBound ? 1 : 0))
        f.add(3, sd, x?.word ?? 1)
        f.add(4, sd, p.word)
        f.add(5, sd, n?.word ?? 1)
        f.add(6, sd, UInt64(x.map { CueFinder.wordGroup($0) } ?? 0), UInt64(n.map { CueFinder.wordGroup($0) } ?? 0))
        f.add(7, sd, Features.bucket(e - start))
        f.add(8, sd, Features.bucket(g.toks.upperBound - e))
        if let x, x.kind == .word { f.add(9, sd, v.suffix(e)) }
        var quoteIn = false, quoteAfter = false
        for k in start..<e where v.toks[k].isMark { quoteIn = true; break }
        for k in e..<g.toks.upperBound where v.toks[k].isMark { quoteAfter = true; break }
        f.add(10, sd, UInt64(quoteIn ? 1 : 0), UInt64(quoteAfter ? 1 : 0))
        f.add(11, sd, cueWord, UInt64(atEnd ? 1 : 0))
        if let x, let n { f.add(12, sd, x.word, n.word) }
        f.add(13, sd &* 4 &+ UInt64(atEnd ? 1 : 0) &* 2 &+ UInt64(quoteAfter ? 1 : 0), x?.word ?? 1)
        // Right after a closing quotation mark (`"A," Italy's leader X said`).
        let afterQuote = p.isMark && CueFinder.isClosing(v, e - 1)
        f.add(14, sd, UInt64(afterQuote ? 1 : 2), UInt64(x.map { CueFinder.wordGroup($0) } ?? 0))
        if let n, n.kind == .word { f.add(15, sd, UInt64(afterQuote ? 1 : 2), v.suffix(e + 1)) }
        // The content so far is one whole quotation (`"We'll see," when asked ...`).
        let wholeQuote = afterQuote && v.toks[start].isMark && v.toks[start].mark == p.mark
        f.add(16, sd, UInt64(wholeQuote ? 1 : 2), UInt64(x.map { CueFinder.wordGroup($0) } ?? 0))
    }
}
