/// A quotation found in the text.
public struct Quote: Hashable, Sendable {
    /// From the opening mark to just after the closing mark (or the end of the
    /// block when the quote runs on into the next paragraph).
    public var span: Span
    /// The quoted words, without the marks.
    public var inner: Span
    /// The opening mark (`"`, `“`, `'`, `‘`, `«`, ...) or `blockquote`.
    public var mark: String
    /// Index of the first quote of a quotation continued over paragraphs
    /// (its own index when it stands alone).
    public var group: Int
    /// True when the quote is not closed in its block.
    public var open: Bool

    public init(span: Span, inner: Span, mark: String, group: Int, open: Bool = false) {
        self.span = span; self.inner = inner; self.mark = mark; self.group = group; self.open = open
    }
}

/// What kind of number a mention is. Only cardinals, percentages and money
/// are quantities; `name` marks numbers that are part of a name (`Russia 24`),
/// `date` a day of the month (`July 4`, `2017-07-30`: the value is the day).
public enum NumberKind: String, Sendable, CaseIterable {
    case cardinal, ordinal, percent, money, year, date, time, name
    public var isQuantity: Bool { self == .cardinal || self == .percent || self == .money }
}

/// The ordinal word naming the parts of a fraction in words, and its value
/// (`third`, 3): what a recognizer of ordinals alone reads there.
public struct Denominator: Hashable, Sendable {
    public var span: Span
    public var value: Double
    public init(span: Span, value: Double) { self.span = span; self.value = value }
}

/// A number stated in the text, resolved to a value.
public struct NumberMention: Hashable, Sendable {
    /// The whole mention: currency and percent sign included (`$75 million`, `5 per cent`).
    public var span: Span
    /// The digits or words that state the value (`75 million` in `$75 million`, `5` in `5%`).
    /// Written in extract records (version 2 on); nil when read from a claim.
    public var numeral: Span?
    /// The singular ordinal word that names the parts of a fraction in words
    /// (`third` in `forty two and a third`); nil for any other number.
    /// Written in extract records; nil when read from a claim.
    public var denominator: Denominator?
    /// Units for money (75000000), the number itself for percentages (5), hours for times (17.5).
    public var value: Double
    public var kind: NumberKind
    /// The bound or approximator before it, in a canonical form (`more than` for
    /// `over`, `about` for `some`), or the vague number itself (`hundreds`).
    public var approx: String?
    /// The noun the number counts (`755 staff` -> `staff`).
    public var counts: String?
    /// ISO 4217 code for money where the words settle it (`USD`, `GBP`; else the
    /// unit's name: `cent`, `franc`), `%` or `percentage points` for percentages.
    public var unit: String?

    public init(span: Span, value: Double, kind: NumberKind, approx: String? = nil, counts: String? = nil, unit: String? = nil,
                numeral: Span? = nil) {
        self.span = span; self.value = value; self.kind = kind; self.approx = approx; self.counts = counts; self.unit = unit
        self.numeral = numeral
    }

    public init(json v: JSONValue, bound: Int, context: String) throws {
        let f = try JSONFields(v, context: context)
        span = try Span(json: v, bound: bound, context: context)
        if let n = f.values["numeral"], n != .null {
            let s = try Span(json: n, bound: bound, context: context + ".numeral")
            guard span.contains(s) else { throw RecordError.malformed("\(context).numeral lies outside the mention") }
            numeral = s
        }
        if let d = f.values["denominator"], d != .null {
            let c = context + ".denominator"
            let s = try Span(json: d, bound: bound, context: c)
            guard span.contains(s) else { throw RecordError.malformed("\(c) lies outside the mention") }
            denominator = Denominator(span: s, value: try JSONFields(d, context: c).double("value"))
        }
        value = try f.double("value")
        let k = try f.string("kind")
        guard let kind = NumberKind(rawValue: k) else { throw RecordError.malformed("\(context).kind \"\(k)\" is not a number kind") }
        self.kind = kind
        approx = try f.optionalString("approx")
        counts = try f.optionalString("counts")
        unit = try f.optionalString("unit")
    }

    /// As the extract record writes it, with the numeral span.
    public func write(to w: inout JSONWriter, text: CodePointText) {
        write(to: &w, numeral: true) { $0.key(static: "text"); $0.string(scalars: text.scalars[span.range]) }
    }

    /// As a claim carries it (the claim record's layout has no numeral).
    public func write(to w: inout JSONWriter, text: String) {
        write(to: &w, numeral: false) { $0.field("text", text) }
    }

    /// As a claim carries it, its text given as a `SpanText`.
    public func write(to w: inout JSONWriter, text: SpanText) {
        write(to: &w, numeral: false) { $0.key(static: "text"); text.write(to: &$0) }
    }

    private func write(to w: inout JSONWriter, numeral withNumeral: Bool, text writeText: (inout JSONWriter) -> Void) {
        w.beginObject()
        w.field("start", span.start); w.field("end", span.end)
        writeText(&w)
        w.field("value", value)
        w.field("kind", kind.rawValue)
        w.field("approx", approx)
        w.field("counts", counts)
        w.field("unit", unit)
        if withNumeral {
            w.key(static: "numeral")
            if let numeral { w.span(numeral) } else { w.null() }
            w.key(static: "denominator")
            if let d = denominator {
                w.beginObject(); w.field("start", d.span.start); w.field("end", d.span.end); w.field("value", d.value); w.endObject()
            } else { w.null() }
        }
        w.endObject()
    }
}

/// The extract stage's record: the segmented document plus its quotes and numbers.
@dynamicMemberLookup
public struct ExtractedDocument: Record, Hashable {
    public static let recordType = "extract"
    /// 2: numbers carry `numeral`.
    public static let version = 2

    public var base: SegmentedDocument
    public var quotes: [Quote]
    public var numbers: [NumberMention]

    public init(base: SegmentedDocument, quotes: [Quote], numbers: [NumberMention]) {
        self.base = base; self.quotes = quotes; self.numbers = numbers
    }
    @inlinable public subscript<T>(dynamicMember k: KeyPath<SegmentedDocument, T>) -> T { base[keyPath: k] }
    // The fields every stage reads, forwarded directly (dynamic member
    // lookup goes through a key path at run time when not inlined).
    @inlinable public var text: CodePointText { base.base.base.text }
    @inlinable public var blocks: [Block] { base.base.base.blocks }
    @inlinable public var id: String { base.base.base.id }
    @inlinable public var norm: NormalizedText { base.base.norm }
    @inlinable public var sentences: [Sentence] { base.sentences }
    public var documentID: String { base.documentID }

    public init(fields f: JSONFields) throws {
        base = try SegmentedDocument(fields: f)
        let n = base.base.base.text.count
        let qs = try f.array("quotes")
        quotes = try qs.enumerated().map { i, v in
            let c = "quotes[\(i)]"
            let q = try JSONFields(v, context: c)
            let g = try q.int("group")
            guard g >= 0 && g <= i else { throw RecordError.malformed("\(c).group must name an earlier quote") }
            return Quote(span: try Span(json: v, bound: n, context: c),
                         inner: try Span(json: q.values["inner"] ?? .null, bound: n, context: c + ".inner"),
                         mark: try q.string("mark"), group: g, open: try q.bool("open"))
        }
        numbers = try f.array("numbers").enumerated().map { i, v in
            try NumberMention(json: v, bound: n, context: "numbers[\(i)]")
        }
    }

    public func writeFields(to w: inout JSONWriter) {
        base.writeFields(to: &w)
        let text = self.text
        w.key(static: "quotes")
        w.beginArray()
        for q in quotes {
            w.beginObject()
            w.field("start", q.span.start); w.field("end", q.span.end)
            w.key(static: "text"); w.string(scalars: text.scalars[q.span.range])
            w.key(static: "inner"); w.span(q.inner)
            w.field("mark", q.mark); w.field("group", q.group); w.field("open", q.open)
            w.endObject()
        }
        w.endArray()
        w.key(static: "numbers")
        w.beginArray()
        for m in numbers { m.write(to: &w, text: text) }
        w.endArray()
    }
}
