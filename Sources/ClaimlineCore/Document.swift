/// What a block of a document is. Open set: stages keep roles they do not know.
public struct BlockRole: RawRepresentable, Hashable, Sendable, CustomStringConvertible {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
    public var description: String { rawValue }

    public static let title = BlockRole(rawValue: "title")
    public static let heading = BlockRole(rawValue: "heading")
    public static let paragraph = BlockRole(rawValue: "paragraph")
    public static let blockquote = BlockRole(rawValue: "blockquote")
    public static let caption = BlockRole(rawValue: "caption")
    public static let listItem = BlockRole(rawValue: "list")
    public static let boilerplate = BlockRole(rawValue: "boilerplate")

    /// Part of the article body (what later stages read claims from).
    public var isBody: Bool { self != .boilerplate }
}

/// A run of text with one role: a paragraph, a heading, a caption...
public struct Block: Hashable, Sendable {
    public var span: Span
    public var role: BlockRole
    public init(_ span: Span, _ role: BlockRole) { self.span = span; self.role = role }
}

/// What the page or file says about itself.
public struct DocumentMeta: Hashable, Sendable {
    public var title: String?
    /// ISO-8601 (`2017-07-30` or `2017-07-30T10:00:00Z`).
    public var date: String?
    public var author: String?
    public var url: String?
    public var language: String?

    public init(title: String? = nil, date: String? = nil, author: String? = nil, url: String? = nil, language: String? = nil) {
        self.title = title; self.date = date; self.author = author; self.url = url; self.language = language
    }
}

public enum DocumentFormat: String, Sendable { case html, text }

/// The ingest stage's record: one document's text and its blocks.
/// `text` is the coordinate system of every span of every later record.
public struct IngestedDocument: Record, Hashable {
    public static let recordType = "ingest"
    public static let version = 1

    public var id: String
    /// Where the document came from (a path, `path#line` in a JSONL file, or `-`).
    public var source: String
    public var format: DocumentFormat
    public var text: CodePointText
    /// In text order, non-overlapping.
    public var blocks: [Block]
    public var meta: DocumentMeta

    public var documentID: String { id }

    public init(id: String, source: String, format: DocumentFormat, text: CodePointText, blocks: [Block], meta: DocumentMeta) {
        self.id = id; self.source = source; self.format = format; self.text = text; self.blocks = blocks; self.meta = meta
    }

    /// The blocks that make up the article body.
    public var bodyBlocks: [Block] { blocks.filter { $0.role.isBody } }

    public init(fields f: JSONFields) throws {
        id = try f.string("id")
        source = try f.optionalString("source") ?? ""
        let fmt = try f.string("format")
        guard let format = DocumentFormat(rawValue: fmt) else { throw RecordError.malformed("unknown format \"\(fmt)\"") }
        self.format = format
        text = CodePointText(try f.string("text"))
        let n = text.count
        blocks = try f.array("blocks").enumerated().map { i, v in
            let bf = try JSONFields(v, context: "blocks[\(i)]")
            return Block(try Span(json: v, bound: n, context: "blocks[\(i)]"), BlockRole(rawValue: try bf.string("role")))
        }
        let m = try f.optionalObject("meta")
        meta = DocumentMeta(title: try m?.optionalString("title"), date: try m?.optionalString("date"),
                            author: try m?.optionalString("author"), url: try m?.optionalString("url"),
                            language: try m?.optionalString("language"))
    }

    public func writeFields(to w: inout JSONWriter) {
        w.field("id", id)
        w.field("source", source)
        w.field("format", format.rawValue)
        w.key(static: "text"); w.string(text.string)
        w.key(static: "blocks")
        w.beginArray()
        for b in blocks {
            w.beginObject(); w.field("start", b.span.start); w.field("end", b.span.end); w.field("role", b.role.rawValue); w.endObject()
        }
        w.endArray()
        w.key(static: "meta")
        w.beginObject()
        w.field("title", meta.title); w.field("date", meta.date); w.field("author", meta.author)
        w.field("url", meta.url); w.field("language", meta.language)
        w.endObject()
    }
}
