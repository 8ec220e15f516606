/// A parsed JSON value. Objects are read by key, and key order on output is
/// decided by the writer, not by the input.
public enum JSONValue: Equatable, Sendable {
    case null
    case bool(Bool)
    case int(Int)
    case double(Double)
    case string(String)
    case array([JSONValue])
    case object(JSONObject)

    public var string: String? { if case .string(let s) = self { return s }; return nil }
    public var int: Int? {
        switch self {
        case .int(let i): return i
        case .double(let d) where d.rounded() == d && abs(d) < 9.0e15: return Int(d)
        default: return nil
        }
    }
    public var double: Double? {
        switch self {
        case .int(let i): return Double(i)
        case .double(let d): return d
        default: return nil
        }
    }
    public var bool: Bool? { if case .bool(let b) = self { return b }; return nil }
    public var array: [JSONValue]? { if case .array(let a) = self { return a }; return nil }
    public var object: JSONObject? { if case .object(let o) = self { return o }; return nil }
    public var isNull: Bool { self == .null }

    public subscript(key: String) -> JSONValue? { object?[key] }
}

/// Typed access to the fields of one JSON object, with errors that name the
/// field and what was wrong with it.
public struct JSONFields {
    public let values: JSONObject
    public let context: String

    public init(_ value: JSONValue, context: String) throws {
        guard let o = value.object else { throw RecordError.malformed("\(context) is not a JSON object") }
        values = o
        self.context = context
    }

    public func has(_ key: String) -> Bool { values[key] != nil && values[key] != .null }

    public func string(_ key: String) throws -> String {
        guard let s = values[key]?.string else { throw missing(key, "a string") }
        return s
    }
    public func optionalString(_ key: String) throws -> String? {
        guard let v = values[key], v != .null else { return nil }
        guard let s = v.string else { throw missing(key, "a string or null") }
        return s
    }
    public func int(_ key: String) throws -> Int {
        guard let i = values[key]?.int else { throw missing(key, "an integer") }
        return i
    }
    public func optionalInt(_ key: String) throws -> Int? {
        guard let v = values[key], v != .null else { return nil }
        guard let i = v.int else { throw missing(key, "an integer or null") }
        return i
    }
    public func double(_ key: String) throws -> Double {
        guard let d = values[key]?.double else { throw missing(key, "a number") }
        return d
    }
    public func optionalDouble(_ key: String) throws -> Double? {
        guard let v = values[key], v != .null else { return nil }
        guard let d = v.double else { throw missing(key, "a number or null") }
        return d
    }
    public func bool(_ key: String, default d: Bool = false) throws -> Bool {
        guard let v = values[key], v != .null else { return d }
        guard let b = v.bool else { throw missing(key, "true or false") }
        return b
    }
    public func array(_ key: String) throws -> [JSONValue] {
        guard let a = values[key]?.array else { throw missing(key, "an array") }
        return a
    }
    public func optionalArray(_ key: String) throws -> [JSONValue]? {
        guard let v = values[key], v != .null else { return nil }
        guard let a = v.array else { throw missing(key, "an array or null") }
        return a
    }
    public func object(_ key: String) throws -> JSONFields {
        guard let v = values[key], v.object != nil else { throw missing(key, "an object") }
        return try JSONFields(v, context: "\(context).\(key)")
    }
    public func optionalObject(_ key: String) throws -> JSONFields? {
        guard let v = values[key], v != .null else { return nil }
        return try JSONFields(v, context: "\(context).\(key)")
    }

    private func missing(_ key: String, _ what: String) -> RecordError {
        .malformed("\(context).\(key) must be \(what)")
    }
}
