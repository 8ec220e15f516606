import ClaimlineCore
import Foundation

/// The documents named on a command line, in order: files as given, folders
/// recursively in sorted order, `-` for stdin, and JSON Lines files whose
/// records are `{"id", "text"}` or `{"id", "html"}` (optional `"url"`).
/// Streaming: one document in memory at a time.
public final class InputWalker {
    public enum Item {
        case document(RawDocument)
        case failure(DocumentFailure)
    }

    /// The extensions ingest reads in a folder; other files there are skipped.
    static let documentExtensions: Set<String> = ["txt", "text", "html", "htm", "xhtml", "jsonl", "gz"]

    /// Paths still to read, the next last (a stack: a folder's files go on
    /// top, in reverse), each marked when it was found in a folder.
    private var pending: [(path: String, inFolder: Bool)]
    private var jsonl: LineReader?
    private var jsonlPath = ""
    /// Bytes of input read so far (for progress and throughput).
    public private(set) var bytesRead = 0

    /// Documents larger than this (as read, after gzip) are reported, not
    /// processed: a batch of scraped pages must not stall on one giant.
    public let maxDocumentBytes: Int

    public static let defaultMaxDocumentMB = 64

    public init(paths: [String], maxDocumentBytes: Int = InputWalker.defaultMaxDocumentMB << 20) {
        pending = (paths.isEmpty ? ["-"] : paths).reversed().map { ($0, false) }
        self.maxDocumentBytes = max(1, maxDocumentBytes)
    }

    private func tooLarge(_ bytes: Int, _ what: String = "the document") -> RecordError? {
        guard bytes > maxDocumentBytes else { return nil }
        return .failed("\(what) is \(megabytes(bytes)) MB, over the limit of \(megabytes(maxDocumentBytes)) MB; raise --max-document-mb to read it")
    }

    private func megabytes(_ b: Int) -> String {
        let mb = Double(b) / Double(1 << 20)
        return mb >= 10 ? String(Int(mb.rounded())) : String(Double(Int(mb * 10)) / 10)
    }

    /// Throws only for unusable invocations (a named path that does not exist,
    /// a claimline record file given to ingest).
    public func next() throws -> Item? {
        while true {
            if let r = jsonl {
                if let item = try nextJSONL(r) { return item }
                jsonl = nil
                continue
            }
            guard let (path, inFolder) = pending.popLast() else { return nil }
            if path == "-" { return readStdin() }
            var isDir: ObjCBool = false
            if !FileManager.default.fileExists(atPath: path, isDirectory: &isDir) && !inFolder {
                throw InputError.notFound(path)
            }
            if isDir.boolValue {
                pending.append(contentsOf: InputWalker.listFolder(path).reversed().map { ($0, true) })
                continue
            }
            if InputWalker.baseName(path).lowercased().hasSuffix(".jsonl") {
                // A record's line may hold its document escaped: up to six bytes a byte.
                do { jsonl = try LineReader(path: path, maxLineBytes: maxDocumentBytes * 6 + 4096); jsonlPath = path } catch {
                    return .failure(DocumentFailure(id: InputWalker.documentID(forPath: path), stage: "ingest", reason: "\(error)", source: path))
                }
                continue
            }
            return readFile(path, inFolder: inFolder)
        }
    }

    /// The documents of a folder, recursively, in byte order of their paths,
    /// with the entries named like documents that cannot be read as such (a
    /// broken link, a pipe or device): those are reported, not skipped.
    static func listFolder(_ path: String) -> [String] {
        guard let e = FileManager.default.enumerator(atPath: path) else { return [] }
        var files: [String] = []
        while let rel = e.nextObject() as? String {
            let name = baseName(rel)
            if name.hasPrefix(".") { continue }
            let ext = name.split(separator: ".").last.map { $0.lowercased() } ?? ""
            guard documentExtensions.contains(ext) else { continue }
            let full = (path.hasSuffix("/") ? path : path + "/") + rel
            var st = stat()
            // A folder named like a document is walked by the enumerator itself.
            if stat(full, &st) == 0 && (st.st_mode & S_IFMT) == S_IFDIR { continue }
            files.append(full)
        }
        // Byte order, not locale order: the same on every machine.
        return files.sorted { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }
    }

    static func baseName(_ p: String) -> String {
        p.split(separator: "/", omittingEmptySubsequences: true).last.map(String.init) ?? p
    }

    /// The file name without `.gz` and then `.txt`, `.html` or `.htm`.
    public static func documentID(forPath path: String) -> String {
        var name = baseName(path)
        for group in [[".gz"], [".txt", ".text", ".html", ".htm", ".xhtml"]] {
            if let ext = group.first(where: { name.lowercased().hasSuffix($0) && name.count > $0.count }) {
                name.removeLast(ext.count)
            }
        }
        return name
    }

    static func format(forPath path: String) -> DocumentFormat? {
        let n = baseName(path).lowercased().replacingOccurrences(of: ".gz", with: "")
        if n.hasSuffix(".html") || n.hasSuffix(".htm") || n.hasSuffix(".xhtml") { return .html }
        if n.hasSuffix(".txt") || n.hasSuffix(".text") { return .text }
        return nil
    }

    private func readFile(_ path: String, inFolder: Bool) -> Item {
        let id = InputWalker.documentID(forPath: path)
        do {
            var st = stat()
            guard stat(path, &st) == 0 else { throw IOError.cannotOpen(path, errnoText()) }
            // In a folder, a pipe or device could block or never end; named on
            // the command line (`<(curl ...)`), it is read like stdin.
            let regular = (st.st_mode & S_IFMT) == S_IFREG
            if inFolder && !regular { throw IOError.cannotOpen(path, "not a regular file") }
            if regular, let e = tooLarge(Int(st.st_size)) { bytesRead += Int(st.st_size); throw e }
            guard let data = FileManager.default.contents(atPath: path) else {
                throw IOError.cannotOpen(path, access(path, R_OK) == 0 ? "read failed" : "permission denied")
            }
            bytesRead += data.count
            var bytes = [UInt8](data)
            if let e = tooLarge(bytes.count) { throw e }
            if Gzip.isGzip(bytes) { bytes = try Gzip.decompress(bytes, limit: maxDocumentBytes) }
            return .document(RawDocument(id: id, source: path, content: .bytes(bytes), format: InputWalker.format(forPath: path)))
        } catch {
            return .failure(DocumentFailure(id: id, stage: "ingest", reason: "\(error)", source: path))
        }
    }

    private func readStdin() -> Item {
        let data = FileHandle.standardInput.readDataToEndOfFile()
        bytesRead += data.count
        var bytes = [UInt8](data)
        if let e = tooLarge(bytes.count) {
            return .failure(DocumentFailure(id: "stdin", stage: "ingest", reason: "\(e)", source: "-"))
        }
        if Gzip.isGzip(bytes) {
            do { bytes = try Gzip.decompress(bytes, limit: maxDocumentBytes) } catch {
                return .failure(DocumentFailure(id: "stdin", stage: "ingest", reason: "\(error)", source: "-"))
            }
        }
        return .document(RawDocument(id: "stdin", source: "-", content: .bytes(bytes), format: nil))
    }

    private func nextJSONL(_ r: LineReader) throws -> Item? {
        while let line = try r.next() {
            bytesRead += line.count + 1
            let at = "\(jsonlPath):\(r.lineNumber)"
            if let long = r.skippedLineBytes {
                bytesRead += long
                return .failure(DocumentFailure(id: at, stage: "ingest", reason: "\(tooLarge(long, "the record's line")!)", source: at))
            }
            if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) { continue }
            let value: JSONValue
            do { value = try JSONParser.parse(line) } catch {
                let cut = r.lastLineUnterminated ? " (the last line is cut short: was the file truncated?)" : ""
                return .failure(DocumentFailure(id: at, stage: "ingest", reason: "\(error)\(cut)", source: at))
            }
            if let t = value["type"]?.string, RecordType.all.contains(t) {
                throw InputError.recordFile(jsonlPath, t)
            }
            guard let id = value["id"]?.string ?? value["id"]?.int.map(String.init) else {
                return .failure(DocumentFailure(id: at, stage: "ingest", reason: "the record has no \"id\" string", source: at))
            }
            let url = value["url"]?.string
            if let big = tooLarge((value["html"]?.string ?? value["text"]?.string)?.utf8.count ?? 0) {
                return .failure(DocumentFailure(id: id, stage: "ingest", reason: "\(big)", source: at))
            }
            if let html = value["html"]?.string {
                return .document(RawDocument(id: id, source: at, content: .text(html), format: .html, url: url))
            }
            if let text = value["text"]?.string {
                return .document(RawDocument(id: id, source: at, content: .text(text), format: .text, url: url))
            }
            return .failure(DocumentFailure(id: id, stage: "ingest", reason: "the record has neither a \"text\" nor an \"html\" string", source: at))
        }
        return nil
    }
}

public enum InputError: Error, CustomStringConvertible {
    case notFound(String)
    case recordFile(String, String)

    public var description: String {
        switch self {
        case .notFound(let p): return "\(p): no such file or folder"
        case .recordFile(let p, let t):
            return "\(p): this is a claimline \"\(t)\" file, not articles; ingest reads HTML, text, or JSONL with {\"id\", \"text\"|\"html\"}"
        }
    }
}
