import ClaimlineCore

/// A gold attribution (PolNeAR: content, source and cue spans), in `text` coordinates.
package struct GoldAttribution: Sendable {
    package var content: [Span]
    package var source: [Span]
    package var cue: [Span]
    package init(content: [Span], source: [Span], cue: [Span]) { self.content = content; self.source = source; self.cue = cue }
}

/// Labelled examples for one model: sparse features, flattened.
package struct ExampleSet: Sendable {
    package private(set) var features: [UInt32] = []
    package private(set) var offsets: [Int] = [0]
    package private(set) var labels: [Bool] = []
    /// Where each group of competing examples starts (a cue's source
    /// candidates), for ranking; empty when the examples stand alone.
    package private(set) var groupStarts: [Int] = []

    package init() {}
    package var count: Int { labels.count }

    /// The examples added from now on, up to the next group, compete.
    mutating func beginGroup() { groupStarts.append(count) }

    /// The examples of group `g`.
    package func group(_ g: Int) -> Range<Int> { groupStarts[g]..<(g + 1 < groupStarts.count ? groupStarts[g + 1] : count) }

    mutating func add(_ f: Features, _ label: Bool) {
        f.forEach { features.append($0) }
        offsets.append(features.count)
        labels.append(label)
    }

    package mutating func add(indices: [UInt32], label: Bool) {
        features.append(contentsOf: indices)
        offsets.append(features.count)
        labels.append(label)
    }

    package mutating func append(_ other: ExampleSet) {
        groupStarts.append(contentsOf: other.groupStarts.map { $0 + count })
        let base = features.count
        features.append(contentsOf: other.features)
        offsets.append(contentsOf: other.offsets.dropFirst().map { $0 + base })
        labels.append(contentsOf: other.labels)
    }

    package func example(_ i: Int) -> ArraySlice<UInt32> { features[offsets[i]..<offsets[i + 1]] }
}

/// A training document: the extract record, its view, and its gold on tokens.
package struct PreparedDocument: Sendable {
    package let doc: ExtractedDocument
    package let gold: [GoldAttribution]
    let view: DocView
    /// Per token: the gold attribution whose cue / source / content holds it, or -1.
    let cueOf: [Int32]
    let contentOf: [Int32]
    /// Sources are shared (`Cruz said ..., adding ...`), so a token may be in several.
    let sourcesOf: [Int: [Int32]]

    func isSource(_ t: Int, of g: Int) -> Bool { sourcesOf[t]?.contains(Int32(g)) ?? false }

    package init(_ doc: ExtractedDocument, gold: [GoldAttribution]) {
        self.doc = doc
        self.gold = gold
        let v = DocView(doc)
        view = v
        let map = doc.norm.map
        func mark(_ spans: (GoldAttribution) -> [Span], _ each: (Int, Int32) -> Void) {
            var ranges: [(Span, Int32)] = []
            for (k, g) in gold.enumerated() { for s in spans(g) { ranges.append((map.normalized(s), Int32(k))) } }
            ranges.sort { $0.0.start < $1.0.start }
            for (sp, k) in ranges {
                var t = partitionPoint(v.toks.indices) { Int(v.toks[$0].end) <= sp.start }
                while t < v.toks.count, Int(v.toks[t].start) < sp.end {
                    // A token counts when most of it lies inside the span.
                    let a = max(sp.start, Int(v.toks[t].start)), b = min(sp.end, Int(v.toks[t].end))
                    if (b - a) * 2 >= Int(v.toks[t].end - v.toks[t].start) { each(t, k) }
                    t += 1
                }
            }
        }
        var cue = [Int32](repeating: -1, count: v.toks.count), content = cue
        var sources: [Int: [Int32]] = [:]
        mark({ $0.cue }) { cue[$0] = $1 }
        mark({ $0.content }) { content[$0] = $1 }
        mark({ $0.source }) { sources[$0, default: []].append($1) }
        cueOf = cue
        contentOf = content
        sourcesOf = sources
    }

    /// For each word type seen in a gold cue: how often it is in one, and how often it occurs.
    package func cueWordCounts(into counts: inout [UInt64: (word: String, cue: Int, all: Int)]) {
        let v = view
        var inCue: [UInt64: String] = [:]
        for (t, k) in cueOf.enumerated() where k >= 0 && v.toks[t].kind == .word && v.toks[t].cls.isDisjoint(with: Lex.function) {
            inCue[v.toks[t].word] = v.s.string(v.toks[t].span).lowercased()
        }
        for (h, w) in inCue where counts[h] == nil { counts[h] = (w, 0, 0) }
        for (t, x) in v.toks.enumerated() where x.kind == .word {
            guard var c = counts[x.word] else { continue }
            c.all += 1
            if cueOf[t] >= 0 { c.cue += 1 }
            counts[x.word] = c
        }
    }

    /// The gold attribution a predicted cue is: the one sharing most of its tokens.
    func goldOf(_ c: CueRun) -> Int {
        var best = -1, bestN = 0
        var n: [Int32: Int] = [:]
        for t in c.toks where cueOf[t] >= 0 { n[cueOf[t], default: 0] += 1 }
        for (k, x) in n where x > bestN || (x == bestN && Int(k) < best) { best = Int(k); bestN = x }
        return best
    }
}

/// Examples for each model, made with the same features inference uses.
/// Each stage's examples come from the previous stages' predictions with
/// `m`, so later models learn from the mistakes earlier ones make.
package enum TrainingExamples {
    package static func cues(_ d: PreparedDocument, _ m: AttributionModel, into out: inout ExampleSet) {
        var f = Features()
        let v = d.view
        let scan = CueScan(v, m)
        for i in v.toks.indices where scan[i].candidate {
            CueFinder.features(v, i, scan, into: &f)
            out.add(f, d.cueOf[i] >= 0)
        }
    }

    package static func sources(_ d: PreparedDocument, _ m: AttributionModel, into out: inout ExampleSet) {
        let v = d.view
        let cues = Analyzer.selectCues(v, CueScan(v, m), m).0
        let inCue = mask(v, cues)
        var f = Features()
        for c in cues {
            let g = d.goldOf(c)
            guard g >= 0, !d.gold[g].source.isEmpty else { continue }
            let cx = CueContext(v, c, inCue)
            out.beginGroup()
            SourceFinder.forEachCandidate(v, c, cx, inCue) { j, bt in
                SourceFinder.features(v, c, cx, j, bt, into: &f)
                out.add(f, d.isSource(j, of: g))
            }
        }
    }

    /// Owner examples, and start and end examples for the segments that are content.
    package static func contents(_ d: PreparedDocument, _ m: AttributionModel,
                                 owner: inout ExampleSet, start: inout ExampleSet, end: inout ExampleSet) {
        let v = d.view
        let cues = Analyzer.selectCues(v, CueScan(v, m), m).0
        let inCue = mask(v, cues)
        let sources = cues.map { SourceFinder.pick(v, $0, m, inCue) }
        let cx = ContentFinder.complexes(v, cues, sources)
        var f = Features()
        for g in ContentFinder.segments(v, cx) {
            for side in [Side.after, Side.before] {
                guard ContentFinder.mayOwn(g, side: side, cues, sources) else { continue }
                let ci = side == .after ? g.left : g.right
                let gold = d.goldOf(cues[ci])
                var words = 0, inside = 0
                for t in g.toks where v.toks[t].kind != .punct {
                    words += 1
                    if gold >= 0 && d.contentOf[t] == Int32(gold) { inside += 1 }
                }
                let label = gold >= 0 && words > 0 && inside * 2 >= words
                ContentFinder.ownerFeatures(v, g, cx, cues, sources, side: side, into: &f)
                owner.add(f, label)
                guard label else { continue }
                let cw = v.toks[cues[ci].head].word
                var gs = -1, ge = -1
                for t in g.toks where d.contentOf[t] == Int32(gold) { if gs < 0 { gs = t }; ge = t + 1 }
                // The start and end models decide in scanning order: the
                // candidates up to the gold one, which is the positive.
                let starts = ContentFinder.startCandidates(v, g, side)
                if starts.contains(gs) {
                    for t in starts {
                        ContentFinder.startFeatures(v, g, t, cw, side, into: &f)
                        start.add(f, t == gs)
                        if t == gs { break }
                    }
                }
                let s = starts.contains(gs) ? gs : (starts.first ?? g.toks.lowerBound)
                let ends = ContentFinder.endCandidates(v, g, s, side).filter { $0 > s }
                // The segment's end stands for a gold end at its last token (the period).
                let target = ends.contains(ge) ? ge : (ge >= g.toks.upperBound - 1 ? g.toks.upperBound : -1)
                if target > 0 {
                    for e in ends {
                        ContentFinder.endFeatures(v, g, s, e, cw, side, into: &f)
                        end.add(f, e == target)
                        if e == target { break }
                    }
                }
            }
        }
    }

    /// Link examples: each cue-less quotation against the claims it may
    /// continue, linked as the gold says (teacher forcing), in text order.
    package static func links(_ d: PreparedDocument, _ m: AttributionModel, into out: inout ExampleSet) {
        var a = Analyzer.beforeLinking(d.view, CueScan(d.view, m), m)
        var covered = QuoteLinker.coverage(a)
        var f = Features()
        for ui in a.view.units.indices {
            guard let r = QuoteLinker.uncoveredQuote(a.view, ui, covered) else { continue }
            var words = 0
            var owners: [Int32: Int] = [:]
            for t in r where a.view.toks[t].kind != .punct {
                words += 1
                if d.contentOf[t] >= 0 { owners[d.contentOf[t], default: 0] += 1 }
            }
            var target = -1
            for c in QuoteLinker.candidates(a, ui, r, covered) {
                let g = d.goldOf(a.cues[a.drafts[c.draft].cue])
                let right = g >= 0 && (owners[Int32(g)] ?? 0) * 2 >= words
                QuoteLinker.features(a, ui, r, c, into: &f)
                out.add(f, right)
                if right && target < 0 { target = c.draft }
            }
            QuoteLinker.attach(&a, &covered, ui, r, to: target)
        }
    }

    static func mask(_ v: DocView, _ cues: [CueRun]) -> [Bool] {
        var m = [Bool](repeating: false, count: v.toks.count)
        for c in cues { for t in c.toks { m[t] = true } }
        return m
    }
}
