import ClaimlineCore
#if canImport(Glibc)
import Glibc
#endif

/// Writes a batch's documents, claims, numbers and clusters for other tools:
/// a CSV file with one row per claim, and an SQLite database with a table
/// each. Add documents first, then clusters, then claims (the CSV names each
/// claim's clusters), then `finish()`.
public final class Exporter {
    private let csv: CSVWriter?
    private let sqlite: SQLiteExport?
    private var clustersOfClaim: [String: [String]] = [:]
    private var clusters: [Cluster] = []

    /// `csv` is written as claims arrive; `sqlite` under a temporary name, renamed by `finish()`.
    public init(csv: OutputFile?, sqlitePath: String?) throws {
        self.csv = csv.map(CSVWriter.init)
        sqlite = try sqlitePath.map { try SQLiteExport(path: $0) }
        try self.csv?.write(ClaimRow.header)
    }

    public func add(document: IngestedDocument) throws {
        try sqlite?.insert(document)
    }

    public func add(_ cluster: Cluster) {
        clusters.append(cluster)
        for m in cluster.members { if let c = m.claim, clustersOfClaim[c]?.last != cluster.id { clustersOfClaim[c, default: []].append(cluster.id) } }
    }

    public func add(_ claim: Claim) throws {
        try csv?.write(ClaimRow.fields(claim, clusters: clustersOfClaim[claim.id] ?? []))
        try sqlite?.insert(claim)
    }

    /// Inserts the clusters (after the claims they cite), indexes, and renames the database into place.
    /// Returns the records the database refused, with the reason.
    public func finish() throws -> [DocumentFailure] {
        guard let sqlite else { return [] }
        for c in clusters { try sqlite.insert(c) }
        try sqlite.finish()
        return sqlite.refused
    }

    /// Drops a database not yet finished.
    public func abandon() { sqlite?.abandon() }
}

/// A claim as a CSV row.
enum ClaimRow {
    static let header = ["doc", "id", "kind", "speaker", "source_type", "score", "content", "content_start", "content_end",
                         "source", "cue", "numbers", "number_values", "sentence", "evidence", "clusters"]

    static func fields(_ c: Claim, clusters: [String]) -> [String] {
        let numbers = c.numbers.map { n in [n.mention.approx, n.text, n.mention.counts].compactMap { $0 }.joined(separator: " ") }
        return [c.doc, c.id, c.kind.rawValue, c.speaker ?? "", c.sourceType.rawValue, number(c.score), c.content.text,
                String(c.content.span.start), String(c.content.span.end), c.source?.text ?? "", c.cue?.text ?? "",
                numbers.joined(separator: "; "), c.numbers.map { number($0.mention.value) }.joined(separator: ";"),
                String(c.sentence), c.evidence.joined(separator: "; "), clusters.joined(separator: ";")]
    }

    /// Numbers as JSON writes them (755, not 755.0).
    static func number(_ d: Double) -> String {
        var w = JSONWriter(reservingCapacity: 24)
        w.double(d)
        return String(decoding: w.bytes, as: UTF8.self)
    }
}
