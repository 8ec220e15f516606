import ClaimlineCore
import Attribute
import Foundation

/// `claimline-bench attribute EXTRACT.jsonl...`: the attribute stage on
/// extract records held in memory, next to the cost of reading and writing
/// the JSON Lines around it. MB are MB of article text (UTF-8).
func attributeBenchmark(_ args: ArraySlice<String>) {
    // --stage-only: just the stage, for profiling it.
    let stageOnly = args.contains("--stage-only")
    var lines: [ArraySlice<UInt8>] = []
    for (_, bytes) in readFiles(Array(args.filter { $0 != "--stage-only" })) {
        lines += bytes.split(separator: UInt8(ascii: "\n")).filter { !$0.isEmpty }
    }
    let docs = lines.compactMap { try? ExtractedDocument.decode(line: $0) }
    guard !docs.isEmpty else { print("claimline-bench attribute: no extract records in \(args.joined(separator: " "))"); exit(2) }
    let bytes = docs.reduce(0) { $0 + $1.text.string.utf8.count }
    let stage = Attributor()
    let h = Harness()
    var rows: [Measurement] = []
    if stageOnly {
        Harness.printTable([h.measure("attribute", docs, bytes: bytes, threads: 1) { d in _ = try? stage.process(d) }])
        return
    }
    rows.append(h.measure("read extract records (JSON)", Array(lines.indices), bytes: bytes, threads: 1) { i in
        _ = try? ExtractedDocument.decode(line: lines[i])
    })
    rows.append(h.measure("attribute", docs, bytes: bytes, threads: 1) { d in _ = try? stage.process(d) })
    rows.append(h.measure("attribute + write claims (JSON)", docs, bytes: bytes, threads: 1) { d in
        var n = 0
        for c in (try? stage.process(d)) ?? [] { n += c.jsonLine().count }
        _ = n
    })
    rows.append(h.measure("read + attribute + write", Array(lines.indices), bytes: bytes, threads: 1) { i in
        guard let d = try? ExtractedDocument.decode(line: lines[i]) else { return }
        var n = 0
        for c in (try? stage.process(d)) ?? [] { n += c.jsonLine().count }
        _ = n
    })
    rows.append(h.measure("read + attribute + write", Array(lines.indices), bytes: bytes, threads: 2) { i in
        guard let d = try? ExtractedDocument.decode(line: lines[i]) else { return }
        var n = 0
        for c in (try? stage.process(d)) ?? [] { n += c.jsonLine().count }
        _ = n
    })
    Harness.printTable(rows)
}
