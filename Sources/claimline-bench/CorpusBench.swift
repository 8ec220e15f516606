import ClaimlineCore
import Foundation
import Ingest

// claimline-bench corpus [--mb N] PATH... > corpus.jsonl
// Writes the documents under PATHs (anything `claimline ingest` reads) as
// JSON Lines of {"id", "text"} or {"id", "html"}, repeated until N MB
// (default 200) of document bytes are written, each copy with its own id.
// The input of the `claimline run` rows of `make bench` and of the large
// batch check (`make check-memory`).
func corpusBench(_ args: ArraySlice<String>) {
    var targetMB = 200, paths: [String] = []
    var it = args.makeIterator()
    while let a = it.next() {
        if a == "--mb" { targetMB = Int(it.next() ?? "") ?? targetMB } else { paths.append(a) }
    }
    guard !paths.isEmpty else {
        print("usage: claimline-bench corpus [--mb N] PATH... > corpus.jsonl")
        exit(2)
    }
    let docs = rawDocuments(paths)
    guard !docs.isEmpty else { fputs("claimline-bench corpus: no documents under \(paths)\n", stderr); exit(2) }
    writeCorpus(docs, copies: nil, targetBytes: targetMB * 1_000_000, to: FileHandle.standardOutput)
}

/// Writes `docs` as JSON Lines, `copies` times or until `targetBytes` of
/// document bytes are written, each copy with its own ids (`ID~K`).
/// Returns the document bytes written.
@discardableResult
func writeCorpus(_ docs: [RawDocument], copies: Int?, targetBytes: Int, to out: FileHandle) -> Int {
    var buffer: [UInt8] = []
    var written = 0, copy = 0
    while copies.map({ copy < $0 }) ?? (written < targetBytes) {
        for d in docs {
            let bytes = rawBytes(d)
            var w = JSONWriter(reservingCapacity: bytes.count + 64)
            w.beginObject()
            w.field("id", "\(d.id)~\(copy)")
            w.field(d.format == .html ? "html" : "text", String(decoding: bytes, as: UTF8.self))
            w.endObject()
            buffer.append(contentsOf: w.bytes)
            buffer.append(0x0A)
            written += bytes.count
            if buffer.count > 1 << 20 { out.write(Data(buffer)); buffer.removeAll(keepingCapacity: true) }
        }
        copy += 1
    }
    out.write(Data(buffer))
    return written
}

/// A document's bytes as read.
func rawBytes(_ d: RawDocument) -> [UInt8] {
    switch d.content {
    case .bytes(let b): return b
    case .text(let s): return Array(s.utf8)
    }
}

/// The documents under `paths`, read as `claimline ingest` reads them.
func rawDocuments(_ paths: [String]) -> [RawDocument] {
    let walker = InputWalker(paths: paths)
    var docs: [RawDocument] = []
    do {
        while let item = try walker.next() {
            if case .document(let d) = item { docs.append(d) }
        }
    } catch {
        fputs("claimline-bench: \(error)\n", stderr)
        exit(2)
    }
    return docs
}
