import ClaimlineCore
#if canImport(Glibc)
import Glibc
#endif

/// The SQLite export: tables documents, claims, numbers, clusters,
/// cluster_members and cluster_conflicts, with primary and foreign keys,
/// built under a temporary name and renamed into place when complete.
final class SQLiteExport {
    static let schema = """
    CREATE TABLE documents (
      id TEXT PRIMARY KEY, source TEXT, format TEXT, title TEXT, date TEXT, author TEXT, url TEXT,
      language TEXT, length INTEGER);
    CREATE TABLE claims (
      id TEXT PRIMARY KEY, doc TEXT NOT NULL REFERENCES documents(id), kind TEXT NOT NULL,
      speaker TEXT, speaker_key TEXT, source_type TEXT NOT NULL, score REAL NOT NULL,
      content TEXT NOT NULL, content_start INTEGER NOT NULL, content_end INTEGER NOT NULL,
      source TEXT, source_start INTEGER, source_end INTEGER, cue TEXT, cue_start INTEGER, cue_end INTEGER,
      sentence INTEGER NOT NULL, evidence TEXT NOT NULL);
    CREATE TABLE numbers (
      claim TEXT NOT NULL REFERENCES claims(id), position INTEGER NOT NULL, text TEXT NOT NULL,
      value REAL NOT NULL, kind TEXT NOT NULL, approx TEXT, counts TEXT, unit TEXT,
      span_start INTEGER NOT NULL, span_end INTEGER NOT NULL, PRIMARY KEY (claim, position));
    CREATE TABLE clusters (
      id TEXT PRIMARY KEY, kind TEXT NOT NULL, label TEXT NOT NULL, value REAL, number_kind TEXT, unit TEXT,
      counted_class TEXT, documents INTEGER NOT NULL, members INTEGER NOT NULL, speakers TEXT NOT NULL,
      conflicts INTEGER NOT NULL, evidence TEXT NOT NULL);
    CREATE TABLE cluster_members (
      cluster TEXT NOT NULL REFERENCES clusters(id), position INTEGER NOT NULL,
      doc TEXT NOT NULL REFERENCES documents(id), claim TEXT REFERENCES claims(id), kind TEXT NOT NULL,
      span_start INTEGER NOT NULL, span_end INTEGER NOT NULL, number_text TEXT, number_value REAL, speaker TEXT,
      PRIMARY KEY (cluster, position));
    CREATE TABLE cluster_conflicts (
      cluster TEXT NOT NULL REFERENCES clusters(id), position INTEGER NOT NULL, kind TEXT NOT NULL,
      other_cluster TEXT, value REAL, speakers TEXT NOT NULL, documents TEXT NOT NULL,
      PRIMARY KEY (cluster, position));
    """

    /// Made after the rows are in (faster than keeping them up to date row by row).
    static let indexes = """
    CREATE INDEX claims_doc ON claims(doc);
    CREATE INDEX claims_speaker_key ON claims(speaker_key);
    CREATE INDEX numbers_value ON numbers(value);
    CREATE INDEX cluster_members_claim ON cluster_members(claim);
    CREATE INDEX cluster_members_doc ON cluster_members(doc);
    """

    let path: String
    let temporary: String
    private let db: SQLiteDatabase
    private let insertDocument, insertStubDocument, insertClaim, insertNumber: SQLiteStatement
    private let insertCluster, insertMember, insertConflict: SQLiteStatement
    private var speakers: Set<String> = []
    private var finished = false
    private(set) var refused: [DocumentFailure] = []

    init(path: String) throws {
        self.path = path
        temporary = OutputFile.partialName(for: path)
        unlink(temporary)
        db = try SQLiteDatabase(path: temporary)
        // Nothing to recover if the run dies: the temporary file is dropped, so no journal.
        try db.execute("PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF; PRAGMA foreign_keys=ON;")
        try db.execute(SQLiteExport.schema)
        try db.execute("BEGIN")
        insertDocument = try db.prepare("INSERT INTO documents VALUES (?,?,?,?,?,?,?,?,?)")
        insertStubDocument = try db.prepare("INSERT OR IGNORE INTO documents (id) VALUES (?)")
        insertClaim = try db.prepare("INSERT INTO claims VALUES (?,?,?,?,NULL,?,?,?,?,?,?,?,?,?,?,?,?,?)")
        insertNumber = try db.prepare("INSERT INTO numbers VALUES (?,?,?,?,?,?,?,?,?,?)")
        insertCluster = try db.prepare("INSERT INTO clusters VALUES (?,?,?,?,?,?,?,?,?,?,?,?)")
        insertMember = try db.prepare("INSERT INTO cluster_members VALUES (?,?,?,?,?,?,?,?,?,?)")
        insertConflict = try db.prepare("INSERT INTO cluster_conflicts VALUES (?,?,?,?,?,?,?)")
    }

    deinit { abandon() }

    func insert(_ d: IngestedDocument) throws {
        try record(d.id) {
            try insertDocument.run([.text(d.id), .text(d.source), .text(d.format.rawValue), SQLValue(d.meta.title),
                                    SQLValue(d.meta.date), SQLValue(d.meta.author), SQLValue(d.meta.url),
                                    SQLValue(d.meta.language), .int(d.text.count)])
        }
    }

    func insert(_ c: Claim) throws {
        try record(c.id) {
            // Claims exported without their documents file still get a documents row to point at.
            try insertStubDocument.run([.text(c.doc)])
            try insertClaim.run([.text(c.id), .text(c.doc), .text(c.kind.rawValue), SQLValue(c.speaker), .text(c.sourceType.rawValue),
                                 .real(c.score), .text(c.content.text), .int(c.content.span.start), .int(c.content.span.end),
                                 SQLValue(c.source?.text), SQLValue(c.source?.span.start), SQLValue(c.source?.span.end),
                                 SQLValue(c.cue?.text), SQLValue(c.cue?.span.start), SQLValue(c.cue?.span.end),
                                 .int(c.sentence), .text(SQLiteExport.jsonArray(c.evidence))])
            for (i, n) in c.numbers.enumerated() {
                let m = n.mention
                try insertNumber.run([.text(c.id), .int(i), .text(n.text), .real(m.value), .text(m.kind.rawValue), SQLValue(m.approx),
                                      SQLValue(m.counts), SQLValue(m.unit), .int(m.span.start), .int(m.span.end)])
            }
        }
        // Only names identify a speaker across documents; "a spokesperson" in two papers is two people.
        if let s = c.speaker, [.person, .organization, .pronoun].contains(c.sourceType) { speakers.insert(s) }
    }

    func insert(_ c: Cluster) throws {
        try record(c.id) {
            try insertCluster.run([.text(c.id), .text(c.kind.rawValue), .text(c.label), SQLValue(c.quantity?.value),
                                   SQLValue(c.quantity?.kind.rawValue), SQLValue(c.quantity?.unit), SQLValue(c.quantity?.countedClass),
                                   .int(c.documents.count), .int(c.members.count), .text(SQLiteExport.jsonArray(c.speakers)),
                                   .int(c.conflicts.count), .text(SQLiteExport.jsonArray(c.evidence))])
            for (i, m) in c.members.enumerated() {
                try insertStubDocument.run([.text(m.doc)])
                try insertMember.run([.text(c.id), .int(i), .text(m.doc), SQLValue(m.claim), .text(m.kind.rawValue),
                                      .int(m.span.start), .int(m.span.end), SQLValue(m.number?.text),
                                      SQLValue(m.number?.mention.value), SQLValue(m.speaker)])
            }
            for (i, x) in c.conflicts.enumerated() {
                try insertConflict.run([.text(c.id), .int(i), .text(x.kind.rawValue), SQLValue(x.cluster), SQLValue(x.value),
                                        .text(SQLiteExport.jsonArray(x.speakers)), .text(SQLiteExport.jsonArray(x.documents))])
            }
        }
    }

    /// One record's rows, all or none: a record the database refuses (a
    /// duplicate id, a cluster citing a claim that is not there) is reported
    /// and the others go in.
    private func record(_ id: String, _ body: () throws -> Void) throws {
        try db.execute("SAVEPOINT record")
        do {
            try body()
            try db.execute("RELEASE record")
        } catch let e as SQLiteError where e.isConstraint {
            try db.execute("ROLLBACK TO record; RELEASE record")
            refused.append(DocumentFailure(id: id, stage: "export", reason: "the database refused it: \(e.message)"))
        }
    }

    /// Sets each claim's speaker_key (the fullest form of its speaker's name
    /// in the batch), indexes, commits and renames the file into place. The
    /// keys go through a temporary table in one pass over the claims: an
    /// update per name scanned every claim each time (13 s for 840 articles).
    func finish() throws {
        try db.execute("CREATE TEMP TABLE speaker_keys (name TEXT PRIMARY KEY, key TEXT NOT NULL)")
        let insertKey = try db.prepare("INSERT OR REPLACE INTO speaker_keys VALUES (?, ?)")
        for (name, key) in SpeakerName.canonicalNames(Array(speakers)) { try insertKey.run([.text(name), .text(key)]) }
        try db.execute("""
            UPDATE claims SET speaker_key = (SELECT key FROM speaker_keys WHERE name = claims.speaker)
            WHERE source_type IN ('person', 'organization', 'pronoun') AND speaker IN (SELECT name FROM speaker_keys);
            DROP TABLE speaker_keys;
            """)
        try db.execute(SQLiteExport.indexes)
        try db.execute("COMMIT")
        db.close()
        guard rename(temporary, path) == 0 else {
            let why = String(cString: strerror(errno))
            unlink(temporary)
            throw IOError.writeFailed(path, why)
        }
        finished = true
    }

    func abandon() {
        guard !finished else { return }
        finished = true
        db.close()
        unlink(temporary)
    }

    static func jsonArray(_ xs: [String]) -> String {
        var w = JSONWriter()
        w.beginArray(); for x in xs { w.string(x) }; w.endArray()
        return String(decoding: w.bytes, as: UTF8.self)
    }
}
