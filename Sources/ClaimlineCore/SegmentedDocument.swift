/// One sentence: its span in `text` and the block it lies in.
public struct Sentence: Hashable, Sendable {
    public var span: Span
    public var block: Int
    public init(_ span: Span, block: Int) { self.span = span; self.block = block }
}

/// The segment stage's record: the normalized document plus its sentences,
/// in text order; a sentence never crosses a block boundary.
@dynamicMemberLookup
public struct SegmentedDocument: Record, Hashable {
    public static let recordType = "segment"
    public static let version = 1

    public var base: NormalizedDocument
    public var sentences: [Sentence]

    public init(base: NormalizedDocument, sentences: [Sentence]) { self.base = base; self.sentences = sentences }
    @inlinable public subscript<T>(dynamicMember k: KeyPath<NormalizedDocument, T>) -> T { base[keyPath: k] }
    // The fields every stage reads, forwarded directly (dynamic member
    // lookup goes through a key path at run time when not inlined).
    @inlinable public var text: CodePointText { base.base.text }
    @inlinable public var blocks: [Block] { base.base.blocks }
    @inlinable public var id: String { base.base.id }
    @inlinable public var norm: NormalizedText { base.norm }
    public var documentID: String { base.documentID }

    public init(fields f: JSONFields) throws {
        base = try NormalizedDocument(fields: f)
        let n = base.base.text.count, blockCount = base.base.blocks.count
        sentences = try f.array("sentences").enumerated().map { i, v in
            let sf = try JSONFields(v, context: "sentences[\(i)]")
            let b = try sf.int("block")
            guard b >= 0 && b < max(1, blockCount) else { throw RecordError.malformed("sentences[\(i)].block \(b) is not a block index") }
            return Sentence(try Span(json: v, bound: n, context: "sentences[\(i)]"), block: b)
        }
    }

    public func writeFields(to w: inout JSONWriter) {
        base.writeFields(to: &w)
        w.key(static: "sentences")
        w.beginArray()
        for s in sentences {
            w.beginObject(); w.field("start", s.span.start); w.field("end", s.span.end); w.field("block", s.block); w.endObject()
        }
        w.endArray()
    }
}
