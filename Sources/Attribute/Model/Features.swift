/// Hashed sparse binary features: a template id and up to three values
/// (word hashes, small integers) mixed into an index of `bits` bits.
struct Features {
    static let bits: UInt64 = 22
    private(set) var indices: [UInt32] = []

    init() { indices.reserveCapacity(48) }

    mutating func removeAll() { indices.removeAll(keepingCapacity: true) }

    @inline(__always)
    static func mix(_ x: UInt64) -> UInt64 {
        var z = x &+ 0x9E37_79B9_7F4A_7C15
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    @inline(__always)
    mutating func add(_ template: UInt64, _ a: UInt64 = 0, _ b: UInt64 = 0, _ c: UInt64 = 0) {
        var h = Features.mix(template &* 0x1000_0000_01B3 ^ a)
        if b != 0 { h = Features.mix(h ^ b) }
        if c != 0 { h = Features.mix(h ^ (c &* 31)) }
        indices.append(UInt32(truncatingIfNeeded: h >> (64 - Features.bits)))
    }

    /// A feature for a condition that holds (templates with no value).
    @inline(__always)
    mutating func flag(_ template: UInt64, _ on: Bool) { if on { add(template) } }

    /// A number cut into a few buckets (0, 1, 2, 3-4, 5-7, 8-12, 13-20, 21+).
    @inline(__always)
    static func bucket(_ n: Int) -> UInt64 {
        switch n {
        case ..<0: return 100
        case 0, 1, 2: return UInt64(n + 1)
        case 3...4: return 4
        case 5...7: return 5
        case 8...12: return 6
        case 13...20: return 7
        default: return 8
        }
    }

    /// A probability cut into tenths.
    @inline(__always)
    static func tenth(_ p: Double) -> UInt64 { UInt64(max(0, min(9, Int(p * 10)))) + 1 }
}
