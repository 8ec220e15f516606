import ClaimlineCore

/// Reported speech inside one sentence: `X said (that) CONTENT`,
/// `CONTENT, X said.`, `according to X, CONTENT`.
enum ReportedSpeech {
    static func find(_ ctx: AttributionContext, excluding direct: [Candidate]) -> [Candidate] {
        var out: [Candidate] = []
        for sent in ctx.sentences {
            let toks = Tokenizer.tokens(ctx.s, in: sent.span.range)
            guard !toks.isEmpty else { continue }
            if let c = accordingTo(toks, sent.span, ctx) { out.append(c); continue }
            for (k, t) in toks.enumerated() where t.kind == .word && Cues.verbs.contains(ctx.word(t)) {
                if let c = saidThat(k, toks, sent.span, ctx) ?? contentThenSaid(k, toks, sent.span, ctx) {
                    if !direct.contains(where: { $0.content.contains(c.content) }) { out.append(c) }
                    break
                }
            }
        }
        return out
    }

    /// `X said (that) CONTENT.` / `X told Y (that) CONTENT.`
    static func saidThat(_ k: Int, _ toks: [Token], _ sent: Span, _ ctx: AttributionContext) -> Candidate? {
        guard let src = subject(before: k, toks, ctx) else { return nil }
        var c = k + 1
        let cue = ctx.word(toks[k])
        if cue == "told" || cue == "telling", c < toks.count { // skip the listener
            while c < toks.count, toks[c].kind == .word, ctx.word(toks[c]) != "that" { c += 1; if c - k > 5 { return nil } }
        }
        var hasThat = false
        if c < toks.count, ctx.word(toks[c]) == "that" { hasThat = true }
        if !hasThat && Cues.weak.contains(cue) { return nil }
        guard c < toks.count else { return nil }
        if toks[c].kind == .punct && ctx.s[toks[c].span.start] != "\"" { return nil }
        var end = sent.end
        while end > toks[c].span.start, ".!? ".unicodeScalars.contains(ctx.s[end - 1]) { end -= 1 }
        let content = Span(toks[c].span.start, end)
        guard content.length >= 10 else { return nil }
        return Candidate(kind: .indirect, content: content, source: src, cue: toks[k].span,
                         rule: hasThat ? "X-said-that" : "X-said", score: hasThat ? 0.7 : 0.5)
    }

    /// `CONTENT, X said.` / `CONTENT, said X.`
    static func contentThenSaid(_ k: Int, _ toks: [Token], _ sent: Span, _ ctx: AttributionContext) -> Candidate? {
        guard k >= 2 else { return nil }
        var comma = k - 1
        while comma > 0, !(toks[comma].kind == .punct && ctx.s[toks[comma].span.start] == ",") { comma -= 1 }
        guard comma > 0, k - comma <= 5 else { return nil }
        // Only the source (and the cue) may follow, then the sentence ends.
        let rest = toks[(k + 1)...].filter { $0.kind == .word }
        guard rest.count <= 4 else { return nil }
        let src: Span?
        if rest.isEmpty { src = subject(before: k, toks, ctx) } else {
            src = Span(rest.first!.span.start, rest.last!.span.end)
        }
        guard let source = src else { return nil }
        let content = Span(toks[0].span.start, toks[comma].span.start)
        guard content.length >= 10 else { return nil }
        return Candidate(kind: .indirect, content: content, source: source, cue: toks[k].span, rule: "content-X-said", score: 0.6)
    }

    /// `According to X, CONTENT.`
    static func accordingTo(_ toks: [Token], _ sent: Span, _ ctx: AttributionContext) -> Candidate? {
        guard toks.count > 4, ctx.word(toks[0]) == "according", ctx.word(toks[1]) == "to",
              let comma = toks.firstIndex(where: { $0.kind == .punct && ctx.s[$0.span.start] == "," }), comma > 2 else { return nil }
        var end = sent.end
        while end > toks[comma].span.end, ".!? ".unicodeScalars.contains(ctx.s[end - 1]) { end -= 1 }
        return Candidate(kind: .indirect, content: Span(toks[comma + 1].span.start, end),
                         source: Span(toks[2].span.start, toks[comma - 1].span.end),
                         cue: Span(toks[0].span.start, toks[1].span.end), rule: "according-to", score: 0.7)
    }

    /// The subject right before the cue: a name, pronoun or noun phrase.
    static func subject(before k: Int, _ toks: [Token], _ ctx: AttributionContext) -> Span? {
        var e = k - 1
        // Skip adverbs and auxiliaries between subject and cue ("also said", "has said").
        while e >= 0, toks[e].kind == .word, ["also", "has", "had", "have", "later", "then", "previously", "again", "repeatedly", "publicly"].contains(ctx.word(toks[e])) { e -= 1 }
        guard e >= 0, toks[e].kind == .word else { return nil }
        let w = ctx.word(toks[e])
        if Cues.pronouns[w] != nil { return toks[e].span }
        var a = e
        while a - 1 >= 0, toks[a - 1].kind == .word, e - a < 5 {
            let prev = toks[a - 1]
            let pw = ctx.word(prev)
            if ctx.s[prev.span.start].properties.isUppercase || ["the", "a", "an", "senior", "u.s.", "state"].contains(pw) { a -= 1 } else { break }
        }
        guard ctx.s[toks[a].span.start].properties.isUppercase || ["the", "a", "an"].contains(ctx.word(toks[a])) || ["officials", "sources", "experts", "analysts"].contains(w) else { return nil }
        return Span(toks[a].span.start, toks[e].span.end)
    }
}
