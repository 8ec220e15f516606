import Testing
import ClaimlineCore
@testable import Corroborate

@Suite struct QuantityClusterTests {
    @Test func theSameQuantityOfTheSameNounJoinsAcrossDocuments() {
        var a = TestArticle("a", "The council said 312 homes will be demolished to make way for the bypass.")
        a.claim("312 homes will be demolished to make way for the bypass", speaker: "the council", type: .nominal,
                numbers: [("312", 312, "homes", nil)])
        var b = TestArticle("b", "Officials confirmed that 312 homes would be demolished next year.")
        b.claim("312 homes would be demolished next year", speaker: "Officials", type: .nominal, numbers: [("312", 312, "homes", nil)])
        let cs = clusters([a, b])
        #expect(cs.count == 1)
        #expect(cs.first?.documents == ["a", "b"])
        #expect(cs.first?.quantity?.value == 312)
        #expect(cs.first?.evidence == ["quantity+context"])
    }

    @Test func nounsThatCountPeopleAreOneCountedThing() {
        var a = TestArticle("a", "The union said 412 nurses walked out at the city hospital on Monday.")
        a.claim("412 nurses walked out at the city hospital on Monday", speaker: "The union", type: .nominal,
                numbers: [("412", 412, "nurses", nil)])
        var b = TestArticle("b", "Managers admitted that 412 staff walked out at the hospital.")
        b.claim("412 staff walked out at the hospital", speaker: "Managers", type: .nominal, numbers: [("412", 412, "staff", nil)])
        let cs = clusters([a, b])
        #expect(cs.count == 1)
        #expect(cs.first?.quantity?.countedClass == "person")
        #expect(cs.first?.quantity?.counts == ["nurses", "staff"])
    }

    @Test func differentCountedThingsNeverJoin() {
        var a = TestArticle("a", "Ana Ruiz said 412 votes were cast at the hospital polling station.")
        a.claim("412 votes were cast at the hospital polling station", speaker: "Ana Ruiz", numbers: [("412", 412, "votes", nil)])
        var b = TestArticle("b", "Ruiz said 412 nurses marched to the hospital.")
        b.claim("412 nurses marched to the hospital", speaker: "Ruiz", numbers: [("412", 412, "nurses", nil)])
        #expect(clusters([a, b]).isEmpty)
    }

    @Test func theSameSpeakerAndADistinctiveNumberJoinWithoutSharedWords() {
        var a = TestArticle("a", "Prime Minister Maria Lopez said 638 posts will go.")
        a.claim("638 posts will go", speaker: "Maria Lopez", numbers: [("638", 638, "posts", nil)])
        var b = TestArticle("b", "Lopez told reporters: \"638 must leave by spring.\"")
        b.claim("638 must leave by spring.", speaker: "Lopez", kind: .direct, numbers: [("638", 638, nil, nil)])
        let cs = clusters([a, b])
        #expect(cs.count == 1)
        #expect(cs.first?.speakers == ["Maria Lopez"])
        #expect(cs.first?.evidence == ["quantity+speaker"])
    }

    @Test func aCommonNumberNeedsMoreThanTheSpeaker() {
        var a = TestArticle("a", "Maria Lopez said two posts will go.")
        a.claim("two posts will go", speaker: "Maria Lopez", numbers: [("two", 2, "posts", nil)])
        var b = TestArticle("b", "Lopez said two must leave by spring.")
        b.claim("two must leave by spring", speaker: "Lopez", numbers: [("two", 2, nil, nil)])
        #expect(clusters([a, b]).isEmpty)
    }

    @Test func aCommonNumberJoinsWhenItsContextAgrees() {
        var a = TestArticle("a", "Police said three people died in a fire at a Leeds warehouse.")
        a.claim("three people died in a fire at a Leeds warehouse", speaker: "Police", type: .organization,
                numbers: [("three", 3, "people", nil)])
        var b = TestArticle("b", "A warehouse fire in Leeds killed three people, firefighters said.")
        b.claim("A warehouse fire in Leeds killed three people", speaker: "firefighters", type: .nominal,
                numbers: [("three", 3, "people", nil)])
        var c = TestArticle("c", "Three people were injured in Leeds, the hospital said.")
        c.claim("Three people were injured in Leeds", speaker: "the hospital", type: .nominal, numbers: [("Three", 3, "people", nil)])
        let cs = clusters([a, b, c])
        #expect(cs.count == 1)
        #expect(cs.first?.documents == ["a", "b"])  // injured in Leeds is another fact
    }

    @Test func approximatorsThatAgreeAreEvidence() {
        var a = TestArticle("a", "Jon Bell said more than 1,000 workers lost their jobs.")
        a.claim("more than 1,000 workers lost their jobs", speaker: "Jon Bell", numbers: [("1,000", 1000, "workers", "more than")])
        var b = TestArticle("b", "Bell said there were over a thousand employees.")
        b.claim("there were over a thousand employees", speaker: "Bell", numbers: [("thousand", 1000, "employees", "over")])
        #expect(clusters([a, b]).first?.documents == ["a", "b"])
    }

    @Test func boundsPointingApartAreNotTheSameQuantity() {
        var a = TestArticle("a", "Jon Bell said more than 1,000 workers lost their jobs.")
        a.claim("more than 1,000 workers lost their jobs", speaker: "Jon Bell", numbers: [("1,000", 1000, "workers", "more than")])
        var b = TestArticle("b", "Bell said nearly 1,000 workers were hired.")
        b.claim("nearly 1,000 workers were hired", speaker: "Bell", numbers: [("1,000", 1000, "workers", "nearly")])
        #expect(clusters([a, b]).isEmpty)
    }

    @Test func unnamedSourcesAreOneSpeakerOnlyWithinADocument() {
        var a = TestArticle("a", "A spokesperson said 638 posts will go.")
        a.claim("638 posts will go", speaker: "a spokesperson", type: .anonymous, numbers: [("638", 638, "posts", nil)])
        var b = TestArticle("b", "A spokesperson said 638 must leave by spring.")
        b.claim("638 must leave by spring", speaker: "a spokesperson", type: .anonymous, numbers: [("638", 638, nil, nil)])
        #expect(clusters([a, b]).isEmpty)
    }

    @Test func bareFourDigitYearsAreNotQuantities() {
        var a = TestArticle("a", "The mayor said emissions must fall 40 percent from 2005 levels.")
        a.claim("emissions must fall 40 percent from 2005 levels", speaker: "The mayor", type: .nominal,
                numbers: [("2005", 2005, "levels", nil)])
        var b = TestArticle("b", "The minister said emissions fell 12 percent from 2005 levels.")
        b.claim("emissions fell 12 percent from 2005 levels", speaker: "The minister", type: .nominal,
                numbers: [("2005", 2005, "levels", nil)])
        #expect(clusters([a, b]).isEmpty)
    }

    @Test func statementsOfTheOutletJoinClaims() {
        var a = TestArticle("a", "The board sacked 27 referees after the inquiry.\nIts chair said the inquiry was fair.")
        a.claim("the inquiry was fair", speaker: "Its chair", type: .nominal)
        let aDoc = a.extracted(numbers: [a.number("27", 27, counts: "referees")])
        var b = TestArticle("b", "The league's chief executive, Sam Okoro, said 27 referees had been sacked after the inquiry.")
        b.claim("27 referees had been sacked after the inquiry", speaker: "Sam Okoro", numbers: [("27", 27, "referees", nil)])
        let cs = clusters([a, b], statements: [aDoc])
        #expect(cs.count == 1)
        let statement = cs.first?.members.first { $0.kind == .statement }
        #expect(statement?.doc == "a")
        #expect(statement?.claim == nil)
        #expect(statement.map { a.text[$0.span] } == "The board sacked 27 referees after the inquiry.")
    }

    @Test func statementsLeaveClaimedNumbersToTheirClaims() {
        var a = TestArticle("a", "Sam Okoro said 27 referees had been sacked after the inquiry.")
        a.claim("27 referees had been sacked after the inquiry", speaker: "Sam Okoro", numbers: [("27", 27, "referees", nil)])
        let aDoc = a.extracted(numbers: [a.number("27", 27, counts: "referees")])
        var b = TestArticle("b", "Okoro said 27 referees were sacked.")
        b.claim("27 referees were sacked", speaker: "Okoro", numbers: [("27", 27, "referees", nil)])
        let cs = clusters([a, b], statements: [aDoc])
        #expect(cs.first?.members.count == 2)
        #expect(cs.first?.members.allSatisfy { $0.kind != .statement } == true)
    }

    @Test func aFactInOneDocumentIsWrittenOnlyWhenAskedFor() {
        var a = TestArticle("a", "Maria Lopez said 638 posts will go. Later she said 638 posts would be cut.")
        a.claim("638 posts will go", speaker: "Maria Lopez", numbers: [("638", 638, "posts", nil)])
        a.claim("638 posts would be cut", speaker: "Maria Lopez", numbers: [("638", 638, "posts", nil)])
        #expect(clusters([a]).isEmpty)
        #expect(clusters([a], options: CorroborationOptions(minimumDocuments: 1)).first?.members.count == 2)
    }
}
