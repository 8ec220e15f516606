import Testing
import Foundation
import ClaimlineCore
import Normalize
import Segment
@testable import Extract

/// Quotations, with texts written for the test.
@Suite struct QuoteFinderTests {
    /// The scan to the next mark compares eight characters at once: from
    /// every start, with a mark at every place or none, it stops where a
    /// scan one character at a time stops.
    @Test func theScanToTheNextMarkStopsWhereOneCharacterAtATimeStops() {
        for n in 0...20 {
            for at in -1..<n {
                var s = Array(repeating: Unicode.Scalar("a"), count: n)
                if at >= 0 { s[at] = at % 2 == 0 ? "\"" : "'" }
                for from in 0...n {
                    for end in from...n {
                        var i = from
                        while i < end && s[i] != "\"" && s[i] != "'" { i += 1 }
                        #expect(QuoteFinder.next(s, from: from, to: end, "\"", "'") == i)
                    }
                }
            }
        }
    }

    /// Extract over a text whose paragraphs are split at blank lines
    /// (`>` at a paragraph's start makes it a blockquote).
    func quotes(_ text: String) throws -> (CodePointText, [Quote]) {
        let t = CodePointText(text)
        var blocks: [Block] = []
        var start = 0
        for (k, para) in text.components(separatedBy: "\n\n").enumerated() {
            let n = para.unicodeScalars.count
            let role: BlockRole = para.hasPrefix(">") ? .blockquote : .paragraph
            blocks.append(Block(Span(start, start + n), role))
            start += n + 2
            _ = k
        }
        let doc = IngestedDocument(id: "q", source: "test", format: .text, text: t, blocks: blocks, meta: DocumentMeta())
        let e = try Extractor().process(Segmenter().process(Normalizer().process(doc)))
        return (t, e.quotes)
    }

    func inner(_ r: (CodePointText, [Quote])) -> [String] { r.1.map { r.0[$0.inner] } }

    /// A curly mark typed the wrong way round is read by where it stands:
    /// a `“` after a comma and before a space closes.
    @Test func aCurlyMarkTypedTheWrongWayRoundIsReadByWhereItStands() throws {
        let r = try quotes("“The bridge will not be ready in May,“ said Ada Quist. “We need a year.”")
        #expect(inner(r) == ["The bridge will not be ready in May,", "We need a year."])
        let back = try quotes("He called it ”a disgrace” and left.")
        #expect(inner(back) == ["a disgrace"])
    }

    @Test func straightDoubleQuotes() throws {
        let r = try quotes("\"We are ready,\" she said, \"and we will win.\"")
        #expect(inner(r) == ["We are ready,", "and we will win."])
        #expect(r.1.allSatisfy { !$0.open && r.0[$0.span].hasPrefix("\"") })
    }

    @Test func curlyQuotesKeepTextOffsets() throws {
        let r = try quotes("Ms Berg called it “a disgrace” and left.")
        #expect(inner(r) == ["a disgrace"])
        #expect(r.0[r.1[0].span] == "“a disgrace”")
        #expect(r.1[0].mark == "“")
    }

    @Test func nestedSingleQuotes() throws {
        let r = try quotes("\"He told me 'never again' and walked out,\" she said.")
        #expect(inner(r) == ["He told me 'never again' and walked out,", "never again"])
        #expect(r.1[1].mark == "'")
    }

    @Test func singleQuotesAsQuotationMarks() throws {
        let r = try quotes("'We will not back down,' the chairman said.")
        #expect(inner(r) == ["We will not back down,"])
    }

    @Test func apostrophesAreNotQuotes() throws {
        let r = try quotes("They don't remember the '90s, and the voters' mood has changed.")
        #expect(r.1.isEmpty)
    }

    @Test func doubledApostrophesAreDoubleQuotes() throws {
        let r = try quotes("''Make it stop,'' Ms. Warren said. ''Now.''")
        #expect(inner(r) == ["Make it stop,", "Now."])
        #expect(r.1[0].mark == "''")
    }

    @Test func guillemets() throws {
        let r = try quotes("Le ministre a dit «nous verrons» hier.")
        #expect(inner(r) == ["nous verrons"])
    }

    @Test func aQuoteRunsOverParagraphsThatReopenIt() throws {
        let r = try quotes("He added: \"We have waited long enough.\n\n\"But it will not be soon.\"")
        #expect(inner(r) == ["We have waited long enough.", "But it will not be soon."])
        #expect(r.1[0].open && !r.1[1].open)
        #expect(r.1[1].group == 0)
    }

    @Test func aParagraphWhoseFirstMarkClosesTheQuote() throws {
        let r = try quotes("“The party must be united. It has not been since\n\n1988, and that is the point,” he said.")
        #expect(inner(r) == ["The party must be united. It has not been since", "1988, and that is the point,"])
        #expect(r.1[1].group == 0)
    }

    @Test func anUnrelatedQuoteInTheNextParagraphStartsItsOwnGroup() throws {
        let r = try quotes("\"One,\" he said.\n\nShe replied: \"Two.\"")
        #expect(r.1.map(\.group) == [0, 1])
    }

    @Test func blockquotesAreQuotations() throws {
        let r = try quotes("The letter read:\n\n> We regret to inform you of the decision.")
        #expect(r.1.contains { $0.mark == "blockquote" })
    }
}
