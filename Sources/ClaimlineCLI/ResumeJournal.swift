import ClaimlineCore
#if canImport(Glibc)
import Glibc
#endif

/// Where a run writing to a file stands, kept beside its partial output
/// (`.NAME.partial.journal`) so that `--resume` can continue a killed run.
/// The first line names the invocation; each later line is a checkpoint
/// taken after the output and errors files were flushed: how many input
/// documents are done and how long both files were then. Output is written
/// in input order, so that is all resuming needs.
final class ResumeJournal {
    struct Checkpoint: Equatable {
        var documents = 0
        var outputBytes = 0
        var errorBytes = 0
        var failures = 0
    }

    let path: String
    private let fd: Int32
    /// Where the earlier run stopped, when resuming one.
    let resumeFrom: Checkpoint?

    static func path(for output: String) -> String { OutputFile.partialName(for: output) + ".journal" }

    /// Opens the journal for `output`. With `resume`, the earlier run's last
    /// usable checkpoint is read first; a run of another invocation is refused.
    init(output: String, errors: String?, invocation: String, resume: Bool) throws {
        path = ResumeJournal.path(for: output)
        var from: Checkpoint? = nil
        if resume {
            from = try ResumeJournal.lastCheckpoint(path: path, invocation: invocation, output: output, errors: errors)
        }
        let f = open(path, O_WRONLY | O_CREAT | O_CLOEXEC | (from == nil ? O_TRUNC : O_APPEND), 0o644)
        guard f >= 0 else { throw IOError.cannotOpen(path, errnoText()) }
        fd = f
        resumeFrom = from
        if from == nil { try append(ResumeJournal.header(invocation)) }
    }

    deinit { close(fd) }

    func record(_ c: Checkpoint) throws {
        var w = JSONWriter()
        w.beginObject()
        w.field("documents", c.documents); w.field("output", c.outputBytes)
        w.field("errors", c.errorBytes); w.field("failures", c.failures)
        w.endObject()
        try append(w.bytes)
    }

    /// The run is complete: the journal goes.
    func remove() { unlink(path) }

    private func append(_ line: [UInt8]) throws {
        let bytes = line + [0x0A]
        // One write per line: a kill leaves whole lines or a torn last one, never a mix.
        let n = bytes.withUnsafeBufferPointer { write(fd, $0.baseAddress, $0.count) }
        guard n == bytes.count else { throw IOError.writeFailed(path, errnoText()) }
    }

    static func header(_ invocation: String) -> [UInt8] {
        var w = JSONWriter()
        w.beginObject(); w.field("claimline_resume", 1); w.field("invocation", invocation); w.endObject()
        return w.bytes
    }

    /// The last checkpoint whose files are still at least as long as it says.
    static func lastCheckpoint(path: String, invocation: String, output: String, errors: String?) throws -> Checkpoint? {
        guard let reader = try? LineReader(path: path), let first = try reader.next() else {
            FileOutput.stderr("claimline: nothing to resume for \(output); starting from the beginning\n")
            return nil
        }
        guard let head = try? JSONParser.parse(first), head["claimline_resume"]?.int == 1 else {
            throw ResumeError("\(path) is not a claimline journal")
        }
        guard head["invocation"]?.string == invocation else {
            throw ResumeError("\(output) was begun by another invocation (\(head["invocation"]?.string ?? "?")); resume it with the same inputs and options, or run without --resume to start again")
        }
        let outSize = fileSize(OutputFile.partialName(for: output))
        let errSize = errors.map { fileSize(OutputFile.partialName(for: $0)) } ?? 0
        var best = Checkpoint()
        while let line = try reader.next() {
            guard !reader.lastLineUnterminated, let v = try? JSONParser.parse(line),
                  let d = v["documents"]?.int, let o = v["output"]?.int, let e = v["errors"]?.int,
                  let f = v["failures"]?.int else { continue }
            if o <= outSize && e <= errSize { best = Checkpoint(documents: d, outputBytes: o, errorBytes: e, failures: f) }
        }
        return best
    }

    static func fileSize(_ p: String) -> Int {
        var st = stat()
        return stat(p, &st) == 0 ? Int(st.st_size) : -1
    }
}

struct ResumeError: Error, CustomStringConvertible {
    let description: String
    init(_ d: String) { description = d }
}
