import ArgumentParser
import ClaimlineCore
import Corroborate
import Report
import Export

struct CorroborateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "corroborate",
        abstract: "Group claims across documents that state the same fact.",
        discussion: """
        Reads "claim" records (all of them: this stage needs the whole batch) and
        writes one "cluster" record per fact stated in several documents:
          quantity  the same quantity of the same counted thing (755 staff,
                    755 diplomats, 755 people), joined by the same speaker, the
                    same document or shared words around the number
          quote     the same words (a quote, or reported content) with small
                    differences, by normalized word overlap
        Each cluster lists its members (doc, claim, span, number), the documents
        and speakers supporting it, and conflicts: the same counted thing with
        another number, or the same words given to different speakers.

        With --statements, the extract file's sentences that state a quantity
        outside every claim (an outlet's own "Obama expelled 35 diplomats") join
        clusters as members of kind "statement".

        Examples:
          claimline corroborate out/claims.jsonl -o out/clusters.jsonl
          claimline corroborate out/claims.jsonl --statements out/extract.jsonl -o out/clusters.jsonl
          claimline corroborate out/claims.jsonl | jq -r '[.label, (.documents|length), .speakers[0]] | @tsv'
        """)

    @Argument(help: ArgumentHelp("Claims files (`-` for stdin; the default).", valueName: "file"))
    var inputs: [String] = []

    @Option(name: .shortAndLong, help: ArgumentHelp("Write here (`-` for stdout; the default). Written under a temporary name and renamed when complete.", valueName: "file"))
    var output: String = "-"

    @Option(help: ArgumentHelp("Also write records that could not be read to this JSON Lines file (id, stage, reason).", valueName: "file"))
    var errors: String?

    @Flag(name: .shortAndLong, help: "No progress display, even on a terminal.")
    var quiet = false

    @Option(help: ArgumentHelp("An extract file (`claimline extract` output) whose own statements of quantities join clusters.", valueName: "file"))
    var statements: [String] = []

    @Option(help: "Documents a cluster needs to be written (clusters with a conflict are always written).")
    var minDocuments = 2

    func validate() throws {
        guard minDocuments >= 1 else { throw ValidationError("--min-documents must be at least 1") }
    }

    func run() throws {
        try Exit.guarding {
            let reporter = try Reporter(command: Corroborator.name, errorsPath: errors,
                                        totalBytes: FileOutput.totalSize(inputs + statements), quiet: quiet)
            var corroborator = Corroborator(options: CorroborationOptions(minimumDocuments: minDocuments))
            let claims = RecordReader<Claim>(paths: inputs, stage: Corroborator.name)
            while let item = try claims.next() {
                switch item {
                case .record(let c): corroborator.add(c); reporter.processed(bytes: claims.bytesRead)
                case .failure(let f): try reporter.failed(f)
                }
            }
            if !statements.isEmpty {
                let docs = RecordReader<ExtractedDocument>(paths: statements, stage: Corroborator.name)
                while let item = try docs.next() {
                    switch item {
                    case .record(let d): corroborator.addStatements(of: d); reporter.processed(bytes: claims.bytesRead + docs.bytesRead)
                    case .failure(let f): try reporter.failed(f)
                    }
                }
            }
            let out = try OutputFile(path: output)
            for cluster in corroborator.clusters() { try out.write(cluster) }
            try out.commit()
            try reporter.finish()
            if reporter.failures > 0 {
                FileOutput.stderr("claimline corroborate: \(reporter.failures) record(s) failed, the others were clustered\n")
                throw ExitCode(1)
            }
        }
    }
}

/// The record files given to `report` and `export`, sorted by what they hold:
/// each file says its type on its first line, so they can come in any order.
struct RecordFiles {
    var documents: [(path: String, type: String)] = []
    var claims: [String] = []
    var clusters: [String] = []

    static let documentTypes = ["ingest", "normalize", "segment", "extract"]

    /// Reads the first line of each file; exits 2 (via `Exit.guarding`) on a file of no usable type.
    init(_ paths: [String], command: String) throws {
        for path in paths {
            guard path != "-" else { throw RecordFileError("\(command) reads files it can recognise by their first line; `-` (stdin) is not one") }
            let reader = try LineReader(path: path)
            var type: String? = nil
            while let line = try reader.next() {
                if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) { continue }
                type = (try? JSONParser.parse(line))?["type"]?.string
                break
            }
            switch type {
            case let t? where RecordFiles.documentTypes.contains(t): documents.append((path, t))
            case "claim": claims.append(path)
            case "cluster": clusters.append(path)
            case let t?: throw RecordFileError("\(path): \"\(t)\" records are not something `claimline \(command)` reads")
            case nil: throw RecordFileError("\(path): not a claimline JSON Lines file (no \"type\" on its first line)")
            }
        }
    }

    /// Calls `body` with each document of the document files, whatever stage wrote them.
    func forEachDocument(stage: String, reporter: Reporter, _ body: (IngestedDocument) throws -> Void) throws {
        for (path, type) in documents {
            switch type {
            case "ingest": try read(RecordReader<IngestedDocument>(paths: [path], stage: stage), reporter) { try body($0) }
            case "normalize": try read(RecordReader<NormalizedDocument>(paths: [path], stage: stage), reporter) { try body($0.base) }
            case "segment": try read(RecordReader<SegmentedDocument>(paths: [path], stage: stage), reporter) { try body($0.base.base) }
            default: try read(RecordReader<ExtractedDocument>(paths: [path], stage: stage), reporter) { try body($0.base.base.base) }
            }
        }
    }

    func forEachClaim(stage: String, reporter: Reporter, _ body: (Claim) throws -> Void) throws {
        try read(RecordReader<Claim>(paths: claims, stage: stage), reporter, body)
    }

    func forEachCluster(stage: String, reporter: Reporter, _ body: (Cluster) throws -> Void) throws {
        try read(RecordReader<Cluster>(paths: clusters, stage: stage), reporter, body)
    }

    private func read<R: Record>(_ reader: RecordReader<R>, _ reporter: Reporter, _ body: (R) throws -> Void) throws {
        while let item = try reader.next() {
            switch item {
            case .record(let r): try body(r); reporter.processed(bytes: reader.bytesRead)
            case .failure(let f): try reporter.failed(f)
            }
        }
    }
}

struct RecordFileError: Error, CustomStringConvertible {
    let description: String
    init(_ d: String) { description = d }
}

struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Write one self-contained HTML page: the articles with their claims, and the facts across sources.",
        discussion: """
        Give it the files of a run, in any order; each is recognised by the type
        on its first line:
          documents  an ingest file (or normalize, segment, extract: any file
                     that carries the article texts)      required
          claims     claims.jsonl (`claimline attribute`)  required
          clusters   clusters.jsonl (`claimline corroborate`)  optional
        The page loads nothing from anywhere (styles and script are inline; a
        Content-Security-Policy forbids the rest). Each article shows its body
        with every claim highlighted in its speaker's colour (hover or click for
        the cue, speaker, score and numbers); a table lists the facts several
        sources state, with agreement and conflicts; filters pick speakers and
        kinds of claim. A claim that does not fit its document is reported and
        left out.

        Examples:
          claimline report out/ingest.jsonl out/claims.jsonl out/clusters.jsonl -o out/report.html
          claimline report out/extract.jsonl out/claims.jsonl --title "Seed articles" -o report.html
        """)

    @Argument(help: ArgumentHelp("The documents, claims and (optional) clusters files.", valueName: "file"))
    var inputs: [String] = []

    @Option(name: .shortAndLong, help: ArgumentHelp("Write the page here (`-` for stdout). Written under a temporary name and renamed when complete.", valueName: "file"))
    var output: String = "-"

    @Option(help: "The page's title.")
    var title = "claimline report"

    @Option(help: ArgumentHelp("Also write records that could not be shown to this JSON Lines file.", valueName: "file"))
    var errors: String?

    @Flag(name: .shortAndLong, help: "No progress display, even on a terminal.")
    var quiet = false

    func run() throws {
        try Exit.guarding {
            let files = try RecordFiles(inputs, command: "report")
            guard !files.documents.isEmpty, !files.claims.isEmpty else {
                throw RecordFileError("report needs a documents file (ingest or extract) and a claims file; got \(files.documents.count) and \(files.claims.count)")
            }
            let reporter = try Reporter(command: "report", errorsPath: errors, totalBytes: FileOutput.totalSize(inputs), quiet: quiet)
            var report = ReportBuilder(title: title)
            try files.forEachDocument(stage: "report", reporter: reporter) { doc in
                do { try report.add(document: doc) } catch let e as ReportError {
                    try reporter.failed(DocumentFailure(id: e.id, stage: "report", reason: e.reason))
                }
            }
            try files.forEachClaim(stage: "report", reporter: reporter) { claim in
                do { try report.add(claim) } catch let e as ReportError {
                    try reporter.failed(DocumentFailure(id: e.id, stage: "report", reason: e.reason))
                }
            }
            try files.forEachCluster(stage: "report", reporter: reporter) { report.add($0) }
            let out = try OutputFile(path: output)
            try out.write(line: Array(report.html().utf8))
            try out.commit()
            try reporter.finish()
            if reporter.failures > 0 {
                FileOutput.stderr("claimline report: \(reporter.failures) record(s) left out of the page\n")
                throw ExitCode(1)
            }
        }
    }
}

struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Export claims (and documents, numbers, clusters) as CSV or an SQLite database.",
        discussion: """
        Give it the files of a run, in any order (each is recognised by its first
        line): a claims file (required), a documents file (ingest or extract,
        for titles, dates and urls) and a clusters file.

          --csv FILE     one row per claim (RFC 4180: CRLF, fields with commas,
                         quotes or line breaks quoted): doc, id, kind, speaker,
                         source_type, score, content, content_start, content_end,
                         source, cue, numbers, number_values, sentence, evidence,
                         clusters
          --sqlite FILE  tables documents, claims, numbers, clusters,
                         cluster_members, cluster_conflicts with primary and
                         foreign keys and indexes; claims.speaker_key is the
                         fullest form of a named speaker across the batch.
        Both files are written under a temporary name and renamed when complete.

        Examples:
          claimline export out/ingest.jsonl out/claims.jsonl out/clusters.jsonl --sqlite out/claims.sqlite
          claimline export out/claims.jsonl --csv out/claims.csv
          sqlite3 out/claims.sqlite "SELECT speaker_key, COUNT(*), COUNT(DISTINCT doc) FROM claims GROUP BY 1"
        """)

    @Argument(help: ArgumentHelp("The claims file, and optionally the documents and clusters files.", valueName: "file"))
    var inputs: [String] = []

    @Option(help: ArgumentHelp("Write one CSV row per claim here (`-` for stdout).", valueName: "file"))
    var csv: String?

    @Option(help: ArgumentHelp("Write an SQLite database here.", valueName: "file"))
    var sqlite: String?

    @Option(help: ArgumentHelp("Also write records that could not be exported to this JSON Lines file.", valueName: "file"))
    var errors: String?

    @Flag(name: .shortAndLong, help: "No progress display, even on a terminal.")
    var quiet = false

    func validate() throws {
        guard csv != nil || sqlite != nil else { throw ValidationError("say what to write: --csv FILE, --sqlite FILE or both") }
        guard sqlite != "-" else { throw ValidationError("--sqlite needs a file name (a database cannot go to stdout)") }
    }

    func run() throws {
        try Exit.guarding {
            let files = try RecordFiles(inputs, command: "export")
            guard !files.claims.isEmpty else { throw RecordFileError("export needs a claims file (the output of `claimline attribute`)") }
            let reporter = try Reporter(command: "export", errorsPath: errors, totalBytes: FileOutput.totalSize(inputs), quiet: quiet)
            let csvFile = try csv.map { try OutputFile(path: $0) }
            let exporter = try Exporter(csv: csvFile, sqlitePath: sqlite)
            do {
                try files.forEachDocument(stage: "export", reporter: reporter) { try exporter.add(document: $0) }
                try files.forEachCluster(stage: "export", reporter: reporter) { exporter.add($0) }
                try files.forEachClaim(stage: "export", reporter: reporter) { try exporter.add($0) }
                for f in try exporter.finish() { try reporter.failed(f) }
                try csvFile?.commit()
            } catch {
                exporter.abandon()
                csvFile?.abandon()
                throw error
            }
            try reporter.finish()
            if reporter.failures > 0 {
                FileOutput.stderr("claimline export: \(reporter.failures) record(s) not exported\n")
                throw ExitCode(1)
            }
        }
    }
}
