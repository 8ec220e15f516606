#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A logistic-regression model over hashed binary features: a bias and the
/// non-zero weights, in an open-addressing table keyed by feature index.
///
/// A model read from the model file (16-bit weights times a scale) is kept
/// in 32-bit slots, half the memory of a float table, so more of it stays in
/// cache; other models (while training) keep exact floats in 64-bit slots.
package struct LinearModel: Sendable {
    package private(set) var bias: Float
    private var table: WeightSlots

    /// Weights by feature index (zero weights are not stored).
    package init(bias: Float, weights: [(UInt32, Float)]) {
        self.bias = bias
        table = .wide(WideSlots(weights.filter { $0.1 != 0 }))
    }

    /// Weights as the model file stores them: `Float(code) * scale`.
    package init(bias: Float, scale: Float, codes: [(UInt32, Int16)]) {
        self.bias = bias
        let nonzero = codes.filter { $0.1 != 0 }
        if let narrow = NarrowSlots(nonzero, scale: scale) {
            table = .narrow(narrow)
        } else {
            table = .wide(WideSlots(nonzero.map { ($0.0, Float($0.1) * scale) }))
        }
    }

    package static let empty = LinearModel(bias: 0, weights: [])

    @inline(__always)
    func weight(_ k: UInt32) -> Float {
        if let t = table.narrow { return t.weight(k) }
        return table.wide.weight(k)
    }

    /// The linear score (log-odds) of a feature set. The first probe of
    /// every feature is loaded before any is examined, so their cache misses
    /// overlap instead of waiting on one another; the sum is in feature order.
    @inline(__always)
    func margin(_ f: Features) -> Float {
        if let t = table.narrow { return t.margin(bias, f.buffer) }
        return table.wide.margin(bias, f.buffer)
    }

    /// Runs `body` with a lookup of single weights that holds the table's
    /// storage once, for many lookups in a row (`weight` finds it each time).
    @inline(__always)
    func withWeights<R>(_ body: (WeightLookup) -> R) -> R {
        if let t = table.narrow {
            return t.slots.withUnsafeBufferPointer {
                body(WeightLookup(narrow: $0.baseAddress!, wide: nil, mask: t.mask, bits: t.bits,
                                  maxDisplacement: t.maxDisplacement, scale: t.scale))
            }
        }
        return table.wide.slots.withUnsafeBufferPointer {
            body(WeightLookup(narrow: nil, wide: $0.baseAddress!, mask: table.wide.mask, bits: 0, maxDisplacement: 0, scale: 1))
        }
    }

    /// The probability for a list of feature indices (as training stores them).
    package func probabilityOf(_ indices: [UInt32]) -> Double {
        var z = bias
        for k in indices { z += weight(k) }
        return LinearModel.sigmoid(Double(z))
    }

    @inline(__always)
    func probability(_ f: Features) -> Double { LinearModel.sigmoid(Double(margin(f))) }

    @inline(__always)
    static func sigmoid(_ z: Double) -> Double { 1 / (1 + exp(-max(-60, min(60, z)))) }

    /// A margin below which `sigmoid` is surely below one half (nearer 0 a
    /// negative margin may still give exactly 0.5: exp rounds to 1).
    static let belowHalf: Float = -1e-6

    /// A margin below which `sigmoid` is surely below `threshold` (-∞ for
    /// a threshold of 0 or less, or of 1 or more).
    static func floor(threshold: Double) -> Float {
        threshold > 0 && threshold < 1 ? Float(log(threshold / (1 - threshold))) - 1e-3 : -Float.infinity
    }

    /// The stored weights, sorted by feature index.
    package var weights: [(UInt32, Float)] {
        (table.narrow?.entries ?? table.wide.entries).sorted { $0.0 < $1.0 }
    }
    package var count: Int { weights.count }
}

/// Single weights, as `LinearModel.weight` gives them, from a table's
/// storage held by `LinearModel.withWeights`; a narrow table's first probe
/// is made as `margin` makes it.
struct WeightLookup {
    fileprivate let narrow: UnsafePointer<UInt32>?
    fileprivate let wide: UnsafePointer<UInt64>?
    fileprivate let mask: Int, bits: Int, maxDisplacement: Int
    fileprivate let scale: Float

    @inline(__always)
    func callAsFunction(_ k: UInt32) -> Float {
        guard let p = narrow else { return WideSlots.weight(wide!, mask, k) }
        let x = p[Int(k) & mask] ^ (0x8000_0000 | (k &>> UInt32(truncatingIfNeeded: bits)) &<< 16)
        if x < 0x1_0000 { return Float(Int16(truncatingIfNeeded: x)) * scale }
        return x & 0xFFFF != 0 ? NarrowSlots.weight(p, k, from: 1, mask: mask, bits: bits, maxDisplacement: maxDisplacement, scale: scale) : 0
    }
}

/// One of the two tables. A struct with an optional, not a two-case enum:
/// an enum with two payloads keeps its case in spare bits of the array
/// pointer, which LeakSanitizer cannot follow, so `make fuzz` reported the
/// shipped model as leaked.
private struct WeightSlots: Sendable {
    var narrow: NarrowSlots?
    var wide: WideSlots

    static func wide(_ t: WideSlots) -> WeightSlots { WeightSlots(narrow: nil, wide: t) }
    static func narrow(_ t: NarrowSlots) -> WeightSlots { WeightSlots(narrow: t, wide: WideSlots([])) }
}

/// Open addressing, one 64-bit slot per entry: the feature index (plus one;
/// 0 is empty) in the high half, the weight's bits in the low half.
private struct WideSlots: Sendable {
    var slots: [UInt64]
    var mask: Int

    init(_ weights: [(UInt32, Float)]) {
        // At most a quarter full: nearly every lookup ends at its first slot.
        var cap = 16
        while cap < weights.count * 4 { cap <<= 1 }
        slots = [UInt64](repeating: 0, count: cap)
        mask = cap - 1
        for (k, v) in weights {
            let key = UInt64(k) + 1
            var i = WideSlots.home(k) & mask
            while slots[i] != 0 && slots[i] >> 32 != key { i = (i + 1) & mask }
            slots[i] = key << 32 | UInt64(v.bitPattern)
        }
    }

    @inline(__always) static func home(_ k: UInt32) -> Int { Int(truncatingIfNeeded: (UInt64(k) &* 0x9E37_79B9_7F4A_7C15) >> 32) }

    @inline(__always)
    func weight(_ k: UInt32) -> Float {
        slots.withUnsafeBufferPointer { WideSlots.weight($0.baseAddress!, mask, k) }
    }

    @inline(__always)
    static func weight(_ p: UnsafePointer<UInt64>, _ mask: Int, _ k: UInt32) -> Float {
        let key = UInt64(k) + 1
        var i = WideSlots.home(k) & mask
        while true {
            let e = p[i]
            if e >> 32 == key { return Float(bitPattern: UInt32(truncatingIfNeeded: e)) }
            if e == 0 { return 0 }
            i = (i + 1) & mask
        }
    }

    @inline(__always)
    func margin(_ bias: Float, _ keys: UnsafeBufferPointer<UInt32>) -> Float {
        slots.withUnsafeBufferPointer { p in
            withUnsafeTemporaryAllocation(of: UInt64.self, capacity: Features.capacity) { first in
                for i in 0..<keys.count { first[i] = p[WideSlots.home(keys[i]) & mask] }
                var z = bias
                for i in 0..<keys.count {
                    let key = UInt64(keys[i]) + 1
                    var e = first[i]
                    if e >> 32 != key && e != 0 {
                        var s = (WideSlots.home(keys[i]) + 1) & mask
                        while true {
                            e = p[s]
                            if e >> 32 == key || e == 0 { break }
                            s = (s + 1) & mask
                        }
                    }
                    // A missing feature adds +0, as `weight` returns.
                    z += Float(bitPattern: e >> 32 == key ? UInt32(truncatingIfNeeded: e) : 0)
                }
                return z
            }
        }
    }

    var entries: [(UInt32, Float)] {
        slots.filter { $0 != 0 }.map { (UInt32($0 >> 32) - 1, Float(bitPattern: UInt32(truncatingIfNeeded: $0))) }
    }
}

/// Open addressing over 2^b slots of 32 bits for feature indices below
/// 2^22: an entry lives `d` slots after its home (the index's low b bits),
/// and its slot holds an occupied bit, `d`, the index's high bits and the
/// 16-bit weight code, so home, `d` and high bits give back the index.
private struct NarrowSlots: Sendable {
    var slots: [UInt32]
    var mask: Int
    var bits: Int
    /// Largest `d` a slot can hold (2^(15 - high bits) - 1).
    var maxDisplacement: Int
    var scale: Float

    /// Nil when an index is 2^22 or more.
    init?(_ codes: [(UInt32, Int16)], scale: Float) {
        guard codes.allSatisfy({ $0.0 < 1 << Features.bits }) else { return nil }
        self.scale = scale
        var b = 8
        while 1 << b < codes.count * 4 { b += 1 }
        while true {
            bits = b
            mask = (1 << b) - 1
            maxDisplacement = (1 << (15 - (Int(Features.bits) - b))) - 1
            slots = [UInt32](repeating: 0, count: 1 << b)
            if fill(codes) { return }
            // A run of collisions longer than a slot can tell: a larger table.
            b += 1
        }
    }

    private mutating func fill(_ codes: [(UInt32, Int16)]) -> Bool {
        for (k, x) in codes {
            precondition(x != 0, "a zero weight is not stored")
            let home = Int(k) & mask
            var d = 0
            while slots[(home + d) & mask] != 0 {
                if tag(k, d) == slots[(home + d) & mask] &>> 16 { break }
                d += 1
                if d > maxDisplacement { return false }
            }
            slots[(home + d) & mask] = tag(k, d) << 16 | UInt32(UInt16(bitPattern: x))
        }
        return true
    }

    /// The high half of the slot of index `k` at displacement `d` (masking
    /// shifts: the widths are in range, and Swift checks plain shifts).
    @inline(__always) func tag(_ k: UInt32, _ d: Int) -> UInt32 { NarrowSlots.tag(k, d, bits) }

    @inline(__always) static func tag(_ k: UInt32, _ d: Int, _ bits: Int) -> UInt32 {
        0x8000 | UInt32(truncatingIfNeeded: d) &<< (UInt32(Features.bits) &- UInt32(truncatingIfNeeded: bits))
            | k &>> UInt32(truncatingIfNeeded: bits)
    }

    @inline(__always) func value(_ s: UInt32) -> Float { Float(Int16(truncatingIfNeeded: s)) * scale }

    /// The weight of index `k`, looked for from displacement `d0` (the
    /// slots before it hold other indices).
    @inline(__always)
    func weight(_ k: UInt32, from d0: Int = 0) -> Float {
        slots.withUnsafeBufferPointer {
            NarrowSlots.weight($0.baseAddress!, k, from: d0, mask: mask, bits: bits, maxDisplacement: maxDisplacement, scale: scale)
        }
    }

    @inline(__always)
    static func weight(_ p: UnsafePointer<UInt32>, _ k: UInt32, from d0: Int, mask: Int, bits: Int,
                       maxDisplacement: Int, scale: Float) -> Float {
        let home = Int(k) & mask
        var d = d0
        while d <= maxDisplacement {
            let s = p[(home + d) & mask]
            if s == 0 { return 0 }
            if s &>> 16 == tag(k, d, bits) { return Float(Int16(truncatingIfNeeded: s)) * scale }
            d += 1
        }
        return 0
    }

    @inline(__always)
    func margin(_ bias: Float, _ keys: UnsafeBufferPointer<UInt32>) -> Float {
        slots.withUnsafeBufferPointer { p in
            withUnsafeTemporaryAllocation(of: UInt32.self, capacity: Features.capacity) { first in
                // Each first probe with the high half of the entry the key
                // would have there (`tag(k, 0)`) cancelled: 0 in its high
                // half when the key is there. A slot's low half is 0 only
                // when it is empty (no weight code is 0).
                // While loops: a range's loop tests its end twice a turn here.
                let n = keys.count, high = UInt32(truncatingIfNeeded: bits)
                var i = 0
                while i < n {
                    let k = keys[i]
                    first[i] = p[Int(k) & mask] ^ (0x8000_0000 | (k &>> high) &<< 16)
                    i &+= 1
                }
                var z = bias
                i = 0
                while i < n {
                    let x = first[i]
                    var w: Float = 0
                    if x < 0x1_0000 {
                        w = value(x)
                    } else if x & 0xFFFF != 0 {
                        w = weight(keys[i], from: 1)
                    }
                    // A missing feature adds +0, as `weight` returns.
                    z += w
                    i &+= 1
                }
                return z
            }
        }
    }

    var entries: [(UInt32, Float)] {
        var out: [(UInt32, Float)] = []
        for i in slots.indices where slots[i] != 0 {
            let s = slots[i]
            let highBits = UInt32(Features.bits) - UInt32(bits)
            let d = Int((s >> 16 & 0x7FFF) >> highBits)
            let high = (s >> 16) & ((1 << highBits) - 1)
            let home = (i - d) & mask
            out.append((high << UInt32(bits) | UInt32(home), value(s)))
        }
        return out
    }
}
