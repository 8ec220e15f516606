import Testing
@testable import Attribute

/// The trained model and the pieces it rests on.
@Suite struct ModelTests {
    @Test func exampleGroupsSurviveAppending() {
        // A cue's source candidates compete as one group when the trainer ranks them.
        var a = ExampleSet(), b = ExampleSet()
        a.beginGroup(); a.add(indices: [1], label: true); a.add(indices: [2], label: false)
        b.add(indices: [3], label: false)
        b.beginGroup(); b.add(indices: [4, 5], label: false); b.add(indices: [6], label: true)
        a.append(b)
        #expect(a.count == 5)
        #expect(a.groupStarts == [0, 3])
        #expect(a.group(0) == 0..<3)
        #expect(a.group(1) == 3..<5)
        #expect(Array(a.example(3)) == [4, 5])
    }

    @Test func literalWordHashesMatchTheirWords() {
        let words: [(UInt64, String)] = [
            (Lex.that, "that"), (Lex.according, "according"), (Lex.to, "to"), (Lex.comma, ","), (Lex.colon, ":"),
            (Lex.period, "."), (Lex.quote, "\""), (Lex.apostrophe, "'"), (Lex.semicolon, ";"), (Lex.dash, "-"), (Lex.slash, "/"),
            (Lex.question, "?"), (Lex.exclamation, "!"), (Lex.openParen, "("), (Lex.closeParen, ")"),
            (Lex.possessiveS, "'s"), (Lex.s, "s"), (Lex.and, "and"), (Lex.of, "of"), (Lex.the, "the"), (Lex.a, "a"),
            (Lex.an, "an"), (Lex.said, "said"), (Lex.but, "but"), (Lex.before, "before"), (Lex.after, "after"),
            (Lex.while_, "while"), (Lex.it, "it"), (Lex.whose, "whose"),
        ]
        for (h, w) in words { #expect(h == WordHash.of(w), "\(w)") }
    }

    @Test func wordHashesIgnoreCase() {
        #expect(WordHash.of("Said") == WordHash.of("said"))
        #expect(WordHash.of("SAID") == WordHash.of("said"))
        #expect(WordHash.of("said") != WordHash.of("says"))
    }

    @Test func theTrainedModelIsLoadedAndSmall() {
        let m = TrainedModel.shared
        #expect(m.cue.count > 1000)
        #expect(m.source.count > 1000)
        #expect(m.cueWordList.count > 100)
        #expect(m.emitThreshold > 0 && m.emitThreshold < 1)
        #expect(ModelCodec.unbase64(TrainedModel.data).count < 400_000)
    }

    @Test func theModelFileRoundTrips() throws {
        let bytes = ModelCodec.encode(TrainedModel.shared)
        let back = try #require(ModelCodec.decode(bytes))
        #expect(ModelCodec.encode(back) == bytes)
        #expect(back.cue.weights.count == TrainedModel.shared.cue.weights.count)
    }

    @Test func theShippedModelEncodesToItsOwnBytes() {
        #expect(ModelCodec.encode(TrainedModel.shared) == ModelCodec.unbase64(TrainedModel.data))
    }

    @Test func aQuantizedModelReadsBackItsCodes() {
        // Three indices with the same home slot, the extreme codes, the largest index.
        let codes: [(UInt32, Int16)] = [(5, 100), (5 + 256, -7), (5 + 512, 32767), (9, -32768), (4_000_000, 1)]
        let m = LinearModel(bias: 0.25, scale: 0.5, codes: codes)
        for (k, x) in codes { #expect(m.weight(k) == Float(x) * 0.5) }
        #expect(m.weight(6) == 0 && m.weight(5 + 1024) == 0 && m.weight(4_000_001) == 0)
        #expect(m.weights.map(\.0) == codes.map(\.0).sorted())
        #expect(m.weights.map(\.1) == codes.sorted { $0.0 < $1.0 }.map { Float($0.1) * 0.5 })
    }

    /// The margin gathers first probes before it reads them: the same sum,
    /// in feature order, as the weights looked up one by one.
    @Test func aMarginIsTheBiasAndTheWeightsInOrder() throws {
        let m = TrainedModel.shared
        var f = Features()
        // The cue model's features of real tokens (most of them are in the model).
        let v = DocView(try extracted("\"We will not wait,\" the mayor told reporters on Monday, adding that the council agreed."))
        let scan = CueScan(v, m)
        var present = 0
        for i in v.toks.indices {
            CueFinder.features(v, i, scan, into: &f)
            #expect(m.cue.margin(f) == f.indices.reduce(m.cue.bias) { $0 + m.cue.weight($1) })
            present += f.indices.filter { m.cue.weight($0) != 0 }.count
        }
        #expect(present > 100)
        var x: UInt64 = 12345
        for n in 1...Features.capacity {
            f.removeAll()
            for k in 0..<n {
                x = x &* 6364136223846793005 &+ 1442695040888963407
                // Common words and small values, so that many features are in the model.
                f.add(UInt64(k % 31), x >> 61, UInt64(k % 3), 0)
            }
            for model in [m.cue, m.source, m.owner, m.start, m.end, m.link, m.score] {
                let z = f.indices.reduce(model.bias) { $0 + model.weight($1) }
                #expect(model.margin(f) == z)
            }
        }
    }

    @Test func base64RoundTrips() {
        for n in 0..<7 {
            let b = (0..<n).map { UInt8(($0 * 37 + 11) & 0xFF) }
            #expect(ModelCodec.unbase64(ModelCodec.base64(b)) == b)
        }
    }

    @Test func calibrationIsMonotone() {
        let cal = TrainedModel.shared.calibration
        var last = -1.0
        for i in 0...100 {
            let y = cal(Double(i) / 100)
            #expect(y >= last - 1e-12 && y >= 0 && y <= 1)
            last = y
        }
    }

    @Test func aLinearModelReadsBackItsWeights() {
        let m = LinearModel(bias: 0.5, weights: [(3, 1.5), (70_000, -2), (12, 0)])
        #expect(m.weight(3) == 1.5)
        #expect(m.weight(70_000) == -2)
        #expect(m.weight(12) == 0)
        #expect(m.weight(4) == 0)
        #expect(m.count == 2)
    }

    @Test func reportingVerbsAreInflected() {
        let forms = ReportingVerbs.forms("admit")
        #expect(forms.contains("admitted") && forms.contains("admits") && forms.contains("admitting"))
        #expect(ReportingVerbs.forms("deny").contains("denied"))
        #expect(ReportingVerbs.forms("argue").contains("arguing"))
    }
}
