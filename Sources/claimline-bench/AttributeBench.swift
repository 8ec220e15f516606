import ClaimlineCore
import Attribute
import Foundation

/// `claimline-bench attribute EXTRACT.jsonl...`: the attribute stage on
/// extract records held in memory, next to the cost of reading and writing
/// the JSON Lines around it. MB are MB of article text (UTF-8).
func attributeBenchmark(_ args: ArraySlice<String>) {
    // --stage-only: just the stage, for profiling it. --cpu N: also N runs
    // timed by the thread's CPU clock (steadier than wall time on a busy machine).
    let stageOnly = args.contains("--stage-only")
    var cpuRuns = 0
    var paths: [String] = []
    var k = args.startIndex
    while k < args.endIndex {
        if args[k] == "--cpu", k + 1 < args.endIndex { cpuRuns = Int(args[k + 1]) ?? 0; k += 2; continue }
        if args[k] != "--stage-only" { paths.append(args[k]) }
        k += 1
    }
    var lines: [ArraySlice<UInt8>] = []
    for (_, bytes) in readFiles(paths) {
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
        if cpuRuns > 0 { printCPUTimes(cpuRuns, bytes) { for d in docs { _ = try? stage.process(d) } } }
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

/// The work timed `runs` times by the thread's CPU clock: the fastest and
/// the median run, as MB/s.
private func printCPUTimes(_ runs: Int, _ bytes: Int, _ work: () -> Void) {
    var times: [Double] = []
    for _ in 0..<runs {
        var a = timespec(), b = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &a)
        work()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &b)
        times.append(Double(b.tv_sec - a.tv_sec) + Double(b.tv_nsec - a.tv_nsec) / 1e9)
    }
    times.sort()
    let mb = Double(bytes) / 1e6
    print("attribute, CPU time of \(runs) runs: fastest \(Harness.fmt(mb / times[0])) MB/s, median \(Harness.fmt(mb / times[runs / 2])) MB/s")
}
