import ClaimlineCore
import Foundation
import Ingest
import Normalize
import Segment
import Extract
import Attribute

// claimline-bench scaling [--runs N] [--sizes KB,KB,...] PATH...
// How the cost of one document grows with its size: the texts under PATHs
// are joined (blank lines between) into single documents of each size
// (default 10 KB to 10 MB), and every stage runs on each in this process.
// Time per MB should stay flat: a 10x larger document costs about 10x.
func scalingBench(_ args: ArraySlice<String>) {
    var runs = 3, sizesKB = [10, 100, 1_000, 10_000], paths: [String] = []
    var it = args.makeIterator()
    while let a = it.next() {
        switch a {
        case "--runs": runs = Int(it.next() ?? "") ?? runs
        case "--sizes": sizesKB = (it.next() ?? "").split(separator: ",").compactMap { Int($0) }
        default: paths.append(a)
        }
    }
    guard !paths.isEmpty, !sizesKB.isEmpty else {
        print("usage: claimline-bench scaling [--runs N] [--sizes KB,KB,...] PATH...")
        exit(2)
    }
    let texts = rawDocuments(paths).map { String(decoding: rawBytes($0), as: UTF8.self) }
    guard !texts.isEmpty else { fputs("claimline-bench scaling: no documents\n", stderr); exit(2) }
    print(Harness.pad("size", 12) + Harness.pad("what", 14) + Harness.pad("ms", 10) + "ms per MB")
    for kb in sizesKB {
        var doc = "", k = 0
        while doc.utf8.count < kb * 1000 { doc += texts[k % texts.count] + "\n\n"; k += 1 }
        let raw = RawDocument(id: "joined", source: "bench", content: .text(doc), format: .text)
        let mb = Double(doc.utf8.count) / 1e6
        // Each stage timed alone on the previous stage's output.
        guard let d = try? Ingester().ingest(raw), let n = try? Normalizer().process(d),
              let sg = try? Segmenter().process(n), let e = try? Extractor().process(sg) else { continue }
        let stages: [(String, () -> Void)] = [
            ("ingest", { _ = try? Ingester().ingest(raw) }),
            ("normalize", { _ = try? Normalizer().process(d) }),
            ("segment", { _ = try? Segmenter().process(n) }),
            ("extract", { _ = try? Extractor().process(sg) }),
            ("attribute", { _ = try? Attributor().process(e) }),
        ]
        for (name, work) in stages {
            var times: [Double] = []
            for _ in 0..<runs {
                let t0 = DispatchTime.now().uptimeNanoseconds
                work()
                times.append(Double(DispatchTime.now().uptimeNanoseconds - t0) / 1e6)
            }
            let ms = times.sorted()[times.count / 2]
            print(Harness.pad("\(Harness.fmt(mb)) MB", 12) + Harness.pad(name, 14) + Harness.pad(Harness.fmt(ms), 10) + Harness.fmt(ms / mb))
        }
    }
}
