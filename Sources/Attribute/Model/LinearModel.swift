#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A logistic-regression model over hashed binary features: a bias and the
/// non-zero weights, in an open-addressing table keyed by feature index.
package struct LinearModel: Sendable {
    package private(set) var bias: Float
    /// Open addressing, one 64-bit slot per entry: the feature index (plus
    /// one; 0 is empty) in the high half, the weight's bits in the low half,
    /// so a probe reads one word.
    private var slots: [UInt64]
    private var mask: Int

    /// Weights by feature index (zero weights are not stored).
    package init(bias: Float, weights: [(UInt32, Float)]) {
        self.bias = bias
        // At most a quarter full: nearly every lookup ends at its first slot
        // (fewer mispredicted branches was measured faster than a smaller table).
        var cap = 16
        while cap < weights.count * 4 { cap <<= 1 }
        slots = [UInt64](repeating: 0, count: cap)
        mask = cap - 1
        for (k, v) in weights where v != 0 {
            let key = UInt64(k) + 1
            var i = LinearModel.slot(k) & mask
            while slots[i] != 0 && slots[i] >> 32 != key { i = (i + 1) & mask }
            slots[i] = key << 32 | UInt64(v.bitPattern)
        }
    }

    package static let empty = LinearModel(bias: 0, weights: [])

    @inline(__always) static func slot(_ k: UInt32) -> Int { Int(truncatingIfNeeded: (UInt64(k) &* 0x9E37_79B9_7F4A_7C15) >> 32) }

    @inline(__always)
    func weight(_ k: UInt32) -> Float {
        let key = UInt64(k) + 1
        return slots.withUnsafeBufferPointer { p in
            var i = LinearModel.slot(k) & mask
            while true {
                let e = p[i]
                if e >> 32 == key { return Float(bitPattern: UInt32(truncatingIfNeeded: e)) }
                if e == 0 { return 0 }
                i = (i + 1) & mask
            }
        }
    }

    /// The linear score (log-odds) of a feature set. The first probe of
    /// every feature is loaded before any is examined, so their cache misses
    /// overlap instead of waiting on one another; the sum is in feature order.
    @inline(__always)
    func margin(_ f: Features) -> Float {
        let keys = f.buffer
        return slots.withUnsafeBufferPointer { p in
            withUnsafeTemporaryAllocation(of: UInt64.self, capacity: Features.capacity) { first in
                let mask = self.mask
                for i in 0..<keys.count { first[i] = p[LinearModel.slot(keys[i]) & mask] }
                var z = bias
                for i in 0..<keys.count {
                    let key = UInt64(keys[i]) + 1
                    var e = first[i]
                    if e >> 32 != key && e != 0 {
                        var s = (LinearModel.slot(keys[i]) + 1) & mask
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

    /// The stored weights, sorted by feature index.
    package var weights: [(UInt32, Float)] {
        slots.filter { $0 != 0 }.map { (UInt32($0 >> 32) - 1, Float(bitPattern: UInt32(truncatingIfNeeded: $0))) }.sorted { $0.0 < $1.0 }
    }
    package var count: Int { slots.reduce(0) { $0 + ($1 != 0 ? 1 : 0) } }
}
