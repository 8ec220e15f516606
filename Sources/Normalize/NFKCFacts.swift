import CICU

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
