import Foundation
import ClaimlineCore
@testable import Ingest

/// Ingests an HTML page written for a test.
func page(_ html: String, url: String? = nil) throws -> IngestedDocument {
    try Ingester().ingest(RawDocument(id: "t", source: "test", content: .bytes(Array(html.utf8)), format: .html, url: url))
}

/// Ingests raw bytes (for encoding tests).
func page(bytes: [UInt8]) throws -> IngestedDocument {
    try Ingester().ingest(RawDocument(id: "t", source: "test", content: .bytes(bytes), format: .html))
}

func plain(_ text: String) throws -> IngestedDocument {
    try Ingester().ingest(RawDocument(id: "t", source: "test", content: .bytes(Array(text.utf8)), format: .text))
}

extension IngestedDocument {
    /// The texts of the body blocks (not boilerplate), in order.
    var body: [String] { blocks.filter { $0.role.isBody }.map { text[$0.span] } }
    var bodyText: String { body.joined(separator: "\n\n") }
    func role(of s: String) -> BlockRole? { blocks.first { text[$0.span] == s }?.role }
}

/// A paragraph of article prose long enough to read as an article.
func prose(_ topic: String, _ n: Int = 1) -> String {
    "The council said on Tuesday that \(topic) would be reviewed again next year, after residents, traders and "
        + "two local charities raised concerns about cost, noise and the timetable (part \(n))."
}

/// An article page around `body` (HTML), with the furniture of a news site.
func newsPage(_ body: String, head: String = "", aroundArticle: String = "") -> String {
    """
    <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Council backs tram extension | The Courier</title>\(head)</head>
    <body>
    <header class="site-header"><a href="/">The Courier</a><nav><a href="/news">News</a> <a href="/sport">Sport</a></nav></header>
    <main><article>
    <h1>Council backs tram extension</h1>
    <div class="story-body">\(body)</div>
    </article>\(aroundArticle)</main>
    <footer class="site-footer"><p>© 2024 The Courier Ltd. All rights reserved, registered in England.</p></footer>
    </body></html>
    """
}

/// A file of the repository's fixtures/articles.
func fixture(_ name: String) throws -> [UInt8] {
    var url = URL(fileURLWithPath: #filePath)
    for _ in 0..<3 { url.deleteLastPathComponent() }
    return [UInt8](try Data(contentsOf: url.appendingPathComponent("fixtures/articles/" + name)))
}
