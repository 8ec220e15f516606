import Testing
import ClaimlineCore
@testable import Ingest

/// Page metadata: each source of title, date, author, URL and language.
@Suite struct MetadataTests {
    let article = "<p>\(prose("the plan"))</p><p>\(prose("the plan", 2))</p>"

    func meta(head: String = "", body: String? = nil, html: String? = nil, url: String? = nil) throws -> DocumentMeta {
        if let html { return try page(html, url: url).meta }
        return try page(newsPage(body ?? article, head: head), url: url).meta
    }

    // MARK: title

    @Test func titleFromOpenGraph() throws {
        #expect(try meta(head: #"<meta property="og:title" content="Tram extension approved">"#).title == "Tram extension approved")
    }

    @Test func titleFromJSONLDHeadline() throws {
        let ld = #"<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Trams approved after six-hour debate"}</script>"#
        #expect(try meta(head: ld).title == "Trams approved after six-hour debate")
    }

    @Test func titleFromTheTitleElementWithoutTheSiteName() throws {
        let html = "<html><head><title>Pier reopens after repairs | The Courier</title></head><body>\(article)</body></html>"
        #expect(try meta(html: html).title == "Pier reopens after repairs")
        #expect(MetadataReader.cleanTitle("Storm warning - Weather - Daily Gazette", h1: nil, site: "Daily Gazette") == "Storm warning - Weather")
        #expect(MetadataReader.cleanTitle("Council backs trams | Courier", h1: "Council backs trams", site: nil) == "Council backs trams")
    }

    @Test func titleFromTheFirstH1() throws {
        let html = "<html><body><h1>Bridge to close for a month</h1>\(article)<h1>Other</h1></body></html>"
        #expect(try meta(html: html).title == "Bridge to close for a month")
    }

    // MARK: date

    @Test func dateFromJSONLDDatePublished() throws {
        let ld = #"<script type="application/ld+json">[{"@type":"WebPage","datePublished":"2020-01-01"},{"@type":"NewsArticle","datePublished":"2024-03-14T18:42:00+00:00","dateModified":"2024-03-15T08:00:00Z"}]</script>"#
        let head = ld + #"<meta property="article:published_time" content="2024-03-13T10:00:00Z">"#
        #expect(try meta(head: head).date == "2024-03-14T18:42:00+00:00")
    }

    @Test func dateFromJSONLDGraph() throws {
        let ld = #"<script type="application/ld+json">{"@graph":[{"@type":"Organization","name":"Courier"},{"@type":"Article","datePublished":"2023-11-02T07:15:00+0100"}]}</script>"#
        #expect(try meta(head: ld).date == "2023-11-02T07:15:00+01:00")
    }

    @Test func dateFromArticlePublishedTime() throws {
        #expect(try meta(head: #"<meta property="article:published_time" content="2024-03-14T18:42:00Z">"#).date == "2024-03-14T18:42:00Z")
    }

    @Test func dateFromMicrodataInTheBody() throws {
        let body = #"<span itemprop="datePublished" content="2022-05-06">6 May</span>"# + article
        #expect(try meta(body: body).date == "2022-05-06")
    }

    @Test func dateFromATimeElement() throws {
        let body = #"<div class="byline">By Priya Raman <time datetime="2024-03-14T18:42">14 March</time></div>"# + article
        #expect(try meta(body: body).date == "2024-03-14T18:42:00")
    }

    @Test func dateFromTheBylineText() throws {
        let body = #"<div class="article-byline">Published 14 March 2024, 18:42 GMT</div>"# + article
        #expect(try meta(body: body).date == "2024-03-14")
        let us = #"<p class="dateline">Updated Nov. 19, 2019 at 9:41 AM</p>"# + article
        #expect(try meta(body: us).date == "2019-11-19")
    }

    @Test func noDateWhenThePageGivesNone() throws {
        #expect(try meta().date == nil)
    }

    @Test func parsesTheDateFormsPagesUse() {
        #expect(DateParsing.iso8601("2017-07-30") == "2017-07-30")
        #expect(DateParsing.iso8601(" 2017-07-30T10:05:09.123Z ") == "2017-07-30T10:05:09Z")
        #expect(DateParsing.iso8601("2017-07-30 10:05") == "2017-07-30T10:05:00")
        #expect(DateParsing.iso8601("2017/07/30") == "2017-07-30")
        #expect(DateParsing.iso8601("30.07.2017") == "2017-07-30")
        #expect(DateParsing.iso8601("July 30, 2017") == "2017-07-30")
        #expect(DateParsing.iso8601("Sun 30 Jul 2017 10:00 BST") == "2017-07-30")
        #expect(DateParsing.iso8601("2017-13-40") == nil)
        #expect(DateParsing.iso8601("yesterday") == nil)
        #expect(DateParsing.find(in: "By Jo Smith | 2 comments | 30 July 2017") == "2017-07-30")
    }

    // MARK: author, URL, language

    @Test func authorsFromJSONLD() throws {
        let ld = #"<script type="application/ld+json">{"@type":"NewsArticle","author":[{"@type":"Person","name":"Priya Raman"},{"@type":"Person","name":"Tom Byrne"}]}</script>"#
        #expect(try meta(head: ld + #"<meta name="author" content="Someone Else">"#).author == "Priya Raman, Tom Byrne")
    }

    @Test func authorFromMetaAuthor() throws {
        #expect(try meta(head: #"<meta name="author" content="Priya Raman">"#).author == "Priya Raman")
        #expect(try meta(head: #"<meta property="article:author" content="https://facebook.com/x">"#).author == nil)
    }

    @Test func authorFromTheByline() throws {
        let body = #"<div class="byline">By Priya Raman, Transport correspondent</div>"# + article
        #expect(try meta(body: body).author == "Priya Raman")
    }

    @Test func canonicalURLFromLinkThenOpenGraphThenInput() throws {
        let both = #"<link rel="canonical" href="https://example.com/a"><meta property="og:url" content="https://example.com/b">"#
        #expect(try meta(head: both).url == "https://example.com/a")
        #expect(try meta(head: #"<meta property="og:url" content="https://example.com/b">"#).url == "https://example.com/b")
        #expect(try meta(url: "https://example.com/c").url == "https://example.com/c")
    }

    @Test func languageFromTheHTMLElementThenTheLocale() throws {
        #expect(try meta().language == "en")
        let html = #"<html><head><meta property="og:locale" content="pt_BR"></head><body>\#(article)</body></html>"#
        #expect(try meta(html: html).language == "pt-BR")
    }

    // MARK: the fixtures

    @Test func theFixtureArticlePage() throws {
        let bytes = try fixture("harbour-city-tram-vote.html")
        let doc = try Ingester().ingest(RawDocument(id: "harbour-city-tram-vote", source: "fixture", content: .bytes(bytes), format: .html))
        #expect(doc.meta.title == "Harbour City council approves £1.2bn tram extension")
        #expect(doc.meta.date == "2024-03-14T18:42:00+00:00")
        #expect(doc.meta.author == "Priya Raman")
        #expect(doc.meta.url == "https://www.coastalcourier.example/news/2024/03/14/harbour-city-tram-extension-vote")
        #expect(doc.meta.language == "en-GB")
        #expect(doc.body.first?.hasPrefix("Harbour City council has approved a £1.2bn extension") == true)
        #expect(doc.body.last?.hasPrefix("The decision still needs final approval") == true)
        for furniture in ["Cookie", "cookies", "Share on", "Related stories", "Most read", "harbourlad77", "Sign up to our", "Topics:", "Privacy policy"] {
            #expect(!doc.text.string.contains(furniture), "kept: \(furniture)")
        }
    }

    @Test func theSeedText000() throws {
        let bytes = try fixture("000_6e2de474d69a36f5.txt")
        let doc = try Ingester().ingest(RawDocument(id: "000", source: "fixture", content: .bytes(bytes), format: .text))
        #expect(doc.meta.date == "2017-07-30")
        // The file has no headline: its first lines are scraper and caption residue.
        #expect(doc.meta.title == nil)
    }
}
