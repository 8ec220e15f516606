import ClaimlineCore
import Ingest
import Normalize
import Segment
import Extract
import Attribute
import Foundation

/// The training articles run through ingest, normalize, segment and extract
/// in this process (as `claimline run` does), with their gold attributions.
struct Corpus {
    var docs: [PreparedDocument] = []

    init(folder: String) throws {
        let textDir = folder + "/text"
        let names = try FileManager.default.contentsOfDirectory(atPath: textDir).filter { $0.hasSuffix(".txt") }.sorted()
        var slots = [PreparedDocument?](repeating: nil, count: names.count)
        let lock = NSLock()
        DispatchQueue.concurrentPerform(iterations: names.count) { i in
            let name = String(names[i].dropLast(4))
            guard let ann = Brat.annotationFile(for: name, in: folder),
                  let gold = try? Brat.attributions(annFile: ann),
                  let data = FileManager.default.contents(atPath: textDir + "/" + names[i]) else { return }
            let raw = RawDocument(id: name, source: textDir + "/" + names[i], content: .bytes([UInt8](data)), format: .text)
            guard let ingested = try? Ingester().ingest(raw),
                  let normalized = try? Normalizer().process(ingested),
                  let segmented = try? Segmenter().process(normalized),
                  let extracted = try? Extractor().process(segmented) else { return }
            let p = PreparedDocument(extracted, gold: gold)
            lock.lock(); slots[i] = p; lock.unlock()
        }
        docs = slots.compactMap { $0 }
    }
}
