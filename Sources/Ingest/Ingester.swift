import ClaimlineCore
import Glibc

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
            if let reason = Ingester.emptiness(s, what: raw.format == .html ? "the record's html" : "the record's text") {
                throw RecordError.failed(reason)
            }
            let format = raw.format ?? Ingester.sniff(Array(s.utf8.prefix(2048)))
            // Already characters (a JSONL record's "html"): a charset the page declares no longer applies.
            if format == .html { return try HTMLPage.ingest(utf8: Ingester.withoutNUL(Array(s.utf8)), id: raw.id, source: raw.source, url: raw.url) }
            return PlainText.ingest(s, id: raw.id, source: raw.source, url: raw.url)
        case .bytes(let original):
            let b = try Ingester.readable(original, source: raw.source)
            let format = raw.format ?? Ingester.sniff(Array(b.prefix(2048)))
            if format == .html { return try HTMLPage.ingest(Ingester.withoutNUL(b), id: raw.id, source: raw.source, url: raw.url) }
            return PlainText.ingest(TextDecoding.decode(b), id: raw.id, source: raw.source, url: raw.url)
        }
    }

    /// The bytes of a text or a page, UTF-16 turned into UTF-8; an empty
    /// file, one of white space only, and other files' data (PDF, images,
    /// archives, control bytes throughout) are refused with the reason. A
    /// stray NUL or control byte in a text is kept: it is part of the text.
    static func readable(_ b: [UInt8], source: String) throws -> [UInt8] {
        let file = source == "-" ? "the input" : "the file"
        if b.isEmpty { throw RecordError.failed("\(file) is empty") }
        var b = b
        switch BinaryData.kind(b) {
        case .data(let reason): throw RecordError.failed(reason)
        case .utf16(let enc): b = TextDecoding.utf8(b, from: enc)
        case .text: break
        }
        let start = TextDecoding.bom(b) == nil ? 0 : 3
        if b[start...].allSatisfy({ $0 == 0x20 || ($0 >= 0x09 && $0 <= 0x0D) }) {
            throw RecordError.failed(start == b.count ? "\(file) is empty (a byte order mark only)" : "\(file) holds only white space")
        }
        return b
    }

    /// A page without its NUL bytes. libxml2 (2.9) ends the parse at a NUL,
    /// losing the rest of the page, where a browser ignores it in text; and
    /// in every encoding a page can have once UTF-16 is made UTF-8, a 0x00
    /// byte is NUL and nothing else, so dropping it is what a browser reads.
    static func withoutNUL(_ b: [UInt8]) -> [UInt8] {
        let found = b.withUnsafeBytes { $0.count > 0 && memchr($0.baseAddress!, 0, $0.count) != nil }
        return found ? b.filter { $0 != 0 } : b
    }

    /// Why a text given as characters has nothing to read, or nil.
    static func emptiness(_ s: String, what: String) -> String? {
        if s.isEmpty { return "\(what) is empty" }
        return s.unicodeScalars.allSatisfy(\.properties.isWhitespace) ? "\(what) holds only white space" : nil
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
}
