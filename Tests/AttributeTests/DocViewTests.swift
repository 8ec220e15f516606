import Testing
import ClaimlineCore
@testable import Attribute

@Suite struct DocViewTests {
    /// The tokens are written into the array's own storage, sized for one
    /// token in four characters; a text with more (`a, b, c`) moves them to
    /// a buffer that grows. Either way they are `Tokenizer`'s tokens.
    @Test func tokensAreTheTokenizersWhateverTheirDensity() throws {
        let dense = (0..<300).map { "\(Character(Unicode.Scalar(97 + $0 % 26)!))," }.joined(separator: " ")
        for text in ["The harbour master said that the ferry would sail at noon.", dense + "."] {
            let doc = try extracted(text)
            let v = DocView(doc)
            let s = doc.norm.text.scalars
            let expected = Tokenizer.tokens(s).map { $0.span }
            #expect(v.toks.map { $0.span } == expected)
            #expect(s.withUnsafeBufferPointer { b in v.toks.allSatisfy { WordHash.of(b, $0.span.range) == $0.word } })
        }
    }
}

/// A sentence that ends a quotation is read with the next one when that one
/// is only its attribution (`"Why?" Renteria asked reporters.`), not when it
/// reports words of its own.
@Suite struct AttributionTailTests {
    @Test func aShortAttributionJoinsTheQuotationBeforeIt() throws {
        for text in ["\"Why now?\" Renteria asked reporters.", "\"Why now?\" Renteria asked, looking at the crowd for a long while."] {
            let v = DocView(try extracted(text))
            #expect(v.units.count == 1, "\(text)")
        }
    }

    @Test func aSentenceWithWordsOfItsOwnStandsAlone() throws {
        let text = "The report calls the crews \"weekend sailors.\" He said that is a \"smear,\" praising the crews as the best on the coast."
        let v = DocView(try extracted(text))
        #expect(v.units.count == 2)
        let c = try claim(in: text, containing: "smear")
        #expect(!c.content.text.contains("report"))
    }

    @Test func aCueAfterReportedSpeechWithAQuotedPhraseIsNotItsTail() throws {
        // `He adds,` would be a short tail, but the quotation before it opened
        // after words of its sentence: reported speech, with its own cue.
        let text = "Mr. Lanza said he admires the mayor and calls her \"a tireless worker.\" He adds, \"The budget fight got personal.\""
        let v = DocView(try extracted(text))
        #expect(v.units.count == 2)
        let c = try claim(in: text, containing: "budget fight")
        #expect(c.cue?.text == "adds")
        #expect(!c.content.text.contains("tireless"))
        // A whole quotation still takes its tail.
        #expect(DocView(try extracted("\"Is the budget fight personal?\" He adds, smiling.")).units.count == 1)
    }
}
