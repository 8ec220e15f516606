/// A half-open range of Unicode code points, `start..<end`, into a
/// document's ingested `text`. The one coordinate system of every file.
public struct Span: Hashable, Comparable, Sendable, CustomStringConvertible {
    public var start: Int
    public var end: Int

    @inlinable public init(_ start: Int, _ end: Int) { self.start = start; self.end = end }
    @inlinable public init(start: Int, end: Int) { self.start = start; self.end = end }

    @inlinable public var length: Int { end - start }
    @inlinable public var isEmpty: Bool { end <= start }
    @inlinable public var range: Range<Int> { start..<end }

    @inlinable public func contains(_ i: Int) -> Bool { i >= start && i < end }
    @inlinable public func contains(_ other: Span) -> Bool { other.start >= start && other.end <= end }
    @inlinable public func overlaps(_ other: Span) -> Bool { other.start < end && other.end > start }

    public static func < (a: Span, b: Span) -> Bool { (a.start, a.end) < (b.start, b.end) }
    public var description: String { "\(start)..<\(end)" }

    /// Reads `{"start": s, "end": e}`, checking it lies inside a text of `bound` code points.
    public init(json: JSONValue, bound: Int, context: String) throws {
        let f = try JSONFields(json, context: context)
        let s = try f.int("start"), e = try f.int("end")
        guard s >= 0, e >= s, e <= bound else {
            throw RecordError.malformed("\(context) span \(s)..<\(e) lies outside the text (length \(bound))")
        }
        self.init(s, e)
    }
}

extension JSONWriter {
    /// Writes `{"start", "end"}` and, when `text` is given, `"text"`: the slice it covers.
    public mutating func span(_ s: Span, in text: CodePointText? = nil) {
        beginObject()
        field("start", s.start)
        field("end", s.end)
        if let text { key(static: "text"); string(scalars: text.scalars[s.start..<s.end]) }
        endObject()
    }
}
