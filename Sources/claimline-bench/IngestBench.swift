import CLibXML2
import ClaimlineCore
import Foundation
import Ingest

/// `claimline-bench ingest [--mb N] [--runs N] PATH...`: ingest throughput in
/// MB/s of HTML on 1 and 2 threads, next to libxml2's bare parse
/// (htmlReadMemory + xmlFreeDoc, with ingest's options) of the same pages.
/// Pages are read (gzip undone) before timing and repeated to N MB.
func ingestBench(_ args: ArraySlice<String>) {
    var targetMB = 100, runs = 5, threads = [1, 2]
    var paths: [String] = []
    var it = args.makeIterator()
    while let a = it.next() {
        switch a {
        case "--mb": targetMB = Int(it.next() ?? "") ?? targetMB
        case "--runs": runs = Int(it.next() ?? "") ?? runs
        case "--threads": threads = (it.next() ?? "").split(separator: ",").compactMap { Int($0) }
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
                raw.format = .html
                pages.append(raw)
            }
        }
    } catch {
        FileHandle.standardError.write("claimline-bench ingest: \(error)\n".data(using: .utf8)!)
        exit(2)
    }
    guard !pages.isEmpty else {
        FileHandle.standardError.write("claimline-bench ingest: no HTML pages under \(paths.joined(separator: " "))\n".data(using: .utf8)!)
        exit(2)
    }
    func size(_ d: RawDocument) -> Int { if case .bytes(let b) = d.content { return b.count }; return 0 }
    let (corpus, bytes) = Harness.repeated(pages, size: size, targetBytes: targetMB << 20)
    print("ingest: \(pages.count) pages, \(Harness.fmt(Double(pages.map(size).reduce(0, +)) / 1e6)) MB, repeated to \(Harness.fmt(Double(bytes) / 1e6)) MB; \(runs) runs each, median")

    let harness = Harness(runs: runs)
    let ingester = Ingester()
    let options = Ingester.libxml2ParseOptions
    var rows: [Measurement] = []
    for t in threads {
        rows.append(harness.measure("libxml2 htmlReadMemory + xmlFreeDoc", corpus, bytes: bytes, threads: t) { d in
            guard case .bytes(let b) = d.content else { return }
            b.withUnsafeBufferPointer { p in
                p.baseAddress!.withMemoryRebound(to: CChar.self, capacity: p.count) { c in
                    if let doc = htmlReadMemory(c, Int32(p.count), nil, "UTF-8", options) { xmlFreeDoc(doc) }
                }
            }
        })
    }
    var failures = 0
    for t in threads {
        rows.append(harness.measure("ingest (Ingester.ingest)", corpus, bytes: bytes, threads: t) { d in
            if (try? ingester.ingest(d)) == nil { failures += t == 1 ? 1 : 0 }
        })
    }
    for t in threads {
        rows.append(harness.measure("ingest + JSON line", corpus, bytes: bytes, threads: t) { d in
            _ = try? ingester.ingest(d).jsonLine()
        })
    }
    Harness.printTable(rows)
    if let one = rows.first(where: { $0.name.hasPrefix("ingest (") && $0.threads == 1 }),
       let two = rows.first(where: { $0.name.hasPrefix("ingest (") && $0.threads == 2 }) {
        print("ingest on 2 threads: \(String(format: "%.2f", two.mbPerSecond / one.mbPerSecond))x one thread")
    }
    if failures > 0 { print("(\(failures / runs) pages failed to ingest)") }
}
