import Testing
import Foundation
import ClaimlineCore
@testable import Export

@Suite struct CSVTests {
    @Test func fieldsAreQuotedOnlyWhenTheyMustBe() {
        #expect(CSVWriter.field("plain text") == "plain text")
        #expect(CSVWriter.field("a, b") == "\"a, b\"")
        #expect(CSVWriter.field("say \"no\"") == "\"say \"\"no\"\"\"")
        #expect(CSVWriter.field("two\nlines") == "\"two\nlines\"")
        #expect(CSVWriter.field("cr\rhere") == "\"cr\rhere\"")
        #expect(CSVWriter.field("") == "")
    }

    /// Reads RFC 4180 CSV back: records end with CRLF, quoted fields may hold anything.
    static func parse(_ s: String) -> [[String]] {
        var records: [[String]] = [], record: [String] = [], field = "", quoted = false
        let chars = Array(s)
        var i = 0
        while i < chars.count {
            let c = chars[i]
            if quoted {
                if c == "\"" { if i + 1 < chars.count && chars[i + 1] == "\"" { field.append("\""); i += 1 } else { quoted = false } }
                else { field.append(c) }
            } else if c == "\"" { quoted = true }
            else if c == "," { record.append(field); field = "" }
            else if c == "\r\n" { record.append(field); records.append(record); record = []; field = "" }
            else { field.append(c) }
            i += 1
        }
        return records
    }

    @Test func oneRowPerClaimReadsBackAsWritten() throws {
        let batch = PublishBatch()
        let path = NSTemporaryDirectory() + "claimline-csv-\(UUID().uuidString).csv"
        let out = try OutputFile(path: path)
        let e = try Exporter(csv: out, sqlitePath: nil)
        for c in batch.clusters { e.add(c) }
        for c in batch.claims { try e.add(c) }
        #expect(try e.finish().isEmpty)
        try out.commit()
        let rows = CSVTests.parse(try String(contentsOfFile: path, encoding: .utf8))
        #expect(rows.count == 1 + batch.claims.count)
        #expect(rows[0] == ClaimRow.header)
        #expect(rows.dropFirst().allSatisfy { $0.count == ClaimRow.header.count })
        let first = rows[1]
        #expect(first[1] == "a&b#0")
        #expect(first[3] == "Ann \"O'Hara\" <b>")
        #expect(first[9] == "Dr <b>Ann</b> \"O'Hara\" & co")
        #expect(first[12] == "27")
        #expect(first[14] == "test, \"quoted\"")
        #expect(first[15] == "C1")
        #expect(rows[2][6] == "will appeal, twice")
    }
}

@Suite struct SQLiteExportTests {
    func export(_ batch: PublishBatch, documents: Bool = true) throws -> (path: String, refused: [DocumentFailure]) {
        let path = NSTemporaryDirectory() + "claimline-\(UUID().uuidString).sqlite"
        let e = try Exporter(csv: nil, sqlitePath: path)
        if documents { for d in batch.documents { try e.add(document: d) } }
        for c in batch.clusters { e.add(c) }
        for c in batch.claims { try e.add(c) }
        #expect(!FileManager.default.fileExists(atPath: path))  // not there until complete
        let refused = try e.finish()
        return (path, refused)
    }

    @Test func tablesHoldTheBatchWithTheirKeys() throws {
        let (path, refused) = try export(PublishBatch())
        #expect(refused.isEmpty)
        let db = try SQLiteDatabase(path: path, readOnly: true)
        #expect(try db.rows("SELECT COUNT(*) FROM documents") == [[.int(2)]])
        #expect(try db.rows("SELECT COUNT(*) FROM claims") == [[.int(3)]])
        #expect(try db.rows("SELECT claim, value, counts FROM numbers ORDER BY claim") ==
                [[.text("a&b#0"), .real(27), .text("referees")], [.text("b#0"), .real(27), .text("referees")]])
        #expect(try db.rows("SELECT id, documents, members, conflicts FROM clusters") == [[.text("C1"), .int(2), .int(2), .int(1)]])
        #expect(try db.rows("SELECT claim FROM cluster_members ORDER BY position") == [[.text("a&b#0")], [.text("b#0")]])
        #expect(try db.rows("PRAGMA foreign_key_check").isEmpty)
        let indexes = try db.rows("SELECT name FROM sqlite_master WHERE type = 'index' AND name NOT LIKE 'sqlite_%' ORDER BY name")
        #expect(indexes.compactMap { $0.first?.string } ==
                ["claims_doc", "claims_speaker_key", "cluster_members_claim", "cluster_members_doc", "numbers_value"])
        #expect(try db.rows("SELECT title, date FROM documents WHERE id = 'a&b'") == [[.text("Referees <sacked>"), .text("2024-05-01")]])
    }

    @Test func claimsBySpeakerAcrossDocuments() throws {
        var batch = PublishBatch()
        // The same person, named in full in one article and by surname in another.
        batch.claims[2].speaker = "O'Hara"
        batch.claims[0].speaker = "Ann O'Hara"
        let (path, _) = try export(batch)
        let db = try SQLiteDatabase(path: path, readOnly: true)
        let rows = try db.rows("""
            SELECT speaker_key, COUNT(*), COUNT(DISTINCT doc) FROM claims
            WHERE speaker_key IS NOT NULL GROUP BY speaker_key HAVING COUNT(DISTINCT doc) > 1
            """)
        #expect(rows == [[.text("Ann O'Hara"), .int(2), .int(2)]])
    }

    @Test func claimsWithoutTheirDocumentsFileStillHaveDocumentRows() throws {
        let (path, refused) = try export(PublishBatch(), documents: false)
        #expect(refused.isEmpty)
        let db = try SQLiteDatabase(path: path, readOnly: true)
        #expect(try db.rows("SELECT id, title FROM documents ORDER BY id") == [[.text("a&b"), .null], [.text("b"), .null]])
    }

    @Test func aRecordTheDatabaseRefusesIsReportedAndTheRestGoIn() throws {
        var batch = PublishBatch()
        batch.claims.append(batch.claims[1])  // the same claim id twice
        let (path, refused) = try export(batch)
        #expect(refused.map(\.id) == ["a&b#1"])
        #expect(refused.first?.reason.contains("UNIQUE") == true)
        let db = try SQLiteDatabase(path: path, readOnly: true)
        #expect(try db.rows("SELECT COUNT(*) FROM claims") == [[.int(3)]])
    }

    @Test func anAbandonedExportLeavesNoFile() throws {
        let path = NSTemporaryDirectory() + "claimline-\(UUID().uuidString).sqlite"
        let e = try Exporter(csv: nil, sqlitePath: path)
        try e.add(PublishBatch().claims[0])
        e.abandon()
        #expect(!FileManager.default.fileExists(atPath: path))
        #expect(!FileManager.default.fileExists(atPath: OutputFile.partialName(for: path)))
    }

    @Test func canonicalNamesMergeOnlyUnambiguousShortForms() {
        let names = SpeakerName.canonicalNames(["Putin", "Vladimir Putin", "Trump", "Donald Trump", "Melania Trump", "the White House", "White House"])
        #expect(names["Putin"] == "Vladimir Putin")
        #expect(names["Trump"] == "Trump")
        #expect(names["White House"] == "the White House" || names["White House"] == "White House")
        #expect(names["Donald Trump"] == "Donald Trump")
    }
}
