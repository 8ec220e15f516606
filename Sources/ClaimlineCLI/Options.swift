import ArgumentParser
import Foundation
import Ingest

/// Options every stage command takes.
struct IOOptions: ParsableArguments {
    @Argument(help: ArgumentHelp("Input files (`-` for stdin; the default).", valueName: "file"))
    var inputs: [String] = []

    @Option(name: .shortAndLong, help: ArgumentHelp("Write here (`-` for stdout; the default). Written under a temporary name and renamed when complete.", valueName: "file"))
    var output: String = "-"

    @Option(help: ArgumentHelp("Also write failed documents to this JSON Lines file (id, stage, reason).", valueName: "file"))
    var errors: String?

    @Option(name: [.customShort("j"), .customLong("jobs")], help: ArgumentHelp("Documents processed at once (default: one per core).", valueName: "n"))
    var jobsOption: Int?

    /// One job per core unless given (kept out of the parser's default so
    /// help and the generated manual do not show this machine's count).
    var jobs: Int { jobsOption ?? ProcessInfo.processInfo.activeProcessorCount }

    @Flag(name: .shortAndLong, help: "No progress display, even on a terminal.")
    var quiet = false

    @Flag(help: "Continue a run that was killed: keep the documents its partial output already holds and process the rest (same inputs and options).")
    var resume = false

    func validate() throws {
        guard jobsOption.map({ $0 >= 1 }) ?? true else { throw ValidationError("--jobs must be at least 1") }
        if resume && output == "-" { throw ValidationError("--resume needs an output file (-o FILE): stdout cannot be resumed") }
    }

    /// What a resumed run must repeat: the command, inputs and outputs
    /// (not --jobs, --quiet or --resume, which do not change the output).
    func invocation(_ command: String, _ options: [String] = []) -> String {
        var parts = [command] + options + inputs.map { "input=\($0)" }
        parts.append("output=\(output)")
        if let errors { parts.append("errors=\(errors)") }
        return parts.joined(separator: " ")
    }
}

/// Options of the commands that read articles (`ingest`, `run`).
struct ArticleOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Documents larger than this many MB (as read, gzip undone) are reported as failed, not processed.", valueName: "MB"))
    var maxDocumentMB: Int = InputWalker.defaultMaxDocumentMB

    func validate() throws {
        guard maxDocumentMB >= 1 else { throw ValidationError("--max-document-mb must be at least 1") }
    }

    /// What a resumed run must repeat.
    var fingerprint: [String] { maxDocumentMB == InputWalker.defaultMaxDocumentMB ? [] : ["max-document-mb=\(maxDocumentMB)"] }
}
