#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A logistic-regression model over hashed binary features: a bias and the
/// non-zero weights, in an open-addressing table keyed by feature index.
package struct LinearModel: Sendable {
    package private(set) var bias: Float
    private var keys: [UInt32]
    private var values: [Float]
    private var mask: Int

    /// Weights by feature index (zero weights are not stored).
    package init(bias: Float, weights: [(UInt32, Float)]) {
        self.bias = bias
        var cap = 16
        while cap < weights.count * 2 { cap <<= 1 }
        keys = [UInt32](repeating: UInt32.max, count: cap)
        values = [Float](repeating: 0, count: cap)
        mask = cap - 1
        for (k, v) in weights where v != 0 {
            var i = LinearModel.slot(k) & mask
            while keys[i] != UInt32.max && keys[i] != k { i = (i + 1) & mask }
            keys[i] = k; values[i] = v
        }
    }

    package static let empty = LinearModel(bias: 0, weights: [])

    @inline(__always) static func slot(_ k: UInt32) -> Int { Int(truncatingIfNeeded: (UInt64(k) &* 0x9E37_79B9_7F4A_7C15) >> 32) }

    @inline(__always)
    func weight(_ k: UInt32) -> Float {
        var i = LinearModel.slot(k) & mask
        while true {
            let key = keys[i]
            if key == k { return values[i] }
            if key == UInt32.max { return 0 }
            i = (i + 1) & mask
        }
    }

    /// The linear score (log-odds) of a feature set.
    @inline(__always)
    func margin(_ f: Features) -> Float {
        var z = bias
        for k in f.indices { z += weight(k) }
        return z
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
        zip(keys, values).filter { $0.0 != UInt32.max }.sorted { $0.0 < $1.0 }
    }
    package var count: Int { keys.reduce(0) { $0 + ($1 != UInt32.max ? 1 : 0) } }
}
