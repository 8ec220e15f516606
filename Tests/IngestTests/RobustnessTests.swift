import Testing
import ClaimlineCore
@testable import Ingest
import CLibXML2

/// Hostile or broken markup: bounded time and memory, nothing fetched.
@Suite struct RobustnessTests {
    @Test func aPageNested100000LevelsDeepIsReadWithoutRecursion() throws {
        let html = "<html><body><p>Before the nest, a sentence.</p>" + String(repeating: "<div>", count: 100_000)
            + "<p>Deep inside the nest.</p>" + String(repeating: "</div>", count: 100_000) + "<p>After the nest.</p></body></html>"
        let doc = try page(html)
        #expect(doc.text.string.contains("Deep inside the nest."))
        #expect(doc.text.string.contains("After the nest."))
    }

    @Test func unclosedTagsNestedDeeplyAreRead() throws {
        let html = "<html><body>" + String(repeating: "<div><span><b>", count: 50_000) + "Text at the bottom of it all."
        #expect(try page(html).text.string == "Text at the bottom of it all.")
    }

    @Test func nestedMetadataElementsAreReadAFewTimesNotForEachLevel() throws {
        let open = #"<div itemprop="author"><time datetime="2020-01-02" itemprop="datePublished">"#
        let html = "<html><body>" + String(repeating: open, count: 30_000) + "Text."
            + String(repeating: "</time></div>", count: 30_000) + "</body></html>"
        let doc = try page(html)
        #expect(doc.meta.date == "2020-01-02")
        #expect(doc.text.string == "Text.")
    }

    @Test func aTagWithAMillionAttributesIsReadInLinearTime() throws {
        // Distinct names (libxml2 compares each with all earlier ones), then repeats of a name ingest reads.
        var html = "<html><body><p"
        html.reserveCapacity(24 << 20)
        for i in 0..<1_000_000 { html += " a\(i)=\"\(i)\"" }
        html += ">The paragraph after the attributes.</p><p"
        for i in 0..<200_000 { html += " class=c\(i)" }
        html += ">And a second one.</p></body></html>"
        #expect(try page(html).text.string == "The paragraph after the attributes.\n\nAnd a second one.")
    }

    @Test func onlyTheAttributesIngestReadsReachTheParser() {
        let html = #"<div class="a" data-x='{"y": ">"}' onclick="go()" id=b hidden><img src="x.png" srcset="x2.png 2x" alt="A"><link rel=canonical href="/c"><a href="/d">t</a></div>"#
        let out = String(decoding: MarkupFilter.filtered(Array(html.utf8)), as: UTF8.self)
        #expect(out == #"<div class="a"   id=b hidden><img   ><link rel=canonical href="/c"><a >t</a></div>"#)
    }

    @Test func commentsAndUnreadAttributesInsideThemAndInScriptsAreCutWhole() {
        let many = (0..<100).map { " x\($0)=1" }.joined()
        let html = "<!-- <p\(many)> --><script>var s = '<p\(many)>';</script><p title=\"<b\(many)>\" class=a>t</p>"
        let out = String(decoding: MarkupFilter.filtered(Array(html.utf8)), as: UTF8.self)
        #expect(out == "<script></script><p  class=a>t</p>")
    }

    @Test func scriptAndStyleBodiesAreCutBeforeParsingButJSONLDIsKept() {
        let html = """
            <head><style>p { color: red } </style><script type="application/ld+json">{"headline": "Kept"}</script>
            <SCRIPT src="x.js"/><p>After a self-closed script.</p><script>if (a < b && c > d) { x = "</p>" }</SCRIPT >
            <script>never closed <p>inside
            """
        let out = String(decoding: MarkupFilter.filtered(Array(html.utf8)), as: UTF8.self)
        #expect(out == """
            <head><style></style><script type="application/ld+json">{"headline": "Kept"}</script>
            <SCRIPT /><p>After a self-closed script.</p><script></SCRIPT >
            <script>
            """)
    }

    @Test func entitiesAreNeverExpandedFromADocumentTypeDeclaration() throws {
        let lol = "<!DOCTYPE html [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">]>"
        let doc = try page(lol + "<html><body><p>&b;&b;&b; &amp; &lt;tag&gt; &#x263A; &nosuch;</p></body></html>")
        #expect(doc.text.count < 400)
        #expect(doc.text.string.contains("&b;&b;&b; & <tag> ☺ &nosuch;"))
    }

    @Test func externalDTDsAndEntitiesAreNeverLoaded() throws {
        let html = """
            <!DOCTYPE html SYSTEM "file:///etc/passwd" [<!ENTITY xxe SYSTEM "file:///etc/hostname">]>
            <html><body><p>Entity here: &xxe; and the sentence goes on to its end.</p></body></html>
            """
        let doc = try page(html)
        #expect(!doc.text.string.contains("root:"))
        #expect(doc.text.string.contains("and the sentence goes on to its end."))
        #expect(HTMLTree.parseOptions & Int32(HTML_PARSE_NONET.rawValue) != 0)
    }

    @Test func brokenMarkupStillGivesItsText() throws {
        let doc = try page("<html><body><p>An unclosed <b>bold <i>paragraph of text about the bridge<p>and a second one</div></span>")
        #expect(doc.text.string.contains("An unclosed bold paragraph of text about the bridge"))
        #expect(doc.text.string.contains("and a second one"))
    }

    @Test func oddCharacterReferencesKeepSpansInCodePoints() throws {
        let doc = try page("<p>Refs &#xD800; &#x10FFFF; &#1; &#0; &#x1F68B; and a tram, said the council on Monday.</p><p>Second one here.</p>")
        var at = 0
        for b in doc.blocks {
            #expect(b.span.start >= at && b.span.end <= doc.text.count)
            at = b.span.end
        }
        #expect(doc.body.joined(separator: "\n\n") == doc.text.string)
        #expect(doc.text.string.contains("🚋 and a tram"))
    }

    @Test func binaryDataIsRefusedWithAReason() {
        #expect(throws: RecordError.self) {
            try Ingester().ingest(RawDocument(id: "x", source: "t", content: .bytes([0x00, 0x01, 0x02, 0xFF]), format: nil))
        }
    }
}
