/// Everything attribution learned from PolNeAR's train split: the cue
/// words, one linear model per decision, the calibration of the final score
/// and the thresholds chosen by cross-validation on train.
package struct AttributionModel: Sendable {
    /// Words seen as cues in training (besides the general reporting verbs).
    package var cueWordList: [String]
    package var cue: LinearModel
    package var source: LinearModel { didSet { sourceBounds = SourceBounds(source) } }
    /// Bounds on the source model's weights, kept with it.
    private(set) var sourceBounds: SourceBounds
    package var owner: LinearModel
    package var start: LinearModel
    package var end: LinearModel
    package var link: LinearModel
    package var score: LinearModel
    package var calibration: Calibration
    package var cueThreshold: Double
    package var sourceThreshold: Double
    package var emitThreshold: Double
    /// Cues at least this likely are kept even inside another cue's content.
    package var sureCueThreshold: Double = 0.85

    private(set) var cueWords: WordTable<Bool>

    package mutating func setCueWords(_ words: [String]) {
        cueWordList = words
        cueWords = WordTable(words: words)
    }

    package init(cueWordList: [String], cue: LinearModel = .empty, source: LinearModel = .empty, owner: LinearModel = .empty,
                 start: LinearModel = .empty, end: LinearModel = .empty, link: LinearModel = .empty,
                 score: LinearModel = .empty, calibration: Calibration = .identity,
                 cueThreshold: Double = 0.4, sourceThreshold: Double = 0.2, emitThreshold: Double = 0) {
        self.cueWordList = cueWordList
        self.cue = cue; self.source = source; sourceBounds = SourceBounds(source); self.owner = owner; self.start = start; self.end = end; self.link = link
        self.score = score; self.calibration = calibration
        self.cueThreshold = cueThreshold; self.sourceThreshold = sourceThreshold; self.emitThreshold = emitThreshold
        cueWords = WordTable(words: cueWordList)
    }
}

/// A monotone map from raw scores to calibrated probabilities: isotonic
/// regression's steps, interpolated linearly between step centres.
package struct Calibration: Sendable {
    package var xs: [Double]
    package var ys: [Double]

    package init(xs: [Double], ys: [Double]) { self.xs = xs; self.ys = ys }
    package static let identity = Calibration(xs: [0, 1], ys: [0, 1])

    package func callAsFunction(_ x: Double) -> Double {
        guard let first = xs.first, let last = xs.last else { return x }
        if x <= first { return ys[0] }
        if x >= last { return ys[ys.count - 1] }
        var lo = 0, hi = xs.count - 1
        while hi - lo > 1 { let m = (lo + hi) / 2; if xs[m] <= x { lo = m } else { hi = m } }
        let t = (x - xs[lo]) / max(1e-12, xs[hi] - xs[lo])
        return ys[lo] + t * (ys[hi] - ys[lo])
    }
}
