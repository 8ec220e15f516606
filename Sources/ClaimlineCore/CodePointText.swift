/// A text addressed by Unicode code point, as every span in claimline is.
/// Keeps the scalars for O(1) slicing next to the String they came from.
public struct CodePointText: Hashable, Sendable, CustomStringConvertible {
    public let string: String
    public let scalars: [Unicode.Scalar]

    public init(_ string: String) {
        self.string = string
        var a: [Unicode.Scalar] = []
        a.reserveCapacity(string.utf8.count)
        a.append(contentsOf: string.unicodeScalars)
        self.scalars = a
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
