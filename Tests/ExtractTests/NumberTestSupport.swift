import ClaimlineCore
import Normalize
import Segment
@testable import Extract

/// A number as the tests compare it: the mention's text and what was read.
struct Seen: Equatable, CustomStringConvertible {
    var text: String
    var value: Double
    var kind: NumberKind
    var approx: String? = nil
    var counts: String? = nil
    var unit: String? = nil
    var numeral: String? = nil

    var description: String {
        "\(text)=\(value) \(kind.rawValue)" + (approx.map { " ~\($0)" } ?? "") + (counts.map { " #\($0)" } ?? "")
            + (unit.map { " [\($0)]" } ?? "")
    }
}

/// The numbers of `text` (one paragraph), through the real normalize and segment stages.
func numbers(in text: String) throws -> [Seen] {
    let doc = try extracted(text)
    return doc.numbers.map { m in
        Seen(text: doc.text[m.span], value: m.value, kind: m.kind, approx: m.approx, counts: m.counts, unit: m.unit,
             numeral: m.numeral.map { doc.text[$0] })
    }
}

func extracted(_ text: String) throws -> ExtractedDocument {
    let t = CodePointText(text)
    let ingested = IngestedDocument(id: "t", source: "-", format: .text, text: t, blocks: [Block(Span(0, t.count), .paragraph)],
                                    meta: DocumentMeta())
    return try Extractor().process(Segmenter().process(Normalizer().process(ingested)))
}

/// `text`, value and kind of each number, for the common comparison.
func read(_ text: String) throws -> [String] {
    try numbers(in: text).map { "\($0.text)=\(format($0.value)) \($0.kind.rawValue)" }
}

func format(_ v: Double) -> String {
    v == v.rounded() && abs(v) < 1e15 ? String(Int64(v)) : String(v)
}
