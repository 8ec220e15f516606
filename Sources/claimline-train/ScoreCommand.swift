import ClaimlineCore
import Attribute
import Foundation

/// `claimline-train score GOLD_DIR CLAIMS.jsonl`: the Swift matching on a
/// claims file, to check it agrees with ../shared/tools/eval_attribution.py.
enum ScoreCommand {
    static func run(goldDir: String, claimsPath: String) -> Int32 {
        guard let data = FileManager.default.contents(atPath: claimsPath) else { stderr("cannot read \(claimsPath)"); return 2 }
        var byDoc: [String: [Matching.Prediction]] = [:]
        for line in data.split(separator: UInt8(ascii: "\n")) where !line.isEmpty {
            guard let v = try? JSONParser.parse(Array(line)), let doc = v["doc"]?.string else { continue }
            func span(_ k: String) -> Span? {
                guard let o = v[k], let a = o["start"]?.int, let b = o["end"]?.int else { return nil }
                return Span(a, b)
            }
            guard let c = span("content") else { continue }
            byDoc[doc, default: []].append(Matching.Prediction(content: c, source: span("source"), score: v["score"]?.double ?? 0))
        }
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: goldDir + "/text")) ?? []).filter { $0.hasSuffix(".txt") }.sorted()
        var t = Matching.Totals()
        for n in names {
            let name = String(n.dropLast(4))
            guard let ann = Brat.annotationFile(for: name, in: goldDir), let gold = try? Brat.attributions(annFile: ann),
                  let text = try? String(contentsOfFile: goldDir + "/text/" + n, encoding: .utf8) else { continue }
            t.add(Matching.evaluate(Array(text.unicodeScalars), gold, byDoc[name] ?? []).0)
        }
        print(t.summary)
        return 0
    }
}
