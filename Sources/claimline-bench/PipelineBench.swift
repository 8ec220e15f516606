import CICU
import CLibXML2
import ClaimlineCore
import Foundation
import Ingest
import Normalize
import Segment
import Extract
import Attribute

// claimline-bench all [--mb N] [--runs N] [--claimline PATH] [--html PATH...] [--text PATH...]
// The table of `make bench`: for each corpus (HTML pages, plain texts), each
// repeated to N MB (default 200) of input, every stage alone in this process
// on 1 and 2 threads, `claimline run` as a child process on 1 and 2 cores
// with its peak resident memory, and beside them the floors measured by the
// same harness: libxml2's bare parse, ICU's NFKC, ICU's sentence
// BreakIterator, and reading and writing the JSON Lines records. Stage inputs
// are made before timing; each row is the median of N interleaved runs (default 3).
func allBench(_ args: ArraySlice<String>) {
    var targetMB = 200, runs = 3
    var claimline = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("claimline").path
    var corpora: [(String, [String])] = []
    var it = args.makeIterator()
    while let a = it.next() {
        switch a {
        case "--mb": targetMB = Int(it.next() ?? "") ?? targetMB
        case "--runs": runs = Int(it.next() ?? "") ?? runs
        case "--claimline": claimline = it.next() ?? claimline
        case "--html", "--text":
            let label = String(a.dropFirst(2))
            if corpora.last?.0 != label { corpora.append((label, [])) }
            if let p = it.next() { corpora[corpora.count - 1].1.append(p) }
        default:
            if corpora.isEmpty { corpora.append(("text", [])) }
            corpora[corpora.count - 1].1.append(a)
        }
    }
    guard !corpora.isEmpty, FileManager.default.isExecutableFile(atPath: claimline) else {
        print("usage: claimline-bench all [--mb N] [--runs N] [--claimline PATH] [--html PATH...] [--text PATH...]")
        exit(2)
    }
    let scratch = NSTemporaryDirectory() + "claimline-bench-\(getpid())"
    try? FileManager.default.createDirectory(atPath: scratch, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: scratch) }

    var rows: [BenchRow] = []
    for (label, paths) in corpora {
        let c = StageCorpus(label: label, paths: paths, targetBytes: targetMB * 1_000_000)
        rows += c.floorRows() + c.stageRows() + c.runRows(claimline: claimline, scratch: scratch)
    }
    // Progress only on a terminal: a log of `make bench` gets the table alone.
    let tty = isatty(2) != 0
    let results = BenchTable(rounds: runs).run(rows) { if tty { fputs("\r\u{1B}[K\($0)", stderr) } }
    if tty { fputs("\r\u{1B}[K", stderr) }
    BenchTable.print(results)
    printRatios(results)
    let load = (try? String(contentsOfFile: "/proc/loadavg", encoding: .utf8))?.split(separator: " ").prefix(3).joined(separator: " ") ?? "?"
    print("medians of \(runs) interleaved runs; ICU \(String(cString: cicu_version())), libxml2 \(LIBXML_DOTTED_VERSION); load average at the end \(load) on \(ProcessInfo.processInfo.activeProcessorCount) cores")
}

/// How far each stage is from its floor, and how run scales.
func printRatios(_ results: [BenchTable.Result]) {
    func find(_ corpus: String, _ prefix: String, _ threads: Int) -> BenchTable.Result? {
        results.first { $0.row.corpus == corpus && $0.row.name.hasPrefix(prefix) && $0.row.threads == threads }
    }
    for corpus in Set(results.map(\.row.corpus)).sorted() {
        var notes: [String] = []
        if let i = find(corpus, "ingest", 1), let f = find(corpus, "floor: libxml2", 1) {
            notes.append("ingest at \(Harness.fmt(f.mbPerSecond / i.mbPerSecond))x the time of libxml2's parse")
        }
        if let s = find(corpus, "segment", 1), let f = find(corpus, "floor: ICU sentence", 1) {
            notes.append("segment at \(Harness.fmt(f.mbPerSecond / s.mbPerSecond))x the time of ICU's BreakIterator")
        }
        if let n = find(corpus, "normalize", 1), let f = find(corpus, "floor: ICU NFKC", 1) {
            notes.append("normalize at \(Harness.fmt(f.mbPerSecond / n.mbPerSecond))x the time of ICU's NFKC")
        }
        if let one = find(corpus, "claimline run", 1), let two = find(corpus, "claimline run", 2) {
            // Each round runs the two rows one after the other, so a round's
            // own ratio is less exposed to the machine's slow spells than the
            // ratio of medians taken across rounds.
            let perRound = zip(one.rounds, two.rounds).map { $0 / $1 }
            let shown = perRound.map { String(format: "%.2f", $0) }.joined(separator: ", ")
            notes.append("run on 2 cores \(String(format: "%.2f", two.mbPerSecond / one.mbPerSecond))x one "
                + "(round by round \(shown); median \(String(format: "%.2f", perRound.sorted()[perRound.count / 2])))")
        }
        if !notes.isEmpty { print("\(corpus): " + notes.joined(separator: "; ")) }
    }
}

/// A corpus with every stage's input made once per distinct document; rows
/// repeat the distinct documents until the corpus reaches its target size.
struct StageCorpus {
    let label: String
    let unit: String
    let raw: [RawDocument]
    let ingested: [IngestedDocument]
    let normalized: [NormalizedDocument]
    let segmented: [SegmentedDocument]
    let extracted: [ExtractedDocument]
    /// How many times the distinct documents are repeated.
    let copies: Int

    init(label: String, paths: [String], targetBytes: Int) {
        self.label = label
        unit = label == "html" ? "HTML" : "text"
        raw = rawDocuments(paths).map { var d = $0; if label == "html" { d.format = .html }; return d }
        ingested = raw.compactMap { try? Ingester().ingest($0) }
        normalized = ingested.compactMap { try? Normalizer().process($0) }
        segmented = normalized.compactMap { try? Segmenter().process($0) }
        extracted = segmented.compactMap { try? Extractor().process($0) }
        let inputBytes = raw.map { rawBytes($0).count }.reduce(0, +)
        copies = max(1, (targetBytes + inputBytes - 1) / max(1, inputBytes))
        fputs("\(label): \(raw.count) documents, \(Harness.fmt(Double(inputBytes) / 1e6)) MB, repeated \(copies) times\n", stderr)
    }

    var inputBytes: Int { raw.map { rawBytes($0).count }.reduce(0, +) * copies }
    var textBytes: Int { ingested.map { $0.text.string.utf8.count }.reduce(0, +) * copies }

    /// A row doing `body` on every copy of every distinct item.
    func row<T>(_ name: String, _ items: [T], bytes: Int, unit: String? = nil, threads: Int, _ body: @escaping (T) -> Void) -> BenchRow {
        BenchRow(corpus: label, name: name, unit: unit ?? self.unit, threads: threads, bytes: bytes, documents: items.count * copies) {
            BenchTable.parallel(items.count * copies, threads: threads) { i in body(items[i % items.count]) }
            return nil
        }
    }

    func floorRows() -> [BenchRow] {
        var rows: [BenchRow] = []
        let t = textBytes
        for threads in [1, 2] {
            if label == "html" {
                let options = Ingester.libxml2ParseOptions
                rows.append(row("floor: libxml2 parse (htmlReadMemory)", raw, bytes: inputBytes, threads: threads) { d in
                    let b = rawBytes(d)
                    b.withUnsafeBufferPointer { p in
                        p.baseAddress!.withMemoryRebound(to: CChar.self, capacity: p.count) { c in
                            if let doc = htmlReadMemory(c, Int32(p.count), nil, "UTF-8", options) { xmlFreeDoc(doc) }
                        }
                    }
                })
            }
            let utf16 = ingested.map { $0.text.utf16().units }
            rows.append(row("floor: ICU NFKC (unorm2_normalize)", utf16, bytes: t, unit: "text", threads: threads) { u in
                _ = [UInt16](unsafeUninitializedCapacity: u.count * 3 + 8) { dst, n in
                    n = u.withUnsafeBufferPointer { src in
                        max(0, Int(cicu_nfkc_normalize(src.baseAddress, Int32(src.count), dst.baseAddress, Int32(dst.count))))
                    }
                }
            })
            let norm16 = normalized.map { $0.norm.text.utf16().units }
            rows.append(row("floor: ICU sentence BreakIterator", norm16, bytes: t, unit: "text", threads: threads) { u in
                var out = [Int32](repeating: 0, count: 1 << 14)
                u.withUnsafeBufferPointer { src in
                    out.withUnsafeMutableBufferPointer { dst in
                        _ = cicu_sentence_breaks_plain(src.baseAddress, Int32(src.count), dst.baseAddress, Int32(dst.count))
                    }
                }
            })
            let lines = ingested.map { $0.jsonLine() }
            let lineBytes = lines.map(\.count).reduce(0, +) * copies
            rows.append(row("floor: JSONL read + write (ingest records)", lines, bytes: lineBytes, unit: "JSONL", threads: threads) { l in
                if let d = try? IngestedDocument.decode(line: l[...]) { _ = d.jsonLine() }
            })
        }
        return rows
    }

    func stageRows() -> [BenchRow] {
        let t = textBytes
        let ingester = Ingester(), normalizer = Normalizer(), segmenter = Segmenter()
        let extractor = Extractor(), attributor = Attributor()
        var rows: [BenchRow] = []
        for threads in [1, 2] {
            rows.append(row("ingest", raw, bytes: inputBytes, threads: threads) { _ = try? ingester.ingest($0) })
            rows.append(row("normalize", ingested, bytes: t, unit: "text", threads: threads) { _ = try? normalizer.process($0) })
            rows.append(row("segment", normalized, bytes: t, unit: "text", threads: threads) { _ = try? segmenter.process($0) })
            rows.append(row("extract", segmented, bytes: t, unit: "text", threads: threads) { _ = try? extractor.process($0) })
            rows.append(row("attribute", extracted, bytes: t, unit: "text", threads: threads) { _ = try? attributor.process($0) })
        }
        return rows
    }

    /// `claimline run` over the corpus as one JSON Lines file, as a user runs it.
    func runRows(claimline: String, scratch: String) -> [BenchRow] {
        let input = "\(scratch)/\(label).jsonl", output = "\(scratch)/\(label).claims.jsonl"
        guard FileManager.default.createFile(atPath: input, contents: nil), let h = FileHandle(forWritingAtPath: input) else { return [] }
        let bytes = writeCorpus(raw, copies: copies, targetBytes: 0, to: h)
        try? h.close()
        let run = [1, 2].map { threads in
            BenchRow(corpus: label, name: "claimline run (one process, JSONL in and out)", unit: unit, threads: threads,
                     bytes: bytes, documents: raw.count * copies) {
                let (status, peak) = runProcess(claimline, ["run", "-q", "-j", "\(threads)", input, "-o", output])
                if status != 0 { fputs("claimline-bench: claimline run exited with \(status)\n", stderr) }
                return peak
            }
        }
        // The same work as five processes, one per stage, through pipes on
        // both cores: each stage reads and writes JSON Lines. (Its memory is
        // not shown: the shell's own is no measure of the five.)
        let q = { (s: String) in "'" + s.replacingOccurrences(of: "'", with: "'\\''") + "'" }
        let c = q(claimline)
        let staged = "\(c) ingest -q \(q(input)) | \(c) normalize -q | \(c) segment -q | \(c) extract -q | \(c) attribute -q -o \(q(output))"
        let pipes = BenchRow(corpus: label, name: "staged path (5 processes, pipes)", unit: unit, threads: 2,
                             bytes: bytes, documents: raw.count * copies) {
            let (status, _) = runProcess("/bin/bash", ["-c", "set -o pipefail; " + staged])
            if status != 0 { fputs("claimline-bench: the staged path exited with \(status)\n", stderr) }
            return nil
        }
        return run + [pipes]
    }
}
