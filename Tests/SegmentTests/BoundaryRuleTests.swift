import Testing
@testable import ClaimlineCore
@testable import Segment

/// One test per rule, each with its own small example.
@Suite struct BoundaryRuleTests {
    @Test func icuBreaksPlainSentences() {
        #expect(sentences("The vote passed. Members left early! Was it fair?")
                == ["The vote passed.", "Members left early!", "Was it fair?"])
    }

    @Test func repeatedFinalMarksEndOneSentence() {
        #expect(sentences("Really?! Nobody told me.") == ["Really?!", "Nobody told me."])
    }

    // MARK: abbreviations

    @Test func titlesNeverEndASentence() {
        #expect(sentences("Gov. Ana Ruiz spoke first. Then Sen. Li Wei replied.")
                == ["Gov. Ana Ruiz spoke first.", "Then Sen. Li Wei replied."])
    }

    @Test func titlesInCapitalsToo() {
        #expect(sentences("REMARKS BY SEN. MARTA COLE ON TAXES") == ["REMARKS BY SEN. MARTA COLE ON TAXES"])
    }

    @Test func latinConnectivesGoOnBeforeCapitals() {
        #expect(sentences("Some rivers (e.g. The Fens drain) flood yearly.") == ["Some rivers (e.g. The Fens drain) flood yearly."])
    }

    @Test func sentenceFinalAbbreviationBeforeAStarterWord() {
        #expect(sentences("She sold the shop to Baker & Co. They renamed it.")
                == ["She sold the shop to Baker & Co.", "They renamed it."])
    }

    @Test func abbreviationGoesOnBeforeANameOrLowerCase() {
        #expect(sentences("The deal with Baker & Co. Chairman Reed fell through.")
                == ["The deal with Baker & Co. Chairman Reed fell through."])
        #expect(sentences("We met Ortiz et al. and left.") == ["We met Ortiz et al. and left."])
    }

    @Test func monthAbbreviationBeforeADay() {
        #expect(sentences("The vote is set for Nov. 8. Polls open early.") == ["The vote is set for Nov. 8.", "Polls open early."])
    }

    @Test func dottedAbbreviationsGoOnBeforeNamesNotStarters() {
        #expect(sentences("Talks with the U.K. Parliament stalled.") == ["Talks with the U.K. Parliament stalled."])
        #expect(sentences("Prices rose in the U.K. Most economists expected it.")
                == ["Prices rose in the U.K.", "Most economists expected it."])
    }

    @Test func sentenceAdverbAfterAnAbbreviationStartsASentence() {
        #expect(sentences("Exports fell in the U.S. Initially, few noticed.")
                == ["Exports fell in the U.S.", "Initially, few noticed."])
    }

    @Test func numberAbbreviationsBeforeNumbers() {
        #expect(sentences("The song reached No. 1. Nobody expected it.") == ["The song reached No. 1.", "Nobody expected it."])
        #expect(sentences("See p. 12. The table is there.") == ["See p. 12.", "The table is there."])
        #expect(sentences("Read Vol. II first.") == ["Read Vol. II first."])
    }

    @Test func numberAbbreviationBeforeABracketedNumber() {
        #expect(sentences("Apply Eq. (4). Then simplify.") == ["Apply Eq. (4).", "Then simplify."])
    }

    @Test func caseNamesWithVersus() {
        #expect(sentences("The court cited Lopez v. Ohio twice.") == ["The court cited Lopez v. Ohio twice."])
    }

    @Test func numberAbbreviationWithoutANumberIsAWord() {
        #expect(sentences("Did they agree? No. Nobody did.") == ["Did they agree?", "No.", "Nobody did."])
        #expect(sentences("Asked again, she said no. I left.") == ["Asked again, she said no.", "I left."])
    }

    @Test func circaBeforeAYear() {
        #expect(sentences("The mill was built c. 1350. It burned later.") == ["The mill was built c. 1350.", "It burned later."])
    }

    @Test func clockTimeEndsASentenceBeforeACapital() {
        #expect(sentences("The polls close at 8 p.m. Results follow overnight.")
                == ["The polls close at 8 p.m.", "Results follow overnight."])
        #expect(sentences("She left at 9 A.M. Mr. Diaz stayed.") == ["She left at 9 A.M.", "Mr. Diaz stayed."])
    }

    @Test func clockTimeGoesOnBeforeAZoneOrDay() {
        #expect(sentences("Doors open at 7 p.m. Eastern on Friday.") == ["Doors open at 7 p.m. Eastern on Friday."])
        #expect(sentences("It starts at 10 a.m. Sunday.") == ["It starts at 10 a.m. Sunday."])
    }

    @Test func frontedTimePhraseIsNoSentence() {
        #expect(sentences("By 9 a.m. Mrs. Okafor had left.") == ["By 9 a.m. Mrs. Okafor had left."])
    }

    @Test func icuAbbreviationListIsUsed() {
        #expect(Abbreviations.icuExceptions().contains("Mgr."))
        #expect(sentences("The store's Mgr. Lopez opened late.") == ["The store's Mgr. Lopez opened late."])
    }

    @Test func icuExceptionsThatAreStarterWordsAreNotUsed() {
        #expect(Abbreviations.icuExceptions().contains("In."))
        #expect(sentences("Come In. The door is open.") == ["Come In.", "The door is open."])
    }

    // MARK: initials

    @Test func initialsBeforeASurname() {
        #expect(sentences("The report was written by Maria T. Alvarez last year.")
                == ["The report was written by Maria T. Alvarez last year."])
        #expect(sentences("J. R. Moss signed it.") == ["J. R. Moss signed it."])
    }

    @Test func singleCapitalIsAnInitialNotALowerCaseAbbreviation() {
        // `p.` (page) and `c.` (circa) are abbreviations only in lower case.
        #expect(sentences("Ask Anna P. Cruz or Tom C. Reyes today.") == ["Ask Anna P. Cruz or Tom C. Reyes today."])
    }

    @Test func pronounIAtTheEndIsNoInitial() {
        #expect(sentences("The winners were Sam and I. Nobody expected it.")
                == ["The winners were Sam and I.", "Nobody expected it."])
        #expect(sentences("We met King Henry I. Tudor later.") == ["We met King Henry I. Tudor later."])
    }

    @Test func aLetterBeforeAStarterEndsTheSentence() {
        #expect(sentences("We chose plan B. The rest agreed.") == ["We chose plan B.", "The rest agreed."])
    }

    // MARK: numbers

    @Test func decimalsAndVersionsDoNotBreak() {
        #expect(sentences("Version 2.4.1 fixed it. The rate is 3.75 percent.")
                == ["Version 2.4.1 fixed it.", "The rate is 3.75 percent."])
        #expect(sentences("It costs $4.50. Buy two.") == ["It costs $4.50.", "Buy two."])
    }

    // MARK: ellipses

    @Test func ellipsisBeforeLowerCaseGoesOn() {
        #expect(sentences("He paused... then went on.") == ["He paused... then went on."])
    }

    @Test func unspacedEllipsisBeforeACapitalEnds() {
        #expect(sentences("She waited.... Nobody came.") == ["She waited....", "Nobody came."])
    }

    @Test func threeSpacedPeriodsAreAnOmission() {
        #expect(sentences("It was late . . . I think it was ten.") == ["It was late . . . I think it was ten."])
    }

    @Test func fourSpacedPeriodsEndASentence() {
        #expect(sentences("They never called back . . . . Later we heard why.")
                == ["They never called back . . . .", "Later we heard why."])
    }

    @Test func periodThenOmissionOpensTheNextSentence() {
        #expect(sentences("The text ends here. . . . Another part begins.")
                == ["The text ends here.", ". . . Another part begins."])
    }

    @Test func bracketedOmissionIsNoEnd() {
        #expect(sentences("\"The plan [...] failed [...]\" (Lee 12).") == ["\"The plan [...] failed [...]\" (Lee 12)."])
    }

    @Test func ellipsisCharacterIsAnEllipsis() {
        #expect(sentences("She hesitated… then agreed.") == ["She hesitated… then agreed."])
    }

    // MARK: quotes and brackets

    @Test func questionOrExclamationBeforeLowerCaseGoesOn() {
        #expect(sentences("\"Who is there?\" she whispered.") == ["\"Who is there?\" she whispered."])
        #expect(sentences("They shouted \"Run!\" and scattered.") == ["They shouted \"Run!\" and scattered."])
        #expect(sentences("He tweeted Wow! at noon.") == ["He tweeted Wow! at noon."])
    }

    @Test func speechTagAfterAQuotedQuestionGoesOn() {
        #expect(sentences("\"Where were you?\" Dana asked. She shrugged.") == ["\"Where were you?\" Dana asked.", "She shrugged."])
        #expect(sentences("\"That's all.\" Kim said.") == ["\"That's all.\" Kim said."])
    }

    @Test func capitalizedPronounAfterAQuoteStartsASentence() {
        #expect(sentences("\"Is it over?\" They said, \"Not yet.\"") == ["\"Is it over?\"", "They said, \"Not yet.\""])
    }

    @Test func closingQuoteStaysWithItsSentence() {
        #expect(sentences("He said, \"We won.\" The crowd cheered.") == ["He said, \"We won.\"", "The crowd cheered."])
        #expect(sentences("(The vote was close.) Nobody celebrated.") == ["(The vote was close.)", "Nobody celebrated."])
    }

    @Test func boundaryInsideAQuotationIsABoundary() {
        #expect(sentences("She said: \"We will win. We are ready.\"") == ["She said: \"We will win.", "We are ready.\""])
    }

    @Test func curlyQuotesAreFoldedForTheRules() {
        #expect(sentences("“Why now?” he asked. “Because.”") == ["“Why now?” he asked.", "“Because.”"])
    }

    // MARK: reference marks

    @Test func referenceMarksStayWithTheSentenceBefore() {
        #expect(sentences("The bridge opened in 1932. [4] Traffic grew.") == ["The bridge opened in 1932. [4]", "Traffic grew."])
        #expect(sentences("Rates fell. [2]–[5] Banks waited.") == ["Rates fell. [2]–[5]", "Banks waited."])
    }

    @Test func omissionMarkAfterASentenceStaysWithIt() {
        #expect(sentences("He spoke for an hour. [...] Then he left.") == ["He spoke for an hour. [...]", "Then he left."])
    }

    @Test func footnoteNumberStaysWithTheSentenceBefore() {
        #expect(sentences("Rents doubled in a decade. 12 The council responded.")
                == ["Rents doubled in a decade. 12", "The council responded."])
        #expect(sentences("Turnout was 61.5. 12 The counties reported late.") == ["Turnout was 61.5.", "12 The counties reported late."])
        #expect(sentences("He made 2 tackles (3 combined). 1 TFL.") == ["He made 2 tackles (3 combined).", "1 TFL."])
    }

    // MARK: lists

    @Test func listItemsWithoutFinalPunctuation() {
        #expect(sentences("1) Mix the flour 2) Add water") == ["1) Mix the flour", "2) Add water"])
        #expect(sentences("a. First step b. Second step") == ["a. First step", "b. Second step"])
        #expect(sentences("(i) one thing (j) another") == ["(i) one thing", "(j) another"])
    }

    @Test func bulletedItems() {
        #expect(sentences("• Apples • Pears • Plums") == ["• Apples", "• Pears", "• Plums"])
        #expect(sentences("• 3. Red • 4. Blue") == ["• 3. Red", "• 4. Blue"])
    }

    @Test func listMarkerAloneIsNoSentence() {
        #expect(sentences("1. Preheat the oven. 2. Bake it.") == ["1. Preheat the oven.", "2. Bake it."])
        #expect(sentences("4. The last point matters.") == ["4. The last point matters."])
    }

    @Test func numbersOutOfSequenceAreNoListItems() {
        #expect(sentences("1) Pick 3 apples 5) eat") == ["1) Pick 3 apples 5) eat"])
    }

    // MARK: blocks and lines

    @Test func headingsAndCaptionsEndAtTheirBlock() {
        let s = sentences("Election Results", "Turnout rose", "A crowd outside the hall", roles: [.heading, .paragraph, .caption])
        #expect(s == ["Election Results", "Turnout rose", "A crowd outside the hall"])
    }

    @Test func captionLabelIsASentenceOfItsOwn() {
        #expect(sentences("Table 3 Voter turnout by county", "Figure 2.1 The old town hall")
                == ["Table 3", "Voter turnout by county", "Figure 2.1", "The old town hall"])
        #expect(sentences("Figure 2 shows the trend.") == ["Figure 2 shows the trend."])
    }

    @Test func lineBreakEndsASentenceUnlessTheLineGoesOn() {
        #expect(sentences("Breaking News\nThe mayor resigned.") == ["Breaking News", "The mayor resigned."])
        #expect(sentences("The plan was approved\nby the council.") == ["The plan was approved\nby the council."])
        #expect(sentences("The mayor said,\nJohn Park will lead.") == ["The mayor said,\nJohn Park will lead."])
    }

    @Test func lineBreakAfterAnAbbreviationEndsTheSentence() {
        #expect(sentences("It moved to the U.S.\nMany followed.") == ["It moved to the U.S.", "Many followed."])
        #expect(sentences("We met Dr.\nLee there.") == ["We met Dr.\nLee there."])
    }
}
