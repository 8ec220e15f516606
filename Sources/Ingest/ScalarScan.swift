/// Finding the next code point of interest in a text, eight at a time:
/// the plain-text rules stop only at a few rare characters (line ends,
/// '<', 'y', the capitals that open a credit marker), so most of the text
/// is passed over in vector compares.
enum ScalarScan {
    /// The first index in `from..<to` whose value is `a`, `b` or `c`, else `to`.
    @inline(__always)
    static func next(_ s: Scalars, _ from: Int, _ to: Int, _ a: UInt32, _ b: UInt32, _ c: UInt32) -> Int {
        var i = from
        if let base = s.baseAddress, to - i >= 8 {
            let raw = UnsafeRawPointer(base)
            let va = SIMD8<UInt32>(repeating: a), vb = SIMD8<UInt32>(repeating: b), vc = SIMD8<UInt32>(repeating: c)
            while to - i >= 8 {
                let v = raw.loadUnaligned(fromByteOffset: i &* 4, as: SIMD8<UInt32>.self)
                if any((v .== va) .| (v .== vb) .| (v .== vc)) { break }
                i &+= 8
            }
        }
        while i < to {
            let v = s[i].value
            if v == a || v == b || v == c { return i }
            i &+= 1
        }
        return to
    }

    /// The first index in `from..<to` whose value is `a`, else `to`.
    @inline(__always)
    static func next(_ s: Scalars, _ from: Int, _ to: Int, _ a: UInt32) -> Int { next(s, from, to, a, a, a) }

    /// The first index in `from..<to` of a '<' or of an "op" in any case
    /// (in "copy" and "autoplay", and rare elsewhere), else `to`.
    @inline(__always)
    static func nextTagOrOp(_ s: Scalars, _ from: Int, _ to: Int) -> Int {
        var i = from
        if let base = s.baseAddress, to - i >= 9 {
            let raw = UnsafeRawPointer(base)
            let lt = SIMD8<UInt32>(repeating: 0x3C), o = SIMD8<UInt32>(repeating: 0x6F), p = SIMD8<UInt32>(repeating: 0x70)
            let lower = SIMD8<UInt32>(repeating: 0x20)
            while to - i >= 9 {
                let v = raw.loadUnaligned(fromByteOffset: i &* 4, as: SIMD8<UInt32>.self)
                let w = raw.loadUnaligned(fromByteOffset: (i &+ 1) &* 4, as: SIMD8<UInt32>.self)
                if any((v .== lt) .| (((v | lower) .== o) .& ((w | lower) .== p))) { break }
                i &+= 8
            }
        }
        while i < to {
            let v = s[i].value
            if v == 0x3C || (v | 0x20 == 0x6F && i + 1 < to && s[i + 1].value | 0x20 == 0x70) { return i }
            i &+= 1
        }
        return to
    }
}
