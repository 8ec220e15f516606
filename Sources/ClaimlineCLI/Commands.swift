import ArgumentParser
import ClaimlineCore
import Ingest
import Normalize
import Segment
import Extract
import Attribute

public struct Claimline: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "claimline",
        abstract: "Turn news articles into attributed claims: who said what, which numbers, how sure.",
        discussion: """
        Each stage reads the previous stage's JSON Lines file and writes a richer one:
          ingest -> normalize -> segment -> extract -> attribute -> corroborate
        then `report` (an HTML page) and `export` (CSV, SQLite) publish a run.
        Every span in every file is {start, end} in Unicode code points into the
        ingest record's "text". Exit status: 0 all good, 1 some documents failed
        (each is reported with its id and reason, and listed in --errors FILE),
        2 unusable invocation, input file or output (nothing was written).
        Output files appear under their name only when complete; a killed run
        continues with the same command and --resume.

        Examples:
          claimline run articles/ -o claims.jsonl --errors failed.jsonl
          claimline run articles/ -o claims.jsonl --errors failed.jsonl --resume
          claimline ingest page.html | claimline normalize | claimline segment \\
            | claimline extract | claimline attribute
        """,
        version: "0.1.0",
        subcommands: [Run.self, IngestCommand.self, NormalizeCommand.self, SegmentCommand.self,
                      ExtractCommand.self, AttributeCommand.self, CorroborateCommand.self,
                      ReportCommand.self, ExportCommand.self])

    public init() {}
}

struct IngestCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ingest",
        abstract: "Read HTML or plain-text articles into document records.",
        discussion: """
        Inputs are files, folders (read recursively, in sorted order), .gz files,
        `-` for stdin, and .jsonl files of {"id", "text"} or {"id", "html"} records
        (optional "url"). HTML goes through libxml2 (no network, no DTDs); the
        article body is kept and page furniture dropped. Plain text is kept exactly
        as decoded; residue lines (image credits, embed code, share prompts) are
        marked as "boilerplate" blocks.

        Output: one "ingest" record per document: id, source, format, text,
        blocks [{start, end, role}], meta {title, date, author, url, language}.

        Examples:
          claimline ingest fixtures/articles -o out/ingest.jsonl
          curl -s https://example.com/story | claimline ingest - | jq .meta
        """)

    @OptionGroup var io: IOOptions
    @OptionGroup var articles: ArticleOptions

    func run() throws {
        let documents = DocumentStream(paths: io.inputs, maxDocumentMB: articles.maxDocumentMB)
        let ingester = Ingester()
        try StageRunner.drive(command: "ingest", io: io, options: articles.fingerprint, next: {
            try documents.next().map { item in
                let bytes = documents.bytesRead
                return (bytes, { () -> Outcome in
                    switch item {
                    case .failure(let f): return .failed(f)
                    case .document(let raw):
                        do { return .lines([try ingester.ingest(raw).jsonLine()], bytes: bytes) } catch {
                            return .failed(DocumentFailure(id: raw.id, stage: "ingest", reason: "\(error)", source: raw.source))
                        }
                    }
                })
            }
        }, work: { $0() })
    }
}

struct NormalizeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "normalize",
        abstract: "Add a normalized text for matching (ICU NFKC, folded quotes, dashes, spaces).",
        discussion: """
        Reads "ingest" records, writes "normalize" records: the same fields plus
        norm {text, map}. map lists [normStart, normEnd, origStart, origEnd] for
        the places where lengths differ; elsewhere offsets agree.

        Example:
          claimline normalize out/ingest.jsonl -o out/normalize.jsonl
        """)
    @OptionGroup var io: IOOptions
    func run() throws { try StageRunner.run(Normalizer(), io) }
}

struct SegmentCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "segment",
        abstract: "Split documents into sentences (ICU BreakIterator plus rules).",
        discussion: """
        Reads "normalize" records, writes "segment" records with
        sentences [{start, end, block}]. A sentence never crosses a block boundary.

        Example:
          claimline segment out/normalize.jsonl | jq -c '.sentences | length'
        """)
    @OptionGroup var io: IOOptions
    func run() throws { try StageRunner.run(Segmenter(), io) }
}

struct ExtractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Find quotations and numbers.",
        discussion: """
        Reads "segment" records, writes "extract" records with
        quotes [{start, end, text, inner, mark, group, open}] and
        numbers [{start, end, text, value, kind, approx, counts, unit, numeral}].

        Example:
          claimline extract out/segment.jsonl | jq -c '.numbers[] | {text, value, counts}'
        """)
    @OptionGroup var io: IOOptions
    func run() throws { try StageRunner.run(Extractor(), io) }
}

struct AttributeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "attribute",
        abstract: "Attribute claims to speakers, with a calibrated score.",
        discussion: """
        Reads "extract" records, writes one "claim" record per line: doc, id, kind
        (direct, indirect, mixed), content, source, speaker, source_type, cue,
        score, evidence, numbers, sentence.

        Quotations and reported speech (X said that ..., ..., X said, according
        to X, X told Y ..., X: "...") are found by models trained on PolNeAR; a
        quoted phrase inside reported speech is also a direct claim of its own.
        The score is the probability that content and speaker are both right,
        calibrated on held-out PolNeAR articles.

        Example:
          claimline attribute out/extract.jsonl | jq -r 'select(.score > 0.7) | [.speaker, .content.text] | @tsv'
        """)
    @OptionGroup var io: IOOptions
    func run() throws { try StageRunner.run(Attributor(), io) }
}

struct Run: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Run every stage in one process: articles in, claims out.",
        discussion: """
        Takes the same inputs as `ingest` and writes the same claims as the staged
        path (ingest | normalize | segment | extract | attribute), byte for byte,
        using every core and keeping input order.

        Examples:
          claimline run fixtures/articles -o claims.jsonl
          claimline run pages.jsonl --errors failed.jsonl -o claims.jsonl
        """)

    @OptionGroup var io: IOOptions
    @OptionGroup var articles: ArticleOptions

    func run() throws {
        let documents = DocumentStream(paths: io.inputs, maxDocumentMB: articles.maxDocumentMB)
        let pipeline = Pipeline()
        try StageRunner.drive(command: "run", io: io, options: articles.fingerprint, next: {
            try documents.next().map { item in (documents.bytesRead, (item, documents.bytesRead)) }
        }, batchWork: { pipeline.claims(for: $0) })
    }
}

/// All stages composed, for `run`.
struct Pipeline: Sendable {
    let ingester = Ingester()
    let normalizer = Normalizer()
    let segmenter = Segmenter()
    let extractor = Extractor()
    let attributor = Attributor()

    /// Outcomes of a batch of input items (with the input bytes read when
    /// each was taken), made stage by stage: every document through ingest,
    /// then every one through normalize, and so on, so each stage's tables
    /// stay in cache. A document that fails leaves the batch at its stage.
    func claims(for items: [(InputWalker.Item, bytes: Int)]) -> [Outcome] {
        var outcomes = [Outcome?](repeating: nil, count: items.count)
        let raws: [RawDocument?] = items.enumerated().map { k, x in
            switch x.0 {
            case .failure(let f): outcomes[k] = .failed(f); return nil
            case .document(let raw): return raw
            }
        }
        func step<A, B>(_ docs: [A?], _ stage: String, _ f: (A) throws -> B) -> [B?] {
            docs.enumerated().map { k, d in
                guard let d else { return nil }
                do { return try f(d) } catch {
                    let raw = raws[k]!
                    outcomes[k] = .failed(DocumentFailure(id: raw.id, stage: stage, reason: "\(error)", source: raw.source))
                    return nil
                }
            }
        }
        let ingested = step(raws, "ingest") { try ingester.ingest($0) }
        let normalized = step(ingested, Normalizer.name) { try normalizer.process($0) }
        let segmented = step(normalized, Segmenter.name) { try segmenter.process($0) }
        let extracted = step(segmented, Extractor.name) { try extractor.process($0) }
        let claims = step(extracted, Attributor.name) { try attributor.process($0) }
        return items.indices.map { k in
            outcomes[k] ?? .lines(claims[k]!.map { $0.jsonLine() }, bytes: items[k].bytes)
        }
    }
}

extension Exit {
    /// Input errors that make the invocation unusable (a missing path, a
    /// record file given to ingest) become exit status 2.
    static func guardingInput<T>(_ body: () throws -> T) throws -> T {
        do { return try body() } catch let e as InputError {
            FileOutput.stderr("claimline: \(e)\n"); throw ExitCode(2)
        }
    }
}
