import CSQLite

/// A value for a statement parameter or read from a row.
public enum SQLValue: Equatable, Sendable {
    case null
    case int(Int)
    case real(Double)
    case text(String)

    public init(_ s: String?) { self = s.map { .text($0) } ?? .null }
    public init(_ d: Double?) { self = d.map { .real($0) } ?? .null }
    public init(_ i: Int?) { self = i.map { .int($0) } ?? .null }

    public var string: String? { if case .text(let s) = self { return s }; return nil }
    public var int: Int? { if case .int(let i) = self { return i }; return nil }
    public var double: Double? {
        switch self { case .real(let d): return d; case .int(let i): return Double(i); default: return nil }
    }
}

public struct SQLiteError: Error, CustomStringConvertible {
    public let code: Int32
    public let message: String
    public var description: String { message }
    /// A constraint failed (a missing key, a duplicate id).
    public var isConstraint: Bool { code & 0xFF == SQLITE_CONSTRAINT }
}

/// A connection to an SQLite database file, through the system's libsqlite3.
public final class SQLiteDatabase {
    private var handle: OpaquePointer?
    public let path: String

    public init(path: String, readOnly: Bool = false) throws {
        self.path = path
        let flags = readOnly ? SQLITE_OPEN_READONLY : (SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE)
        let rc = sqlite3_open_v2(path, &handle, flags, nil)
        guard rc == SQLITE_OK else {
            let message = handle.map { String(cString: sqlite3_errmsg($0)) } ?? "out of memory"
            sqlite3_close(handle)
            handle = nil
            throw SQLiteError(code: rc, message: "\(path): \(message)")
        }
        sqlite3_extended_result_codes(handle, 1)
    }

    deinit { close() }

    public func close() {
        if let h = handle { sqlite3_close_v2(h); handle = nil }
    }

    /// Runs one or more statements that take no parameters.
    public func execute(_ sql: String) throws {
        var error: UnsafeMutablePointer<CChar>?
        let rc = sqlite3_exec(handle, sql, nil, nil, &error)
        guard rc == SQLITE_OK else {
            let message = error.map { String(cString: $0) } ?? "error \(rc)"
            sqlite3_free(error)
            throw SQLiteError(code: rc, message: message)
        }
    }

    public func prepare(_ sql: String) throws -> SQLiteStatement {
        var stmt: OpaquePointer?
        let rc = sqlite3_prepare_v2(handle, sql, -1, &stmt, nil)
        guard rc == SQLITE_OK, let stmt else { throw lastError(rc) }
        return SQLiteStatement(stmt, database: self)
    }

    /// All rows of a query, each as its column values.
    public func rows(_ sql: String, _ parameters: [SQLValue] = []) throws -> [[SQLValue]] {
        let s = try prepare(sql)
        return try s.rows(parameters)
    }

    func lastError(_ rc: Int32) -> SQLiteError {
        SQLiteError(code: sqlite3_extended_errcode(handle), message: String(cString: sqlite3_errmsg(handle)))
    }
}

/// A prepared statement, reused for every row it inserts.
public final class SQLiteStatement {
    private let stmt: OpaquePointer
    private let database: SQLiteDatabase

    init(_ stmt: OpaquePointer, database: SQLiteDatabase) { self.stmt = stmt; self.database = database }
    deinit { sqlite3_finalize(stmt) }

    /// SQLite copies the bytes before the call returns.
    private static let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)

    private func bind(_ values: [SQLValue]) throws {
        sqlite3_reset(stmt)
        sqlite3_clear_bindings(stmt)
        for (i, v) in values.enumerated() {
            let n = Int32(i + 1)
            let rc: Int32
            switch v {
            case .null: rc = sqlite3_bind_null(stmt, n)
            case .int(let x): rc = sqlite3_bind_int64(stmt, n, sqlite3_int64(x))
            case .real(let x): rc = sqlite3_bind_double(stmt, n, x)
            case .text(let s): rc = sqlite3_bind_text(stmt, n, s, -1, SQLiteStatement.transient)
            }
            guard rc == SQLITE_OK else { throw database.lastError(rc) }
        }
    }

    /// Runs the statement once with these parameters.
    public func run(_ values: [SQLValue]) throws {
        try bind(values)
        let rc = sqlite3_step(stmt)
        guard rc == SQLITE_DONE || rc == SQLITE_ROW else { throw database.lastError(rc) }
        sqlite3_reset(stmt)
    }

    public func rows(_ values: [SQLValue]) throws -> [[SQLValue]] {
        try bind(values)
        var out: [[SQLValue]] = []
        while true {
            let rc = sqlite3_step(stmt)
            if rc == SQLITE_DONE { break }
            guard rc == SQLITE_ROW else { throw database.lastError(rc) }
            out.append((0..<sqlite3_column_count(stmt)).map(column))
        }
        sqlite3_reset(stmt)
        return out
    }

    private func column(_ i: Int32) -> SQLValue {
        switch sqlite3_column_type(stmt, i) {
        case SQLITE_INTEGER: return .int(Int(sqlite3_column_int64(stmt, i)))
        case SQLITE_FLOAT: return .real(sqlite3_column_double(stmt, i))
        case SQLITE_NULL: return .null
        default: return .text(sqlite3_column_text(stmt, i).map { String(cString: $0) } ?? "")
        }
    }
}
