import Testing
import ClaimlineCore
@testable import Attribute

/// Who the speaker is: names, titles, pronouns, nominal and anonymous sources.
@Suite struct SpeakerTests {
    @Test func shortFormsResolveToTheFullestName() throws {
        let text = """
        Defence Minister Karin Holm visited the base on Friday.

        Holm said the new radars would arrive in May.
        """
        let c = try #require(claim(try claims(text), containing: "radars"))
        #expect(c.speaker == "Karin Holm")
        #expect(c.source?.text == "Holm")
        #expect(c.sourceType == .person)
    }

    @Test func titlesAreNotPartOfTheName() throws {
        let c = try #require(claim(try claims("President Ana Lima said the border would stay open."), containing: "border"))
        #expect(c.speaker == "Ana Lima")
    }

    @Test func pronounsResolveToTheLatestPersonNamed() throws {
        let text = """
        The talks in Geneva ended late on Sunday.

        Foreign Secretary David Moss met the delegates. He said the ceasefire would hold.
        """
        let c = try #require(claim(try claims(text), containing: "ceasefire"))
        #expect(c.source?.text == "He")
        #expect(c.sourceType == .pronoun)
        #expect(c.speaker == "David Moss")
    }

    @Test func pronounsSkipNamesInsideTheQuotation() throws {
        let text = "Judge Maria Stein heard the case. \"Paul Brandt is innocent,\" she said."
        let c = try #require(claim(try claims(text), containing: "innocent"))
        #expect(c.speaker == "Maria Stein")
    }

    @Test func anonymousSourcesAreTyped() throws {
        let c = try #require(claim(try claims("A senior official said the talks had stalled."), containing: "stalled"))
        #expect(c.sourceType == .anonymous)
        #expect(c.speaker == "A senior official")
    }

    @Test func bareAnonymousPlurals() throws {
        let c = try #require(claim(try claims("Sources said the plan would be dropped."), containing: "plan"))
        #expect(c.sourceType == .anonymous)
    }

    @Test func nominalSourcesAreTyped() throws {
        let c = try #require(claim(try claims("The campaign said it had raised two million dollars."), containing: "raised"))
        #expect(c.speaker == "The campaign")
        #expect([.nominal, .organization].contains(c.sourceType))
    }

    @Test func aPostSpeaksForWhoeverPostedIt() throws {
        let text = """
        In a message on its website, the Danish embassy mocked the decision "a relic".

        "Nobody will miss it," the post said.
        """
        let c = try #require(claim(try claims(text), containing: "Nobody will miss it"))
        #expect(c.source?.text == "the post")
        #expect(c.speaker?.contains("embassy") == true)
    }

    @Test func aRoleBesideANameGivesTheName() throws {
        let c = try #require(claim(try claims("The harvest was poor, said Piet Mol, the cooperative's chairman."), containing: "harvest"))
        #expect(c.speaker == "Piet Mol")
    }

    @Test func capitalsAreNamesNotPronouns() throws {
        let c = try #require(claim(try claims("US officials believe the tanker was seized."), containing: "tanker"))
        #expect(c.speaker?.hasPrefix("US") == true)
    }
}
