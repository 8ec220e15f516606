/// How a claim is reported.
public enum ClaimKind: String, Sendable, CaseIterable {
    /// Quoted words.
    case direct
    /// Reported speech, paraphrase, belief.
    case indirect
    /// Reported speech that includes quoted words.
    case mixed
}

/// What kind of source a claim has.
public enum SourceType: String, Sendable, CaseIterable {
    case person, organization, anonymous, nominal, pronoun, unattributed
}

/// A span with the text it covers, as claims carry them.
public struct TextSpan: Hashable, Sendable {
    public var span: Span
    /// Read from the document's code points when first asked for (see `SpanText`).
    public var text: String {
        get { body.string }
        set { body = SpanText(newValue) }
    }
    private var body: SpanText

    /// The slice of `doc` (its String is made only if `text` is read).
    public init(_ span: Span, in doc: CodePointText) { self.span = span; body = SpanText(span, in: doc) }
    public init(span: Span, text: String) { self.span = span; body = SpanText(text) }

    public init(json v: JSONValue, context: String) throws {
        let f = try JSONFields(v, context: context)
        span = try Span(json: v, bound: Int.max, context: context)
        let text = try f.string("text")
        guard text.unicodeScalars.count == span.length else {
            throw RecordError.malformed("\(context).text is \(text.unicodeScalars.count) code points long but its span is \(span.length)")
        }
        body = SpanText(text)
    }

    public func write(to w: inout JSONWriter) {
        w.beginObject(); w.field("start", span.start); w.field("end", span.end); w.key(static: "text"); body.write(to: &w); w.endObject()
    }
}

/// The attribute stage's output, one per line of `claims.jsonl`: who said what.
public struct Claim: Record, Hashable {
    public static let recordType = "claim"
    public static let version = 1

    public var doc: String
    /// `DOC#N`, N counting the document's claims from 0.
    public var id: String
    public var kind: ClaimKind
    public var content: TextSpan
    public var source: TextSpan?
    /// The canonical name of the speaker: the fullest name of the entity in the document.
    public var speaker: String?
    public var sourceType: SourceType
    public var cue: TextSpan?
    /// Probability that content and speaker are both right.
    public var score: Double
    /// What produced the claim and its score (rule names, features).
    public var evidence: [String]
    /// The numbers inside the content.
    public var numbers: [ClaimNumber]
    /// Index of the sentence the content starts in.
    public var sentence: Int

    public var documentID: String { doc }

    public init(doc: String, id: String, kind: ClaimKind, content: TextSpan, source: TextSpan?, speaker: String?,
                sourceType: SourceType, cue: TextSpan?, score: Double, evidence: [String], numbers: [ClaimNumber], sentence: Int) {
        self.doc = doc; self.id = id; self.kind = kind; self.content = content; self.source = source; self.speaker = speaker
        self.sourceType = sourceType; self.cue = cue; self.score = score; self.evidence = evidence; self.numbers = numbers
        self.sentence = sentence
    }

    public init(fields f: JSONFields) throws {
        doc = try f.string("doc")
        id = try f.string("id")
        let k = try f.string("kind")
        guard let kind = ClaimKind(rawValue: k) else { throw RecordError.malformed("claim kind \"\(k)\" is unknown") }
        self.kind = kind
        content = try TextSpan(json: f.values["content"] ?? .null, context: "content")
        source = try f.has("source") ? TextSpan(json: f.values["source"]!, context: "source") : nil
        speaker = try f.optionalString("speaker")
        let st = try f.string("source_type")
        guard let sourceType = SourceType(rawValue: st) else { throw RecordError.malformed("source_type \"\(st)\" is unknown") }
        self.sourceType = sourceType
        cue = try f.has("cue") ? TextSpan(json: f.values["cue"]!, context: "cue") : nil
        score = try f.double("score")
        evidence = try (f.optionalArray("evidence") ?? []).map {
            guard let s = $0.string else { throw RecordError.malformed("evidence must hold strings") }
            return s
        }
        numbers = try f.array("numbers").enumerated().map { i, v in try ClaimNumber(json: v, context: "numbers[\(i)]") }
        sentence = try f.int("sentence")
    }

    public func writeFields(to w: inout JSONWriter) {
        w.field("doc", doc)
        w.field("id", id)
        w.field("kind", kind.rawValue)
        w.key(static: "content"); content.write(to: &w)
        w.key(static: "source"); if let source { source.write(to: &w) } else { w.null() }
        w.field("speaker", speaker)
        w.field("source_type", sourceType.rawValue)
        w.key(static: "cue"); if let cue { cue.write(to: &w) } else { w.null() }
        w.field("score", score)
        w.key(static: "evidence"); w.beginArray(); for e in evidence { w.string(e) }; w.endArray()
        w.key(static: "numbers"); w.beginArray(); for n in numbers { n.write(to: &w) }; w.endArray()
        w.field("sentence", sentence)
    }
}

/// A number as a claim carries it: the mention with its text.
public struct ClaimNumber: Hashable, Sendable {
    public var mention: NumberMention
    /// Read from the document's code points when first asked for (see `SpanText`).
    public var text: String {
        get { body.string }
        set { body = SpanText(newValue) }
    }
    private var body: SpanText

    /// The mention with its slice of `doc` (its String is made only if `text` is read).
    public init(_ m: NumberMention, in doc: CodePointText) { mention = m; body = SpanText(m.span, in: doc) }

    /// A mention with its text as read (`CanonicalReader`).
    init(_ m: NumberMention, text: String) { mention = m; body = SpanText(text) }

    public init(json v: JSONValue, context: String) throws {
        mention = try NumberMention(json: v, bound: Int.max, context: context)
        body = SpanText(try JSONFields(v, context: context).string("text"))
    }

    public func write(to w: inout JSONWriter) { mention.write(to: &w, text: body) }
}
