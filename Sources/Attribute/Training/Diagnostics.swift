import ClaimlineCore

/// Where attribution goes wrong on a labelled document, stage by stage:
/// cues found and missed, sources, content boundaries; with examples to read.
package struct Diagnostics: Sendable {
    package var gold = 0, goldCueFound = 0, cues = 0, cuesGold = 0
    package var sourceRight = 0, sourceJudged = 0, contentRight = 0, contentJudged = 0, noContent = 0
    package var samples: [String: [String]] = [:]

    package init() {}

    package mutating func add(_ o: Diagnostics) {
        gold += o.gold; goldCueFound += o.goldCueFound; cues += o.cues; cuesGold += o.cuesGold
        sourceRight += o.sourceRight; sourceJudged += o.sourceJudged; contentRight += o.contentRight
        contentJudged += o.contentJudged; noContent += o.noContent
        for (k, v) in o.samples { samples[k, default: []] += v }
    }

    package var summary: String {
        func r(_ a: Int, _ b: Int) -> String { b == 0 ? "-" : String(Double(Int(Double(a) / Double(b) * 1000)) / 1000) }
        return "cue recall \(r(goldCueFound, gold)) precision \(r(cuesGold, cues)); source right \(r(sourceRight, sourceJudged)) "
            + "of \(sourceJudged); content right \(r(contentRight, contentJudged)) of \(contentJudged); no content \(noContent)"
    }

    package static func run(_ d: PreparedDocument, _ m: AttributionModel) -> Diagnostics {
        var x = Diagnostics()
        let v = d.view
        let a = Analyzer.analyze(v, m)
        x.gold = d.gold.count
        var found = Set<Int>()
        let unitOf: (Int) -> String = { t in v.s.string(v.units[Int(v.toks[t].unit)].span) }
        func text(_ r: Range<Int>) -> String { r.isEmpty ? "" : v.s.string(v.span(r)) }
        func goldText(_ spans: [Span]) -> String { spans.map { d.doc.text[$0] }.joined(separator: " | ") }
        var draftOf = [Int](repeating: -1, count: a.cues.count)
        for (k, dr) in a.drafts.enumerated() where dr.cue >= 0 && dr.pattern != .fragment { draftOf[dr.cue] = k }
        for (ci, c) in a.cues.enumerated() {
            x.cues += 1
            let g = d.goldOf(c)
            guard g >= 0 else {
                if x.samples["false cue", default: []].count < 400 {
                    x.samples["false cue", default: []].append("[\(text(c.toks))] \(unitOf(c.head))")
                }
                continue
            }
            x.cuesGold += 1
            found.insert(g)
            let gold = d.gold[g]
            // Source.
            x.sourceJudged += 1
            let src = a.sources[ci]
            let right = gold.source.isEmpty ? src == nil : (src.map { s in s.toks.contains { d.isSource($0, of: g) } } ?? false)
            if right { x.sourceRight += 1 } else if x.samples["wrong source", default: []].count < 400 {
                x.samples["wrong source", default: []].append("cue [\(text(c.toks))] got [\(src.map { text($0.toks) } ?? "-")] "
                    + "gold [\(goldText(gold.source))] :: \(unitOf(c.head))")
            }
            // Content.
            guard draftOf[ci] >= 0 else {
                x.noContent += 1
                if x.samples["no content", default: []].count < 400 {
                    x.samples["no content", default: []].append("cue [\(text(c.toks))] gold [\(goldText(gold.content))] :: \(unitOf(c.head))")
                }
                continue
            }
            let dr = a.drafts[draftOf[ci]]
            var inter = 0, predN = 0
            for r in dr.parts { for t in r where v.toks[t].kind != .punct { predN += 1; if d.contentOf[t] == Int32(g) { inter += 1 } } }
            var goldN = 0
            for t in v.toks.indices where d.contentOf[t] == Int32(g) && v.toks[t].kind != .punct { goldN += 1 }
            x.contentJudged += 1
            if inter * 2 >= predN + goldN - inter { x.contentRight += 1 } else if x.samples["wrong content", default: []].count < 400 {
                x.samples["wrong content", default: []].append("cue [\(text(c.toks))] \(dr.pattern.name) got [\(dr.parts.map(text).joined(separator: " | "))] "
                    + "gold [\(goldText(gold.content))]")
            }
        }
        x.goldCueFound = found.count
        for (g, att) in d.gold.enumerated() where !found.contains(g) {
            if x.samples["missed cue", default: []].count < 600, let cs = att.cue.first {
                let ns = d.doc.norm.map.normalized(cs)
                let ctx = v.units.first { $0.span.contains(ns.start) }.map { v.s.string($0.span) } ?? ""
                x.samples["missed cue", default: []].append("[\(d.doc.text[cs])] \(ctx)")
            }
        }
        return x
    }
}

extension Diagnostics {
    /// Everything the finders decided on a document, for reading.
    package static func explain(_ doc: ExtractedDocument, _ m: AttributionModel) -> String {
        let v = DocView(doc)
        let a = Analyzer.analyze(v, m)
        let scan = CueScan(v, m)
        func text(_ r: Range<Int>) -> String { r.isEmpty ? "" : v.s.string(v.span(r)) }
        var out = ""
        var f = Features()
        for (ui, u) in v.units.enumerated() {
            out += "unit \(ui) (block \(u.block)): \(v.s.string(u.span))\n"
            for i in u.toks where scan[i].candidate {
                CueFinder.features(v, i, scan, into: &f)
                out += "  cue? [\(text(i..<(i + 1)))] \(rounded(m.cue.probability(f)))\n"
            }
            for (ci, c) in a.cues.enumerated() where c.unit == ui {
                out += "  CUE \(ci) [\(text(c.toks))] p \(rounded(c.probability))"
                if let s = a.sources[ci] { out += " source [\(text(s.toks))] head [\(text(s.head..<(s.head + 1)))] p \(rounded(s.probability))" }
                var cands: [(Double, String)] = []
                let cx = CueContext(v, c, a.inCue)
                SourceFinder.forEachCandidate(v, c, cx, a.inCue) { j, bt in
                    SourceFinder.features(v, c, cx, j, bt, into: &f)
                    cands.append((m.source.probability(f), text(j..<(j + 1))))
                }
                out += "  candidates: " + cands.sorted { $0.0 > $1.0 }.prefix(4).map { "\($0.1) \(rounded($0.0))" }.joined(separator: ", ") + "\n"
            }
            for g in a.segments where g.unit == ui {
                var line = "  SEG [\(text(g.toks))] left \(g.left) right \(g.right)"
                if ContentFinder.mayOwn(g, side: .after, a.cues, a.sources) {
                    ContentFinder.ownerFeatures(v, g, a.complexes, a.cues, a.sources, side: .after, into: &f)
                    line += " after \(rounded(m.owner.probability(f)))"
                } else if g.left >= 0 {
                    line += " after - (between the source and its cue)"
                }
                if ContentFinder.mayOwn(g, side: .before, a.cues, a.sources) {
                    ContentFinder.ownerFeatures(v, g, a.complexes, a.cues, a.sources, side: .before, into: &f)
                    line += " before \(rounded(m.owner.probability(f)))"
                } else if g.right >= 0 {
                    line += " before - (between the source and its cue)"
                }
                out += line + "\n"
            }
        }
        for d in a.drafts {
            out += "DRAFT \(d.pattern.name) cue \(d.cue >= 0 ? text(a.cues[d.cue].toks) : "-"): \(d.parts.map(text).joined(separator: " | "))\n"
        }
        let built = ClaimBuilder.claims(doc, m)
        let written = Attributor.written(built.map { ($0.claim.score, $0.parent) }, threshold: m.emitThreshold)
        for (k, b) in built.enumerated() {
            out += "CLAIM \(k) \(written[k] ? "written" : "dropped") score \(b.claim.score) parent \(b.parent.map(String.init) ?? "-") "
                + "\(b.claim.kind.rawValue) [\(b.claim.speaker ?? "-")] \(b.claim.content.text.prefix(80))\n"
        }
        return out
    }

    static func rounded(_ p: Double) -> String { String(Double(Int(p * 100)) / 100) }
}
