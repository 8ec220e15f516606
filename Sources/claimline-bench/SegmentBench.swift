import ClaimlineCore
import CICU
import Foundation
import Ingest
import Normalize
import Segment

// claimline-bench segment [--mb N] [--runs N] PATH...
// PATHs are JSONL files of {id, text} records, or text or HTML files and
// folders of them. The documents are ingested and normalized before timing;
// the corpus is repeated to N MB (default 32) of text. Rows: ICU's sentence
// BreakIterator alone over each normalized text (UTF-16 made beforehand; bare
// rules and with the English suppressions), then the segment stage on 1 and 2
// threads; each the median of N runs (default 5), the rows taking turns.
func segmentBench(_ args: ArraySlice<String>) {
    var targetMB = 32, runs = 5, paths: [String] = []
    var it = args.makeIterator()
    while let a = it.next() {
        switch a {
        case "--mb": targetMB = Int(it.next() ?? "") ?? targetMB
        case "--runs": runs = Int(it.next() ?? "") ?? runs
        default: paths.append(a)
        }
    }
    guard !paths.isEmpty else {
        print("usage: claimline-bench segment [--mb N] [--runs N] PATH...  (JSONL {id, text} files or text folders)")
        exit(2)
    }
    let docs = loadNormalized(paths)
    let (corpus, bytes) = Harness.repeated(docs, size: { $0.text.string.utf8.count }, targetBytes: targetMB * 1_000_000)
    print("segment: \(docs.count) documents repeated to \(corpus.count), \(Harness.fmt(Double(bytes) / 1e6)) MB of text; ICU \(String(cString: cicu_version()))")

    // ICU alone: the same normalized texts as UTF-16, made before timing.
    let texts = docs.map { $0.norm.text.utf16().units }
    let units = Harness.repeated(Array(texts.indices), size: { docs[$0].text.string.utf8.count },
                                 targetBytes: targetMB * 1_000_000).docs
    var out = [Int32](repeating: 0, count: 1 << 16)
    var sink = 0
    let seg = Segmenter()
    let counter = SentenceCounter()
    // The rows take turns, one run each per round, so that load from other
    // work on the machine falls on all of them alike; each row is the median.
    let once = Harness(runs: 1)
    var rows: [[Measurement]] = [[], [], [], []]
    for _ in 0..<runs {
        rows[0].append(once.measure("ICU sentence BreakIterator (bare rules)", units, bytes: bytes, threads: 1) { k in
            texts[k].withUnsafeBufferPointer { src in
                out.withUnsafeMutableBufferPointer { dst in
                    sink &+= Int(cicu_sentence_breaks_plain(src.baseAddress, Int32(src.count), dst.baseAddress, Int32(dst.count)))
                }
            }
        })
        rows[1].append(once.measure("ICU sentence BreakIterator (en@ss=standard)", units, bytes: bytes, threads: 1) { k in
            texts[k].withUnsafeBufferPointer { src in
                out.withUnsafeMutableBufferPointer { dst in
                    sink &+= Int(cicu_sentence_breaks(src.baseAddress, Int32(src.count), dst.baseAddress, Int32(dst.count)))
                }
            }
        })
        rows[2].append(once.measure("segment stage (Segmenter.process)", corpus, bytes: bytes, threads: 1) { d in
            counter.add((try? seg.process(d))?.sentences.count ?? 0)
        })
        rows[3].append(once.measure("segment stage (Segmenter.process)", corpus, bytes: bytes, threads: 2) { d in
            counter.add((try? seg.process(d))?.sentences.count ?? 0)
        })
    }
    let medians = rows.map { r -> Measurement in
        var m = r[0]
        m.seconds = r.map(\.seconds).sorted()[r.count / 2]
        return m
    }
    let (icu, icuSS, one, two) = (medians[0], medians[1], medians[2], medians[3])
    Harness.printTable([icu, icuSS, one, two])
    print("segment at \(Harness.fmt(100 * one.mbPerSecond / icu.mbPerSecond))% of ICU's bare speed on one thread (checksum \(sink & 0xFFFF), \(counter.total) sentences)")
}

/// Ingested and normalized documents from JSONL records or text files.
func loadNormalized(_ paths: [String]) -> [NormalizedDocument] {
    var raws: [RawDocument] = []
    for (path, bytes) in readFiles(paths) {
        if path.hasSuffix(".jsonl") {
            for line in bytes.split(separator: UInt8(ascii: "\n")) where !line.isEmpty {
                guard let v = try? JSONParser.parse(Array(line)), let id = v["id"]?.string, let text = v["text"]?.string else { continue }
                raws.append(RawDocument(id: id, source: path, content: .text(text), format: .text))
            }
        } else {
            raws.append(RawDocument(id: path, source: path, content: .bytes(bytes), format: path.hasSuffix(".html") ? nil : .text))
        }
    }
    let ingester = Ingester(), normalizer = Normalizer()
    return raws.compactMap { r in (try? ingester.ingest(r)).flatMap { try? normalizer.process($0) } }
}

/// Keeps the work from being optimized away, across threads.
final class SentenceCounter: @unchecked Sendable {
    private let lock = NSLock()
    private(set) var total = 0
    func add(_ n: Int) { lock.lock(); total += n; lock.unlock() }
}
