import Attribute

/// Logistic regression over hashed binary features by AdaGrad, in a fixed
/// order (a seeded shuffle), so training is deterministic. Features seen in
/// fewer than `minCount` examples are dropped; the model keeps the others'
/// weights, quantized as the model file stores them.
struct Logistic {
    var epochs = Logistic.defaultEpochs
    var rate: Float = Logistic.defaultRate
    var l2: Float = Logistic.defaultL2
    var minCount = Logistic.defaultMinCount
    var prune: Float = Logistic.defaultPrune
    /// Weight of a ranking loss over each group of competing examples
    /// (softmax over a cue's candidates, the gold ones as the target), added
    /// to the per-example loss every epoch; 0 for none.
    var listwise: Float = 0
    // Rate 0.05 and min-count 5 were chosen by cross-validation on train
    // (`--set`): the only settings better than 0.15 and 10 on every split
    // tried (4, 5 and 10 folds), direct recall +0.01, F1 +0.005.
    nonisolated(unsafe) static var defaultEpochs = 8
    nonisolated(unsafe) static var defaultRate: Float = 0.05
    nonisolated(unsafe) static var defaultL2: Float = 2e-5
    nonisolated(unsafe) static var defaultMinCount = 5
    nonisolated(unsafe) static var defaultPrune: Float = 1e-3
    // The source model's ranking weight 2 was chosen by cross-validation on
    // train (`--set source-listwise=`): 0.5, 1, 2 and 4 tried; 2 beat 0 on
    // every split (4, 5, 10 folds), F1 +0.003 to +0.004, direct recall
    // +0.001 to +0.007.
    nonisolated(unsafe) static var sourceListwise: Float = 2

    static let size = 1 << 22

    func fit(_ set: ExampleSet, seed: UInt64 = 1) -> LinearModel {
        guard set.count > 0 else { return .empty }
        var counts = [UInt16](repeating: 0, count: Logistic.size)
        for i in 0..<set.count { for k in set.example(i) where counts[Int(k)] < UInt16.max { counts[Int(k)] += 1 } }
        var w = [Float](repeating: 0, count: Logistic.size)
        var g2 = [Float](repeating: 1e-6, count: Logistic.size)
        var bias: Float = 0, biasG: Float = 1e-6
        var order = Array(0..<set.count)
        var state = seed &* 0x9E37_79B9_7F4A_7C15 | 1
        let minCount = UInt16(self.minCount)
        for _ in 0..<epochs {
            // Fisher-Yates with a 64-bit LCG.
            for i in stride(from: order.count - 1, to: 0, by: -1) {
                state = state &* 6364136223846793005 &+ 1442695040888963407
                let j = Int((state >> 33) % UInt64(i + 1))
                order.swapAt(i, j)
            }
            for i in order {
                let x = set.example(i)
                let z = Logistic.sum(x, w, counts, minCount, from: bias)
                let p = 1 / (1 + expf(-max(-30, min(30, z))))
                let g = p - (set.labels[i] ? 1 : 0)
                biasG += g * g
                bias -= rate * g / biasG.squareRoot()
                for k in x where counts[Int(k)] >= minCount {
                    let j = Int(k)
                    let gj = g + l2 * w[j]
                    g2[j] += gj * gj
                    w[j] -= rate * gj / g2[j].squareRoot()
                }
            }
            if listwise > 0 { rankingEpoch(set, &w, &g2, counts, minCount) }
        }
        var weights: [(UInt32, Float)] = []
        for j in 0..<Logistic.size where counts[j] >= minCount && abs(w[j]) > prune { weights.append((UInt32(j), w[j])) }
        return ModelCodec.quantized(LinearModel(bias: bias, weights: weights))
    }

    /// `start` plus the weights of the features of `x` seen often enough, in order.
    @inline(__always)
    private static func sum(_ x: ArraySlice<UInt32>, _ w: [Float], _ counts: [UInt16], _ minCount: UInt16, from start: Float) -> Float {
        var z = start
        for k in x where counts[Int(k)] >= minCount { z += w[Int(k)] }
        return z
    }

    /// One pass of the ranking loss, groups in order: -log of the softmax
    /// mass on the group's positives (the bias cancels out of a softmax).
    private func rankingEpoch(_ set: ExampleSet, _ w: inout [Float], _ g2: inout [Float], _ counts: [UInt16], _ minCount: UInt16) {
        var z: [Float] = []
        for g in set.groupStarts.indices {
            let r = set.group(g)
            guard r.count > 1, r.contains(where: { set.labels[$0] }), r.contains(where: { !set.labels[$0] }) else { continue }
            z.removeAll(keepingCapacity: true)
            for i in r { z.append(Logistic.sum(set.example(i), w, counts, minCount, from: 0)) }
            let top = z.max() ?? 0
            let e = z.map { expf($0 - top) }
            let all = e.reduce(0, +)
            var pos: Float = 0
            for (n, i) in r.enumerated() where set.labels[i] { pos += e[n] }
            for (n, i) in r.enumerated() {
                let p = e[n] / all
                let q: Float = set.labels[i] ? e[n] / pos : 0
                let g = listwise * (p - q)
                guard g != 0 else { continue }
                for k in set.example(i) where counts[Int(k)] >= minCount {
                    let j = Int(k)
                    g2[j] += g * g
                    w[j] -= rate * g / g2[j].squareRoot()
                }
            }
        }
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
