import ClaimlineCore
import Attribute
import Foundation

/// Trains every attribution model on PolNeAR train, with K-fold
/// cross-validation inside train for the score model, its calibration and
/// the emission threshold (dev is never read).
struct Trainer {
    let docs: [PreparedDocument]
    var folds = 5
    let log: (String) -> Void
    /// Where to write stage-by-stage diagnostics of the held-out folds (nil: none).
    var diagnose: String? = nil
    /// Settings of the finders (thresholds) the models are trained with.
    var base = AttributionModel(cueWordList: [])

    /// A candidate claim of a held-out document.
    struct Candidate {
        var doc: Int
        var claim: Claim
        var features: [UInt32]
        var right: Bool
        /// Index (in the same list) of the claim a quotation fragment belongs to.
        var parent: Int?
    }

    func fold(of doc: Int) -> Int { doc % folds }

    /// Cue words: seen in gold cues at least three times, in a cue at least 5% of the time.
    func lexicon(_ idx: [Int]) -> [String] {
        var counts: [UInt64: (word: String, cue: Int, all: Int)] = [:]
        for i in idx { docs[i].cueWordCounts(into: &counts) }
        return counts.values.filter { $0.cue >= 3 && Double($0.cue) >= 0.05 * Double($0.all) }.map(\.word).sorted()
    }

    /// Examples from each document in parallel, merged in document order.
    func examples(_ idx: [Int], _ make: (PreparedDocument, inout [ExampleSet]) -> Void, sets: Int) -> [ExampleSet] {
        var slots = [[ExampleSet]](repeating: [], count: idx.count)
        let lock = NSLock()
        DispatchQueue.concurrentPerform(iterations: idx.count) { k in
            var out = [ExampleSet](repeating: ExampleSet(), count: sets)
            make(docs[idx[k]], &out)
            lock.lock(); slots[k] = out; lock.unlock()
        }
        var merged = [ExampleSet](repeating: ExampleSet(), count: sets)
        for s in slots { for j in 0..<sets { merged[j].append(s[j]) } }
        return merged
    }

    /// The stage models (cue, source, owner, start, end) trained on `idx`.
    func stages(_ idx: [Int]) -> AttributionModel {
        var m = base
        m.setCueWords(lexicon(idx))
        let cueSet = examples(idx, { d, out in TrainingExamples.cues(d, m, into: &out[0]) }, sets: 1)[0]
        m.cue = Logistic().fit(cueSet)
        let frozen1 = m
        let srcSet = examples(idx, { d, out in TrainingExamples.sources(d, frozen1, into: &out[0]) }, sets: 1)[0]
        m.source = Logistic(listwise: Logistic.sourceListwise).fit(srcSet)
        let frozen2 = m
        let content = examples(idx, { d, out in
            var o = ExampleSet(), s = ExampleSet(), e = ExampleSet()
            TrainingExamples.contents(d, frozen2, owner: &o, start: &s, end: &e)
            out = [o, s, e]
        }, sets: 3)
        m.owner = Logistic().fit(content[0])
        m.start = Logistic().fit(content[1])
        m.end = Logistic().fit(content[2])
        let frozen3 = m
        let linkSet = examples(idx, { d, out in TrainingExamples.links(d, frozen3, into: &out[0]) }, sets: 1)[0]
        m.link = Logistic().fit(linkSet)
        log("  \(idx.count) docs: \(m.cueWordList.count) cue words; examples cue \(cueSet.count), source \(srcSet.count), "
            + "owner \(content[0].count), start \(content[1].count), end \(content[2].count), link \(linkSet.count)")
        return m
    }

    /// Every candidate claim of `idx` under `m`, with whether it is right.
    func candidates(_ m: AttributionModel, _ idx: [Int]) -> [Candidate] {
        var slots = [[Candidate]](repeating: [], count: idx.count)
        let lock = NSLock()
        let att = Attributor(model: m)
        DispatchQueue.concurrentPerform(iterations: idx.count) { k in
            let d = docs[idx[k]]
            let cands = att.candidates(d.doc)
            let preds = cands.map { Matching.Prediction(content: $0.claim.content.span, source: $0.claim.source?.span, score: 0) }
            let (_, right) = Matching.evaluate(d.doc.text.scalars, d.gold, preds)
            let out = cands.enumerated().map { Candidate(doc: idx[k], claim: $1.claim, features: $1.features, right: right[$0], parent: $1.parent) }
            lock.lock(); slots[k] = out; lock.unlock()
        }
        // Parents as indices into the flat list.
        var flat: [Candidate] = []
        for s in slots {
            let base = flat.count
            flat += s.map { c in var c = c; c.parent = c.parent.map { $0 + base }; return c }
        }
        return flat
    }

    /// What would be written at a threshold (the stage's own rule).
    func written(_ cands: [Candidate], _ scores: [Double], _ threshold: Double) -> [Bool] {
        Attributor.written(zip(scores, cands).map { ($0, $1.parent) }, threshold: threshold)
    }

    func scoreModel(_ cands: [Candidate]) -> LinearModel {
        var set = ExampleSet()
        for c in cands { set.add(indices: c.features, label: c.right) }
        return Logistic(epochs: 10, rate: 0.1, l2: 1e-4, minCount: 3).fit(set, seed: 7)
    }

    /// Figures for the claims of `idx` scoring at least `threshold`.
    func evaluate(_ cands: [Candidate], scores: [Double], threshold: Double) -> Matching.Totals {
        var byDoc: [Int: [(Candidate, Double)]] = [:]
        let w = written(cands, scores, threshold)
        for (k, (c, s)) in zip(cands, scores).enumerated() where w[k] { byDoc[c.doc, default: []].append((c, s)) }
        var t = Matching.Totals()
        for (i, d) in docs.enumerated() {
            let preds = (byDoc[i] ?? []).map { Matching.Prediction(content: $0.0.claim.content.span, source: $0.0.claim.source?.span, score: $0.1) }
            t.add(Matching.evaluate(d.doc.text.scalars, d.gold, preds).0)
        }
        return t
    }

    func run() -> AttributionModel {
        var oof: [Candidate] = []
        var diagnostics = Diagnostics()
        for f in 0..<folds {
            let trainIdx = docs.indices.filter { fold(of: $0) != f }
            let testIdx = docs.indices.filter { fold(of: $0) == f }
            log("fold \(f + 1)/\(folds)")
            let m = stages(trainIdx)
            oof += candidates(m, testIdx)
            if diagnose != nil { for i in testIdx { diagnostics.add(Diagnostics.run(docs[i], m)) } }
        }
        if let path = diagnose {
            log("held-out stages: " + diagnostics.summary)
            var out = diagnostics.summary + "\n"
            for (k, v) in diagnostics.samples.sorted(by: { $0.key < $1.key }) {
                out += "\n== \(k) (\(v.count))\n" + v.joined(separator: "\n") + "\n"
            }
            try? out.write(toFile: path, atomically: true, encoding: .utf8)
        }
        // Raw scores for each held-out claim from a score model not trained on its fold.
        var raw = [Double](repeating: 0, count: oof.count)
        for f in 0..<folds {
            let sm = scoreModel(oof.filter { fold(of: $0.doc) != f })
            for (k, c) in oof.enumerated() where fold(of: c.doc) == f { raw[k] = sm.probability(indices: c.features) }
        }
        let calibration = Isotonic.fit(zip(raw, oof.map(\.right)).map { ($0, $1) })
        let calibrated = raw.map { calibration($0) }
        // The emission threshold that maximizes F1 over the held-out claims.
        let goldTotal = docs.reduce(0) { $0 + $1.gold.count }
        // F1 is flat near its peak: of the thresholds within 0.002 of the
        // best, take the lowest (more claims found for the same F1).
        var curve: [(t: Double, f1: Double)] = []
        for step in 0...60 {
            let t = Double(step) / 100
            var tp = 0, np = 0
            let w = written(oof, calibrated, t)
            for (k, c) in oof.enumerated() where w[k] { np += 1; if c.right { tp += 1 } }
            curve.append((t, 2 * Double(tp) / Double(max(1, np + goldTotal))))
        }
        let peak = curve.map(\.f1).max() ?? 0
        let best = (f1: peak, t: curve.first { $0.f1 >= peak - 0.002 }?.t ?? 0)
        if let path = diagnose {
            writeMisses(oof, calibrated, best.t, path + ".misses")
            var lines: [UInt8] = []
            for (c, s) in zip(oof, calibrated) {
                var claim = c.claim
                claim.score = s
                lines += claim.jsonLine(); lines.append(10)
            }
            if !FileManager.default.createFile(atPath: path + ".oof.jsonl", contents: Data(lines)) {
                log("cannot write \(path).oof.jsonl (the held-out claims); the model is written all the same")
            }
        }
        log("cross-validated on train (\(folds) folds), all candidates: " + evaluate(oof, scores: calibrated, threshold: 0).summary)
        log("cross-validated on train (\(folds) folds), score >= \(best.t): " + evaluate(oof, scores: calibrated, threshold: best.t).summary)
        log("final models on all \(docs.count) train documents")
        var m = stages(Array(docs.indices))
        m.score = scoreModel(oof)
        m.calibration = calibration
        m.emitThreshold = best.t
        log("weights: cue \(m.cue.count), source \(m.source.count), owner \(m.owner.count), start \(m.start.count), "
            + "end \(m.end.count), link \(m.link.count), score \(m.score.count)")
        return m
    }
}

extension Trainer {
    /// Gold attributions the emitted held-out claims miss, with the claims near them.
    func writeMisses(_ cands: [Candidate], _ scores: [Double], _ threshold: Double, _ path: String) {
        var byDoc: [Int: [(Candidate, Double)]] = [:]
        let w = written(cands, scores, threshold)
        for (k, (c, s)) in zip(cands, scores).enumerated() where w[k] { byDoc[c.doc, default: []].append((c, s)) }
        var out: [String: [String]] = [:]
        for (i, d) in docs.enumerated() {
            let emitted = byDoc[i] ?? []
            let preds = emitted.map { Matching.Prediction(content: $0.0.claim.content.span, source: $0.0.claim.source?.span, score: $0.1) }
            let text = d.doc.text
            let (_, right, matchOfGold) = Matching.match(text.scalars, d.gold, preds)
            for (g, att) in d.gold.enumerated() {
                let direct = Matching.isDirect(text.scalars, att.content)
                let key = direct ? "direct" : "indirect"
                let gc = att.content.map { text[$0] }.joined(separator: " | ")
                let gs = att.source.map { text[$0] }.joined(separator: " | ")
                let cue = att.cue.map { text[$0] }.joined(separator: " ")
                if let j = matchOfGold[g] {
                    if !right[j] {
                        out[key + ": wrong source", default: []].append("cue [\(cue)] gold source [\(gs)] got [\(emitted[j].0.claim.source?.text ?? "-")] :: \(gc.prefix(150))")
                    }
                    continue
                }
                let lo = att.content.map(\.start).min()!, hi = att.content.map(\.end).max()!
                let near = emitted.filter { $0.0.claim.content.span.overlaps(Span(lo, hi)) }
                    .map { "\($0.0.claim.evidence.first ?? "") \(String(format: "%.2f", $0.1)) [\($0.0.claim.content.text.prefix(200))]" }
                let missed = cands.filter { $0.doc == i && $0.claim.content.span.overlaps(Span(lo, hi)) }.count
                out[key + (near.isEmpty ? (missed > 0 ? ": below threshold" : ": no claim") : ": content differs"), default: []]
                    .append("cue [\(cue)] source [\(gs)] gold [\(gc.prefix(300))]" + (near.isEmpty ? "" : "\n      got " + near.joined(separator: "\n      got ")))
            }
        }
        var s = ""
        for (k, v) in out.sorted(by: { $0.key < $1.key }) { s += "\n== \(k) (\(v.count))\n" + v.prefix(300).joined(separator: "\n") + "\n" }
        try? s.write(toFile: path, atomically: true, encoding: .utf8)
    }
}

extension LinearModel {
    func probability(indices: [UInt32]) -> Double { probabilityOf(indices) }
}
