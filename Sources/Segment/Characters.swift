/// Character classes the rules ask about. The normalized text is nearly all
/// ASCII (quotes, dashes and spaces are folded), so each test answers ASCII
/// from the code point and asks Unicode properties only above it.
enum Chars {
    @inline(__always) static func isSpace(_ c: Unicode.Scalar) -> Bool {
        let v = c.value
        if v < 0x80 { return v == 0x20 || (v >= 0x09 && v <= 0x0D) }
        return c.properties.isWhitespace
    }

    @inline(__always) static func isDigit(_ c: Unicode.Scalar) -> Bool { c.value &- 0x30 < 10 }

    @inline(__always) static func isUpper(_ c: Unicode.Scalar) -> Bool {
        let v = c.value
        if v < 0x80 { return v &- 0x41 < 26 }
        return c.properties.isUppercase
    }

    @inline(__always) static func isLower(_ c: Unicode.Scalar) -> Bool {
        let v = c.value
        if v < 0x80 { return v &- 0x61 < 26 }
        return c.properties.isLowercase
    }

    @inline(__always) static func isLetter(_ c: Unicode.Scalar) -> Bool {
        let v = c.value
        if v < 0x80 { return (v | 0x20) &- 0x61 < 26 }
        return c.properties.isAlphabetic
    }

    /// Marks that can end a sentence.
    @inline(__always) static func isTerminal(_ c: Unicode.Scalar) -> Bool {
        switch c.value {
        case 0x2E, 0x3F, 0x21: return true                                  // . ? !
        case 0x2026, 0x203C, 0x2047, 0x2048, 0x2049, 0x3002, 0xFF01, 0xFF1F, 0x061F: return true
        default: return false
        }
    }

    /// Quotes and closing brackets that may follow a sentence's final mark.
    @inline(__always) static func isClose(_ c: Unicode.Scalar) -> Bool {
        let v = c.value
        if v < 0x80 { return v == 0x22 || v == 0x27 || v == 0x29 || v == 0x5D || v == 0x7D }
        switch c.properties.generalCategory {
        case .closePunctuation, .finalPunctuation, .initialPunctuation: return true
        default: return false
        }
    }

    /// Quotes and opening brackets that may start a sentence.
    @inline(__always) static func isOpen(_ c: Unicode.Scalar) -> Bool {
        let v = c.value
        if v < 0x80 { return v == 0x22 || v == 0x27 || v == 0x28 || v == 0x5B || v == 0x7B }
        switch c.properties.generalCategory {
        case .openPunctuation, .initialPunctuation, .finalPunctuation: return true
        default: return false
        }
    }
}

/// A short word packed into an integer, so word lists are looked up without
/// building Strings: 6 bits a character, up to 10 characters.
enum WordKey {
    static let maxLength = 10

    @inline(__always) static func code(_ c: Unicode.Scalar, lowercased: Bool) -> UInt64? {
        let v = c.value
        switch v {
        case 0x61...0x7A: return UInt64(v - 0x61 + 1)                       // a-z: 1...26
        case 0x41...0x5A: return UInt64(v - 0x41 + (lowercased ? 1 : 27))   // A-Z: 27...52
        case 0x2E: return 53                                                 // .
        case 0xB0: return 54                                                 // °
        case 0x26: return 55                                                 // &
        case 0x27: return 56                                                 // '
        case 0x2D: return 57                                                 // -
        default: return nil
        }
    }

    /// The key of `t[from..<to]`, or nil when it is too long or has other
    /// characters. `lowercased` folds case; `titlecased` folds all but the
    /// first character (`GEN` -> `Gen`).
    static func make(_ t: [Unicode.Scalar], _ from: Int, _ to: Int, lowercased: Bool = false,
                     titlecased: Bool = false) -> UInt64? {
        guard to > from, to - from <= maxLength else { return nil }
        var k: UInt64 = 0
        for i in from..<to {
            guard let c = code(t[i], lowercased: lowercased || (titlecased && i > from)) else { return nil }
            k = k << 6 | c
        }
        return k
    }

    /// The key of a word given as a String (for building the lists).
    static func make(_ s: String, lowercased: Bool = false) -> UInt64? {
        let a = Array(s.unicodeScalars)
        return make(a, 0, a.count, lowercased: lowercased)
    }
}

/// A fixed map from word keys to values, searched by bisection: a few
/// integer comparisons for lists of a few hundred words, no hashing.
struct KeyTable<Value: Sendable>: Sendable {
    private let keys: [UInt64]
    private let values: [Value]

    /// The first value given for a key wins.
    init(_ pairs: [(UInt64, Value)]) {
        var seen = Set<UInt64>()
        let unique = pairs.filter { seen.insert($0.0).inserted }.sorted { $0.0 < $1.0 }
        keys = unique.map(\.0)
        values = unique.map(\.1)
    }

    @inline(__always) func value(_ k: UInt64) -> Value? {
        var lo = 0, hi = keys.count
        while lo < hi {
            let m = (lo + hi) >> 1
            let x = keys[m]
            if x == k { return values[m] }
            if x < k { lo = m + 1 } else { hi = m }
        }
        return nil
    }

    @inline(__always) func contains(_ k: UInt64) -> Bool { value(k) != nil }
}
