import ClaimlineCore

/// The ingest stage: a raw document (HTML or plain text) becomes an
/// `IngestedDocument` with its text, blocks and metadata.
public struct Ingester: Sendable {
    public static let name = "ingest"

    public init() {}

    /// The options ingest gives libxml2's `htmlReadMemory` (for benchmarks
    /// that measure the bare parse next to ingest).
    public static var libxml2ParseOptions: Int32 { HTMLTree.parseOptions }

    public func ingest(_ raw: RawDocument) throws -> IngestedDocument {
        switch raw.content {
        case .text(let s):
            let format = raw.format ?? Ingester.sniff(Array(s.utf8.prefix(2048)))
            // Already characters (a JSONL record's "html"): a charset the page declares no longer applies.
            if format == .html { return try HTMLPage.ingest(utf8: Array(s.utf8), id: raw.id, source: raw.source, url: raw.url) }
            return PlainText.ingest(s, id: raw.id, source: raw.source, url: raw.url)
        case .bytes(let b):
            if Ingester.looksBinary(b) { throw RecordError.failed("binary data, not text or HTML") }
            let format = raw.format ?? Ingester.sniff(Array(b.prefix(2048)))
            if format == .html { return try HTMLPage.ingest(b, id: raw.id, source: raw.source, url: raw.url) }
            return PlainText.ingest(TextDecoding.decode(b), id: raw.id, source: raw.source, url: raw.url)
        }
    }

    /// HTML when the first non-space characters open a tag or the head names `<html`.
    static func sniff(_ head: [UInt8]) -> DocumentFormat {
        let lower = String(decoding: head, as: UTF8.self).lowercased()
        let t = lower.drop(while: { $0 == " " || $0 == "\n" || $0 == "\r" || $0 == "\t" || $0 == "\u{FEFF}" })
        if t.hasPrefix("<!doctype html") || t.hasPrefix("<html") || t.hasPrefix("<head") || t.hasPrefix("<body")
            || lower.contains("<html") || (t.hasPrefix("<") && (lower.contains("<p>") || lower.contains("<div"))) {
            return .html
        }
        return .text
    }

    /// NUL bytes or many control characters in the first 4 KB: not a text
    /// file (UTF-16 with a BOM excepted).
    static func looksBinary(_ b: [UInt8]) -> Bool {
        if TextDecoding.bom(b) != nil { return false }
        let head = b.prefix(4096)
        guard !head.isEmpty else { return false }
        var control = 0
        for c in head {
            if c == 0 { return true }
            if c < 0x09 || (c > 0x0D && c < 0x20) { control += 1 }
        }
        return control * 10 > head.count
    }
}
