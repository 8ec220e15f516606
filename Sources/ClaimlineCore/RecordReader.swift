/// One item read from a stage's input: a record, or a line that could not be
/// read as one (reported, and the batch goes on).
public enum RecordInput<R: Record> {
    case record(R)
    case failure(DocumentFailure)
}

/// The input file is not of the type the stage reads: the whole invocation
/// is unusable (exit status 2).
public struct WrongFileType: Error, CustomStringConvertible {
    public let path: String
    public let expected: String
    public let got: String
    public var description: String {
        let what = got.hasPrefix("a ") || got.hasPrefix("not ") ? got : "\"\(got)\" records"
        var hint = ""
        if let have = RecordType.all.firstIndex(of: got), let want = RecordType.all.firstIndex(of: expected), have < want {
            hint = "; run `claimline \(RecordType.stages[have + 1])` on it first"
        }
        return "\(path): expected \"\(expected)\" records (the output of `claimline \(RecordError.producer(of: expected))`), got \(what)\(hint)"
    }
}

/// Reads records of one type from JSON Lines files (or stdin as `-`), in order.
/// The first record of each file decides whether the file is usable at all.
public final class RecordReader<R: Record> {
    private var paths: [String]
    private var reader: LineReader?
    private var firstInFile = true
    /// Read by the stage after a run, to report it.
    public private(set) var bytesRead = 0

    /// The stage reading the records, named in failure reports.
    public let stage: String

    /// Lines longer than this are reported and skipped, never held in memory.
    public let maxLineBytes: Int

    public init(paths: [String], stage: String, maxLineBytes: Int = 1 << 30) {
        self.paths = paths.isEmpty ? ["-"] : paths
        self.stage = stage
        self.maxLineBytes = maxLineBytes
    }

    public func next() throws -> RecordInput<R>? { try nextPending()?.decode() }

    /// The next line, read but not yet decoded, so that decoding can run on a
    /// worker thread. The first record of each file is decoded here: a file of
    /// the wrong type stops the invocation at once (`WrongFileType`).
    public func nextPending() throws -> PendingRecord<R>? {
        while true {
            if reader == nil {
                guard !paths.isEmpty else { return nil }
                reader = try LineReader(path: paths.removeFirst(), maxLineBytes: maxLineBytes)
                firstInFile = true
            }
            guard let r = reader, let line = try r.next() else { reader = nil; continue }
            bytesRead += line.count + 1
            if let long = r.skippedLineBytes {
                bytesRead += long
                let at = "\(r.path == "-" ? "stdin" : r.path):\(r.lineNumber)"
                firstInFile = false
                return PendingRecord(failure: DocumentFailure(id: at, stage: stage,
                    reason: "the line is \(long >> 20) MB long, over the limit of \(r.maxLineBytes >> 20) MB; it was skipped", source: at))
            }
            if isBlank(line) { continue }
            let pending = PendingRecord<R>(line: Array(line), location: "\(r.path == "-" ? "stdin" : r.path):\(r.lineNumber)",
                                           truncated: r.lastLineUnterminated, stage: stage)
            guard firstInFile else { return pending }
            firstInFile = false
            if r.lineNumber == 1 && !looksLikeJSONObject(line) {
                throw WrongFileType(path: r.path, expected: R.recordType, got: "not JSON Lines")
            }
            if let value = try? JSONParser.parse(line), let f = try? JSONFields(value, context: R.recordType) {
                do { try R.checkHeader(f) } catch RecordError.wrongType(_, let got) {
                    throw WrongFileType(path: r.path, expected: R.recordType, got: got)
                } catch {}
            }
            return pending
        }
    }

    private func isBlank(_ line: ArraySlice<UInt8>) -> Bool {
        line.allSatisfy { $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }
    }

    private func looksLikeJSONObject(_ line: ArraySlice<UInt8>) -> Bool {
        line.first(where: { $0 != 0x20 && $0 != 0x09 }) == UInt8(ascii: "{")
    }
}

/// One line of a record file, read in order and decoded later (on any thread).
public struct PendingRecord<R: Record>: @unchecked Sendable {
    public let line: [UInt8]
    /// `path:line`, named in failure reports.
    public let location: String
    let truncated: Bool
    let stage: String
    /// Set when the line was refused before decoding.
    let failure: DocumentFailure?

    init(line: [UInt8], location: String, truncated: Bool, stage: String) {
        self.line = line; self.location = location; self.truncated = truncated; self.stage = stage; failure = nil
    }

    init(failure: DocumentFailure) {
        line = []; location = failure.source ?? failure.id; truncated = false; stage = failure.stage; self.failure = failure
    }

    public func decode() -> RecordInput<R> {
        if let failure { return .failure(failure) }
        if let r = line.withUnsafeBufferPointer(R.decodeCanonical) { return .record(r) }
        let value: JSONValue
        do { value = try JSONParser.parse(line) } catch {
            let cut = truncated ? " (the last line is cut short: was the file truncated?)" : ""
            return .failure(DocumentFailure(id: location, stage: stage, reason: "\(error)\(cut)", source: location))
        }
        do {
            let f = try JSONFields(value, context: R.recordType)
            try R.checkHeader(f)
            return .record(try R(fields: f))
        } catch {
            let id = value["id"]?.string ?? value["doc"]?.string ?? location
            return .failure(DocumentFailure(id: id, stage: stage, reason: "\(error)", source: location))
        }
    }
}
