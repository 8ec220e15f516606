/// A text addressed by Unicode code point, as every span in claimline is.
/// Keeps the scalars for O(1) slicing next to the String they came from.
public struct CodePointText: Hashable, Sendable, CustomStringConvertible {
    public let scalars: [Unicode.Scalar]
    /// The String the text was made from; nil for one made from code points
    /// (the normalized text), whose String is made only when asked for:
    /// `claimline run` never asks, and making it was 1% of the run.
    private let madeFrom: String?

    public var string: String { madeFrom ?? UTF8Scalars.string(scalars[...]) }

    public init(_ string: String) {
        self.madeFrom = string
        self.scalars = UTF8Scalars.decode(string)
    }

    public init<C: Collection>(scalars: C) where C.Element == Unicode.Scalar {
        self.scalars = Array(scalars)
        self.madeFrom = nil
    }

    @inlinable public var count: Int { scalars.count }
    public var description: String { string }

    public subscript(span: Span) -> String { slice(span.start, span.end) }

    public func slice(_ start: Int, _ end: Int) -> String { UTF8Scalars.string(scalars[start..<end]) }

    /// Equal code point for code point (the offsets of two equal texts agree).
    public static func == (a: CodePointText, b: CodePointText) -> Bool { a.scalars == b.scalars }
    public func hash(into h: inout Hasher) {
        h.combine(scalars.count)
        for c in scalars { h.combine(c.value) }
    }

    /// The text as UTF-16 for ICU, with a way back to code point offsets.
    public func utf16() -> UTF16Text { UTF16Text(scalars) }
}

/// UTF-16 code units of a text plus the map from unit offsets back to code
/// point offsets (the identity when the text has no supplementary characters).
public struct UTF16Text {
    public let units: [UInt16]
    /// For unit offset u, the code point offset; nil when identical.
    private let pointOfUnit: [Int32]?

    public init<C: Collection>(_ scalars: C) where C.Element == Unicode.Scalar {
        var units: [UInt16] = []
        units.reserveCapacity(scalars.count)
        var supplementary = false
        for s in scalars {
            if s.value < 0x10000 { units.append(UInt16(s.value)) } else {
                supplementary = true
                let v = s.value - 0x10000
                units.append(UInt16(0xD800 + (v >> 10)))
                units.append(UInt16(0xDC00 + (v & 0x3FF)))
            }
        }
        self.units = units
        if supplementary {
            var map = [Int32](); map.reserveCapacity(units.count + 1)
            var p: Int32 = 0
            for s in scalars {
                map.append(p)
                if s.value >= 0x10000 { map.append(p) }
                p += 1
            }
            map.append(p)
            pointOfUnit = map
        } else {
            pointOfUnit = nil
        }
    }

    @inlinable public func codePointOffset(_ unit: Int) -> Int { pointOffset(unit) }

    public func pointOffset(_ unit: Int) -> Int {
        guard let m = pointOfUnit else { return unit }
        return Int(m[min(unit, m.count - 1)])
    }
}

/// Fast conversions between Strings and code point arrays: String's own
/// scalar views append one character at a time, which dominated profiles.
public enum UTF8Scalars {
    /// The code points of a string.
    public static func decode(_ string: String) -> [Unicode.Scalar] {
        var string = string
        return string.withUTF8 { b -> [Unicode.Scalar] in
            // A String's UTF-8 is always valid, so lead bytes tell the length;
            // there are never more code points than bytes.
            [Unicode.Scalar](unsafeUninitializedCapacity: b.count) { out, written in
                var i = 0, k = 0
                let n = b.count
                while i < n {
                    // Eight ASCII bytes at a time while there are (most text).
                    while i &+ 8 <= n, let base = b.baseAddress {
                        let x = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
                        guard x & 0x8080_8080_8080_8080 == 0 else { break }
                        for j in 0..<8 { out[k &+ j] = Unicode.Scalar(UInt8(truncatingIfNeeded: x &>> UInt64(8 &* j))) }
                        i &+= 8; k &+= 8
                    }
                    guard i < n else { break }
                    let c0 = UInt32(b[i])
                    if c0 < 0x80 {
                        out[k] = Unicode.Scalar(UInt8(c0)); k += 1; i += 1
                        continue
                    }
                    var v: UInt32
                    if c0 < 0xE0 {
                        v = (c0 & 0x1F) << 6 | (UInt32(b[i + 1]) & 0x3F); i += 2
                    } else if c0 < 0xF0 {
                        v = (c0 & 0x0F) << 12 | (UInt32(b[i + 1]) & 0x3F) << 6 | (UInt32(b[i + 2]) & 0x3F); i += 3
                    } else {
                        v = (c0 & 0x07) << 18 | (UInt32(b[i + 1]) & 0x3F) << 12 | (UInt32(b[i + 2]) & 0x3F) << 6
                            | (UInt32(b[i + 3]) & 0x3F); i += 4
                    }
                    out[k] = Unicode.Scalar(v).unsafelyUnwrapped; k += 1
                }
                written = k
            }
        }
    }

    /// A string made of code points.
    public static func string(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
        // Both loops without an early exit, so that they run on vectors.
        let ascii = scalars.withUnsafeBufferPointer { p in
            var all: UInt32 = 0
            for k in 0..<p.count { all |= p[k].value }
            return all < 0x80
        }
        if ascii {
            return scalars.withUnsafeBufferPointer { p in
                String(unsafeUninitializedCapacity: p.count) { buf in
                    for k in 0..<p.count { buf[k] = UInt8(truncatingIfNeeded: p[k].value) }
                    return p.count
                }
            }
        }
        var bytes = [UInt8]()
        bytes.reserveCapacity(scalars.count * 2)
        for c in scalars { appendUTF8(&bytes, c.value) }
        return String(decoding: bytes, as: UTF8.self)
    }
}
