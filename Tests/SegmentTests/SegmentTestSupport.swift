@testable import ClaimlineCore
@testable import Normalize
@testable import Segment

/// Runs normalize and segment over a document whose blocks are the given
/// paragraphs (joined by blank lines), and returns the sentences as text.
func sentences(_ paragraphs: String..., roles: [BlockRole]? = nil) -> [String] {
    let out = segmented(paragraphs, roles: roles)
    return out.sentences.map { out.text[$0.span] }
}

func segmented(_ paragraphs: [String], roles: [BlockRole]? = nil) -> SegmentedDocument {
    var blocks: [Block] = []
    var text = ""
    for (k, p) in paragraphs.enumerated() {
        if k > 0 { text += "\n\n" }
        let start = text.unicodeScalars.count
        text += p
        blocks.append(Block(Span(start, text.unicodeScalars.count), roles?[k] ?? .paragraph))
    }
    let ingested = IngestedDocument(id: "t", source: "test", format: .text, text: CodePointText(text), blocks: blocks,
                                    meta: DocumentMeta())
    let normalized = try! Normalizer().process(ingested)
    return try! Segmenter().process(normalized)
}
