import ArgumentParser
import ClaimlineCore
import Corroborate

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

    @OptionGroup var io: IOOptions

    @Option(help: ArgumentHelp("An extract file (`claimline extract` output) whose own statements of quantities join clusters.", valueName: "file"))
    var statements: [String] = []

    @Option(help: "Documents a cluster needs to be written (clusters with a conflict are always written).")
    var minDocuments = 2

    func validate() throws {
        guard minDocuments >= 1 else { throw ValidationError("--min-documents must be at least 1") }
    }

    func run() throws {
        try Exit.guarding {
            let reporter = try Reporter(command: Corroborator.name, errorsPath: io.errors,
                                        totalBytes: FileOutput.totalSize(io.inputs + statements), quiet: io.quiet)
            var corroborator = Corroborator(options: CorroborationOptions(minimumDocuments: minDocuments))
            let claims = RecordReader<Claim>(paths: io.inputs, stage: Corroborator.name)
            while let item = try claims.next() {
                switch item {
                case .record(let c): corroborator.add(c); reporter.processed(bytes: claims.bytesRead)
                case .failure(let f): reporter.failed(f)
                }
            }
            if !statements.isEmpty {
                let docs = RecordReader<ExtractedDocument>(paths: statements, stage: Corroborator.name)
                while let item = try docs.next() {
                    switch item {
                    case .record(let d): corroborator.addStatements(of: d); reporter.processed(bytes: claims.bytesRead + docs.bytesRead)
                    case .failure(let f): reporter.failed(f)
                    }
                }
            }
            let out = try OutputFile(path: io.output)
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
