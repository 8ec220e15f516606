/// Hashed sparse binary features: a template id and up to three values
/// (word hashes, small integers) mixed into an index of `bits` bits.
struct Features {
    static let bits: UInt64 = 22
    static let capacity = 96

    /// A buffer owned once per feature set, reused for every example (no
    /// array growth or uniqueness checks on the hot path).
    final class Storage {
        let p = UnsafeMutablePointer<UInt32>.allocate(capacity: Features.capacity)
        deinit { p.deallocate() }
    }
    private let storage = Storage()
    private(set) var count = 0

    init() {}

    mutating func removeAll() { count = 0 }

    var indices: [UInt32] { Array(UnsafeBufferPointer(start: storage.p, count: count)) }

    @inline(__always) func forEach(_ body: (UInt32) -> Void) {
        for i in 0..<count { body(storage.p[i]) }
    }

    /// The feature indices, without a copy.
    @inline(__always) var buffer: UnsafeBufferPointer<UInt32> { UnsafeBufferPointer(start: storage.p, count: count) }

    /// The index of a feature: the template and values folded by
    /// multiply-xor steps, the top bits kept.
    @inline(__always)
    static func index(_ template: UInt64, _ a: UInt64, _ b: UInt64, _ c: UInt64) -> UInt32 {
        index(mixed(mixed(template, a), b), c)
    }

    /// The steps of `index`, for values many features share: the state
    /// after the template and its first value...
    @inline(__always)
    static func mixed(_ template: UInt64, _ a: UInt64) -> Mixed {
        Mixed(h: (((template &+ 1) &* 0x9E37_79B9_7F4A_7C15) ^ a) &* 0xBF58_476D_1CE4_E5B9)
    }

    /// ... after its second value ...
    @inline(__always)
    static func mixed(_ m: Mixed, _ b: UInt64) -> Mixed2 {
        Mixed2(h: (m.h ^ (m.h >> 29) ^ b) &* 0x94D0_49BB_1331_11EB)
    }

    /// ... and the index with the third.
    @inline(__always)
    static func index(_ m: Mixed2, _ c: UInt64) -> UInt32 {
        UInt32(truncatingIfNeeded: ((m.h ^ (m.h >> 32) ^ c) &* 0x9E37_79B9_7F4A_7C15) >> (64 - Features.bits))
    }

    struct Mixed { var h: UInt64 }
    struct Mixed2 { var h: UInt64 }

    @inline(__always)
    mutating func add(_ template: UInt64, _ a: UInt64 = 0, _ b: UInt64 = 0, _ c: UInt64 = 0) {
        add(index: Features.index(template, a, b, c))
    }

    @inline(__always)
    mutating func add(index k: UInt32) {
        guard count < Features.capacity else { return }
        storage.p[count] = k
        count += 1
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
