import Testing
@testable import Attribute

/// Margins below `LinearModel.belowHalf` skip the exp of a probability
/// that could only be compared with one half.
@Suite struct BelowHalfTests {
    @Test func aMarginBelowTheLimitIsBelowOneHalf() {
        var z = LinearModel.belowHalf.nextDown
        while z > -100 {
            #expect(LinearModel.sigmoid(Double(z)) < 0.5)
            z *= 1.5
        }
        // Nearer 0 the rounding of exp gives one half itself: the limit is needed.
        #expect(LinearModel.sigmoid(Double(Float(-1e-20))) == 0.5)
    }

    /// `bestEnd` gives what scoring every end candidate gives.
    @Test func theBestEndIsThatOfScoringEveryCandidate() throws {
        let m = TrainedModel.shared
        var f = Features()
        var checked = 0
        for v in try SourceBoundsTests.views() {
            let a = Analyzer.analyze(v, m)
            for g in a.segments where g.left >= 0 || g.right >= 0 {
                let side: Side = g.left >= 0 ? .after : .before
                let cw = v.toks[a.cues[side == .after ? g.left : g.right].head].word
                var last = 0.0
                var found: (Int, Double)? = nil
                ContentFinder.forEachEnd(v, g, g.toks.lowerBound, side) { e in
                    ContentFinder.endFeatures(v, g, g.toks.lowerBound, e, cw, side, into: &f)
                    let p = m.end.probability(f)
                    if p >= 0.5 { found = (e, p); return false }
                    last = 1 - p
                    return true
                }
                let full = found ?? (g.toks.upperBound, last)
                let fast = Analyzer.bestEnd(v, g, g.toks.lowerBound, cw, side, m, &f)
                #expect(fast.0 == full.0 && fast.1 == full.1)
                checked += 1
            }
        }
        #expect(checked > 50)
    }
}

/// A probability below its threshold's floor is known to be below it
/// without its exp: cue finding then keeps the runs it would keep.
@Suite struct FloorTests {
    @Test func aMarginBelowTheFloorIsBelowTheThreshold() {
        for t in [0.05, 0.2, 0.4, 0.5, 0.85, 0.99] {
            let floor = LinearModel.floor(threshold: t)
            #expect(LinearModel.sigmoid(Double(floor.nextDown)) < t)
            #expect(LinearModel.sigmoid(Double(floor + 2e-3)) >= t)
        }
        #expect(LinearModel.floor(threshold: 0) == -.infinity && LinearModel.floor(threshold: 1) == -.infinity)
    }

    @Test func cueRunsAreThoseOfEveryProbability() throws {
        var found = 0
        for v in try SourceBoundsTests.views() {
            for t in [0.2, 0.4, 0.7] {
                var m = TrainedModel.shared
                m.cueThreshold = t
                let scan = CueScan(v, m)
                let fast = CueFinder.find(v, scan, m), full = CueFinder.find(v, scan, m, exhaustive: true)
                #expect(fast.map { [$0.toks.lowerBound, $0.toks.upperBound, $0.head, $0.unit] }
                    == full.map { [$0.toks.lowerBound, $0.toks.upperBound, $0.head, $0.unit] })
                #expect(fast.map(\.probability) == full.map(\.probability))
                found += full.count
            }
        }
        #expect(found > 50)
    }
}
