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
    func perDoc() -> Int {
        var n = 0
        for d in raw {
            guard let i = try? ingester.ingest(d), let no = try? normalizer.process(i), let s = try? segmenter.process(no),
                  let e = try? extractor.process(s), let c = try? attributor.process(e) else { continue }
            for x in c { n += x.jsonLine().count }
        }
        return n
    }
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
    func cpu() -> Double {
        var t = timespec(); clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t); return Double(t.tv_sec) + Double(t.tv_nsec) / 1e9
    }
    var results: [String: [Double]] = [:]
    for _ in 0..<5 {
        for (name, f) in [("per doc", { perDoc() }), ("groups of 8", { grouped(8) }), ("groups of 32", { grouped(32) })] {
            let t0 = cpu(); _ = f(); let t = cpu() - t0
            results[name, default: []].append(t)
        }
    }
    for (k, v) in results.sorted(by: { $0.key < $1.key }) {
        let s = v.sorted()
        print(k, "min", String(format: "%.3f", s[0]), "median", String(format: "%.3f", s[2]), "MB/s (min)", String(format: "%.2f", Double(bytes) / 1e6 / s[0]))
    }
}
