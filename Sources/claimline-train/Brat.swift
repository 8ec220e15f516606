import ClaimlineCore
import Attribute
import Foundation

/// PolNeAR's brat standoff: `NAME.txt` under `text/`, and for each, the
/// first (sorted) `NAME_ANNOTATOR.ann` under `attributions/`, read the way
/// ../shared/tools/eval_attribution.py reads it. Span texts may run over
/// several lines; only `T` and `E` lines are read.
enum Brat {
    static func attributions(annFile: String) throws -> [GoldAttribution] {
        let raw = try String(contentsOfFile: annFile, encoding: .utf8)
        var spans: [String: [Span]] = [:]
        var events: [[String: [String]]] = []
        for line in raw.split(separator: "\n", omittingEmptySubsequences: false) {
            let parts = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard parts.count >= 2, let id = parts.first, id.count > 1,
                  id.first == "T" || id.first == "E", id.dropFirst().allSatisfy(\.isNumber) else { continue }
            if id.first == "T" {
                let fields = parts[1].split(separator: " ", maxSplits: 1).map(String.init)
                guard fields.count == 2 else { continue }
                var ranges: [Span] = []
                for r in fields[1].split(separator: ";") {
                    let ab = r.split(separator: " ").compactMap { Int($0) }
                    if ab.count == 2 { ranges.append(Span(ab[0], ab[1])) }
                }
                spans[id] = ranges
            } else {
                var roles: [String: [String]] = [:]
                for kv in parts[1].split(separator: " ") {
                    let p = kv.split(separator: ":", maxSplits: 1).map(String.init)
                    guard p.count == 2 else { continue }
                    let role = String(p[0].reversed().drop(while: \.isNumber).reversed())
                    roles[role, default: []].append(p[1])
                }
                events.append(roles)
            }
        }
        return events.compactMap { ev in
            func ranges(_ role: String) -> [Span] { (ev[role] ?? []).flatMap { spans[$0] ?? [] } }
            let content = ranges("Content")
            guard !content.isEmpty else { return nil }
            return GoldAttribution(content: content, source: ranges("Source"), cue: ranges("Cue"))
        }
    }

    /// The annotation file the scorer uses for a text, if any.
    static func annotationFile(for name: String, in dir: String) -> String? {
        let folder = dir + "/attributions"
        guard let files = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return nil }
        return files.filter { $0.hasPrefix(name + "_") && $0.hasSuffix(".ann") }.sorted().first.map { folder + "/" + $0 }
    }
}
