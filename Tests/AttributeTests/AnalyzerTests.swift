import Testing
import ClaimlineCore
@testable import Attribute

@Suite struct AnalyzerTests {
    /// The second pass of cue selection keeps first-pass sources where the
    /// cue marks agree: the sources are those picked afresh.
    @Test func reusedSourcesAreThoseReadAgain() throws {
        let text = """
        Kelly said she asked for the interview, and the senator insisted that the plan would pass.

        The mayor told reporters on Monday that the council believes the budget is sound.

        "We will win," Smith said, adding that officials claimed the vote was rigged.
        """
        let v = DocView(try extracted(text))
        let m = TrainedModel.shared
        let (cues, first) = Analyzer.selectCues(v, CueScan(v, m), m)
        let earlier = try #require(first)
        let reused = Analyzer.contents(v, cues, m, earlier: earlier)
        let afresh = Analyzer.contents(v, cues, m)
        #expect(reused.sources.map { $0.map { [$0.head, $0.toks.lowerBound, $0.toks.upperBound] } }
            == afresh.sources.map { $0.map { [$0.head, $0.toks.lowerBound, $0.toks.upperBound] } })
        #expect(reused.sources.map { $0?.probability } == afresh.sources.map { $0?.probability })
        // Some cue of the first pass is met again with the same marks.
        var e = 0
        #expect(cues.contains { earlier.sameSource($0, &e, afresh.inCue) != nil })
    }
}
