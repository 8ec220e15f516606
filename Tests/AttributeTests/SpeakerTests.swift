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
        let c = try claim(in: text, containing: "radars")
        #expect(c.speaker == "Karin Holm")
        #expect(c.source?.text == "Holm")
        #expect(c.sourceType == .person)
    }

    @Test func titlesAreNotPartOfTheName() throws {
        let c = try claim(in: "President Ana Lima said the border would stay open.", containing: "border")
        #expect(c.speaker == "Ana Lima")
    }

    /// A possessive before a name is its owner, not part of it; an
    /// organization's own possessive stays (`Moody's`).
    @Test func possessiveOwnersAreNotPartOfTheName() throws {
        let owned = try claim(in: "The Herald's Tom Weller said the plan was \"dead on arrival.\"", containing: "plan")
        #expect(owned.speaker == "Tom Weller")
        #expect(owned.sourceType == .person)
        let role = try claim(in: "Nkemelu's spokesman Ada Obi said the vote would be delayed.", containing: "vote")
        #expect(role.speaker == "Ada Obi")
        let later = try claim(in: "Ada Obi joined in May. The mayor's spokeswoman Obi said taxes would rise.", containing: "taxes")
        #expect(later.speaker == "Ada Obi")
        let org = try claim(in: "\"The outlook is negative,\" Moody's Investors Service said.", containing: "outlook")
        #expect(org.speaker == "Moody's Investors Service")
    }

    /// Offices with `of`, role words, particles and initials around a name.
    @Test func officesRolesParticlesAndInitials() throws {
        #expect(try speaker("Secretary of Transport Lena Ortiz said the bridge would reopen.", "bridge") == "Lena Ortiz")
        #expect(try speaker("Secretary of Transport Lena Ortiz visited the site. Ortiz said the bridge would reopen.", "bridge")
            == "Lena Ortiz")
        #expect(try speaker("Labour strategist Tom Hale said the race was close.", "race") == "Tom Hale")
        #expect(try speaker("\"It is slow,\" said baker Rosa Lind.", "slow") == "Rosa Lind")
        #expect(try speaker("Mayor Anna de Vries said the bridge would reopen.", "bridge") == "Anna de Vries")
        #expect(try speaker("Judge Carl J. Moss ruled on Monday. Moss said the law was void.", "law") == "Carl J. Moss")
        // A place is no person for a pronoun to stand for.
        let text = "Councilwoman Ada Reyes voted no. She said shops on Elm Street would suffer. She warned of \"chaos.\""
        #expect(try speaker(text, "chaos") == "Ada Reyes")
    }

    /// `X, whose chair, NAME, said`: the name is the source, not `whose`.
    @Test func theNameAfterWhoseAndItsNounSpeaks() throws {
        let c = try claim(in: "The fishers came from the Dock Workers' Guild, whose secretary, Lena Moor, said the quotas were unfair.", containing: "quotas")
        #expect(c.source?.text == "Lena Moor")
        #expect(c.speaker == "Lena Moor")
        #expect(c.sourceType == .person)
    }

    /// A plural possessive stays in the source (`the growers' union`), and
    /// the words before the cue are not content.
    @Test func pluralPossessiveSources() throws {
        let c = try claim(in: "The growers' union said the quotas would ruin small farms.", containing: "quotas")
        #expect(c.source?.text == "The growers' union")
        #expect(c.content.text == "the quotas would ruin small farms")
        // A number joined by a hyphen stays too.
        let aged = try claim(in: "The 67-year-old said the quotas were fair.", containing: "fair")
        #expect(aged.source?.text == "The 67-year-old")
    }

    /// Somebody unnamed from a group keeps the group in the source, typed
    /// anonymous; a name beside them is the speaker; a title before an
    /// organization word is part of its name.
    @Test func unnamedPeopleOfAGroup() throws {
        let c = try claim(in: "A spokeswoman for the port authority said the cranes would be replaced.", containing: "cranes")
        #expect(c.source?.text == "A spokeswoman for the port authority")
        #expect(c.sourceType == .anonymous)
        let named = try claim(in: "A spokeswoman for the port authority, Ines Duarte, said the cranes would be replaced.", containing: "cranes")
        #expect(named.speaker == "Ines Duarte")
        let org = try claim(in: "The Justice Ministry said the inquiry would take a year.", containing: "inquiry")
        #expect(org.speaker == "Justice Ministry")
    }

    /// The name rules look at words around a source: at a document's edges
    /// there may be none (this once ran a range past the end).
    @Test func nameRulesAtTheEdgesOfADocument() throws {
        for text in ["said \"A spokeswoman for\" A spokeswoman for", "A spokeswoman for the agency,", "Secretary of",
                     "Bill de", "The farmers'", "Ursula von der", "Harry M.", "43- said it.", "of Smith said it."] {
            _ = try claims(text)
            _ = try claims("\"Yes,\" said \(text)")
        }
    }

    /// A title alone stands for a person and is the name (`the Inspector
    /// General`); names ending in an organization word are organizations.
    @Test func titlesAloneAndOrganizationEndings() throws {
        let role = try claim(in: "The Inspector General said the audit was late.", containing: "audit")
        #expect(role.speaker == "Inspector General")
        #expect(role.sourceType == .person)
        let firm = try claim(in: "\"Demand is weak,\" Halvorsen Capital Partners said.", containing: "Demand")
        #expect(firm.sourceType == .organization)
        let paper = try claim(in: "The Riverside Gazette reported that the mill would close.", containing: "mill")
        #expect(paper.sourceType == .organization)
    }

    @Test func pronounsResolveToTheLatestPersonNamed() throws {
        let text = """
        The talks in Geneva ended late on Sunday.

        Foreign Secretary David Moss met the delegates. He said the ceasefire would hold.
        """
        let c = try claim(in: text, containing: "ceasefire")
        #expect(c.source?.text == "He")
        #expect(c.sourceType == .pronoun)
        #expect(c.speaker == "David Moss")
    }

    /// `she` passes over a man named after the woman she stands for, by
    /// first name, by title, or by the fuller name of a surname.
    @Test func pronounsPassOverNamesOfTheOtherGender() throws {
        #expect(try speaker("Senator Karen Vogt met Governor Peter Lund. She said the deal was dead.", "deal") == "Karen Vogt")
        #expect(try speaker("Karen Vogt met Peter Lund on Monday. He said the deal was alive.", "alive") == "Peter Lund")
        // The surname alone takes its gender from the fuller name.
        #expect(try speaker("Karen Vogt flew in on Sunday. Vogt met Peter Lund and Lund's staff. She said the talks failed.", "talks")
            == "Karen Vogt")
        // A title says it of a surname never seen in full.
        #expect(try speaker("Mrs. Brandt met Peter Lund. She said the plan was fair.", "fair") == "Brandt")
        // A first name alone, no one's surname here.
        #expect(try speaker("Lund's wife, Maria, sat beside Peter Lund. She said the vote was close.", "vote") == "Maria")
        // A name of no known gender near the pronoun is still taken past one of the other gender.
        #expect(try speaker("Karen Vogt spoke first, then Rep. Tal Amon. He said the vote was close.", "vote") == "Tal Amon")
    }

    /// The subject of the sentence before, not the last name in it.
    @Test func pronounsPreferTheSubjectOfTheSentenceBefore() throws {
        #expect(try speaker("Peter Lund met members who had endorsed Tom Weller. He said the meeting went well.", "meeting")
            == "Peter Lund")
        #expect(try speaker("Peter Lund thanked Tom Weller. He said the plan would fail.", "plan") == "Peter Lund")
        // The sentence is the one where the name was met, not where its fuller form stands.
        #expect(try speaker("Tom Weller arrived on Monday. Peter Lund later thanked Weller. He said the talks would fail.", "talks")
            == "Peter Lund")
        // A name that modifies another is no subject (`Weller campaign manager Peter Lund`).
        #expect(try speaker("Tom Weller lost. Former Weller campaign manager Peter Lund joined the network. He said the pay was good.", "pay")
            == "Peter Lund")
        // Nor is an owner.
        #expect(try speaker("Tom Weller spoke. Weller's plan may be clever, said Peter Lund, a professor. \"It is bold,\" he said.", "bold")
            == "Peter Lund")
    }

    /// `In an email, Mr. Lund said ...`: past an opening phrase, the subject
    /// stands after its comma, and a pronoun after the sentence is his.
    @Test func theSubjectStandsPastAnOpeningPhrase() throws {
        #expect(try speaker("In a short email, Mr. Lund said his friendship with Tom Weller was over. He said the talks had failed.",
                            "talks") == "Lund")
        #expect(try speaker("At a rally in Leeds last week, Peter Lund mocked Tom Weller and others. He said the plan would fail.",
                            "plan") == "Peter Lund")
        #expect(try speaker("After the vote, Tom Weller thanked Peter Lund. He said the plan would fail.", "plan")
            == "Tom Weller")
    }

    /// `"...," he said, explaining why he opposes Mr. Weller's plan. "...,"
    /// he said.`: a pronoun continues the chain of the pronoun that is the
    /// subject of the sentence before, past a name that is no subject.
    @Test func pronounsContinueTheChainOfTheSubjectPronoun() throws {
        let text = """
        Peter Lund, 58, has worked at the mill for thirty years. "I know these machines," he said, explaining why he opposes Mr. Weller's plan.

        "We built this town," he said.
        """
        #expect(try speaker(text, "built") == "Peter Lund")
        // Not past a name after a comma: there the earlier pronoun may stand
        // for the name (`When she was a judge, Ana Ruiz ...`).
        #expect(try speaker("Tom Weller spoke first. He was tired, Peter Lund said. He said the plan would fail.", "plan")
            == "Peter Lund")
        // Nor past the owner of words of saying.
        let owned = try claims("Tom Weller spoke first. And he recalled Peter Lund's statement in which he argued that the plan would fail.")
        let argued = try #require(owned.first { $0.cue?.text == "argued" })
        #expect(argued.speaker == "Peter Lund")
    }

    /// A sentence that opens with a quotation has its subject after it
    /// (`"...," Mr. Obama said, not needing to mention Muhammad Ali.`); past
    /// a quotation, a name after a preposition or after a pronoun is no
    /// subject (`"..." for Clinton, said Kunin`; `"...?" she said, but Kevin
    /// was drifting off`).
    @Test func aQuotationOpeningTheSentenceIsNoPartOfTheSubjectDistance() throws {
        #expect(try speaker("""
            Peter Lund spoke at the mill. "The mill has stood here for a hundred years and it will stand for a hundred more," \
            Mr. Lund said, not needing to mention Tom Weller. He said the talks had failed.
            """, "talks") == "Peter Lund")
        #expect(try speaker("""
            Ana Ruiz ran the campaign. "This will be a hard race to win in the autumn" for Mrs. Weller, said Ruiz. \
            She said the polls were wrong.
            """, "polls") == "Ana Ruiz")
        #expect(try speaker("""
            Ana Ruiz took the stage at noon. "Can we win this race in the autumn?" she asked, but Mrs. Weller only smiled at Ana Ruiz. \
            She said the polls were wrong.
            """, "polls") == "Ana Ruiz")
    }

    /// A surname that is also a word of time (`Theresa May`, `Kristen Day`)
    /// stays in the name after a first name, and is no modal of the cue.
    @Test func surnamesThatAreWordsOfTimeStayInTheName() throws {
        let may = try claim(in: "Prime Minister Ruth May said the talks had failed.", containing: "talks")
        #expect(may.source?.text == "Prime Minister Ruth May")
        #expect(may.cue?.text == "said")
        #expect(try speaker("\"The plan is dead,\" said Kristen Day, the director of the group. Day said she would resign.", "resign")
            == "Kristen Day")
        #expect(try source("Columnist George Will wrote that the party had lost its way.", "party") == "Columnist George Will")
        // Not after a word that is no first name (`Clinton Tuesday`, `on May`).
        let date = try claim(in: "Ana Ruiz said on Tuesday that in May the mill would close.", containing: "mill")
        #expect(date.speaker == "Ana Ruiz")
    }

    /// Laws, agreements and wars are no persons (`the Affordable Care Act`,
    /// `the Paris Agreement`), nor words opening a sentence before a name
    /// (`Whatever Apple does`, `Besides Clinton`, `Top Sanders aides`).
    @Test func pronounsPassOverLawsAgreementsAndWordsBeforeNames() throws {
        for thing in ["The Clean Harbours Act", "The Lisbon Agreement", "The Crimean War"] {
            #expect(try speaker("Peter Lund left early. \(thing) was on the agenda. He said the talks had failed.", "talks")
                == "Peter Lund")
        }
        #expect(try speaker("Ana Ruiz spoke last. Besides Ruiz, nobody stayed. She said the plan would fail.", "plan")
            == "Ana Ruiz")
        #expect(try speaker("Peter Lund arrived late. Top Lund aides left early. He said the plan would fail.", "plan")
            == "Peter Lund")
    }

    /// `Leeds-based Peter Lund`, `Leeds-area Lund voters`: a word joined to
    /// a lowercase one describes and is no part of the name.
    @Test func wordsJoinedToLowercaseAreNotPartOfTheName() throws {
        #expect(try speaker("The board hired Leeds-based Peter Lund. He said the plan would fail.", "plan") == "Peter Lund")
        #expect(try speaker("Peter Lund spoke. Some Leeds-area Lund voters left. He said the plan would fail.", "plan")
            == "Peter Lund")
    }

    /// A place of two words (`New York`) is no person for a pronoun to stand for.
    @Test func pronounsPassOverPlacesThatReadLikeNames() throws {
        let text = "Peter Lund flew home to New York on Monday. He said the talks had failed."
        let c = try claim(in: text, containing: "talks")
        #expect(c.speaker == "Peter Lund")
        // Nor are events, nationalities and countries.
        for text in ["Peter Lund was tired. The Democratic National Convention ran late. He said the talks had failed.",
                     "Peter Lund was tired. Some South Korean delegates left. He said the talks had failed.",
                     "Peter Lund was tired. All of East Germany watched. He said the talks had failed."] {
            #expect(try claim(in: text, containing: "talks").speaker == "Peter Lund")
        }
        // With no person named, a lone place is no fallback either.
        #expect(try claim(in: "Iowa voted on Monday. He said the talks had failed.", containing: "talks").speaker
            == nil)
    }

    /// Descriptors and, before a first name, party words are not the name.
    @Test func descriptorsAndPartiesBeforeANameAreNotPartOfIt() throws {
        #expect(try speaker("Republican Peter Lund said the budget was too big.", "budget") == "Peter Lund")
        #expect(try speaker("Rival Karen Vogt said the budget was too small.", "small") == "Karen Vogt")
        #expect(try speaker("Former Gov. Peter Lund said the budget was fine.", "fine") == "Peter Lund")
        // Before anything but a first name, a party word may be the name's own.
        #expect(try speaker("The Republican National Committee said the budget was fine.", "fine") == "Republican National Committee")
    }

    /// A source phrase starts past the conjunction, preposition or sentence
    /// adverb that opens its sentence; determiners and negations stay.
    @Test func sourcePhrasesStartPastWordsThatOpenTheSentence() throws {
        #expect(try source("But Peter Lund said the budget was too big.", "budget") == "Peter Lund")
        #expect(try source("Meanwhile Mayor Karen Vogt said the budget was too small.", "small") == "Mayor Karen Vogt")
        #expect(try source("After Karen Vogt said the budget was fine, the council voted.", "fine") == "Karen Vogt")
        #expect(try source("The Post reported that the budget was fine.", "fine") == "The Post")
        #expect(try source("Not everyone believes that the budget was fine.", "fine") == "Not everyone")
    }

    /// A headline's capitalised run is no one's fuller name; nor is an
    /// organization's name a person's, nor a longer name a group's.
    @Test func fullerNamesAreNamesOfTheSameKind() throws {
        #expect(try speaker("Minority Outreach Undone By Donald Trump.\n\nDonald Trump arrived late. Trump said the outreach was fine.",
                            "fine") == "Donald Trump")
        #expect(try speaker("Donald Trump spoke first. The Coalition Against Trump marched. Trump said the march was small.",
                            "small") == "Donald Trump")
        #expect(try speaker("House Democrats met on Tuesday. Democrats said the bill was dead.", "dead") == "Democrats")
    }

    /// Capitalised role words before a first name are not the name, and the
    /// name so written still opens its sentence.
    @Test func rolesBeforeAFirstNameAreNotPartOfIt() throws {
        #expect(try speaker("Navy SEAL Robert Kyle said the mission was hard.", "hard") == "Robert Kyle")
        #expect(try speaker("Maricopa County Recorder Helen Purcell said the lines were long.", "long") == "Helen Purcell")
        #expect(try speaker("House Judiciary Committee Chairman Bob Goodlatte told reporters that he spoke with Jim Comey. "
                            + "He later wrote a letter, he said.", "letter") == "Bob Goodlatte")
    }

    /// A surname seen with a title is a person's, also where it stands alone.
    @Test func aSurnameSeenWithATitleIsAPerson() throws {
        let c = try claim(in: "President Obama spoke on Monday. Obama said the economy was strong.", containing: "strong")
        #expect(c.speaker == "Obama")
        #expect(c.sourceType == .person)
        let bob = try claim(in: "Bob agreed to talk. Bob said the base was safe.", containing: "safe")
        #expect(bob.sourceType == .person)
    }

    /// A lawmaker's party and state, in parentheses or after `of`, are not
    /// the source's name; a title and a first name make a person of any name.
    @Test func lawmakersAreNamedWithoutPartyAndState() throws {
        let cs = try claims("At a rally Monday, his GOP rival Sen. Marco Rubio (R-Fla.) said the bill was dead. "
                            + "Sen. Ted Cruz of Texas said the vote was close. Rep. Steve Israel said the deal was good.")
        let rubio = try #require(claim(cs, containing: "dead"))
        #expect(rubio.source?.text == "Sen. Marco Rubio")
        #expect(rubio.speaker == "Marco Rubio")
        #expect(rubio.sourceType == .person)
        #expect(try #require(claim(cs, containing: "close")).speaker == "Ted Cruz")
        #expect(try #require(claim(cs, containing: "good")).sourceType == .person)
    }

    /// A gendered title takes the fuller name of the same gender.
    @Test func aGenderedTitleTakesTheFullerNameOfItsGender() throws {
        let cs = try claims("Hillary Clinton spoke first. Then Bill Clinton waved to the crowd. Mrs. Clinton said the plan was good. "
                            + "Mr. Clinton said the crowd was large.")
        #expect(try #require(claim(cs, containing: "good")).speaker == "Hillary Clinton")
        #expect(try #require(claim(cs, containing: "large")).speaker == "Bill Clinton")
    }

    /// A verb or sentence adverb that opens the sentence before a surname is
    /// not part of the name, so it makes no fuller name.
    @Test func wordsOpeningTheSentenceMakeNoFullerName() throws {
        let cs = try claims("Bernie Sanders arrived late. Following Sanders, the mayor spoke. Sanders said the plan was good. "
                            + "Maybe Sanders will win. Sanders said the race was close. (See Sanders on page 2.) "
                            + "Sanders said the vote was near.")
        #expect(try #require(claim(cs, containing: "good")).speaker == "Bernie Sanders")
        #expect(try #require(claim(cs, containing: "close")).speaker == "Bernie Sanders")
        #expect(try #require(claim(cs, containing: "near")).speaker == "Bernie Sanders")
    }

    /// A word that opens sentences and is no name is no source alone.
    @Test func thereIsNoSource() throws {
        let cs = try claims("There was no reference to \"Lyin' Ted\" in the speech.")
        #expect(!cs.contains { ["There", "there"].contains($0.source?.text) })
    }

    /// `it` and `they` stand for an organization or a group named near,
    /// never a place or a person; `you`, `I` and `we` for nobody named.
    @Test func itAndTheyStandForOrganizationsAndGroups() throws {
        #expect(try speaker("The crowd of supporters gathered in Iowa on Monday. They said the race was close.", "close") == nil)
        #expect(try speaker("The crowd of supporters gathered in Texas on Monday. They said the race was close.", "close") == nil)
        #expect(try speaker("Senate Democrats met on Monday. They said the bill was dead.", "dead") == "Senate Democrats")
        #expect(try speaker("The NRA met on Monday. You might think the race is close, you said.", "race") == nil)
        // `I` outside a quotation is the writer.
        #expect(try speaker("Barack Obama spoke on Monday. I believe that the plan is good.", "good") == nil)
    }

    /// `The senator` is the person last named, when written with that title
    /// somewhere; else the phrase stays the speaker.
    @Test func aTitlePhraseStandsForThePersonLastNamed() throws {
        #expect(try speaker("Sen. Marco Rubio spoke first. Rubio said the bill was dead. The senator said the vote was close.",
                            "close") == "Marco Rubio")
        #expect(try speaker("President Obama met World Bank President Jim Yong Kim. Obama said the accord was strong. "
                            + "The president said the deal was good.", "good") == "Obama")
        #expect(try speaker("Gov. Jeb Bush spoke. Chris Christie arrived late, and Christie said the plan was bad. "
                            + "The governor said the vote was close.", "close") == "The governor")
    }

    @Test func pronounsSkipNamesInsideTheQuotation() throws {
        let text = "Judge Maria Stein heard the case. \"Paul Brandt is innocent,\" she said."
        let c = try claim(in: text, containing: "innocent")
        #expect(c.speaker == "Maria Stein")
    }

    /// The phrase a relative pronoun stands for, when no name is right before it.
    @Test func relativePronounsStandForThePhraseBefore() throws {
        func antecedent(_ text: String, _ pronoun: String = "who") throws -> String? {
            let v = DocView(try extracted(text))
            let r = try #require(v.toks.indices.first { v.text($0, $0 + 1) == pronoun })
            return SpeakerIndex.antecedent(v, r).map { v.text($0.lowerBound, $0.upperBound) }
        }
        #expect(try antecedent("Voters who are angry say the system is rigged.") == "Voters")
        #expect(try antecedent("It was echoed by Democrats across the country, who said it was a disgrace.")
            == "Democrats across the country")
        #expect(try antecedent("It set off a wave of alarm among legal experts, who worry about the courts.") == "legal experts")
        #expect(try antecedent("\"No,\" said one Democrat familiar with the talks, who added that it was over.")
            == "one Democrat familiar with the talks")
        #expect(try antecedent("It was 50 percent, compared with the 30 percent who say so.") == "the 30 percent")
        #expect(try antecedent("The former secretary of state, who won, said so.") == "The former secretary of state")
        // A verb form is no antecedent.
        #expect(try antecedent("Once the video was released, which showed the car, people spoke.", "which") == nil)
    }

    @Test func aRelativePronounsSpeakerIsItsAntecedent() throws {
        let c = try claim(in: "Democrats across the country, who say the plan is cruel, met on Monday.", containing: "cruel")
        #expect(c.source?.text == "Democrats across the country, who")
        #expect(c.speaker == "Democrats across the country")
        // The source phrase of a relative pronoun takes in what it stands for,
        // and no word after it (`who traveled`).
        let text = "Joe Bateman, who traveled from Illinois to help, says there is a \"long road ahead.\""
        let v = DocView(try extracted(text))
        let who = try #require(v.toks.indices.first { v.text($0, $0 + 1) == "who" })
        let says = try #require(v.toks.indices.first { v.text($0, $0 + 1) == "says" })
        let inCue = (0..<v.toks.count).map { $0 == says }
        let phrase = SourceFinder.phrase(v, who, v.units[0].toks.lowerBound..<says, inCue)
        #expect(v.text(phrase.lowerBound, phrase.upperBound) == "Joe Bateman, who")
    }

    @Test func anonymousSourcesAreTyped() throws {
        let c = try claim(in: "A senior official said the talks had stalled.", containing: "stalled")
        #expect(c.sourceType == .anonymous)
        #expect(c.speaker == "A senior official")
    }

    @Test func oneAndOthersAreUnnamedPeople() throws {
        let text = "Officials met on Monday.\n\nOne said the plan would fail. Others argue that it will pass."
        let one = try claim(in: text, containing: "fail")
        #expect(one.source?.text == "One")
        #expect(one.sourceType == .anonymous)
    }

    @Test func bareAnonymousPlurals() throws {
        let c = try claim(in: "Sources said the plan would be dropped.", containing: "plan")
        #expect(c.sourceType == .anonymous)
        // People named by what they do, not organizations.
        let o = try claim(in: "Opponents said the levy would drive shoppers away.", containing: "levy")
        #expect(o.sourceType == .anonymous)
    }

    @Test func nominalSourcesAreTyped() throws {
        let c = try claim(in: "The campaign said it had raised two million dollars.", containing: "raised")
        #expect(c.speaker == "The campaign")
        #expect([.nominal, .organization].contains(c.sourceType))
    }

    @Test func aPostSpeaksForWhoeverPostedIt() throws {
        let text = """
        In a message on its website, the Danish embassy mocked the decision "a relic".

        "Nobody will miss it," the post said.
        """
        let c = try claim(in: text, containing: "Nobody will miss it")
        #expect(c.source?.text == "the post")
        #expect(c.speaker?.contains("embassy") == true)
    }

    @Test func aRoleBesideANameGivesTheName() throws {
        let c = try claim(in: "The harvest was poor, said Piet Mol, the cooperative's chairman.", containing: "harvest")
        #expect(c.speaker == "Piet Mol")
    }

    @Test func capitalsAreNamesNotPronouns() throws {
        let c = try claim(in: "US officials believe the tanker was seized.", containing: "tanker")
        #expect(c.speaker?.hasPrefix("US") == true)
    }
}
