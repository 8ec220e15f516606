import Testing
import ClaimlineCore
@testable import Ingest

/// Plain text keeps every character; web-page residue becomes `boilerplate` blocks.
@Suite struct PlainTextTests {
    let para = "The mayor said on Monday that the bridge would reopen in May, two months later than planned."

    func boilerplate(_ doc: IngestedDocument) -> [String] {
        doc.blocks.filter { $0.role == .boilerplate }.map { doc.text[$0.span] }
    }

    @Test func theTextIsNeverEdited() throws {
        let input = "Bridge to reopen\n\n\(para)\n\nPlay Facebook\n\nTwitter\n\n  \(para)  \r\n"
        let doc = try plain(input)
        #expect(doc.text.string == input)
        #expect(doc.format == .text)
    }

    @Test func aLeadingDateLineGivesTheDate() throws {
        let doc = try plain("date 2017-07-30 \(para)\n\n\(para)")
        #expect(doc.meta.date == "2017-07-30")
        #expect(boilerplate(doc) == ["date 2017-07-30"])
        #expect(doc.body.first == para)
    }

    @Test func imageCreditsInsideALineAreBoilerplate() throws {
        let doc = try plain("\(para)\n\nImage copyright Reuters Image caption The bridge was closed in March\n\n\(para)")
        #expect(boilerplate(doc) == ["Image copyright Reuters", "Image caption"])
        #expect(doc.role(of: "The bridge was closed in March") == .caption)
    }

    @Test func videoEmbedCodeIsBoilerplate() throws {
        let embed = #"Embed Bridge reopening explained 2:30 autoplay autoplay Copy this code to your website or blog <iframe src="http://example.com/v/1" width="560"></iframe>"#
        let doc = try plain("\(para)\n\n\(embed)\n\n\(para)")
        #expect(boilerplate(doc) == [embed])
    }

    @Test func playAndShareWordLinesAreBoilerplate() throws {
        let doc = try plain("\(para)\n\nPlay Facebook\n\nTwitter\n\nEmail | Print\n\n\(para)")
        #expect(boilerplate(doc) == ["Play Facebook", "Twitter", "Email | Print"])
    }

    @Test func relatedAndReadMoreLinesAreBoilerplate() throws {
        let doc = try plain("\(para)\n\nRelated: Council Approves Bridge Budget\n\nRead more: the full timeline\n\n\(para)")
        #expect(boilerplate(doc) == ["Related: Council Approves Bridge Budget", "Read more: the full timeline"])
    }

    @Test func sharePromptsAreBoilerplate() throws {
        let doc = try plain("\(para)\n\nShare this article with your friends\n\nFollow us on Twitter and Facebook\n\n\(para)")
        #expect(boilerplate(doc) == ["Share this article with your friends", "Follow us on Twitter and Facebook"])
    }

    @Test func residueLinesAreSplitOutOfAParagraph() throws {
        let doc = try plain("\(para)\nTwitter\n\(para)")
        #expect(boilerplate(doc) == ["Twitter"])
        #expect(doc.body == [para, para])
    }

    @Test func aHardWrappedParagraphStaysOneBlockBesideAResidueLine() throws {
        let wrapped = "The harbour board said on Friday that the ferry\nwould stop at the new pier from June, once the\nlast safety checks were done."
        let doc = try plain("\(wrapped)\nShare this\n\n\(para)")
        #expect(doc.blocks.map { doc.text[$0.span] } == [wrapped, "Share this", para])
        #expect(boilerplate(doc) == ["Share this"])
    }

    /// Text that puts a paragraph on each line, with no blank line between
    /// (some outlets' text exports): a line longer than any hand-wrapped one
    /// means every line of the run is a paragraph of its own.
    @Test func aParagraphOnEachLineIsABlockEach() throws {
        let first = "\u{201C}One I would describe as a quiet kind of anger,\u{201D} the harbour master said. \u{201C}Ferry days are outlets for people to come out and shout at the board about the fares they pay."
        let second = "\u{201C}There is another side that wants to close the pier for good,\u{201D} she said."
        let third = "Tickets go on sale in May."
        let doc = try plain("\(first)\n\(second)\n\(third)")
        #expect(first.unicodeScalars.count > PlainText.longestWrappedLine)
        #expect(doc.blocks.map { doc.text[$0.span] } == [first, second, third])
    }

    @Test func theLinesBetweenResidueLinesStayTogether() throws {
        let doc = try plain("Twitter\nFerries will run every hour\nfrom the new pier, the board said.\nEmail | Print\nTickets go on sale in May.")
        #expect(doc.blocks.map { doc.text[$0.span] } == [
            "Twitter", "Ferries will run every hour\nfrom the new pier, the board said.", "Email | Print", "Tickets go on sale in May.",
        ])
        #expect(boilerplate(doc) == ["Twitter", "Email | Print"])
    }

    @Test func creditsAndCaptionsEndAtTheirLine() throws {
        let doc = try plain("Photo credit Ann Lee\nthe pier was opened in 1998 and rebuilt twice.\nImage caption The old pier\nIt closed in March after a storm.")
        #expect(boilerplate(doc) == ["Photo credit Ann Lee", "Image caption"])
        #expect(doc.role(of: "The old pier") == .caption)
        #expect(doc.role(of: "It closed in March after a storm.") == .paragraph)
        #expect(doc.role(of: "the pier was opened in 1998 and rebuilt twice.") == .paragraph)
    }

    @Test func aDateLineInsideAParagraphIsResidue() throws {
        let doc = try plain("Harbour news\ndate 2021-03-04 The ferry left on time.\nIt came back late.")
        #expect(doc.meta.date == "2021-03-04")
        #expect(boilerplate(doc) == ["date 2021-03-04"])
        #expect(doc.body == ["Harbour news", "The ferry left on time.\nIt came back late."])
    }

    @Test func residueWordsAreMatchedWithoutRegardToCase() throws {
        let doc = try plain("\(para)\n\nSHARE THIS STORY\n\nFACEBOOK · TWITTER\n\nCopy This Code To Your Website: <IFRAME src=x>\n\n\(para)")
        #expect(boilerplate(doc) == ["SHARE THIS STORY", "FACEBOOK · TWITTER", "Copy This Code To Your Website: <IFRAME src=x>"])
    }

    @Test func theHTMLPathAsksTheSameLineRules() {
        #expect(Residue.lineIsBoilerplate("  Related: Ferry timetable  "))
        #expect(Residue.lineIsBoilerplate("Play • Share"))
        #expect(!Residue.lineIsBoilerplate("The ferry will play a part in the plan."))
        #expect(!Residue.lineIsBoilerplate(""))
    }

    @Test func proseMentioningShareWordsStaysBody() throws {
        let line = "She said Twitter and Facebook would share the data with the police, and play no further part."
        let doc = try plain("\(para)\n\n\(line)")
        #expect(boilerplate(doc).isEmpty)
        #expect(doc.body == [para, line])
    }

    @Test func aHeadlineLineIsTheTitleAndShortLinesAreHeadings() throws {
        let doc = try plain("Bridge to reopen in May\n\n\(para)\n\nWhat the delay costs\n\n\(para) And more.")
        #expect(doc.meta.title == "Bridge to reopen in May")
        #expect(doc.role(of: "Bridge to reopen in May") == .title)
        #expect(doc.role(of: "What the delay costs") == .heading)
    }
}
