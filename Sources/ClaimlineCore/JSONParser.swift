/// A strict JSON parser over UTF-8 bytes (RFC 8259), written for speed on
/// large records: one pass, no intermediate Foundation objects.
public struct JSONParser {
    public struct SyntaxError: Error, CustomStringConvertible {
        public let offset: Int
        public let reason: String
        public var description: String { "invalid JSON at byte \(offset): \(reason)" }
    }

    /// Nesting deeper than this is refused rather than risking the stack.
    public static let maxDepth = 512

    public static func parse(_ bytes: [UInt8]) throws -> JSONValue {
        try bytes.withUnsafeBufferPointer { try parse($0) }
    }

    public static func parse(_ bytes: ArraySlice<UInt8>) throws -> JSONValue {
        try bytes.withUnsafeBufferPointer { try parse($0) }
    }

    public static func parse(_ buffer: UnsafeBufferPointer<UInt8>) throws -> JSONValue {
        var p = Cursor(buf: buffer)
        p.skipSpace()
        let v = try p.value(depth: 0)
        p.skipSpace()
        if p.i != buffer.count { throw p.error("unexpected data after the value") }
        return v
    }

    struct Cursor {
        let buf: UnsafeBufferPointer<UInt8>
        var i = 0

        func error(_ r: String) -> SyntaxError { SyntaxError(offset: i, reason: r) }

        mutating func skipSpace() {
            while i < buf.count {
                let c = buf[i]
                if c == 0x20 || c == 0x0A || c == 0x0D || c == 0x09 { i += 1 } else { break }
            }
        }

        mutating func value(depth: Int) throws -> JSONValue {
            guard i < buf.count else { throw error("unexpected end of input") }
            switch buf[i] {
            case UInt8(ascii: "{"): return try object(depth: depth + 1)
            case UInt8(ascii: "["): return try array(depth: depth + 1)
            case UInt8(ascii: "\""): return .string(try string())
            case UInt8(ascii: "t"): try literal("true"); return .bool(true)
            case UInt8(ascii: "f"): try literal("false"); return .bool(false)
            case UInt8(ascii: "n"): try literal("null"); return .null
            default: return try number()
            }
        }

        mutating func literal(_ word: StaticString) throws {
            let n = word.utf8CodeUnitCount
            guard i + n <= buf.count else { throw error("unexpected end of input") }
            let w = word.utf8Start
            for k in 0..<n where buf[i + k] != w[k] { throw error("invalid literal") }
            i += n
        }

        mutating func object(depth: Int) throws -> JSONValue {
            if depth > JSONParser.maxDepth { throw error("nesting too deep") }
            i += 1
            var dict = JSONObject(minimumCapacity: 8)
            skipSpace()
            if i < buf.count && buf[i] == UInt8(ascii: "}") { i += 1; return .object(dict) }
            while true {
                skipSpace()
                guard i < buf.count, buf[i] == UInt8(ascii: "\"") else { throw error("expected a key") }
                let k = try string()
                skipSpace()
                guard i < buf.count, buf[i] == UInt8(ascii: ":") else { throw error("expected ':'") }
                i += 1
                skipSpace()
                dict[k] = try value(depth: depth)
                skipSpace()
                guard i < buf.count else { throw error("unexpected end of input") }
                if buf[i] == UInt8(ascii: ",") { i += 1; continue }
                if buf[i] == UInt8(ascii: "}") { i += 1; return .object(dict) }
                throw error("expected ',' or '}'")
            }
        }

        mutating func array(depth: Int) throws -> JSONValue {
            if depth > JSONParser.maxDepth { throw error("nesting too deep") }
            i += 1
            var items: [JSONValue] = []
            skipSpace()
            if i < buf.count && buf[i] == UInt8(ascii: "]") { i += 1; return .array(items) }
            while true {
                skipSpace()
                items.append(try value(depth: depth))
                skipSpace()
                guard i < buf.count else { throw error("unexpected end of input") }
                if buf[i] == UInt8(ascii: ",") { i += 1; continue }
                if buf[i] == UInt8(ascii: "]") { i += 1; return .array(items) }
                throw error("expected ',' or ']'")
            }
        }

        mutating func string() throws -> String {
            i += 1
            let start = i
            // Fast path: no escapes; ASCII needs no UTF-8 validation.
            var high: UInt8 = 0
            var wide: UInt64 = 0
            while i < buf.count {
                // Eight plain bytes at a time (most of an article's text).
                while i + 8 <= buf.count {
                    let x = UnsafeRawPointer(buf.baseAddress! + i).loadUnaligned(as: UInt64.self)
                    if JSONWriter.mayNeedEscape(x) { break }
                    wide |= x
                    i += 8
                }
                guard i < buf.count else { break }
                let c = buf[i]
                if c == UInt8(ascii: "\"") {
                    let raw = UnsafeBufferPointer(rebasing: buf[start..<i])
                    let s = high < 0x80 && wide & 0x8080_8080_8080_8080 == 0 ? String(decoding: raw, as: UTF8.self) : try makeString(raw)
                    i += 1
                    return s
                }
                if c == UInt8(ascii: "\\") { break }
                if c < 0x20 { throw error("control character in string") }
                high |= c
                i += 1
            }
            var out = [UInt8]()
            out.reserveCapacity(i - start + 64)
            out.append(contentsOf: UnsafeBufferPointer(rebasing: buf[start..<i]))
            while i < buf.count {
                // The run up to the next quote, backslash or control character, copied at once.
                let run = i
                while i + 8 <= buf.count,
                      !JSONWriter.mayNeedEscape(UnsafeRawPointer(buf.baseAddress! + i).loadUnaligned(as: UInt64.self)) { i += 8 }
                while i < buf.count {
                    let c = buf[i]
                    if c == UInt8(ascii: "\"") || c == UInt8(ascii: "\\") || c < 0x20 { break }
                    i += 1
                }
                if i > run { out.append(contentsOf: UnsafeBufferPointer(rebasing: buf[run..<i])) }
                guard i < buf.count else { break }
                let c = buf[i]
                if c == UInt8(ascii: "\"") {
                    i += 1
                    return try out.withUnsafeBufferPointer { try makeString($0) }
                }
                if c < 0x20 { throw error("control character in string") }
                i += 1
                guard i < buf.count else { break }
                let e = buf[i]
                i += 1
                switch e {
                case UInt8(ascii: "\""): out.append(0x22)
                case UInt8(ascii: "\\"): out.append(0x5C)
                case UInt8(ascii: "/"): out.append(0x2F)
                case UInt8(ascii: "b"): out.append(0x08)
                case UInt8(ascii: "f"): out.append(0x0C)
                case UInt8(ascii: "n"): out.append(0x0A)
                case UInt8(ascii: "r"): out.append(0x0D)
                case UInt8(ascii: "t"): out.append(0x09)
                case UInt8(ascii: "u"):
                    var code = try hex4()
                    if code >= 0xD800 && code < 0xDC00 {
                        // A high surrogate must be followed by an escaped low one.
                        if i + 1 < buf.count, buf[i] == UInt8(ascii: "\\"), buf[i + 1] == UInt8(ascii: "u") {
                            i += 2
                            let low = try hex4()
                            guard low >= 0xDC00 && low < 0xE000 else { throw error("unpaired surrogate") }
                            code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
                        } else { throw error("unpaired surrogate") }
                    } else if code >= 0xDC00 && code < 0xE000 {
                        throw error("unpaired surrogate")
                    }
                    appendUTF8(&out, code)
                default: throw error("invalid escape")
                }
            }
            throw error("unterminated string")
        }

        func makeString(_ b: UnsafeBufferPointer<UInt8>) throws -> String {
            // Validate: JSON text must be UTF-8; a lossy repair would move offsets.
            guard let s = String(validating: b, as: UTF8.self) else { throw error("invalid UTF-8 in string") }
            return s
        }

        mutating func hex4() throws -> UInt32 {
            guard i + 4 <= buf.count else { throw error("short \\u escape") }
            var v: UInt32 = 0
            for _ in 0..<4 {
                let c = buf[i]
                let d: UInt32
                switch c {
                case 0x30...0x39: d = UInt32(c - 0x30)
                case 0x41...0x46: d = UInt32(c - 0x41 + 10)
                case 0x61...0x66: d = UInt32(c - 0x61 + 10)
                default: throw error("bad hex digit")
                }
                v = v << 4 | d
                i += 1
            }
            return v
        }

        mutating func number() throws -> JSONValue {
            let start = i
            var isInt = true
            let negative = i < buf.count && buf[i] == UInt8(ascii: "-")
            if negative { i += 1 }
            let digitsStart = i
            // Integers (every span offset) are read without making a String.
            var v = 0, overflow = false
            while i < buf.count, buf[i] >= 0x30 && buf[i] <= 0x39 {
                let (m, o1) = v.multipliedReportingOverflow(by: 10)
                let (a, o2) = m.addingReportingOverflow(Int(buf[i] - 0x30))
                v = a; overflow = overflow || o1 || o2
                i += 1
            }
            if i == digitsStart { throw error("invalid value") }
            if buf[digitsStart] == 0x30 && i - digitsStart > 1 { throw error("leading zero") }
            if i < buf.count && buf[i] == UInt8(ascii: ".") {
                isInt = false
                i += 1
                let f = i
                while i < buf.count, buf[i] >= 0x30 && buf[i] <= 0x39 { i += 1 }
                if i == f { throw error("digits expected after '.'") }
            }
            if i < buf.count && (buf[i] == UInt8(ascii: "e") || buf[i] == UInt8(ascii: "E")) {
                isInt = false
                i += 1
                if i < buf.count && (buf[i] == UInt8(ascii: "+") || buf[i] == UInt8(ascii: "-")) { i += 1 }
                let f = i
                while i < buf.count, buf[i] >= 0x30 && buf[i] <= 0x39 { i += 1 }
                if i == f { throw error("digits expected in exponent") }
            }
            if isInt && !overflow { return .int(negative ? -v : v) }
            let text = String(decoding: UnsafeBufferPointer(rebasing: buf[start..<i]), as: UTF8.self)
            guard let d = Double(text) else { throw error("invalid number") }
            return .double(d)
        }
    }
}

@inline(__always)
func appendUTF8(_ out: inout [UInt8], _ code: UInt32) {
    switch code {
    case 0..<0x80: out.append(UInt8(code))
    case 0x80..<0x800:
        out.append(UInt8(0xC0 | (code >> 6)))
        out.append(UInt8(0x80 | (code & 0x3F)))
    case 0x800..<0x10000:
        out.append(UInt8(0xE0 | (code >> 12)))
        out.append(UInt8(0x80 | ((code >> 6) & 0x3F)))
        out.append(UInt8(0x80 | (code & 0x3F)))
    default:
        out.append(UInt8(0xF0 | (code >> 18)))
        out.append(UInt8(0x80 | ((code >> 12) & 0x3F)))
        out.append(UInt8(0x80 | ((code >> 6) & 0x3F)))
        out.append(UInt8(0x80 | (code & 0x3F)))
    }
}
