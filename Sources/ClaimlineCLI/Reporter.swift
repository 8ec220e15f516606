import ClaimlineCore
#if canImport(Glibc)
import Glibc
#endif

/// Reports failed documents (stderr and the `--errors` file) and shows
/// progress on stderr when it is a terminal.
final class Reporter {
    let command: String
    let errors: OutputFile?
    private(set) var failures = 0
    private(set) var documents = 0
    private let showProgress: Bool
    private let totalBytes: Int?
    private let started = Reporter.now()
    private var lastShown = 0.0

    init(command: String, errorsPath: String?, totalBytes: Int?, quiet: Bool,
         resumingFrom: ResumeJournal.Checkpoint? = nil) throws {
        self.command = command
        errors = try errorsPath.map { try OutputFile(path: $0, resumingAt: resumingFrom?.errorBytes) }
        failures = resumingFrom?.failures ?? 0
        showProgress = !quiet && isatty(2) != 0
        self.totalBytes = totalBytes
    }

    func failed(_ f: DocumentFailure) throws {
        failures += 1
        FileOutput.stderr("claimline \(command): \(f.id): \(f.reason)\n")
        try errors?.write(line: f.json())
    }

    func processed(bytes: Int) {
        documents += 1
        guard showProgress else { return }
        let t = Reporter.now() - started
        guard t - lastShown >= 0.5 else { return }
        lastShown = t
        let mb = Double(bytes) / 1e6
        var line = "\r\(command): \(documents) documents, \(format(mb)) MB, \(format(mb / max(t, 1e-9))) MB/s"
        if let total = totalBytes, total > 0, bytes > 0 {
            let left = t * Double(total - bytes) / Double(bytes)
            line += ", about \(Int(left.rounded()))s left"
        }
        FileOutput.stderr(line + "   ")
    }

    /// Commits the errors file and ends the progress line.
    func finish() throws {
        if showProgress && lastShown > 0 { FileOutput.stderr("\n") }
        try errors?.commit()
    }

    func format(_ x: Double) -> String {
        let r = (x * 10).rounded() / 10
        return r == r.rounded() ? String(Int(r)) : String(r)
    }

    static func now() -> Double {
        var ts = timespec()
        clock_gettime(CLOCK_MONOTONIC, &ts)
        return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
    }
}

enum FileOutput {
    static func stderr(_ s: String) {
        var s = s
        s.withUTF8 { b in _ = write(2, b.baseAddress, b.count) }
    }

    /// Total size of the named files (nil when one is stdin).
    static func totalSize(_ paths: [String]) -> Int? {
        var total = 0
        for p in paths {
            if p == "-" { return nil }
            var st = stat()
            guard stat(p, &st) == 0 else { return nil }
            if (st.st_mode & S_IFMT) == S_IFDIR { return nil }
            total += Int(st.st_size)
        }
        return total
    }
}
