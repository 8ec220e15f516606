import Testing
import ClaimlineCore
@testable import Report

@Suite struct ReportTests {
    let batch = PublishBatch()

    func page(_ b: PublishBatch = PublishBatch()) throws -> (String, Element) {
        var r = ReportBuilder(title: "Test <report> & co")
        for d in b.documents { try r.add(document: d) }
        for c in b.claims { try r.add(c) }
        for c in b.clusters { r.add(c) }
        let html = r.html()
        return (html, try #require(ParsedHTML.parse(html)))
    }

    /// The text of the runs that carry claim `i`, in order.
    func highlighted(_ i: Int, in root: Element) -> String {
        root.all { ($0.attributes["data-c"] ?? "").split(separator: " ").contains(Substring(String(i))) }.map(\.text).joined()
    }

    @Test func everyClaimIsHighlightedOverExactlyItsContent() throws {
        let (_, root) = try page()
        for (i, c) in batch.claims.enumerated() {
            #expect(highlighted(i, in: root) == c.content.text)
        }
    }

    @Test func inputIsTextNeverMarkup() throws {
        let (html, root) = try page()
        // Only the page's own two scripts; the article's <script> and <b> stay text.
        #expect(root.all("script").count == 2)
        #expect(root.all("b").isEmpty)
        #expect(!html.contains("<script>alert"))
        let article = try #require(root.all { $0.attributes["data-doc"] == "a&b" }.first)
        #expect(article.text.contains("<script>alert('x')</script>"))
        #expect(root.all("title").first?.text == "Test <report> & co")
        #expect(root.all("h2").contains { $0.text == "Referees <sacked>" })
    }

    @Test func thePageLoadsNothing() throws {
        let (html, root) = try page()
        #expect(root.all { $0.attributes["src"] != nil || $0.attributes["href"] != nil }.isEmpty)
        #expect(root.all("link").isEmpty && root.all("img").isEmpty && root.all("iframe").isEmpty)
        #expect(!html.contains("url(") && !html.contains("@import") && !html.contains("http://") && !html.contains("https://"))
        let csp = root.all("meta").first { $0.attributes["http-equiv"] == "Content-Security-Policy" }
        #expect(csp?.attributes["content"]?.hasPrefix("default-src 'none'") == true)
    }

    @Test func hoverTextAndDataCarrySpeakerCueScoreAndNumbers() throws {
        let (_, root) = try page()
        let run = try #require(root.all { $0.attributes["data-c"] == "0" }.first)
        let title = try #require(run.attributes["title"])
        #expect(title.contains("Ann \"O'Hara\" <b>") && title.contains("“said”") && title.contains("score 0.75") && title.contains("27 referees"))
        let json = try #require(root.all { $0.attributes["id"] == "report-data" }.first?.text)
        let data = try JSONParser.parse(Array(json.utf8))
        let claims = try #require(data["claims"]?.array)
        #expect(claims.count == 3)
        #expect(claims[0]["speaker"]?.string == "Ann \"O'Hara\" <b>")
        #expect(claims[0]["cue"]?.string == "said")
        #expect(claims[0]["numbers"]?.array?.first?["counts"]?.string == "referees")
        #expect(claims[0]["clusters"]?.array == [.int(0)])
        #expect(data["clusters"]?.array?.first?["claims"]?.array == [.int(0), .int(2)])
    }

    @Test func sourcesAndCuesAreMarked() throws {
        let (_, root) = try page()
        let articles = root.all("article")
        func marked(_ c: String) -> [String] { articles.flatMap { $0.all { $0.classes.contains(c) } }.map(\.text) }
        let sources = marked("src").joined()
        #expect(sources.contains("Dr <b>Ann</b>") && sources.contains("Ann O'Hara"))
        #expect(marked("cue") == ["said", "added", "told"])
        #expect(marked("num") == ["27", "27"])
    }

    @Test func speakersShareAColourAcrossArticles() throws {
        let (_, root) = try page()
        let chips = root.all { $0.attributes["data-g"] != nil }
        // "Ann O'Hara" and the long form with markup in it are not one name; the claim without a speaker has its own chip.
        #expect(chips.count == 3)
        #expect(chips.last?.attributes["data-g"] == "-1")
        let kinds = root.all("input").compactMap { $0.attributes["value"] }
        #expect(kinds == ["direct", "indirect", "mixed"])
    }

    @Test func theClusterTableShowsAgreementAndConflicts() throws {
        let (_, root) = try page()
        let rows = root.all("tr").filter { $0.attributes["data-k"] != nil }
        #expect(rows.count == 1)
        let row = try #require(rows.first)
        #expect(row.text.contains("27 <referees>"))
        #expect(row.all { $0.classes.contains("yes") }.count == 2)
        #expect(row.all { $0.classes.contains("conflict") }.first?.text.contains("28") == true)
        #expect(row.attributes["data-conflicts"] == "1")
    }

    @Test func aClaimThatDoesNotFitItsDocumentIsRefused() throws {
        var r = ReportBuilder()
        try r.add(document: batch.documents[1])
        var wrong = batch.claims[2]
        wrong.content = TextSpan(span: Span(0, 5), text: "other")
        #expect(throws: ReportError.self) { try r.add(wrong) }
        #expect(throws: ReportError.self) { try r.add(batch.claims[0]) }  // its document is not there
        try r.add(batch.claims[2])
        #expect(r.claimCount == 1)
    }

    @Test func numbersAreWrittenAsReadersWriteThem() {
        #expect(ReportData.format(755) == "755")
        #expect(ReportData.format(1000) == "1,000")
        #expect(ReportData.format(1_200_000_000) == "1.2 billion")
        #expect(ReportData.format(0.7) == "0.7")
    }
}

@Suite struct SpeakerPaletteTests {
    func claim(_ speaker: String?) -> Claim {
        Claim(doc: "d", id: "d#0", kind: .direct, content: TextSpan(span: Span(0, 1), text: "x"), source: nil,
              speaker: speaker, sourceType: .person, cue: nil, score: 0.9, evidence: [], numbers: [], sentence: 0)
    }

    @Test func shortNamesJoinTheFirstFullNameTheyEnd() {
        let names = ["Vladimir Putin", "Vladimir Putin", "Putin", "Donald Trump", "Donald Trump", "Melania Trump",
                     "Trump", "the White House", "White House", "WHITE HOUSE", "…", "?!", nil]
        let p = SpeakerPalette(names.map(claim))
        let g = p.groupOfClaim
        // Putin with Vladimir Putin; Trump with the first (fullest-first, then by
        // name) Trump group, Melania Trump; the White House in any case as one.
        #expect(g[0] == g[1] && g[1] == g[2])
        #expect(g[3] == g[4] && g[3] != g[5] && g[6] == g[5])
        #expect(g[7] == g[8] && g[8] == g[9])
        // Names without words (`…`) group by their spelling only; no speaker, no group.
        #expect(g[10] != g[11] && g[10] >= 0 && g[12] == -1)
        #expect(Set(g.filter { $0 >= 0 }).count == 6)
        #expect(p.groups.first?.name == "Vladimir Putin" && p.groups.first?.claims == 3)
    }
}
