import ClaimlineCore

/// Direct quotes: each quotation gets the source named next to it.
enum DirectQuotes {
    static func find(_ ctx: AttributionContext) -> [Candidate] {
        var out: [Candidate] = []
        for q in ctx.quotes where !q.inner.isEmpty {
            var c = Candidate(kind: .direct, content: q.inner, source: nil, cue: nil, rule: "quote-unattributed", score: 0.3)
            if let (src, cue, rule) = after(q.span, ctx) ?? before(q.span, ctx) {
                c.source = src; c.cue = cue; c.rule = rule; c.score = 0.8
            }
            out.append(c)
        }
        return out
    }

    /// `"...," X said` / `"...," said X` right after the closing mark.
    static func after(_ q: Span, _ ctx: AttributionContext) -> (Span, Span, String)? {
        let end = min(ctx.s.count, q.end + 80)
        let toks = Tokenizer.tokens(ctx.s, in: q.end..<end).prefix(8)
        var ts = Array(toks)
        while let f = ts.first, f.kind == .punct, ",.".unicodeScalars.contains(ctx.s[f.span.start]) { ts.removeFirst() }
        guard !ts.isEmpty else { return nil }
        if Cues.verbs.contains(ctx.word(ts[0])), ts.count > 1, let src = nounPhrase(ts, from: 1, ctx) {
            return (src, ts[0].span, "quote-said-X")
        }
        if let src = nounPhrase(ts, from: 0, ctx), let k = ts.firstIndex(where: { $0.span.start >= src.end }),
           Cues.verbs.contains(ctx.word(ts[k])) {
            return (src, ts[k].span, "quote-X-said")
        }
        return nil
    }

    /// `X said: "..."` / `X told Y: "..."` in the same sentence before the quote.
    static func before(_ q: Span, _ ctx: AttributionContext) -> (Span, Span, String)? {
        guard let sent = ctx.sentences.first(where: { $0.span.start <= q.start && q.start < $0.span.end })?.span else { return nil }
        let toks = Tokenizer.tokens(ctx.s, in: sent.start..<q.start)
        guard let cueIndex = toks.lastIndex(where: { $0.kind == .word && Cues.verbs.contains(ctx.word($0)) }) else { return nil }
        guard let src = ReportedSpeech.subject(before: cueIndex, toks, ctx) else { return nil }
        return (src, toks[cueIndex].span, "X-said-quote")
    }

    /// A name, pronoun or short noun phrase starting at token `k`.
    static func nounPhrase(_ ts: [Token], from k: Int, _ ctx: AttributionContext) -> Span? {
        guard k < ts.count, ts[k].kind == .word else { return nil }
        let w = ctx.word(ts[k])
        if Cues.pronouns[w] != nil { return ts[k].span }
        var e = k
        if ["the", "a", "an"].contains(w) {
            e += 1
            while e < ts.count, ts[e].kind == .word, e - k < 5, !Cues.verbs.contains(ctx.word(ts[e])) { e += 1 }
            return e > k + 1 ? Span(ts[k].span.start, ts[e - 1].span.end) : nil
        }
        guard ctx.s[ts[k].span.start].properties.isUppercase else { return nil }
        while e + 1 < ts.count, ts[e + 1].kind == .word, ctx.s[ts[e + 1].span.start].properties.isUppercase { e += 1 }
        return Span(ts[k].span.start, ts[e].span.end)
    }
}
