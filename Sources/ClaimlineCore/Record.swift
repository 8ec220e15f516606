/// A line of a claimline JSON Lines file. Every line names its record type
/// and version first (`{"type":"segment","version":1,...}`), so a stage
/// handed the wrong file can say so at once.
public protocol Record: Sendable {
    /// The record type, also the name of the stage that writes it.
    static var recordType: String { get }
    /// The version of the record layout this code reads and writes.
    static var version: Int { get }
    /// The document id (for claims, the document the claim belongs to).
    var documentID: String { get }

    /// Reads the record from its fields (type and version already checked).
    init(fields: JSONFields) throws
    /// Writes the fields after `type` and `version`.
    func writeFields(to w: inout JSONWriter)
    /// The record of a line laid out exactly as `write` lays it out, read
    /// without a `JSONValue` tree; nil for any other line, which the
    /// general reader then reads (the default: always nil).
    static func decodeCanonical(_ line: UnsafeBufferPointer<UInt8>) -> Self?
}

extension Record {
    /// The record as one JSON line, without the newline.
    public func jsonLine() -> [UInt8] {
        var w = JSONWriter(reservingCapacity: 1024)
        write(to: &w)
        return w.bytes
    }

    public func write(to w: inout JSONWriter) {
        w.beginObject()
        w.field("type", Self.recordType)
        w.field("version", Self.version)
        writeFields(to: &w)
        w.endObject()
    }

    public static func decodeCanonical(_ line: UnsafeBufferPointer<UInt8>) -> Self? { nil }

    /// Parses one line, checking its type and version.
    public static func decode(line: ArraySlice<UInt8>) throws -> Self {
        if let r = line.withUnsafeBufferPointer(decodeCanonical) { return r }
        let value: JSONValue
        do { value = try JSONParser.parse(line) } catch let e as JSONParser.SyntaxError {
            throw RecordError.malformed(e.description)
        }
        return try decode(value)
    }

    public static func decode(_ value: JSONValue) throws -> Self {
        let f = try JSONFields(value, context: recordType)
        try checkHeader(f)
        return try Self(fields: f)
    }

    public static func checkHeader(_ f: JSONFields) throws {
        guard let t = f.values["type"]?.string else {
            throw RecordError.wrongType(expected: recordType, got: "a line without a \"type\" field")
        }
        guard t == recordType else { throw RecordError.wrongType(expected: recordType, got: t) }
        let v = f.values["version"]?.int ?? 0
        guard v == version else { throw RecordError.unsupportedVersion(type: t, version: v, supported: version) }
    }
}

/// The record types of a claimline pipeline, in stage order.
public enum RecordType {
    public static let all = ["ingest", "normalize", "segment", "extract", "claim", "cluster"]
    /// The stage that writes each type, same order.
    public static let stages = ["ingest", "normalize", "segment", "extract", "attribute", "corroborate"]
}
