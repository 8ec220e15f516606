/// What a cluster groups: the same quantity of the same counted thing, or
/// the same words (a quote, or reported content, given with small differences).
public enum ClusterKind: String, Sendable, CaseIterable {
    case quantity
    case quote
}

/// One claim (or one sentence an outlet states in its own voice) supporting a cluster.
public struct ClusterMember: Hashable, Sendable {
    /// A claim's kind, or `statement`: a sentence of the article itself, with no claim around it.
    public enum Kind: String, Sendable, CaseIterable { case direct, indirect, mixed, statement }

    public var doc: String
    /// The claim id (`DOC#N`); nil for a statement.
    public var claim: String?
    public var kind: Kind
    /// The claim's content, or the statement's sentence.
    public var span: Span
    /// For quantity clusters: the number that put the member there.
    public var number: ClaimNumber?
    public var speaker: String?
    public var sourceType: SourceType
    /// The claim's score; nil for a statement.
    public var score: Double?

    public init(doc: String, claim: String?, kind: Kind, span: Span, number: ClaimNumber?, speaker: String?,
                sourceType: SourceType, score: Double?) {
        self.doc = doc; self.claim = claim; self.kind = kind; self.span = span; self.number = number
        self.speaker = speaker; self.sourceType = sourceType; self.score = score
    }

    public init(json v: JSONValue, context: String) throws {
        let f = try JSONFields(v, context: context)
        doc = try f.string("doc")
        claim = try f.optionalString("claim")
        let k = try f.string("kind")
        guard let kind = Kind(rawValue: k) else { throw RecordError.malformed("\(context).kind \"\(k)\" is unknown") }
        self.kind = kind
        span = try Span(json: f.values["span"] ?? .null, bound: Int.max, context: context + ".span")
        number = try f.has("number") ? ClaimNumber(json: f.values["number"]!, context: context + ".number") : nil
        speaker = try f.optionalString("speaker")
        let st = try f.string("source_type")
        guard let sourceType = SourceType(rawValue: st) else { throw RecordError.malformed("\(context).source_type \"\(st)\" is unknown") }
        self.sourceType = sourceType
        score = try f.optionalDouble("score")
    }

    public func write(to w: inout JSONWriter) {
        w.beginObject()
        w.field("doc", doc)
        w.field("claim", claim)
        w.field("kind", kind.rawValue)
        w.key(static: "span"); w.span(span)
        w.key(static: "number"); if let number { number.write(to: &w) } else { w.null() }
        w.field("speaker", speaker)
        w.field("source_type", sourceType.rawValue)
        w.field("score", score)
        w.endObject()
    }
}

/// The quantity a quantity cluster states.
public struct ClusterQuantity: Hashable, Sendable {
    public var value: Double
    public var kind: NumberKind
    public var unit: String?
    /// The counted nouns the members use (`staff`, `diplomats`), distinct, sorted.
    public var counts: [String]
    /// The class those nouns fall in (`person`), when known.
    public var countedClass: String?

    public init(value: Double, kind: NumberKind, unit: String?, counts: [String], countedClass: String?) {
        self.value = value; self.kind = kind; self.unit = unit; self.counts = counts; self.countedClass = countedClass
    }

    public init(json v: JSONValue, context: String) throws {
        let f = try JSONFields(v, context: context)
        value = try f.double("value")
        let k = try f.string("kind")
        guard let kind = NumberKind(rawValue: k) else { throw RecordError.malformed("\(context).kind \"\(k)\" is unknown") }
        self.kind = kind
        unit = try f.optionalString("unit")
        counts = try f.array("counts").map {
            guard let s = $0.string else { throw RecordError.malformed("\(context).counts must hold strings") }
            return s
        }
        countedClass = try f.optionalString("class")
    }

    public func write(to w: inout JSONWriter) {
        w.beginObject()
        w.field("value", value)
        w.field("kind", kind.rawValue)
        w.field("unit", unit)
        w.key(static: "counts"); w.beginArray(); for c in counts { w.string(c) }; w.endArray()
        w.field("class", countedClass)
        w.endObject()
    }
}

/// Where sources disagree about a cluster's fact.
public struct ClusterConflict: Hashable, Sendable {
    public enum Kind: String, Sendable, CaseIterable {
        /// The same counted thing, in the same context, with another number.
        case value
        /// The same words given to different speakers.
        case speaker
    }

    public var kind: Kind
    /// For `value`: the other cluster (the id of a cluster in the same file).
    public var cluster: String?
    /// For `value`: the other number.
    public var value: Double?
    /// The speakers on the other side (for `speaker`: every speaker the words are given to).
    public var speakers: [String]
    public var documents: [String]
    /// The claims on the other side.
    public var members: [ClusterMember]

    public init(kind: Kind, cluster: String?, value: Double?, speakers: [String], documents: [String], members: [ClusterMember]) {
        self.kind = kind; self.cluster = cluster; self.value = value; self.speakers = speakers
        self.documents = documents; self.members = members
    }

    public init(json v: JSONValue, context: String) throws {
        let f = try JSONFields(v, context: context)
        let k = try f.string("kind")
        guard let kind = Kind(rawValue: k) else { throw RecordError.malformed("\(context).kind \"\(k)\" is unknown") }
        self.kind = kind
        cluster = try f.optionalString("cluster")
        value = try f.optionalDouble("value")
        speakers = try stringArray(f, "speakers")
        documents = try stringArray(f, "documents")
        members = try f.array("members").enumerated().map { i, m in try ClusterMember(json: m, context: "\(context).members[\(i)]") }
    }

    public func write(to w: inout JSONWriter) {
        w.beginObject()
        w.field("kind", kind.rawValue)
        w.field("cluster", cluster)
        w.field("value", value)
        w.key(static: "speakers"); w.beginArray(); for s in speakers { w.string(s) }; w.endArray()
        w.key(static: "documents"); w.beginArray(); for d in documents { w.string(d) }; w.endArray()
        w.key(static: "members"); w.beginArray(); for m in members { m.write(to: &w) }; w.endArray()
        w.endObject()
    }
}

/// The corroborate stage's output, one per line of `clusters.jsonl`: one fact
/// stated by several claims, the documents and speakers behind it, and where
/// sources disagree.
public struct Cluster: Record, Hashable {
    public static let recordType = "cluster"
    public static let version = 1

    /// `C1`, `C2`, ... in the file's order.
    public var id: String
    public var kind: ClusterKind
    /// A short human label: `755 staff`, or the words of the quote.
    public var label: String
    /// For quantity clusters.
    public var quantity: ClusterQuantity?
    /// In document order (the order documents first appear in the input), then by position.
    public var members: [ClusterMember]
    /// The documents supporting the fact, in input order.
    public var documents: [String]
    /// The speakers the fact is given to (fullest form of each name), sorted.
    public var speakers: [String]
    public var conflicts: [ClusterConflict]
    /// The rules that joined the members.
    public var evidence: [String]

    public var documentID: String { id }

    public init(id: String, kind: ClusterKind, label: String, quantity: ClusterQuantity?, members: [ClusterMember],
                documents: [String], speakers: [String], conflicts: [ClusterConflict], evidence: [String]) {
        self.id = id; self.kind = kind; self.label = label; self.quantity = quantity; self.members = members
        self.documents = documents; self.speakers = speakers; self.conflicts = conflicts; self.evidence = evidence
    }

    public init(fields f: JSONFields) throws {
        id = try f.string("id")
        let k = try f.string("kind")
        guard let kind = ClusterKind(rawValue: k) else { throw RecordError.malformed("cluster kind \"\(k)\" is unknown") }
        self.kind = kind
        label = try f.string("label")
        quantity = try f.has("quantity") ? ClusterQuantity(json: f.values["quantity"]!, context: "quantity") : nil
        members = try f.array("members").enumerated().map { i, m in try ClusterMember(json: m, context: "members[\(i)]") }
        documents = try stringArray(f, "documents")
        speakers = try stringArray(f, "speakers")
        conflicts = try f.array("conflicts").enumerated().map { i, c in try ClusterConflict(json: c, context: "conflicts[\(i)]") }
        evidence = try stringArray(f, "evidence")
    }

    public func writeFields(to w: inout JSONWriter) {
        w.field("id", id)
        w.field("kind", kind.rawValue)
        w.field("label", label)
        w.key(static: "quantity"); if let quantity { quantity.write(to: &w) } else { w.null() }
        w.key(static: "members"); w.beginArray(); for m in members { m.write(to: &w) }; w.endArray()
        w.key(static: "documents"); w.beginArray(); for d in documents { w.string(d) }; w.endArray()
        w.key(static: "speakers"); w.beginArray(); for s in speakers { w.string(s) }; w.endArray()
        w.key(static: "conflicts"); w.beginArray(); for c in conflicts { c.write(to: &w) }; w.endArray()
        w.key(static: "evidence"); w.beginArray(); for e in evidence { w.string(e) }; w.endArray()
    }
}

extension Cluster: RecordLines {}

private func stringArray(_ f: JSONFields, _ key: String) throws -> [String] {
    try f.array(key).map {
        guard let s = $0.string else { throw RecordError.malformed("\(f.context).\(key) must hold strings") }
        return s
    }
}
