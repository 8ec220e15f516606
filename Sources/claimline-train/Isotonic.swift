import Attribute

/// Isotonic regression by pool-adjacent-violators: the monotone step
/// function closest to the labels, as calibration points at block means.
enum Isotonic {
    static func fit(_ points: [(Double, Bool)]) -> Calibration {
        let sorted = points.sorted { $0.0 < $1.0 }
        var blocks: [(sumX: Double, sumY: Double, n: Double)] = []
        for (x, y) in sorted {
            blocks.append((x, y ? 1 : 0, 1))
            while blocks.count > 1 {
                let b = blocks[blocks.count - 1], a = blocks[blocks.count - 2]
                guard a.sumY / a.n >= b.sumY / b.n else { break }
                blocks.removeLast(2)
                blocks.append((a.sumX + b.sumX, a.sumY + b.sumY, a.n + b.n))
            }
        }
        guard !blocks.isEmpty else { return .identity }
        return Calibration(xs: blocks.map { $0.sumX / $0.n }, ys: blocks.map { $0.sumY / $0.n })
    }
}
