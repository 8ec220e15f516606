import Testing
@testable import ClaimlineCore
@testable import Normalize
@testable import Segment

/// The stage as a whole: coordinates, blocks, odd input.
@Suite struct SegmenterTests {
    @Test func spansAreInOriginalCoordinatesThroughNormalization() {
        // NFKC turns `…` into three periods and `ﬁ` into two letters; the
        // no-break space and the soft hyphen change nothing visible.
        let doc = segmented(["“Wait…” she said.\u{00A0}The ﬁnal co\u{AD}operation began."])
        let texts = doc.sentences.map { doc.text[$0.span] }
        #expect(texts == ["“Wait…” she said.", "The ﬁnal co\u{AD}operation began."])
    }

    @Test func supplementaryCharactersCountAsOneCodePoint() {
        let doc = segmented(["Great news 🎉. We won 🏆 twice. Done."])
        #expect(doc.sentences.map { doc.text[$0.span] } == ["Great news 🎉.", "We won 🏆 twice.", "Done."])
        #expect(doc.sentences[1].span == Span(14, 29))
    }

    @Test func sentencesStayInsideTheirBlocksInOrder() {
        let doc = segmented(["Heading without a stop", "One. Two.", "Three"], roles: [.heading, .paragraph, .boilerplate])
        #expect(doc.sentences.map(\.block) == [0, 1, 1, 2])
        for s in doc.sentences { #expect(doc.blocks[s.block].span.contains(s.span)) }
        #expect(zip(doc.sentences, doc.sentences.dropFirst()).allSatisfy { $0.span.end <= $1.span.start })
    }

    @Test func sentencesAreTrimmedAndEmptyBlocksGiveNone() {
        #expect(sentences("   ", "  Padded sentence.   ") == ["Padded sentence."])
    }

    @Test func wholeDocumentBlocksFollowTheText() {
        let doc = segmented(["First part. Second part.", "Third part."])
        #expect(doc.sentences.map(\.span) == [Span(0, 11), Span(12, 24), Span(26, 37)])
    }

    @Test func publicBlockAPIReturnsNormalizedSpans() {
        let text = CodePointText("Alpha beta. Gamma delta.")
        let spans = Segmenter().sentences(in: text.scalars, Span(0, text.count))
        #expect(spans == [Span(0, 11), Span(12, 24)])
    }

    @Test func icuAloneSplitsAfterAbbreviationsTheRulesKeep() {
        // The bare iterator breaks after `Dr.`; the stage does not.
        let t = Array("Ask Dr. Ito now.".unicodeScalars)
        #expect(ICUSentences.breaks(t, suppressions: false) == [8, 16])
        #expect(sentences("Ask Dr. Ito now.") == ["Ask Dr. Ito now."])
    }
}

@Suite struct SegmenterInputTests {
    @Test func aMapThatDoesNotFitTheTextsIsReportedNotACrash() throws {
        let text = CodePointText("One sentence here.")
        let ingested = IngestedDocument(id: "bad", source: "test", format: .text, text: text,
                                        blocks: [Block(Span(0, text.count), .paragraph)], meta: DocumentMeta())
        // A normalized text shorter than the map claims.
        let norm = NormalizedText(text: CodePointText("One."), map: OffsetMap())
        #expect(throws: RecordError.self) { try Segmenter().process(NormalizedDocument(base: ingested, norm: norm)) }
    }
}
