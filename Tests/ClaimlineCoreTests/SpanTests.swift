import Testing
@testable import ClaimlineCore

@Suite struct CodePointTextTests {
    @Test func slicesByCodePointNotByUTF16OrBytes() {
        let t = CodePointText("a😀b é")
        #expect(t.count == 5)
        #expect(t[Span(1, 3)] == "😀b")
    }

    @Test func utf16OffsetsMapBackToCodePoints() {
        let u = CodePointText("😀ab").utf16()
        #expect(u.units.count == 4)
        #expect(u.pointOffset(2) == 1)
        #expect(u.pointOffset(4) == 3)
    }

    @Test func spanWithTextIsWrittenAsItsSlice() throws {
        let t = CodePointText("Putin said “no”.")
        var w = JSONWriter()
        w.span(Span(11, 15), in: t)
        let v = try JSONParser.parse(w.bytes)
        #expect(v["text"]?.string == "“no”")
    }

    @Test func spanOutsideTheTextIsRejected() {
        #expect(throws: RecordError.self) {
            try Span(json: .object(["start": .int(2), "end": .int(9)]), bound: 5, context: "x")
        }
    }
}

@Suite struct OffsetMapTests {
    // "a\u{AD}b…c": the soft hyphen is dropped, the ellipsis becomes "...".
    // normalized "ab...c"; pieces: [1,1)->[1,2) and [2,5)->[3,4).
    let map = OffsetMap(pieces: [.init(norm: Span(1, 1), orig: Span(1, 2)), .init(norm: Span(2, 5), orig: Span(3, 4))])

    @Test func mapsSpansBackToTheOriginal() {
        #expect(map.original(Span(0, 2)) == Span(0, 3))   // "ab" -> "a\u{AD}b"
        #expect(map.original(Span(2, 5)) == Span(3, 4))   // "..." -> "…"
        #expect(map.original(Span(3, 4)) == Span(3, 4))   // inside an expansion -> the whole character
        #expect(map.original(Span(5, 6)) == Span(4, 5))   // "c"
    }

    @Test func mapsOriginalSpansToNormalized() {
        #expect(map.normalized(Span(3, 4)) == Span(2, 5))
        #expect(map.normalized(Span(4, 5)) == Span(5, 6))
        #expect(map.normalized(Span(0, 3)) == Span(0, 2))
    }

    @Test func emptyMapIsTheIdentity() {
        #expect(OffsetMap().original(Span(3, 7)) == Span(3, 7))
    }
}

@Suite struct TokenizerTests {
    func words(_ s: String) -> [String] {
        let t = CodePointText(s)
        return Tokenizer.tokens(t.scalars).map { t[$0.span] }
    }

    @Test func keepsSeparatorsInsideNumbers() {
        #expect(words("1,000 people, 3.5% and 5:05.") == ["1,000", "people", ",", "3.5", "%", "and", "5:05", "."])
    }

    @Test func joinsApostrophesHyphensAndDottedInitials() {
        #expect(words("The U.S. didn't re-open it.") == ["The", "U.S.", "didn't", "re-open", "it", "."])
    }
}
