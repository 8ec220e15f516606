import ClaimlineCore

/// A document as found in the input, before ingest reads it.
public struct RawDocument: Sendable {
    public enum Content: Sendable {
        case bytes([UInt8])
        case text(String)
    }
    public var id: String
    /// The path it came from (`path:line` for a JSONL record, `-` for stdin).
    public var source: String
    public var content: Content
    /// nil: decide from the content.
    public var format: DocumentFormat?
    public var url: String?

    public init(id: String, source: String, content: Content, format: DocumentFormat?, url: String? = nil) {
        self.id = id; self.source = source; self.content = content; self.format = format; self.url = url
    }
}
