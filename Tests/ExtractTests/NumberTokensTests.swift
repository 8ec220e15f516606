import ClaimlineCore
import Testing
@testable import Extract

/// The number tokenizer reads the scalars in one pass; it must cut exactly
/// as the shared `Tokenizer` followed by the number rules' splits would.
@Suite struct NumberTokensTests {
    @Test func scalarFlagsSkipNoLookupThatCouldMatter() {
        for v in UInt32(0x80)..<0x20000 {
            guard let c = Unicode.Scalar(v) else { continue }
            #expect(ScalarFlags.flags(c) == ScalarFlags.allFlags(c), "U+\(String(v, radix: 16))")
        }
    }

    /// The plane's table, with its uniform blocks set without lookups,
    /// holds each character's own flags.
    @Test func theBMPTableHoldsEachCharactersFlags() {
        let t = ScalarFlags.bmp
        for v in 0..<0x10000 {
            let expected = Unicode.Scalar(UInt32(v)).map(ScalarFlags.allFlags) ?? 0
            if t[v] != expected { Issue.record("U+\(String(v, radix: 16)): \(t[v]) not \(expected)") }
        }
    }

    @Test func quoteFinderAnswersASCIIAsUnicodeDoes() {
        for v in UInt8(0)..<0x80 {
            let c = Unicode.Scalar(v)
            #expect(QuoteFinder.isSpace(c) == c.properties.isWhitespace && QuoteFinder.isLetter(c) == c.properties.isAlphabetic)
        }
    }

    @Test func wordsAreSplitAtInnerHyphensAndBeforeTrailingDigits() {
        let s = Array("twenty-one G20 leaders, USD115 and x10".unicodeScalars)
        let toks = NumberTokens.tokens(s, in: 0..<s.count)
        let texts = toks.map { String(String.UnicodeScalarView(s[$0.start..<$0.end])) }
        #expect(texts == ["twenty", "one", "G", "20", "leaders", ",", "USD", "115", "and", "x", "10"])
        #expect(toks[1].hyphenated && toks[1].glued && toks[3].glued && !toks[4].glued)
        #expect(toks[0].lex?.value == 20 && toks[1].lex?.value == 1)
    }

    @Test func aListWrittenWithCommasIsCutButThousandsAreNot() {
        let s = Array("7,9,13 and 1,234,567".unicodeScalars)
        let kinds = NumberTokens.tokens(s, in: 0..<s.count).map(\.kind)
        #expect(kinds == [.digits, .punct, .digits, .punct, .digits, .word, .digits])
    }

    @Test func caseAndLexiconKeyOfEachWord() {
        let s = Array("U.S. Million o'clock ÉTÉ McDonald".unicodeScalars)
        let toks = NumberTokens.tokens(s, in: 0..<s.count)
        #expect(toks.map(\.letterCase) == [.upper, .capitalized, .lower, .upper, .other])
        #expect(toks[1].lex?.value == 1e6 && toks[2].word == .oclock && toks[3].lex == nil)
    }

    @Test func theSameTokensAsTheSharedTokenizerOnMixedText() {
        let samples = [
            "On 12.3.2017, 3,406,118.5 ballots -- some 40 000 -- went to U.S.-based A4b co-ops (a.m. p.m.).",
            "It's ’90s rock''n''roll: 5:05pm, $1.5-billion, H-1B, COVID-19, 22,24,26,31 and 1,2,3.",
            "Ünïcödé wörds, ÀB 12 ç-d\u{00A0}e\u{2009}f, 日本 10 円, e.g. Ph.D.s, www.x.com/a-b, @me 1/2 ¾",
        ]
        for text in samples { expectSameAsReference(Array(text.unicodeScalars)) }
    }

    @Test func theSameTokensAsTheSharedTokenizerOnRandomText() {
        // Random strings over the characters the rules look at, from a fixed seed.
        let alphabet = Array("aAbZmkMs 0123456789,.:'-\u{2019}\n\t$%/é É\u{00A0}日".unicodeScalars)
        var rng = SplitMix(seed: 7)
        for _ in 0..<2000 {
            let n = Int(rng.next() % 40)
            let s = (0..<n).map { _ in alphabet[Int(rng.next() % UInt64(alphabet.count))] }
            expectSameAsReference(s)
            if n > 4 { expectSameAsReference(s, in: 2..<(n - 1)) }
        }
    }

    private func expectSameAsReference(_ s: [Unicode.Scalar], in range: Range<Int>? = nil) {
        let r = range ?? 0..<s.count
        let got = NumberTokens.tokens(s, in: r)
        let want = Reference.tokens(s, in: r)
        #expect(got == want, "\(String(String.UnicodeScalarView(s[r])).debugDescription)")
    }
}

/// The tokens as first written: `Tokenizer.tokens`, then hyphen, digit-seam
/// and comma-list splits, then a String-free lexicon lookup per word.
private enum Reference {
    static func tokens(_ s: [Unicode.Scalar], in range: Range<Int>) -> [NumTok] {
        var out: [NumTok] = []
        var previousEnd = -1
        for t in Tokenizer.tokens(s, in: range) {
            let glued = t.span.start == previousEnd
            previousEnd = t.span.end
            switch t.kind {
            case .number:
                if isCommaList(s, t.span.start, t.span.end) {
                    var a = t.span.start
                    for i in t.span.start...t.span.end where i == t.span.end || s[i] == "," {
                        out.append(tok(a, i, .digits, a == t.span.start ? glued : true))
                        if i < t.span.end { out.append(tok(i, i + 1, .punct, true)) }
                        a = i + 1
                    }
                } else {
                    out.append(tok(t.span.start, t.span.end, .digits, glued))
                }
            case .punct:
                out.append(tok(t.span.start, t.span.end, .punct, glued))
            case .word:
                var a = t.span.start, first = true
                for i in t.span.start...t.span.end where i == t.span.end || s[i] == "-" {
                    if i > a { part(s, a, i, first ? glued : true, !first, &out) }
                    first = false
                    a = i + 1
                }
            }
        }
        NumberTokens.markAddresses(s, &out)
        return out
    }

    static func isCommaList(_ s: [Unicode.Scalar], _ a: Int, _ b: Int) -> Bool {
        var commas = 0
        for i in a..<b {
            if s[i] == "," { commas += 1 } else if s[i] == "." || s[i] == ":" { return false }
        }
        return commas >= 2 && !DigitValue.groupedByThree(s, a, b, separator: ",")
    }

    static func tok(_ a: Int, _ b: Int, _ kind: NumTok.Kind, _ glued: Bool) -> NumTok {
        NumTok(start: a, end: b, kind: kind, glued: glued, hyphenated: false, letterCase: .other)
    }

    static func part(_ s: [Unicode.Scalar], _ a: Int, _ b: Int, _ glued: Bool, _ hyphenated: Bool, _ out: inout [NumTok]) {
        var d = b
        while d > a && Tokenizer.isDigit(s[d - 1]) { d -= 1 }
        if d > a && d < b && (a..<d).allSatisfy({ Tokenizer.isLetter(s[$0]) }) {
            out.append(word(s, a, d, glued, hyphenated))
            out.append(tok(d, b, .digits, true))
            return
        }
        out.append(word(s, a, b, glued, hyphenated))
    }

    static func word(_ s: [Unicode.Scalar], _ a: Int, _ b: Int, _ glued: Bool, _ hyphenated: Bool) -> NumTok {
        var upper = 0, lower = 0, firstUpper = false
        for i in a..<b {
            let isUpper = s[i].properties.isUppercase
            if isUpper { upper += 1; if i == a { firstUpper = true } } else if s[i].properties.isLowercase { lower += 1 }
        }
        let c: NumTok.Case = upper == 0 ? .lower : lower == 0 ? .upper : firstUpper && upper == 1 ? .capitalized : .other
        return NumTok(start: a, end: b, kind: .word, glued: glued, hyphenated: hyphenated, letterCase: c,
                      lex: NumberLexicon.lookup(s, a..<b))
    }
}

/// A small deterministic random number generator for the tests.
struct SplitMix {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE5_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
