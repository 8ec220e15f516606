import CICU

/// Character folding for matching, and ICU's NFKC.
enum Fold {
    /// The folded form of one character, or nil to drop it.
    @inline(__always)
    static func fold(_ c: Unicode.Scalar) -> Unicode.Scalar? {
        let v = c.value
        if v < 0x80 {
            if v == 0x09 || v == 0x0B || v == 0x0C { return " " }
            if v == 0x0D { return "\n" }
            if v == 0x60 { return "'" }     // backtick used as an opening quote
            return c
        }
        switch v {
        case 0x00AD, 0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF, 0x180E: return nil  // soft hyphen, zero-width, BOM
        case 0x00A0, 0x1680, 0x2000...0x200A, 0x202F, 0x205F, 0x3000: return " "
        case 0x0085, 0x2028, 0x2029: return "\n"
        case 0x201C, 0x201D, 0x201E, 0x201F, 0x00AB, 0x00BB, 0x2033, 0x301D, 0x301E, 0xFF02: return "\""
        case 0x2018, 0x2019, 0x201A, 0x201B, 0x2032, 0x00B4, 0x2039, 0x203A, 0x02BC, 0xFF07: return "'"
        case 0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2212, 0xFE58, 0xFE63, 0xFF0D: return "-"
        default: return c
        }
    }

    /// ICU's quick check of `c` alone: true when NFKC certainly leaves it as it is.
    static func askICUIsNFKC(_ c: Unicode.Scalar) -> Bool {
        var units: (UInt16, UInt16) = (0, 0)
        var n: Int32 = 1
        if c.value < 0x10000 { units.0 = UInt16(c.value) } else {
            let v = c.value - 0x10000
            units = (UInt16(0xD800 + (v >> 10)), UInt16(0xDC00 + (v & 0x3FF)))
            n = 2
        }
        return withUnsafePointer(to: &units) { p in
            p.withMemoryRebound(to: UInt16.self, capacity: 2) { cicu_nfkc_span_quick_check_yes($0, n) == n }
        }
    }

    /// NFKC of a short run of characters.
    static func nfkc(_ seg: [Unicode.Scalar]) -> [Unicode.Scalar] {
        var units: [UInt16] = []
        for c in seg { UTF16.encode(c) { units.append($0) } }
        let yes = units.withUnsafeBufferPointer { cicu_nfkc_span_quick_check_yes($0.baseAddress, Int32($0.count)) }
        if yes == units.count { return seg }
        var cap = units.count * 4 + 8
        while true {
            var dst = [UInt16](repeating: 0, count: cap)
            let n = units.withUnsafeBufferPointer { src in
                dst.withUnsafeMutableBufferPointer { cicu_nfkc_normalize(src.baseAddress, Int32(src.count), $0.baseAddress, Int32(cap)) }
            }
            if n == Int32.min { return seg }
            if n < 0 { cap = Int(-n) + 1; continue }
            return Array(String(decoding: dst[0..<Int(n)], as: UTF16.self).unicodeScalars)
        }
    }
}
