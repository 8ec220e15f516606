/// Why a record could not be read or processed. Each case carries a message
/// written for the person running the batch.
public enum RecordError: Error, CustomStringConvertible, Equatable {
    /// The record is not what its type promises (missing field, bad span...).
    case malformed(String)
    /// The record is of another type than the stage reads.
    case wrongType(expected: String, got: String)
    /// The record's type is right but its version is not one we read.
    case unsupportedVersion(type: String, version: Int, supported: Int)
    /// The document could not be processed.
    case failed(String)

    public var description: String {
        switch self {
        case .malformed(let m): return m
        case .wrongType(let e, let g):
            return "expected a \"\(e)\" record (the output of `claimline \(RecordError.producer(of: e))`), got \"\(g)\""
        case .unsupportedVersion(let t, let v, let s):
            return "\"\(t)\" record version \(v) is not supported (this claimline reads version \(s))"
        case .failed(let m): return m
        }
    }

    static func producer(of type: String) -> String {
        RecordType.all.firstIndex(of: type).map { RecordType.stages[$0] } ?? type
    }
}

/// A document that failed in a stage; written to the errors file.
public struct DocumentFailure: Sendable, Equatable {
    public var id: String
    public var stage: String
    public var reason: String
    public var source: String?

    public init(id: String, stage: String, reason: String, source: String? = nil) {
        self.id = id; self.stage = stage; self.reason = reason; self.source = source
    }

    public func json() -> [UInt8] {
        var w = JSONWriter()
        w.beginObject()
        w.field("id", id)
        w.field("stage", stage)
        w.field("reason", reason)
        if let source { w.field("source", source) }
        w.endObject()
        return w.bytes
    }
}
