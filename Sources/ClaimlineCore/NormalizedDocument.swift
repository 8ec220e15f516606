/// The normalized text of a document and how it maps back to `text`.
public struct NormalizedText: Hashable, Sendable {
    public var text: CodePointText
    public var map: OffsetMap
    public init(text: CodePointText, map: OffsetMap) { self.text = text; self.map = map }
}

/// The normalize stage's record: the ingested document plus `norm`.
@dynamicMemberLookup
public struct NormalizedDocument: Record, Hashable {
    public static let recordType = "normalize"
    public static let version = 1

    public var base: IngestedDocument
    public var norm: NormalizedText

    public init(base: IngestedDocument, norm: NormalizedText) { self.base = base; self.norm = norm }
    @inlinable public subscript<T>(dynamicMember k: KeyPath<IngestedDocument, T>) -> T { base[keyPath: k] }
    // The fields every stage reads, forwarded directly (dynamic member
    // lookup goes through a key path at run time when not inlined).
    @inlinable public var text: CodePointText { base.text }
    @inlinable public var blocks: [Block] { base.blocks }
    @inlinable public var id: String { base.id }
    public var documentID: String { base.id }

    public init(fields f: JSONFields) throws {
        base = try IngestedDocument(fields: f)
        let n = try f.object("norm")
        let t = CodePointText(try n.string("text"))
        var pieces: [OffsetMap.Piece] = []
        var lastN = 0, lastO = 0
        for (i, v) in try n.array("map").enumerated() {
            guard let a = v.array, a.count == 4, let ns = a[0].int, let ne = a[1].int, let os = a[2].int, let oe = a[3].int,
                  ns >= lastN, ne >= ns, os >= lastO, oe >= os, ne <= t.count, oe <= base.text.count else {
                throw RecordError.malformed("norm.map[\(i)] must be [normStart, normEnd, origStart, origEnd], sorted and inside both texts")
            }
            pieces.append(.init(norm: Span(ns, ne), orig: Span(os, oe)))
            lastN = ne; lastO = oe
        }
        norm = NormalizedText(text: t, map: OffsetMap(pieces: pieces))
    }

    public func writeFields(to w: inout JSONWriter) {
        base.writeFields(to: &w)
        w.key(static: "norm")
        w.beginObject()
        w.key(static: "text"); w.string(norm.text.string)
        w.key(static: "map")
        w.beginArray()
        for p in norm.map.pieces {
            w.beginArray(); w.int(p.norm.start); w.int(p.norm.end); w.int(p.orig.start); w.int(p.orig.end); w.endArray()
        }
        w.endArray()
        w.endObject()
    }
}
