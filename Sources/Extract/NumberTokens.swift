import ClaimlineCore

/// A token as the number grammar sees it: the shared tokenizer's words split
/// at inner hyphens (`twenty-one`, `12-cent-a-share`) and at a letters-digits
/// seam (`USD115`, `x10`), each word looked up once in the lexicon.
struct NumTok {
    enum Kind: UInt8 { case word, digits, punct }
    enum Case: UInt8 { case lower, capitalized, upper, other }

    var start: Int
    var end: Int
    var kind: Kind
    /// No space between this token and the one before it.
    var glued: Bool
    /// Split off the word before it at an inner hyphen.
    var hyphenated: Bool
    var letterCase: Case
    /// Inside a URL or e-mail address: never a number.
    var inAddress = false
    var lex: Lex?

    var tags: Lex.Tags { lex?.tags ?? [] }
    var word: Word { lex?.word ?? .other }
    func has(_ t: Lex.Tags) -> Bool { lex?.tags.contains(t) ?? false }
    var count: Int { end - start }
}

enum NumberTokens {
    static func tokens(_ s: [Unicode.Scalar], in range: Range<Int>) -> [NumTok] {
        let raw = Tokenizer.tokens(s, in: range)
        var out: [NumTok] = []
        out.reserveCapacity(raw.count + raw.count / 8)
        var previousEnd = -1
        for t in raw {
            let glued = t.span.start == previousEnd
            previousEnd = t.span.end
            switch t.kind {
            case .number:
                appendDigits(s, t.span.start, t.span.end, glued: glued, to: &out)
            case .punct:
                out.append(NumTok(start: t.span.start, end: t.span.end, kind: .punct, glued: glued, hyphenated: false,
                                  letterCase: .other))
            case .word:
                appendWord(s, t.span.start, t.span.end, glued: glued, to: &out)
            }
        }
        markAddresses(s, &out)
        return out
    }

    /// Digits as one token, except a list written with commas (`22,24,26,31`),
    /// which becomes its numbers and commas.
    private static func appendDigits(_ s: [Unicode.Scalar], _ start: Int, _ end: Int, glued: Bool, to out: inout [NumTok]) {
        if DigitValue.isCommaList(s, start, end) {
            var a = start
            for i in start...end where i == end || s[i] == "," {
                out.append(NumTok(start: a, end: i, kind: .digits, glued: a == start ? glued : true, hyphenated: false,
                                  letterCase: .other))
                if i < end {
                    out.append(NumTok(start: i, end: i + 1, kind: .punct, glued: true, hyphenated: false, letterCase: .other))
                }
                a = i + 1
            }
            return
        }
        out.append(NumTok(start: start, end: end, kind: .digits, glued: glued, hyphenated: false, letterCase: .other))
    }

    /// Splits a word at inner hyphens, and a trailing run of digits off its letters.
    private static func appendWord(_ s: [Unicode.Scalar], _ start: Int, _ end: Int, glued: Bool, to out: inout [NumTok]) {
        var a = start
        var first = true
        var i = start
        while i <= end {
            if i == end || s[i] == "-" {
                if i > a { appendPart(s, a, i, glued: first ? glued : true, hyphenated: !first, to: &out) }
                first = false
                a = i + 1
            }
            i += 1
        }
    }

    private static func appendPart(_ s: [Unicode.Scalar], _ start: Int, _ end: Int, glued: Bool, hyphenated: Bool,
                                   to out: inout [NumTok]) {
        // Letters then digits only (USD115, x10, G20): two tokens, glued.
        var d = end
        while d > start && Tokenizer.isDigit(s[d - 1]) { d -= 1 }
        if d > start && d < end && (start..<d).allSatisfy({ Tokenizer.isLetter(s[$0]) }) {
            out.append(word(s, start, d, glued: glued, hyphenated: hyphenated))
            out.append(NumTok(start: d, end: end, kind: .digits, glued: true, hyphenated: false, letterCase: .other))
            return
        }
        out.append(word(s, start, end, glued: glued, hyphenated: hyphenated))
    }

    private static func word(_ s: [Unicode.Scalar], _ start: Int, _ end: Int, glued: Bool, hyphenated: Bool) -> NumTok {
        var upper = 0, lower = 0
        var firstUpper = false
        for i in start..<end {
            let v = s[i].value
            let isUpper: Bool
            if v < 128 {
                isUpper = v >= 65 && v <= 90
                if !isUpper && v >= 97 && v <= 122 { lower += 1 }
            } else {
                let p = s[i].properties
                isUpper = p.isUppercase
                if !isUpper && p.isLowercase { lower += 1 }
            }
            if isUpper { upper += 1; if i == start { firstUpper = true } }
        }
        let c: NumTok.Case
        if upper == 0 { c = .lower }
        else if lower == 0 { c = .upper }
        else if firstUpper && upper == 1 { c = .capitalized }
        else { c = .other }
        return NumTok(start: start, end: end, kind: .word, glued: glued, hyphenated: hyphenated, letterCase: c,
                      lex: NumberLexicon.lookup(s, start..<end))
    }

    /// Marks the tokens of a space-free run holding `://`, `www.` or `@`.
    private static func markAddresses(_ s: [Unicode.Scalar], _ toks: inout [NumTok]) {
        var a = 0
        while a < toks.count {
            var b = a + 1
            while b < toks.count && toks[b].glued { b += 1 }
            if b - a >= 3 && isAddress(s, toks, a, b) {
                for k in a..<b { toks[k].inAddress = true }
            }
            a = b
        }
    }

    private static func isAddress(_ s: [Unicode.Scalar], _ toks: [NumTok], _ a: Int, _ b: Int) -> Bool {
        for k in a..<b where toks[k].kind == .punct {
            let c = s[toks[k].start]
            if c == "@" { return true }
            if c == ":" && k + 2 < b && s[toks[k + 1].start] == "/" && s[toks[k + 2].start] == "/" { return true }
            if c == "." && k > a && toks[k - 1].kind == .word && toks[k - 1].count == 3,
               s[toks[k - 1].start] == "w" || s[toks[k - 1].start] == "W" { return true }
        }
        return false
    }
}
