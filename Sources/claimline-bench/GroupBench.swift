import ClaimlineCore
import Foundation
import Ingest
import Normalize
import Segment
import Extract
import Attribute

/// `claimline-bench group PATH...`: the whole pipeline in this process (claims
/// written as JSON, no files), document by document against stage by stage
/// over groups of 8 and 32 documents, as `claimline run` works its batches.
/// Thread CPU time, the fastest and the median of 5 interleaved rounds.
func groupBench(_ args: ArraySlice<String>) {
    let raw = rawDocuments(Array(args))
    let ingester = Ingester(), normalizer = Normalizer(), segmenter = Segmenter(), extractor = Extractor(), attributor = Attributor()
    let bytes = raw.map { rawBytes($0).count }.reduce(0, +)
    func grouped(_ g: Int) -> Int {
        var n = 0
        var k = 0
        while k < raw.count {
            let part = raw[k..<min(raw.count, k + g)]
            let i = part.compactMap { try? ingester.ingest($0) }
            let no = i.compactMap { try? normalizer.process($0) }
            let s = no.compactMap { try? segmenter.process($0) }
            let e = s.compactMap { try? extractor.process($0) }
            for d in e { for x in (try? attributor.process(d)) ?? [] { n += x.jsonLine().count } }
            k += g
        }
        return n
    }
    var results: [String: [Double]] = [:]
    for _ in 0..<5 {
        for (name, g) in [("per doc", 1), ("groups of 8", 8), ("groups of 32", 32)] {
            let t0 = threadCPUNanoseconds()
            _ = grouped(g)
            results[name, default: []].append(Double(threadCPUNanoseconds() - t0) / 1e9)
        }
    }
    for (k, v) in results.sorted(by: { $0.key < $1.key }) {
        let s = v.sorted()
        print(k, "min", String(format: "%.3f", s[0]), "median", String(format: "%.3f", s[2]), "MB/s (min)", String(format: "%.2f", Double(bytes) / 1e6 / s[0]))
    }
}
