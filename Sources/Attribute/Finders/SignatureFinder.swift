/// Quotations signed after a dash: a quoted paragraph and then a line
/// `- Bernie Sanders.`, a quotation and its signer on one line
/// (`"..." - Ann Brown`), or an embedded post `... — Paul Ryan (@SpeakerRyan)
/// July 5, 2016`. The dash is the cue and the name after it the source;
/// no verb says so, so the cue model alone never finds these. (Normalize
/// has made every dash `-`.)
enum SignatureFinder {
    static func add(_ a: inout Analysis, _ scan: CueScan, _ m: AttributionModel) {
        let v = a.view
        var covered: [Int32] = []
        for dash in dashes(v) {
            guard let name = signature(v, dash), !a.inCue[dash] else { continue }
            if covered.isEmpty { covered = QuoteLinker.coverage(a) }
            let ui = Int(v.toks[dash].unit)
            let content: Range<Int>
            if dash == v.units[ui].toks.lowerBound {
                guard ui > 0, v.units[ui - 1].block >= v.units[ui].block - 1,
                      let q = QuoteLinker.uncoveredQuote(v, ui - 1, covered) else { continue }
                content = q
            } else {
                content = v.units[ui].toks.lowerBound..<dash
                guard !content.contains(where: { covered[$0] >= 0 || a.inCue[$0] }) else { continue }
            }
            var f = Features()
            CueFinder.features(v, dash, scan, into: &f)
            let cue = CueRun(toks: dash..<(dash + 1), head: dash, unit: ui, probability: m.cue.probability(f))
            a.inCue[dash] = true
            SourceFinder.features(v, cue, CueContext(v, cue, a.inCue), name.lowerBound, Between(), into: &f)
            let source = SourcePick(head: name.lowerBound, toks: name, probability: m.source.probability(f), before: false)
            a.cues.append(cue)
            a.sources.append(source)
            for t in content { covered[t] = Int32(a.drafts.count) }
            a.drafts.append(Draft(cue: a.cues.count - 1, parts: [content], pattern: .signed, unit: Int(v.toks[content.lowerBound].unit)))
        }
    }

    /// The dashes outside quotations, in one tight pass over the tokens
    /// (most documents have none).
    static func dashes(_ v: DocView) -> [Int] {
        var out: [Int] = []
        v.toks.withUnsafeBufferPointer { toks in
            for i in toks.indices where toks[i].word == Lex.dash && toks[i].quote < 0 { out.append(i) }
        }
        return out
    }

    /// The name signed after the dash at `dash`: capitalized words (at most
    /// six, `of` allowed inside) opening a line, after a whole quotation, or
    /// followed by a handle.
    static func signature(_ v: DocView, _ dash: Int) -> Range<Int>? {
        let u = v.units[Int(v.toks[dash].unit)].toks
        // Only a line's first dash outside quotations signs it (`"A - B." - Ana Ruiz`).
        guard v.toks[dash].kind == .punct,
              dash == u.first(where: { v.toks[$0].word == Lex.dash && v.toks[$0].kind == .punct && !v.toks[$0].inQuote })
        else { return nil }
        var e = dash + 1
        while e < u.upperBound, e - dash <= 6, SpeakerIndex.capitalised(v.toks[e]) || (e > dash + 1 && v.toks[e].word == Lex.of) { e += 1 }
        guard e > dash + 1, v.toks[e - 1].word != Lex.of else { return nil }
        // A line of its own, or one whole quotation before the dash, ends
        // with the name or goes on after a comma; a signature after other
        // text has a handle.
        let endsName = e == u.upperBound || v.toks[e].word == Lex.comma || Lex.isSentenceEnd(v.toks[e].word)
        if dash == u.lowerBound || wholeQuote(v, u.lowerBound..<dash) {
            guard endsName else { return nil }
        } else {
            guard e < u.upperBound, isHandle(v, e) else { return nil }
        }
        return (dash + 1)..<e
    }

    /// Tokens that are one quotation, marks included, and at most one
    /// punctuation mark after it (`"...," - Ann Brown`, `"...". - Ann Brown`).
    static func wholeQuote(_ v: DocView, _ r: Range<Int>) -> Bool {
        guard r.count >= 3, CueFinder.isOpening(v, r.lowerBound) else { return false }
        var c = r.upperBound - 1
        if v.toks[c].kind == .punct, !v.toks[c].isMark { c -= 1 }
        return c > r.lowerBound && v.toks[c].mark == v.toks[r.lowerBound].mark && CueFinder.isClosing(v, c)
    }

    /// `(@name)` after a name: an embedded post's signature.
    static func isHandle(_ v: DocView, _ k: Int) -> Bool {
        let u = v.units[Int(v.toks[k - 1].unit)].toks
        return k + 1 < u.upperBound && v.toks[k].word == Lex.openParen && v.scalar(k + 1) == "@"
    }
}
