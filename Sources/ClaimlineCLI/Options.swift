import ArgumentParser
import Foundation

/// Options every stage command takes.
struct IOOptions: ParsableArguments {
    @Argument(help: ArgumentHelp("Input files (`-` for stdin; the default).", valueName: "file"))
    var inputs: [String] = []

    @Option(name: .shortAndLong, help: ArgumentHelp("Write here (`-` for stdout; the default). Written under a temporary name and renamed when complete.", valueName: "file"))
    var output: String = "-"

    @Option(help: ArgumentHelp("Also write failed documents to this JSON Lines file (id, stage, reason).", valueName: "file"))
    var errors: String?

    @Option(name: .shortAndLong, help: "Documents processed at once (default: one per core).")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    @Flag(name: .shortAndLong, help: "No progress display, even on a terminal.")
    var quiet = false

    func validate() throws {
        guard jobs >= 1 else { throw ValidationError("--jobs must be at least 1") }
    }
}
