import Testing
import Foundation
import ClaimlineCore
@testable import Attribute

/// Source candidates are given up once a bound on their margin cannot reach
/// the threshold or the best margin so far: the picks and the margins of
/// the others must be those of scoring every candidate in full.
@Suite struct SourceBoundsTests {
    static let text = """
    The harbour master said on Tuesday that the ferry would sail at noon, but union leaders warned it could be late.

    "We have checked every engine twice," a spokeswoman for the operator told reporters, adding that the crew was ready.

    According to the city council, the new pier will cost $4 million. Critics, who called the plan rushed, said it ignored fishermen.

    Mayor Ana Ruiz insisted the budget was sound. She said: "Nobody will pay more."

    Officials believe the storm may delay work, and the engineers' union, citing safety, asked for a review.

    It is not clear who wrote the memo, which the newspaper said was leaked by a senior official.
    """

    /// Documents with many kinds of cue: the text above and the seed articles.
    static func views() throws -> [DocView] {
        var texts = [text]
        var dir = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { dir.deleteLastPathComponent() }
        dir.appendPathComponent("fixtures/articles")
        for name in try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted() where name.hasSuffix(".txt") {
            texts.append(try String(contentsOf: dir.appendingPathComponent(name), encoding: .utf8))
        }
        return try texts.map { DocView(try extracted($0)) }
    }

    static func cues(_ v: DocView, _ m: AttributionModel) -> (cues: [CueRun], inCue: [Bool]) {
        let cues = CueFinder.find(v, m)
        var inCue = [Bool](repeating: false, count: v.toks.count)
        for c in cues { for t in c.toks { inCue[t] = true } }
        return (cues, inCue)
    }

    /// Any margin `margin` gives is the full one, bit for bit; when it gives
    /// none, the full margin is below the cut.
    @Test func aMarginGivenUpIsBelowItsCutAndOneKeptIsExact() throws {
        let m = TrainedModel.shared
        var f = Features()
        var kept = 0, givenUp = 0
        for v in try SourceBoundsTests.views() {
            let (cues, inCue) = SourceBoundsTests.cues(v, m)
            for c in cues {
                let cx = CueContext(v, c, inCue)
                m.source.withWeights { w in
                    let cw = CueWeights(cx, w)
                    SourceFinder.forEachCandidate(v, c, cx, inCue) { j, bt in
                        SourceFinder.features(v, c, cx, j, bt, into: &f)
                        let z = m.source.margin(f)
                        let all = SourceFinder.margin(v, c, cx, cw, j, bt, m.source.bias, w, m.sourceBounds, below: -.infinity)
                        #expect(all?.bitPattern == z.bitPattern)
                        for cut: Float in [-2, -0.5, 0, 1, 3] {
                            if let x = SourceFinder.margin(v, c, cx, cw, j, bt, m.source.bias, w, m.sourceBounds, below: cut) {
                                #expect(x.bitPattern == z.bitPattern); kept += 1
                            } else {
                                #expect(z < cut); givenUp += 1
                            }
                        }
                    }
                }
            }
        }
        #expect(kept > 100 && givenUp > 100)
    }

    static func same(_ a: SourcePick?, _ b: SourcePick?) -> Bool {
        guard let a, let b else { return a == nil && b == nil }
        return a.head == b.head && a.toks == b.toks && a.probability == b.probability && a.before == b.before
    }

    /// The picks are those of scoring every candidate, at several thresholds
    /// and with a model in the wide table training uses.
    @Test func picksAreThoseOfScoringEveryCandidate() throws {
        var models: [AttributionModel] = []
        for t in [0.05, 0.2, 0.5, 0.9] {
            var m = TrainedModel.shared
            m.sourceThreshold = t
            models.append(m)
        }
        var wide = TrainedModel.shared
        wide.source = LinearModel(bias: wide.source.bias + 0.25, weights: wide.source.weights.map { ($0.0, $0.1 * 1.5) })
        models.append(wide)
        var f = Features()
        var found = 0
        for v in try SourceBoundsTests.views() {
            for m in models {
                let (cues, inCue) = SourceBoundsTests.cues(v, m)
                for c in cues {
                    let fast = SourceFinder.pick(v, c, m, inCue, &f)
                    let full = SourceFinder.pick(v, c, m, inCue, &f, exhaustive: true)
                    #expect(SourceBoundsTests.same(fast, full))
                    if full != nil { found += 1 }
                }
            }
        }
        #expect(found > 50)
    }

    /// The lookup `withWeights` lends gives `weight`'s answer, for indices
    /// stored (some past their first slot) and not, in both kinds of table.
    @Test func theLookupGivesEachWeight() {
        let narrow = TrainedModel.shared.source
        let wide = LinearModel(bias: 0, weights: narrow.weights.prefix(5000).map { ($0.0, $0.1) })
        for m in [narrow, wide] {
            let stored = m.weights.map { $0.0 }
            let missing = (0..<2000).map { UInt32(truncatingIfNeeded: $0 &* 2_654_435_761) >> 10 }
            m.withWeights { w in
                for k in stored + missing { #expect(w(k) == m.weight(k)) }
            }
        }
    }

    /// A bound is the largest weight over the values its feature takes.
    @Test func aBoundIsTheLargestWeightOfItsFeature() {
        let distance = Features.index(2, 1, 3, 0)
        let m = LinearModel(bias: 0, weights: [(distance, 2.5), (Features.index(2, 1, 100, 0), -1), (Features.index(2, 2, 1, 0), 0.5)])
        let b = SourceBounds(m)
        #expect(b.max2.0 == 2.5 && b.max2.1 == 0.5)
        #expect(b.max5.0 == 0 && b.rest.0 == 2.5 && b.rest.1 == 0.5)
    }
}
