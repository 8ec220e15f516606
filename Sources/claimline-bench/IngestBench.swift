import CLibXML2
import ClaimlineCore
import Foundation
import Ingest

/// `claimline-bench ingest [--mb N] [--runs N] [--threads 1,2] [--text] PATH...`:
/// ingest throughput in MB/s of HTML on 1 and 2 threads, next to libxml2's
/// bare parse (htmlReadMemory + xmlFreeDoc, with ingest's options) of the
/// same pages. With `--text` the files are plain text (format as ingest
/// sniffs it) and the libxml2 row is left out. Ingest itself hands libxml2 the page without what it never
/// reads (script and style bodies, comments, unread attributes), so it can
/// outrun the bare parse of the whole page. Pages are read (gzip undone)
/// before timing and repeated to N MB (default 100).
func ingestBench(_ args: ArraySlice<String>) {
    var targetMB = 100, runs = 5, threads = [1, 2]
    var paths: [String] = []
    var text = false
    var it = args.makeIterator()
    while let a = it.next() {
        switch a {
        case "--mb": targetMB = Int(it.next() ?? "") ?? targetMB
        case "--runs": runs = Int(it.next() ?? "") ?? runs
        case "--threads": threads = (it.next() ?? "").split(separator: ",").compactMap { Int($0) }
        case "--text": text = true
        default: paths.append(a)
        }
    }
    if paths.isEmpty { paths = ["../shared/benchmarks/article-extraction/html"] }

    // The pages as ingest reads them: files, folders, gzip undone.
    var pages: [RawDocument] = []
    let walker = InputWalker(paths: paths)
    do {
        while let item = try walker.next() {
            if case .document(var raw) = item, case .bytes = raw.content {
                if !text { raw.format = .html }
                pages.append(raw)
            }
        }
    } catch {
        FileHandle.standardError.write("claimline-bench ingest: \(error)\n".data(using: .utf8)!)
        exit(2)
    }
    guard !pages.isEmpty else {
        FileHandle.standardError.write("claimline-bench ingest: no documents under \(paths.joined(separator: " "))\n".data(using: .utf8)!)
        exit(2)
    }
    func size(_ d: RawDocument) -> Int { if case .bytes(let b) = d.content { return b.count }; return 0 }
    let (corpus, bytes) = Harness.repeated(pages, size: size, targetBytes: targetMB << 20)
    print("ingest: \(pages.count) \(text ? "texts" : "pages"), \(Harness.fmt(Double(pages.map(size).reduce(0, +)) / 1e6)) MB, repeated to \(Harness.fmt(Double(bytes) / 1e6)) MB; \(runs) interleaved runs each, median")

    let ingester = Ingester()
    let options = Ingester.libxml2ParseOptions
    let failures = pages.filter { (try? ingester.ingest($0)) == nil }.count
    func parse(_ d: RawDocument) {
        guard case .bytes(let b) = d.content else { return }
        b.withUnsafeBufferPointer { p in
            p.baseAddress!.withMemoryRebound(to: CChar.self, capacity: p.count) { c in
                if let doc = htmlReadMemory(c, Int32(p.count), nil, "UTF-8", options) { xmlFreeDoc(doc) }
            }
        }
    }
    let work: [(String, (RawDocument) -> Void)] = (text ? [] : [("libxml2 htmlReadMemory + xmlFreeDoc", parse)]) + [
        ("ingest (Ingester.ingest)", { _ = try? ingester.ingest($0) }),
        ("ingest + JSON line", { _ = try? ingester.ingest($0).jsonLine() }),
    ]
    // Runs are interleaved (every row once per round) so that load from
    // other processes on the machine falls on all rows alike; each row
    // reports the median of its rounds.
    let once = Harness(runs: 1)
    var times = [[Double]](repeating: [], count: work.count * threads.count)
    var cpu = [[Double]](repeating: [], count: work.count * threads.count)
    for _ in 0..<runs {
        for (w, (name, f)) in work.enumerated() {
            for (k, t) in threads.enumerated() {
                let c0 = cpuSeconds()
                times[w * threads.count + k].append(once.measure(name, corpus, bytes: bytes, threads: t, f).seconds)
                cpu[w * threads.count + k].append(cpuSeconds() - c0)
            }
        }
    }
    var rows: [Measurement] = []
    for (w, (name, _)) in work.enumerated() {
        for (k, t) in threads.enumerated() {
            let sorted = times[w * threads.count + k].sorted()
            rows.append(Measurement(name: name, threads: t, bytes: bytes, documents: corpus.count, seconds: sorted[sorted.count / 2]))
        }
    }
    Harness.printTable(rows)
    // CPU time is what the work costs whatever else runs on the machine.
    print("MB per CPU-second (user + system, all threads): " + work.enumerated().map { w, item in
        let sorted = cpu[w * threads.count].sorted()
        return "\(item.0): \(Harness.fmt(Double(bytes) / 1e6 / sorted[sorted.count / 2]))"
    }.joined(separator: "; "))
    if let one = rows.first(where: { $0.name.hasPrefix("ingest (") && $0.threads == 1 }),
       let two = rows.first(where: { $0.name.hasPrefix("ingest (") && $0.threads == 2 }) {
        print("ingest on 2 threads: \(String(format: "%.2f", two.mbPerSecond / one.mbPerSecond))x one thread")
    }
    if failures > 0 { print("(\(failures) of \(pages.count) pages failed to ingest)") }
    if let load = try? String(contentsOfFile: "/proc/loadavg", encoding: .utf8) {
        print("load average (1, 5, 15 min) at the end: \(load.split(separator: " ").prefix(3).joined(separator: " ")) on \(ProcessInfo.processInfo.activeProcessorCount) cores")
    }
}

/// User and system CPU time of the process so far.
func cpuSeconds() -> Double {
    var u = rusage()
    getrusage(RUSAGE_SELF.rawValue, &u)
    return Double(u.ru_utime.tv_sec + u.ru_stime.tv_sec) + Double(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6
}
