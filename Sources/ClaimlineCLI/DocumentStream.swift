import ClaimlineCore
import Ingest

/// The documents named on the command line, in order, each id once: ids key
/// every later file, so a document whose id an earlier one already has is
/// reported instead of processed.
final class DocumentStream {
    private let walker: InputWalker
    private var seen = Set<String>()

    init(paths: [String], maxDocumentMB: Int) { walker = InputWalker(paths: paths, maxDocumentBytes: maxDocumentMB << 20) }

    var bytesRead: Int { walker.bytesRead }

    func next() throws -> InputWalker.Item? {
        guard let item = try Exit.guardingInput({ try walker.next() }) else { return nil }
        guard case .document(let raw) = item else { return item }
        guard seen.insert(raw.id).inserted else {
            return .failure(DocumentFailure(id: raw.id, stage: "ingest", reason:
                "duplicate document id: an earlier document in this run has the same id; give each its own (rename the file or the JSONL id)",
                source: raw.source))
        }
        return item
    }
}
