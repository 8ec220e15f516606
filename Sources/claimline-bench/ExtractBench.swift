import ClaimlineCore
import Extract
import Foundation

// claimline-bench extract [--mb N] [--runs N] [--only ROW] SEGMENT.jsonl...
// The extract stage on segment records held in memory, repeated to N MB
// (default 40) of article text (UTF-8), with its parts alone: the body view
// (scalars of both texts, body blocks), and after it quotations only, the
// number prefilter only, the number tokenizer only (on every block), numbers
// only (prefilter, tokens and rules). Each row is the median of N runs
// (default 5), the rows taking turns, in wall and CPU time, with the best
// run's CPU time (the steadiest figure on a shared machine). --only ROW
// (stage, view, quotes, filter, tokens, numbers): that row alone, for
// profiling it.
func extractBench(_ args: ArraySlice<String>) {
    var targetMB = 40, runs = 5, only: String? = nil, paths: [String] = []
    var it = args.makeIterator()
    while let a = it.next() {
        switch a {
        case "--mb": targetMB = Int(it.next() ?? "") ?? targetMB
        case "--runs": runs = Int(it.next() ?? "") ?? runs
        case "--only": only = it.next()
        default: paths.append(a)
        }
    }
    var docs: [SegmentedDocument] = []
    for (_, bytes) in readFiles(paths) {
        for line in bytes.split(separator: UInt8(ascii: "\n")) where !line.isEmpty {
            if let d = try? SegmentedDocument.decode(line: line) { docs.append(d) }
        }
    }
    guard !docs.isEmpty else {
        print("usage: claimline-bench extract [--mb N] [--runs N] [--only stage|view|quotes|filter|tokens|numbers] SEGMENT.jsonl...")
        exit(2)
    }
    let (corpus, bytes) = Harness.repeated(docs, size: { $0.base.base.text.string.utf8.count }, targetBytes: targetMB * 1_000_000)
    print("extract: \(docs.count) documents repeated to \(corpus.count), \(Harness.fmt(Double(bytes) / 1e6)) MB of text")
    let stage = Extractor()
    let counter = SentenceCounter()
    let all: [(key: String, name: String, body: (SegmentedDocument) -> Void)] = [
        ("stage", "extract (Extractor.process)", { d in counter.add((try? stage.process(d)).map { $0.numbers.count + $0.quotes.count } ?? 0) }),
        ("view", "body view only", { d in counter.add(Extractor.run(.bodyView, on: d)) }),
        ("quotes", "body view + quotes", { d in counter.add(Extractor.run(.quotes, on: d)) }),
        ("filter", "body view + number prefilter", { d in counter.add(Extractor.run(.numberFilter, on: d)) }),
        ("tokens", "body view + number tokens", { d in counter.add(Extractor.run(.numberTokens, on: d)) }),
        ("numbers", "body view + numbers (tokens and rules)", { d in counter.add(Extractor.run(.numbers, on: d)) }),
    ]
    let work = all.filter { only == nil || $0.key == only }.map { ($0.name, $0.body) }
    guard !work.isEmpty else { print("claimline-bench extract: no row \(only ?? "")"); exit(2) }
    // Wall time and this thread's CPU time: on a shared machine the CPU time
    // says what the work costs, the wall time what a user waits.
    var wall = [[Double]](repeating: [], count: work.count), cpu = wall
    for _ in 0..<runs {
        for (k, (_, body)) in work.enumerated() {
            let (w0, c0) = (DispatchTime.now().uptimeNanoseconds, threadCPUNanoseconds())
            for d in corpus { body(d) }
            wall[k].append(Double(DispatchTime.now().uptimeNanoseconds - w0) / 1e9)
            cpu[k].append(Double(threadCPUNanoseconds() - c0) / 1e9)
        }
    }
    let mb = Double(bytes) / 1e6
    func median(_ x: [Double]) -> Double { x.sorted()[x.count / 2] }
    print(Harness.pad("what", 44) + Harness.pad("MB/s", 10) + Harness.pad("ms/MB", 10) + Harness.pad("CPU MB/s", 10)
          + Harness.pad("CPU ms/MB", 11) + "best CPU ms/MB")
    for (k, (name, _)) in work.enumerated() {
        let w = median(wall[k]), c = median(cpu[k])
        print(Harness.pad(name, 44) + Harness.pad(Harness.fmt(mb / w), 10) + Harness.pad(Harness.fmt(1000 * w / mb), 10)
              + Harness.pad(Harness.fmt(mb / c), 10) + Harness.pad(Harness.fmt(1000 * c / mb), 11) + Harness.fmt(1000 * cpu[k].min()! / mb))
    }
    let load = (try? String(contentsOfFile: "/proc/loadavg", encoding: .utf8))?.split(separator: " ").prefix(3).joined(separator: " ") ?? "?"
    print("medians of \(runs) runs, one thread; load average \(load) (checksum \(counter.total & 0xFFFF))")
}
