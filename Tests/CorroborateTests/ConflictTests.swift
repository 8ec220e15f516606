import Testing
import ClaimlineCore
@testable import Corroborate

@Suite struct ConflictTests {
    func arrests(_ id: String, _ n: String, _ value: Double, approx: String? = nil) -> TestArticle {
        let words = (approx.map { $0 + " " } ?? "") + n
        var a = TestArticle(id, "Police said \(words) protesters were arrested outside parliament on Friday.")
        a.claim("\(words) protesters were arrested outside parliament on Friday", speaker: "Police", type: .organization,
                numbers: [(n, value, "protesters", approx)])
        return a
    }

    @Test func theSameCountedThingWithAnotherNumberIsAConflict() throws {
        let cs = clusters([arrests("a", "40", 40), arrests("b", "45", 45)])
        #expect(cs.count == 2)
        let forty = try #require(cs.first { $0.quantity?.value == 40 })
        let fortyFive = try #require(cs.first { $0.quantity?.value == 45 })
        #expect(forty.conflicts.map(\.kind) == [.value])
        #expect(forty.conflicts.first?.cluster == fortyFive.id)
        #expect(forty.conflicts.first?.value == 45)
        #expect(forty.conflicts.first?.documents == ["b"])
        #expect(fortyFive.conflicts.first?.cluster == forty.id)
    }

    @Test func aClaimThatStatesBothNumbersDisputesNeither() {
        var b = TestArticle("b", "Police said 45 protesters were held, and 40 protesters were arrested outside parliament.")
        b.claim("45 protesters were held, and 40 protesters were arrested outside parliament", speaker: "Police", type: .organization,
                numbers: [("45", 45, "protesters", nil), ("40", 40, "protesters", nil)])
        let cs = clusters([arrests("a", "45", 45), b])
        #expect(cs.allSatisfy { $0.conflicts.isEmpty })
        #expect(cs.first { $0.quantity?.value == 45 }?.documents == ["a", "b"])
    }

    @Test func anApproximateNumberThatAdmitsTheOtherIsNoConflict() {
        #expect(clusters([arrests("a", "40", 40, approx: "more than"), arrests("b", "45", 45)]).isEmpty)
        #expect(clusters([arrests("a", "40", 40, approx: "about"), arrests("b", "42", 42)]).isEmpty)
        #expect(!clusters([arrests("a", "40", 40, approx: "nearly"), arrests("b", "45", 45)]).isEmpty)
    }

    @Test func twoNumbersInOneDocumentAreTwoFacts() {
        var a = TestArticle("a", "Police said 40 protesters were arrested outside parliament. Later police said 45 protesters were arrested outside parliament.")
        a.claim("40 protesters were arrested outside parliament", speaker: "Police", type: .organization,
                numbers: [("40", 40, "protesters", nil)])
        a.claim("45 protesters were arrested outside parliament", speaker: "police", type: .organization,
                numbers: [("45", 45, "protesters", nil)])
        #expect(clusters([a]).isEmpty)
    }

    @Test func theSameWordsGivenToDifferentSpeakersIsAConflict() throws {
        var a = TestArticle("a", "\"We will never sell the harbour to a private developer,\" said Ruth Adeyemi.")
        a.claim("We will never sell the harbour to a private developer,", speaker: "Ruth Adeyemi", kind: .direct)
        var b = TestArticle("b", "\"We will never sell the harbour to a private developer,\" said Tom Birch.")
        b.claim("We will never sell the harbour to a private developer,", speaker: "Tom Birch", kind: .direct)
        var c = TestArticle("c", "Adeyemi said: \"We will never sell the harbour to a developer.\"")
        c.claim("We will never sell the harbour to a developer.", speaker: "Adeyemi", kind: .direct)
        let cluster = try #require(clusters([a, b, c]).first)
        #expect(cluster.kind == .quote)
        #expect(cluster.speakers == ["Ruth Adeyemi", "Tom Birch"])
        let conflict = try #require(cluster.conflicts.first)
        #expect(conflict.kind == .speaker)
        #expect(conflict.documents == ["b"])  // the best-supported speaker is the cluster's
    }
}
