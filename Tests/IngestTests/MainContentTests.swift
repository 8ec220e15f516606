import Testing
import ClaimlineCore
@testable import Ingest

/// Main-content detection: each rule with a small page written for it.
@Suite struct MainContentTests {
    @Test func keepsParagraphsHeadingsListsQuotesAndCaptionsInOrder() throws {
        let doc = try page(newsPage("""
            <p>\(prose("the tram plan"))</p>
            <h2>How it will be paid for</h2>
            <p>\(prose("the funding", 2))</p>
            <ul><li>Fourteen new stops on the eastern line, most of them near schools.</li>
                <li>A depot at Saltmarsh with room for twenty trams and a workshop.</li></ul>
            <blockquote><p>This is the most important decision this council has taken in a generation.</p></blockquote>
            <figure><img src="map.png"><figcaption>The proposed route runs east from Westgate.</figcaption></figure>
            <p>\(prose("the route", 3))</p>
            """))
        #expect(doc.body == [
            prose("the tram plan"), "How it will be paid for", prose("the funding", 2),
            "Fourteen new stops on the eastern line, most of them near schools.",
            "A depot at Saltmarsh with room for twenty trams and a workshop.",
            "This is the most important decision this council has taken in a generation.",
            "The proposed route runs east from Westgate.", prose("the route", 3),
        ])
        #expect(doc.role(of: "How it will be paid for") == .heading)
        #expect(doc.role(of: "A depot at Saltmarsh with room for twenty trams and a workshop.") == .listItem)
        #expect(doc.role(of: "This is the most important decision this council has taken in a generation.") == .blockquote)
        #expect(doc.role(of: "The proposed route runs east from Westgate.") == .caption)
        #expect(doc.role(of: prose("the tram plan")) == .paragraph)
    }

    @Test func theHeadlineIsTheTitleNotABodyBlock() throws {
        let doc = try page(newsPage("<p>\(prose("the plan"))</p><p>\(prose("the plan", 2))</p>"))
        #expect(!doc.body.contains("Council backs tram extension"))
        #expect(doc.meta.title == "Council backs tram extension")
    }

    @Test func dropsNavigationHeaderAndFooter() throws {
        let doc = try page(newsPage("<p>\(prose("the plan"))</p><p>\(prose("the plan", 2))</p>"))
        #expect(doc.body == [prose("the plan"), prose("the plan", 2)])
        #expect(!doc.text.string.contains("Sport"))
        #expect(!doc.text.string.contains("All rights reserved"))
    }

    @Test func dropsReadersCommentsEvenWhenLongerThanTheArticle() throws {
        let comments = (1...12).map { "<div class=\"comment\"><p>\(prose("what reader \($0) thinks", $0)) I disagree, strongly, with it.</p></div>" }
        let doc = try page(newsPage("<p>\(prose("the plan"))</p><p>\(prose("the plan", 2))</p><p>\(prose("the plan", 3))</p>",
                                    aroundArticle: "<section class=\"comments\"><h2>Comments</h2>\(comments.joined())</section>"))
        #expect(doc.body == [prose("the plan"), prose("the plan", 2), prose("the plan", 3)])
    }

    @Test func dropsShareToolsRelatedLinksAndSidebars() throws {
        let doc = try page(newsPage("""
            <p>\(prose("the plan"))</p>
            <div class="share-tools"><p>Share this story with your friends, family and colleagues today.</p></div>
            <p>\(prose("the plan", 2))</p>
            <div class="related-stories"><h3>Related</h3><p>Bus fares will rise in April, the operator confirmed, after talks.</p></div>
            """, aroundArticle: "<aside><p>Most read this week: the pier, the storm, the match and the new bridge.</p></aside>"))
        #expect(doc.body == [prose("the plan"), prose("the plan", 2)])
    }

    @Test func dropsListsOfLinksAndLinkLinesInsideTheArticle() throws {
        let doc = try page(newsPage("""
            <p>\(prose("the plan"))</p>
            <ul><li><a href="/a">Tram fares to rise by five percent</a></li><li><a href="/b">Bus routes cut in Saltmarsh</a></li></ul>
            <p><a href="/c">Read the full business case for the eastern line here</a></p>
            <p>\(prose("the plan", 2)) See <a href="/d">the report</a>.</p>
            """))
        #expect(doc.body == [prose("the plan"), prose("the plan", 2) + " See the report."])
    }

    @Test func dropsFurnitureLabelsAndAdSlots() throws {
        let doc = try page(newsPage("""
            <p>\(prose("the plan"))</p>
            <p>Advertisement</p>
            <div class="ad-slot"><p>Buy a new car today with zero percent finance over five years from us.</p></div>
            <p>\(prose("the plan", 2))</p>
            <p>Continue reading below</p>
            """))
        #expect(doc.body == [prose("the plan"), prose("the plan", 2)])
    }

    @Test func dropsSharePromptsAndReadMoreLinesAsPlainTextDoes() throws {
        let doc = try page(newsPage("""
            <p>\(prose("the plan"))</p>
            <p>Share this article with your friends and family</p>
            <p>Read more: what the tram plan means for your commute</p>
            <p>\(prose("the plan", 2))</p>
            <p>© 2024 The Courier. All rights reserved.</p>
            """))
        #expect(doc.body == [prose("the plan"), prose("the plan", 2)])
    }

    @Test func dropsHeadingsLeftWithNothingUnderThem() throws {
        let doc = try page(newsPage("""
            <p>\(prose("the plan"))</p>
            <h2>What happens next</h2><p>\(prose("the plan", 2))</p>
            <h2>More on this story</h2><ul><li><a href="/x">Tram depot opens</a></li><li><a href="/y">Bridge closed</a></li></ul>
            """))
        #expect(doc.body == [prose("the plan"), "What happens next", prose("the plan", 2)])
    }

    @Test func readsOnlyVisibleText() throws {
        let doc = try page(newsPage("""
            <p>\(prose("the plan"))</p>
            <script>var hidden = "script text";</script><style>p { color: red }</style>
            <template><p>Template text that is never shown to the reader of the page.</p></template>
            <noscript><p>Please enable JavaScript to see the interactive map of the route.</p></noscript>
            <p hidden>Hidden paragraph text that the page never shows to anyone at all.</p>
            <p style="display: none">Paragraph hidden by an inline style, also never shown.</p>
            <p>\(prose("the plan", 2))<span class="sr-only"> (screen reader note)</span></p>
            """))
        #expect(doc.body == [prose("the plan"), prose("the plan", 2)])
    }

    @Test func keepsTheChunksOfAnArticleSplitByAnAd() throws {
        let body = """
            <div class="grid"><div class="article-chunk"><p>\(prose("the plan"))</p><p>\(prose("the plan", 2))</p></div></div>
            <div class="ad-wrapper"><p>Sponsored: the best mortgage deals of the year, compared.</p></div>
            <div class="grid"><div class="article-chunk"><p>\(prose("the plan", 3))</p><p>\(prose("the plan", 4))</p></div></div>
            """
        let doc = try page(newsPage(body))
        #expect(doc.body == [prose("the plan"), prose("the plan", 2), prose("the plan", 3), prose("the plan", 4)])
    }

    @Test func aWrapperWronglyNamedLikeFurnitureStillGivesTheArticle() throws {
        let html = """
            <html><body><div class="layout has-sidebar"><div class="column">
            <p>\(prose("the plan"))</p><p>\(prose("the plan", 2))</p><p>\(prose("the plan", 3))</p>
            </div></div><div class="footer">© The Courier, all rights reserved.</div></body></html>
            """
        #expect(try page(html).body == [prose("the plan"), prose("the plan", 2), prose("the plan", 3)])
    }

    @Test func keepsSocialEmbedsQuotedInTheArticle() throws {
        let doc = try page(newsPage("""
            <p>\(prose("the plan"))</p>
            <div class="social-embed"><blockquote class="twitter-tweet"><p>The trams are coming back to the east side, at last.</p></blockquote></div>
            <p>\(prose("the plan", 2))</p>
            """))
        #expect(doc.body.contains("The trams are coming back to the east side, at last."))
    }

    @Test func lineBreaksStayInsideABlockAndDoubleBreaksSplitIt() throws {
        let doc = try page(newsPage("<p>\(prose("the plan"))<br>Second line of the same paragraph.<br><br>\(prose("the plan", 2))</p>"))
        #expect(doc.body == [prose("the plan") + "\nSecond line of the same paragraph.", prose("the plan", 2)])
    }

    @Test func collapsesWhitespaceAndDecodesEntitiesWithSpansInCodePoints() throws {
        let doc = try page(newsPage("<p>  Caf&eacute;   owners &amp; 🚋 riders\n said   “yes” to 東京-style trams, \(prose("the plan"))</p><p>\(prose("the plan", 2))</p>"))
        let first = "Café owners & 🚋 riders said “yes” to 東京-style trams, " + prose("the plan")
        #expect(doc.body.first == first)
        for b in doc.blocks { #expect(b.span.end <= doc.text.count) }
        #expect(doc.blocks.first?.span == Span(0, first.unicodeScalars.count))
        #expect(doc.text.string == doc.body.joined(separator: "\n\n"))
    }

    @Test func ofTwoNearlyEqualCandidatesTheEarlierIsTheArticle() throws {
        let a = (1...3).map { "<p>\(prose("the first plan", $0))</p>" }.joined()
        // Slightly more prose, but later in the page.
        let b = (1...3).map { "<p>\(prose("the other plan", $0)) It was indeed so.</p>" }.joined()
        let links = (1...30).map { "<li><a href=\"/\($0)\">A headline of another story, number \($0)</a></li>" }.joined()
        let html = "<html><body><div><div class=\"x\">\(a)</div></div><ul>\(links)</ul><section><div class=\"y\">\(b)</div></section></body></html>"
        #expect(try page(html).body == (1...3).map { prose("the first plan", $0) })
    }

    @Test func aPageWithoutProseKeepsItsText() throws {
        let doc = try page("<html><body><h2>Opening hours</h2><p>Monday to Friday, 9 to 5</p></body></html>")
        #expect(doc.body == ["Opening hours", "Monday to Friday, 9 to 5"])
    }

    @Test func aPageWithoutTextGivesAnEmptyRecord() throws {
        // A file of white space only is no page: a failed document (BadInputTests).
        #expect(throws: RecordError.self) { try page("   ") }
        #expect(try page("<html><body></body></html>").blocks.isEmpty)
    }
}
