/// The text of a span as a record carries it: a String, or the slice of a
/// document's code points it stands for, made into a String only when read.
/// `claimline run` writes claims' texts straight from the code points to JSON
/// (making a String per text cost more than writing it). A slice keeps the
/// document's code points alive while it lives.
public struct SpanText: Hashable, Sendable, CustomStringConvertible, ExpressibleByStringLiteral {
    /// Set for a text made from a String.
    private let madeFrom: String?
    /// Otherwise the slice of these code points.
    private let scalars: [Unicode.Scalar]
    private let start: Int, end: Int

    public init(_ string: String) {
        madeFrom = string; scalars = []; start = 0; end = 0
    }

    public init(stringLiteral s: String) { self.init(s) }

    /// The code points of `span` in `text`, not copied.
    public init(_ span: Span, in text: CodePointText) {
        precondition(span.start >= 0 && span.start <= span.end && span.end <= text.count, "span \(span) outside the text")
        madeFrom = nil; scalars = text.scalars; start = span.start; end = span.end
    }

    public var string: String { madeFrom ?? UTF8Scalars.string(scalars[start..<end]) }
    public var description: String { string }

    /// Its length in code points.
    public var count: Int { madeFrom.map { $0.unicodeScalars.count } ?? end - start }

    /// Equal as Strings are.
    public static func == (a: SpanText, b: SpanText) -> Bool {
        if a.madeFrom == nil && b.madeFrom == nil && a.scalars[a.start..<a.end] == b.scalars[b.start..<b.end] { return true }
        return a.string == b.string
    }
    public func hash(into h: inout Hasher) { h.combine(string) }

    /// The text as a JSON string.
    public func write(to w: inout JSONWriter) {
        if let madeFrom { w.string(madeFrom) } else { w.string(scalars: scalars[start..<end]) }
    }
}
