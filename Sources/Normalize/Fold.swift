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


/// ICU's answers for the characters below U+2500 (Latin, Greek, Cyrillic,
/// the other alphabets and general punctuation: nearly every character of
/// news text beyond ASCII), asked once per process: bit 0, a normalization
/// boundary before it; bit 1, NFKC keeps it alone; bit 2, folding keeps it.
/// A call into ICU per character cost more than the rest of normalizing a
/// page. The table is read through a pointer held by the normalizer, as a
/// global read per character costs a lazy-initialization check each time.
struct NFKCFacts: @unchecked Sendable {
    static let shared = NFKCFacts()

    private let bits: UnsafeBufferPointer<UInt8>
    private static let end: UInt32 = 0x2500
    private static let kept: UInt8 = 7

    private init() {
        let table = (0..<NFKCFacts.end).map { v -> UInt8 in
            guard let c = Unicode.Scalar(v) else { return 0 }
            let boundary: UInt8 = cicu_nfkc_has_boundary_before(Int32(bitPattern: v)) != 0 ? 1 : 0
            return boundary | (Fold.askICUIsNFKC(c) ? 2 : 0) | (Fold.fold(c) == c ? 4 : 0)
        }
        // Never freed: shared read-only by every thread for the process's life.
        let p = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: table.count)
        _ = p.initialize(from: table)
        bits = UnsafeBufferPointer(p)
    }

    /// Whether a normalization segment starts at `c`.
    @inline(__always)
    func boundaryBefore(_ c: Unicode.Scalar) -> Bool {
        let v = c.value
        if v < 0x300 { return true }
        if v < NFKCFacts.end { return bits[Int(v)] & 1 != 0 }
        return cicu_nfkc_has_boundary_before(Int32(bitPattern: v)) != 0
    }

    /// True when NFKC certainly leaves `c` (alone) as it is.
    @inline(__always)
    func isNFKC(_ c: Unicode.Scalar) -> Bool {
        c.value < NFKCFacts.end ? bits[Int(c.value)] & 2 != 0 : Fold.askICUIsNFKC(c)
    }

    /// The end of the run from `i` of characters beyond ASCII that are each
    /// their own normalization segment and that NFKC and folding both keep
    /// (the letters of Greek, Cyrillic, accented Latin ...), copied in one go.
    @inline(__always)
    func keptRun(_ s: [Unicode.Scalar], from i: Int) -> Int {
        s.withUnsafeBufferPointer { p in
            var j = i
            while j < p.count {
                let v = p[j].value
                guard v >= 0x80, v < NFKCFacts.end, bits[Int(v)] & NFKCFacts.kept == NFKCFacts.kept else { break }
                j += 1
            }
            // The last one must end its segment: no combining mark after it.
            if j > i, j < p.count, !boundaryBefore(p[j]) { j -= 1 }
            return j
        }
    }
}
