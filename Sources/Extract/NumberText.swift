import ClaimlineCore

/// One block's tokens with the text they come from: what every number rule reads.
struct NumberText {
    let s: [Unicode.Scalar]
    let toks: [NumTok]
    /// In order, the tokens a mention may start at (`NumberTokens.scan`).
    let starts: [Int]
    let view: BodyView

    init(_ view: BodyView, block: Span) {
        self.view = view
        s = view.norm
        (toks, starts) = NumberTokens.scan(view.norm, in: block.range)
    }

    var count: Int { toks.count }

    /// The first character of token `k`.
    @inline(__always) func char(_ k: Int) -> Unicode.Scalar { s[toks[k].start] }

    @inline(__always) func isPunct(_ k: Int, _ c: Unicode.Scalar) -> Bool {
        k >= 0 && k < toks.count && toks[k].kind == .punct && s[toks[k].start] == c
    }

    @inline(__always) func isWord(_ k: Int, _ w: Word) -> Bool {
        k >= 0 && k < toks.count && toks[k].kind == .word && toks[k].word == w
    }

    @inline(__always) func isDigits(_ k: Int) -> Bool { k >= 0 && k < toks.count && toks[k].kind == .digits }

    /// Token `k` exists and follows the one before it with no space.
    @inline(__always) func glued(_ k: Int) -> Bool { k > 0 && k < toks.count && toks[k].glued }

    /// Token `k` exists and is separated from the one before it by exactly one space.
    @inline(__always) func spaced(_ k: Int) -> Bool {
        k > 0 && k < toks.count && toks[k].start - toks[k - 1].end == 1
    }

    /// Token `k` exists and is a word with one of these tags.
    @inline(__always) func wordHas(_ k: Int, _ t: Lex.Tags) -> Bool {
        k >= 0 && k < toks.count && toks[k].kind == .word && toks[k].has(t)
    }

    /// The character the normalized offset `n` came from (the minus sign and the
    /// fraction slash of a vulgar fraction are told apart there).
    func original(at n: Int) -> Unicode.Scalar? { view.original(at: n) }

    func original(_ span: Span) -> Span { view.toOriginal(span) }

    func string(_ a: Int, _ b: Int) -> String { UTF8Scalars.string(s[a..<b]) }

    /// Lowercased words of tokens `a..<b`, one space apart (only for the few
    /// phrases that name a currency or a vague number).
    func phrase(_ a: Int, _ b: Int) -> String {
        var out = ""
        for k in a..<b where toks[k].kind == .word {
            if !out.isEmpty { out.append(" ") }
            out += string(toks[k].start, toks[k].end).lowercased()
        }
        return out
    }
}
