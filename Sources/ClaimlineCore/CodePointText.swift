/// A text addressed by Unicode code point, as every span in claimline is.
/// Keeps the scalars for O(1) slicing next to the String they came from.
public struct CodePointText: Hashable, Sendable, CustomStringConvertible {
    public let string: String
    public let scalars: [Unicode.Scalar]

    public init(_ string: String) {
        var string = string
        // Decoding the UTF-8 by hand is several times faster than iterating
        // the scalar view (Swift strings hold valid UTF-8).
        let scalars: [Unicode.Scalar] = string.withUTF8 { u in
            [Unicode.Scalar](unsafeUninitializedCapacity: u.count) { out, n in
                var i = 0, k = 0
                while i < u.count {
                    let b0 = UInt32(u[i])
                    var v: UInt32
                    if b0 < 0x80 { v = b0; i += 1 }
                    else if b0 < 0xE0 { v = (b0 & 0x1F) << 6 | UInt32(u[i + 1] & 0x3F); i += 2 }
                    else if b0 < 0xF0 { v = (b0 & 0x0F) << 12 | UInt32(u[i + 1] & 0x3F) << 6 | UInt32(u[i + 2] & 0x3F); i += 3 }
                    else {
                        v = (b0 & 0x07) << 18 | UInt32(u[i + 1] & 0x3F) << 12 | UInt32(u[i + 2] & 0x3F) << 6 | UInt32(u[i + 3] & 0x3F)
                        i += 4
                    }
                    (out.baseAddress! + k).initialize(to: Unicode.Scalar(v) ?? "\u{FFFD}")
                    k += 1
                }
                n = k
            }
        }
        self.string = string
        self.scalars = scalars
    }

    public init<C: Collection>(scalars: C) where C.Element == Unicode.Scalar {
        var s = String.UnicodeScalarView()
        s.append(contentsOf: scalars)
        self.string = String(s)
        self.scalars = Array(scalars)
    }

    @inlinable public var count: Int { scalars.count }
    public var description: String { string }

    public subscript(span: Span) -> String { slice(span.start, span.end) }

    public func slice(_ start: Int, _ end: Int) -> String {
        var v = String.UnicodeScalarView()
        v.append(contentsOf: scalars[start..<end])
        return String(v)
    }

    public static func == (a: CodePointText, b: CodePointText) -> Bool { a.string == b.string }
    public func hash(into h: inout Hasher) { h.combine(string) }

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
