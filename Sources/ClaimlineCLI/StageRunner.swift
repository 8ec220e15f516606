import ArgumentParser
import ClaimlineCore

/// What a worker made of one input: the lines to write (and how many input
/// bytes had been read when it was taken, for progress), or why it failed.
enum Outcome {
    case lines([[UInt8]], bytes: Int)
    case failed(DocumentFailure)
}

/// Runs one stage over record files: reads in order, processes in parallel,
/// writes in input order, reports failures and sets the exit status
/// (0 all good, 1 some documents failed, 2 unusable invocation or input).
enum StageRunner {
    static func run<S: Stage>(_ stage: S, _ io: IOOptions) throws {
        let reader = RecordReader<S.Input>(paths: io.inputs, stage: S.name)
        try drive(command: S.name, io: io, next: {
            try reader.nextPending().map { pending in
                let bytes = reader.bytesRead
                return (bytes, { outcome(of: pending.decode(), stage, bytes: bytes) })
            }
        }, work: { $0() })
    }

    static func outcome<S: Stage>(of item: RecordInput<S.Input>, _ stage: S, bytes: Int) -> Outcome {
        switch item {
        case .failure(let f): return .failed(f)
        case .record(let r):
            do {
                var lines: [[UInt8]] = []
                try stage.process(r).forEachLine { lines.append($0) }
                return .lines(lines, bytes: bytes)
            } catch {
                return .failed(DocumentFailure(id: r.documentID, stage: S.name, reason: "\(error)"))
            }
        }
    }

    /// The shared loop: `next` yields units of work, with the input bytes read
    /// so far; `work` makes their outcomes, in parallel, a unit at a time or
    /// a batch of them at once; they are written in order. A file output
    /// keeps a resume journal beside its partial file. `options` are the
    /// command's own settings that change its output (a resumed run must
    /// repeat them).
    static func drive<Unit>(command: String, io: IOOptions, options: [String] = [],
                            next: () throws -> (bytesRead: Int, unit: Unit)?, work: @escaping (Unit) -> Outcome) throws {
        try drive(command: command, io: io, options: options, next: next, batchWork: { $0.map(work) })
    }

    static func drive<Unit>(command: String, io: IOOptions, options: [String] = [],
                            next: () throws -> (bytesRead: Int, unit: Unit)?, batchWork: @escaping ([Unit]) -> [Outcome]) throws {
        try Exit.guarding {
            let journal = try io.output == "-" || OutputFile.isSpecialFile(io.output) ? nil
                : ResumeJournal(output: io.output, errors: io.errors, invocation: io.invocation(command, options), resume: io.resume)
            let from = journal?.resumeFrom
            let out = try OutputFile(path: io.output, resumingAt: from?.outputBytes)
            let reporter = try Reporter(command: command, errorsPath: io.errors,
                                        totalBytes: FileOutput.totalSize(io.inputs), quiet: io.quiet, resumingFrom: from)
            var done = from?.documents ?? 0
            var skip = done
            if skip > 0 { FileOutput.stderr("claimline \(command): resuming \(io.output) after \(skip) documents\n") }
            // Each unit's cost for batching is the input bytes it was read from.
            var lastBytes = 0
            let input = { () throws -> (item: Unit, cost: Int)? in
                while skip > 0, let n = try next() { skip -= 1; lastBytes = n.bytesRead }
                guard let n = try next() else { return nil }
                defer { lastBytes = n.bytesRead }
                return (n.unit, n.bytesRead - lastBytes)
            }
            var checkpoint = Checkpointer(journal: journal)
            // Stopped by an error, the run leaves nothing behind (killed, it
            // leaves its partial files for --resume).
            var completed = false
            defer { if !completed { out.abandon(); reporter.errors?.abandon(); journal?.remove() } }
            try OrderedParallel(jobs: io.jobs).run(next: input, work: batchWork, emit: { o in
                switch o {
                case .lines(let lines, let b):
                    for l in lines { try out.write(line: l) }
                    reporter.processed(bytes: b)
                case .failed(let f):
                    try reporter.failed(f)
                }
                done += 1
                try checkpoint.maybe(documents: done, out, reporter)
            })
            try out.commit()
            try reporter.finish()
            completed = true
            journal?.remove()
            if reporter.failures > 0 {
                FileOutput.stderr("claimline \(command): \(reporter.failures) document(s) failed, \(reporter.documents) done\n")
                throw ExitCode(1)
            }
        }
    }
}

/// Takes a resume checkpoint every megabyte of output or second of work:
/// flushes both files, then records how far they go.
struct Checkpointer {
    let journal: ResumeJournal?
    private var lastBytes = 0
    private var lastTime = Reporter.now()

    init(journal: ResumeJournal?) { self.journal = journal }

    mutating func maybe(documents: Int, _ out: OutputFile, _ reporter: Reporter) throws {
        guard let journal else { return }
        let now = Reporter.now()
        guard out.bytesWritten - lastBytes >= 1 << 20 || now - lastTime >= 1 else { return }
        try out.flush()
        try reporter.errors?.flush()
        try journal.record(.init(documents: documents, outputBytes: out.flushedBytes,
                                 errorBytes: reporter.errors?.flushedBytes ?? 0, failures: reporter.failures))
        lastBytes = out.bytesWritten
        lastTime = now
    }
}

/// Maps errors to the documented exit statuses with a clear message.
enum Exit {
    static func guarding(_ body: () throws -> Void) throws {
        do { try body() } catch let e as ExitCode {
            throw e
        } catch let e as WrongFileType {
            FileOutput.stderr("claimline: \(e)\n"); throw ExitCode(2)
        } catch let e as IOError {
            FileOutput.stderr("claimline: \(e)\n")
            if case .writeFailed = e { FileOutput.stderr("claimline: nothing was written; free space or fix the output and run again\n") }
            throw ExitCode(2)
        } catch {
            FileOutput.stderr("claimline: \(error)\n"); throw ExitCode(2)
        }
    }
}
