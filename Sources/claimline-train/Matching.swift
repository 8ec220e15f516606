import ClaimlineCore
import Attribute

/// The matching of ../shared/tools/eval_attribution.py, in Swift: content
/// spans as character sets trimmed of spaces, punctuation and quote marks at
/// their edges; pairs with Jaccard >= 0.5 matched greedily, best first; the
/// source right when it overlaps the gold source (or both are absent).
/// Used for the labels of the score model and for cross-validation figures.
enum Matching {
    static let trim: Set<UInt32> = Set(" \t\r\n\u{00A0}\"'“”‘’«»„‚‹›,.;:!?—–-()[]…".unicodeScalars.map(\.value))

    static func charset(_ text: [Unicode.Scalar], _ ranges: [Span]) -> [Int] {
        var s = Set<Int>()
        for r in ranges where r.end > r.start { for i in max(0, r.start)..<min(text.count, r.end) { s.insert(i) } }
        let idx = s.sorted()
        var lo = 0, hi = idx.count
        while lo < hi && trim.contains(text[idx[lo]].value) { lo += 1 }
        while hi > lo && trim.contains(text[idx[hi - 1]].value) { hi -= 1 }
        return Array(idx[lo..<hi])
    }

    static func intersection(_ a: [Int], _ b: [Int]) -> Int {
        var i = 0, j = 0, n = 0
        while i < a.count && j < b.count {
            if a[i] == b[j] { n += 1; i += 1; j += 1 } else if a[i] < b[j] { i += 1 } else { j += 1 }
        }
        return n
    }

    static func isDirect(_ text: [Unicode.Scalar], _ ranges: [Span]) -> Bool {
        guard let a = ranges.map(\.start).min(), let b = ranges.map(\.end).max(), a < b else { return false }
        return text[max(0, a)..<min(text.count, b)].contains { $0 == "\"" || $0 == "\u{201C}" || $0 == "\u{201D}" }
    }

    struct Prediction {
        var content: Span
        var source: Span?
        var score: Double
    }

    /// Totals over documents, as the scorer prints them.
    struct Totals {
        var gold = 0, pred = 0, contentMatched = 0, contentExact = 0, attributed = 0
        var directGold = 0, directAttributed = 0, indirectGold = 0, indirectAttributed = 0
        var scored: [(Double, Bool)] = []

        mutating func add(_ o: Totals) {
            gold += o.gold; pred += o.pred; contentMatched += o.contentMatched; contentExact += o.contentExact
            attributed += o.attributed; directGold += o.directGold; directAttributed += o.directAttributed
            indirectGold += o.indirectGold; indirectAttributed += o.indirectAttributed; scored += o.scored
        }

        static func f1(_ tp: Int, _ np: Int, _ ng: Int) -> (Double, Double, Double) {
            let p = np > 0 ? Double(tp) / Double(np) : 0, r = ng > 0 ? Double(tp) / Double(ng) : 0
            return (p, r, p + r > 0 ? 2 * p * r / (p + r) : 0)
        }
        var attribution: (Double, Double, Double) { Totals.f1(attributed, pred, gold) }
        var content: (Double, Double, Double) { Totals.f1(contentMatched, pred, gold) }
        var exact: (Double, Double, Double) { Totals.f1(contentExact, pred, gold) }
        var directRecall: Double { Double(directAttributed) / Double(max(1, directGold)) }
        var indirectRecall: Double { Double(indirectAttributed) / Double(max(1, indirectGold)) }
        var ece: Double { Matching.ece(scored) }

        var summary: String {
            let (p, r, f) = attribution
            return "attribution P \(fmt(p)) R \(fmt(r)) F1 \(fmt(f)); content F1 \(fmt(content.2)), exact F1 \(fmt(exact.2)); "
                + "direct recall \(fmt(directRecall)) (\(directGold)), indirect recall \(fmt(indirectRecall)) (\(indirectGold)); "
                + "ECE \(fmt(ece)); \(pred) claims for \(gold) gold"
        }
    }

    /// Scores one document's predictions; also says which predictions were right.
    static func evaluate(_ text: [Unicode.Scalar], _ gold: [GoldAttribution], _ preds: [Prediction]) -> (Totals, [Bool]) {
        let r = match(text, gold, preds)
        return (r.0, r.1)
    }

    /// As `evaluate`, plus the prediction matched to each gold attribution.
    static func match(_ text: [Unicode.Scalar], _ gold: [GoldAttribution], _ preds: [Prediction]) -> (Totals, [Bool], [Int: Int]) {
        var t = Totals()
        let gsets = gold.map { charset(text, $0.content) }
        let psets = preds.map { charset(text, [$0.content]) }
        var cand: [(Double, Int, Int)] = []
        for (i, g) in gsets.enumerated() where !g.isEmpty {
            for (j, p) in psets.enumerated() where !p.isEmpty {
                guard p[0] <= g[g.count - 1], g[0] <= p[p.count - 1] else { continue }
                let inter = intersection(g, p)
                guard inter > 0 else { continue }
                let jac = Double(inter) / Double(g.count + p.count - inter)
                if jac >= 0.5 { cand.append((jac, i, j)) }
            }
        }
        cand.sort { ($0.0, $0.1, $0.2) > ($1.0, $1.1, $1.2) }
        var usedG = Set<Int>(), usedP = Set<Int>()
        var matchOfGold: [Int: Int] = [:], matchOfPred: [Int: Int] = [:]
        for (_, i, j) in cand where !usedG.contains(i) && !usedP.contains(j) {
            usedG.insert(i); usedP.insert(j); matchOfGold[i] = j; matchOfPred[j] = i
        }
        t.gold = gold.count
        t.pred = preds.count
        func sourceRight(_ g: GoldAttribution, _ p: Prediction) -> Bool {
            let gs = charset(text, g.source), ps = charset(text, p.source.map { [$0] } ?? [])
            return gs.isEmpty ? ps.isEmpty : intersection(gs, ps) > 0
        }
        var right = [Bool](repeating: false, count: preds.count)
        for (j, p) in preds.enumerated() {
            if let i = matchOfPred[j] { right[j] = sourceRight(gold[i], p) }
            t.scored.append((p.score, right[j]))
        }
        for (i, g) in gold.enumerated() {
            let direct = isDirect(text, g.content)
            if direct { t.directGold += 1 } else { t.indirectGold += 1 }
            guard let j = matchOfGold[i] else { continue }
            t.contentMatched += 1
            if gsets[i] == psets[j] { t.contentExact += 1 }
            if sourceRight(g, preds[j]) {
                t.attributed += 1
                if direct { t.directAttributed += 1 } else { t.indirectAttributed += 1 }
            }
        }
        return (t, right, matchOfGold)
    }

    /// Expected calibration error over ten equal-width bins, as the scorer computes it.
    static func ece(_ scored: [(Double, Bool)]) -> Double {
        guard !scored.isEmpty else { return 0 }
        var n = [Int](repeating: 0, count: 10), s = [Double](repeating: 0, count: 10), g = [Double](repeating: 0, count: 10)
        for (x, ok) in scored {
            let b = min(9, max(0, Int(x * 10)))
            n[b] += 1; s[b] += x; g[b] += ok ? 1 : 0
        }
        var e = 0.0
        for b in 0..<10 where n[b] > 0 {
            e += Double(n[b]) / Double(scored.count) * abs(s[b] / Double(n[b]) - g[b] / Double(n[b]))
        }
        return e
    }
}

func fmt(_ x: Double) -> String {
    let v = (x * 1000).rounded() / 1000
    var s = "\(v)"
    while s.split(separator: ".").last.map({ $0.count < 3 }) == true { s += "0" }
    return s
}
