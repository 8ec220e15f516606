import Testing
import ClaimlineCore
@testable import Attribute

/// What every claim record promises: spans that are slices, scores that are
/// probabilities, numbers inside the content, stable ids.
@Suite struct ClaimRecordTests {
    static let text = """
    The “Harbour Plan” will cost €1.2 billion, the port authority said on Tuesday.

    "We expect 3,000 new jobs," said Elena Ruiz, the authority’s director. "Maybe more."

    Critics say the estimate is "wildly optimistic."
    """

    @Test func spansAreSlicesOfTheText() throws {
        let doc = try extracted(Self.text)
        let cs = try Attributor().process(doc)
        #expect(!cs.isEmpty)
        for c in cs {
            for s in [c.content, c.source, c.cue].compactMap({ $0 }) {
                #expect(doc.text[s.span] == s.text)
            }
            #expect(c.sentence >= 0 && c.sentence < doc.sentences.count)
        }
    }

    @Test func scoresAreProbabilitiesAndIdsCount() throws {
        let cs = try claims(Self.text)
        for (k, c) in cs.enumerated() {
            #expect(c.score >= 0 && c.score <= 1)
            #expect(c.id == "test#\(k)")
            #expect(!c.evidence.isEmpty)
        }
    }

    @Test func numbersInsideTheContentAreCopied() throws {
        let cs = try claims(Self.text)
        let c = try #require(claim(cs, containing: "3,000"))
        #expect(c.numbers.contains { $0.text == "3,000" && $0.mention.value == 3000 })
        for n in c.numbers { #expect(c.content.span.contains(n.mention.span)) }
    }

    @Test func kindsFollowTheQuotationMarks() throws {
        let cs = try claims(Self.text)
        #expect(claim(cs, containing: "3,000")?.kind == .direct)
        #expect(claim(cs, containing: "Harbour Plan")?.kind == .mixed)
    }

    @Test func theSameInputGivesTheSameClaims() throws {
        #expect(try claims(Self.text) == claims(Self.text))
    }

    @Test func aTextWithoutAttributionHasNoClaims() throws {
        #expect(try claims("The river rose by two metres overnight. Schools stayed closed.").isEmpty)
    }

    @Test func scrambledTextsGiveValidClaims() throws {
        // Words, names and marks in a seeded random order: the finders must
        // keep every span inside the text whatever the order.
        let pieces = ["said", "told", "according", "to", "that", "he", "she", "Mr.", "Anna", "Berg", "the", "official", ",",
                      ":", "\"", "'", "''", ".", "?", "\n\n", "claims", "in", "a", "statement", "“", "”", "«", "»", "—", "'s"]
        var state: UInt64 = 42
        for _ in 0..<40 {
            var words: [String] = []
            for _ in 0..<80 {
                state = state &* 6364136223846793005 &+ 1442695040888963407
                words.append(pieces[Int(state >> 33) % pieces.count])
            }
            let doc = try extracted(words.joined(separator: " "))
            for c in try Attributor().process(doc) {
                for s in [c.content, c.source, c.cue].compactMap({ $0 }) {
                    #expect(s.span.end <= doc.text.count && doc.text[s.span] == s.text)
                }
                #expect(c.score >= 0 && c.score <= 1)
            }
        }
    }

    @Test func emptyAndOddDocumentsDoNotFail() throws {
        #expect(try claims("").isEmpty)
        _ = try claims("\"")
        _ = try claims("said said said: \" \" ''")
        _ = try claims(String(repeating: "\"Yes,\" he said. ", count: 200))
    }
}

@Suite struct ClaimIDTests {
    /// A claim's id is made without interpolation: the same String for
    /// every digit count and for ids beyond ASCII.
    @Test func idsAreTheInterpolatedOnes() {
        for doc in ["a.txt", "", "d\u{E9}p\u{EA}che-\u{1F600}.html"] {
            for n in [0, 1, 9, 10, 11, 99, 100, 101, 999, 1000, 12345, 1_000_000] {
                #expect(ClaimBuilder.claimID(doc, n) == "\(doc)#\(n)")
            }
        }
    }
}

@Suite struct EvidenceTests {
    /// The evidence entries looked up in the tables are the ones made for
    /// each probability, at every hundredth, between and past the ends.
    @Test func entriesAreTheMadeOnes() {
        var ps: [Double] = [0, 1, -0.001, -0.004, 1.004, 1.006, 1.7, 0.005, 0.015, 0.125, 0.995, 0.9949999]
        for k in 0...10_000 { ps.append(Double(k) / 10_000) }
        for p in ps {
            #expect(Evidence.cue(p) == ClaimBuilder.rounded("cue ", p), "\(p)")
            #expect(Evidence.source(p) == ClaimBuilder.rounded("source ", p), "\(p)")
            #expect(Evidence.content(p) == ClaimBuilder.rounded("content ", p), "\(p)")
        }
    }
}
