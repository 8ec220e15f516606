import Testing
@testable import ClaimlineCore
@testable import Normalize

@Suite struct NormalizerTests {
    let n = Normalizer()

    func norm(_ s: String) -> NormalizedText { n.normalize(CodePointText(s)) }

    /// The plain-run scan reads eight characters at a time; it must end
    /// where a scan of one character at a time does, at every offset of
    /// texts that mix plain letters, spaces, space pairs, backticks, line
    /// breaks, curly quotes and combining marks.
    @Test func plainRunsEndWhereACharacterByCharacterScanEnds() {
        let alphabet: [Unicode.Scalar] = ["a", "b", " ", " ", " ", "`", "\n", "\u{201C}", "\u{0301}", "e", "."]
        func reference(_ s: [Unicode.Scalar], _ i: Int, _ afterSpace: Bool) -> Int {
            var j = i, space = afterSpace
            while j < s.count {
                let v = s[j].value
                if v == 0x20 { if space { break }; space = true } else {
                    guard v > 0x20, v < 0x80, v != 0x60 else { break }
                    space = false
                }
                j += 1
            }
            if j > i, j < s.count, s[j].value >= 0x300 { j -= 1 }
            return j
        }
        var seed: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next() -> Int { seed = seed &* 6364136223846793005 &+ 1442695040888963407; return Int(seed >> 33) }
        for _ in 0..<400 {
            let length = next() % 60
            // Mostly letters, so runs grow past eight characters.
            let s = (0..<length).map { _ in next() % 3 == 0 ? alphabet[next() % alphabet.count] : alphabet[next() % 2] }
            for i in 0...s.count {
                for afterSpace in [false, true] {
                    #expect(plainRun(s, from: i, afterSpace: afterSpace) == reference(s, i, afterSpace))
                }
            }
        }
    }

    /// Characters below U+2500 are answered from a table made once from ICU:
    /// NFKC still changes those it changes, keeps those it keeps, and joins
    /// a combining mark to the letter before it.
    @Test func charactersBeforeU2500NormalizeAsICUSays() {
        let r = norm("\u{BD} \u{2122} \u{212B} \u{E9} \u{3B1}\u{301} o\u{308} \u{2026}")
        #expect(r.text.string == "1\u{2044}2 TM \u{C5} \u{E9} \u{3AC} \u{F6} ...")
    }

    @Test func asciiTextIsUnchangedWithAnIdentityMap() {
        let r = norm("Plain words, 1,000 of them.")
        #expect(r.text.string == "Plain words, 1,000 of them.")
        #expect(r.map.isIdentity)
    }

    @Test func foldsQuoteApostropheAndDashVariants() {
        let r = norm("“It’s fine” — she said «oui» ‐ ok")
        #expect(r.text.string == "\"It's fine\" - she said \"oui\" - ok")
        #expect(r.map.isIdentity)
    }

    @Test func appliesNFKCThroughICU() {
        #expect(norm("ﬁnal ２０ km²").text.string == "final 20 km2")
    }

    @Test func dropsSoftHyphensAndZeroWidthCharactersAndMapsBack() {
        let src = CodePointText("co\u{AD}operate\u{200B} now")
        let r = n.normalize(src)
        #expect(r.text.string == "cooperate now")
        let word = Span(0, 9)
        #expect(src[r.map.original(word)] == "co\u{AD}operate")
        #expect(src[r.map.original(Span(10, 13))] == "now")
    }

    @Test func collapsesSpaceRunsAndFoldsLineEndings() {
        let src = CodePointText("a \u{00A0}\t b\r\nc")
        let r = n.normalize(src)
        #expect(r.text.string == "a b\nc")
        #expect(src[r.map.original(Span(2, 3))] == "b")
        #expect(src[r.map.original(Span(4, 5))] == "c")
    }

    // ASCII is copied in runs; each run must stop where the per-character
    // rules apply: a combining mark after it, a second space, a backtick.
    @Test func asciiRunsStopWhereACharacterRuleApplies() {
        let src = CodePointText("cafe\u{301} bar  baz `quote' x  \u{301}y")
        let r = n.normalize(src)
        #expect(r.text.string == "caf\u{E9} bar baz 'quote' x \u{301}y")
        #expect(src[r.map.original(Span(0, 4))] == "cafe\u{301}")
        #expect(src[r.map.original(Span(9, 12))] == "baz")
    }

    @Test func expandsTheEllipsisAndMapsInsideItToTheWholeCharacter() {
        let src = CodePointText("Wait… no")
        let r = n.normalize(src)
        #expect(r.text.string == "Wait... no")
        #expect(src[r.map.original(Span(4, 7))] == "…")
        #expect(src[r.map.original(Span(8, 10))] == "no")
    }

    @Test func everyWordMapsBackToItsOwnOriginalCharacters() {
        let src = CodePointText("Ｔｈｅ\u{AD} café’s ﬂoor… costs $5\u{200D}0 — “ok”.")
        let r = n.normalize(src)
        for t in Tokenizer.tokens(r.text.scalars) where t.kind != .punct {
            let back = n.normalize(CodePointText(src[r.map.original(t.span)])).text.string
            #expect(back == r.text[t.span])
        }
    }

    @Test func stageKeepsTheIngestedRecord() throws {
        let doc = IngestedDocument(id: "x", source: "-", format: .text, text: CodePointText("“Hi”"),
                                   blocks: [Block(Span(0, 4), .paragraph)], meta: DocumentMeta())
        let out = try n.process(doc)
        #expect(out.base == doc)
        #expect(out.norm.text.string == "\"Hi\"")
    }
}
