import Testing
import ClaimlineCore
@testable import Corroborate

@Suite struct QuoteClusterTests {
    @Test func aQuoteReportedWithSmallDifferencesJoins() throws {
        var a = TestArticle("a", "\"We will not raise taxes on working families this year,\" Ines Braga said.")
        a.claim("We will not raise taxes on working families this year,", speaker: "Ines Braga", kind: .direct)
        var b = TestArticle("b", "Braga promised: \"we won't raise taxes on working families.\"")
        b.claim("we won't raise taxes on working families.", speaker: "Braga", kind: .direct)
        let cluster = try #require(clusters([a, b]).first)
        #expect(cluster.kind == .quote)
        #expect(cluster.documents == ["a", "b"])
        #expect(cluster.speakers == ["Ines Braga"])
        #expect(cluster.evidence == ["words+speaker"])
        #expect(cluster.conflicts.isEmpty)
    }

    @Test func reportedContentWithTheSameWordsJoinsWithoutASpeaker() throws {
        var a = TestArticle("a", "The report found that the new bridge will cost twice the original estimate of the council.")
        a.claim("the new bridge will cost twice the original estimate of the council", speaker: nil)
        var b = TestArticle("b", "Critics say the new bridge will cost twice the original estimate.")
        b.claim("the new bridge will cost twice the original estimate", speaker: "Critics", type: .nominal)
        #expect(try #require(clusters([a, b]).first).evidence == ["words"])
    }

    @Test func sharingAFewCommonWordsIsNotTheSameQuote() {
        var a = TestArticle("a", "\"We are going to win this election in the north,\" said Ines Braga.")
        a.claim("We are going to win this election in the north,", speaker: "Ines Braga", kind: .direct)
        var b = TestArticle("b", "\"We are going to lose jobs in the north,\" said Braga.")
        b.claim("We are going to lose jobs in the north,", speaker: "Braga", kind: .direct)
        #expect(clusters([a, b]).isEmpty)
    }

    @Test func nearIdenticalWordsWithDifferentNumbersAreNotOneQuote() {
        var a = TestArticle("a", "\"We have built 120 new classrooms this year,\" said Ines Braga.")
        a.claim("We have built 120 new classrooms this year,", speaker: "Ines Braga", kind: .direct,
                numbers: [("120", 120, "classrooms", nil)])
        var b = TestArticle("b", "\"We have built 210 new classrooms this year,\" said Braga.")
        b.claim("We have built 210 new classrooms this year,", speaker: "Braga", kind: .direct,
                numbers: [("210", 210, "classrooms", nil)])
        let cs = clusters([a, b])
        #expect(cs.allSatisfy { $0.kind == .quantity })
        #expect(cs.count == 2)  // the two numbers, each in conflict with the other
        #expect(cs.allSatisfy { $0.conflicts.first?.kind == .value })
    }

    @Test func aQuoteThatRepeatsAQuantityClusterIsNotListedTwice() {
        var a = TestArticle("a", "\"We have built 120 new classrooms this year,\" said Ines Braga.")
        a.claim("We have built 120 new classrooms this year,", speaker: "Ines Braga", kind: .direct,
                numbers: [("120", 120, "classrooms", nil)])
        var b = TestArticle("b", "\"We have built 120 new classrooms,\" said Braga.")
        b.claim("We have built 120 new classrooms,", speaker: "Braga", kind: .direct, numbers: [("120", 120, "classrooms", nil)])
        #expect(clusters([a, b]).map(\.kind) == [.quantity])
    }

    @Test func shortQuotesAreTooCommonToCompare() {
        var a = TestArticle("a", "He called it \"deeply unfair\".")
        a.claim("deeply unfair", speaker: "Ines Braga", kind: .direct)
        var b = TestArticle("b", "She called it \"deeply unfair\".")
        b.claim("deeply unfair", speaker: "Ines Braga", kind: .direct)
        #expect(clusters([a, b]).isEmpty)
    }
}
