import Testing
import ClaimlineTestSupport
import Foundation
import ArgumentParser
import ClaimlineCLI
import ClaimlineCore
@testable import Export

@Suite struct PublishCommandTests {
    let seeds = StagedRun.shared

    @Test func theSeedReportHighlightsEveryClaim() throws {
        #expect(seeds.statuses == [0, 0, 0, 0, 0, 0])
        let out = seeds.path("report.html")
        #expect(claimline(["report", seeds.path("clusters.jsonl"), seeds.path("claims.jsonl"), seeds.path("ingest.jsonl"), "-q", "-o", out]) == 0)
        let root = try #require(ParsedHTML.parse(try String(contentsOfFile: out, encoding: .utf8)))
        let claims = readLines(seeds.path("claims.jsonl"))
        #expect(!claims.isEmpty)
        let runs = root.all { $0.attributes["data-c"] != nil }
        var covered = [Int: String]()
        for r in runs { for i in r.attributes["data-c"]!.split(separator: " ").compactMap({ Int($0) }) { covered[i, default: ""] += r.text } }
        for (i, c) in claims.enumerated() {
            // A claim over several paragraphs is highlighted in each; the blank lines between are not.
            let content = c["content"]!["text"]!.string!
            #expect(covered[i] == content || covered[i] == content.split(separator: "\n", omittingEmptySubsequences: true).joined(),
                    "claim \(i) highlighted as \(covered[i] ?? "nothing")")
        }
        let clusters = readLines(seeds.path("clusters.jsonl"))
        #expect(root.all("tr").filter { $0.attributes["data-k"] != nil }.count == clusters.count)
        #expect(root.all("article").count == readLines(seeds.path("ingest.jsonl")).count)
    }

    @Test func theReportReadsTheTextsFromAnExtractFileToo() throws {
        let out = seeds.path("report-extract.html")
        #expect(claimline(["report", seeds.path("extract.jsonl"), seeds.path("claims.jsonl"), "-q", "-o", out]) == 0)
        #expect(ParsedHTML.parse(try String(contentsOfFile: out, encoding: .utf8))?.all("article").count == 4)
    }

    @Test func theReportNeedsDocumentsAndClaims() {
        let out = seeds.path("none.html")
        #expect(claimline(["report", seeds.path("claims.jsonl"), "-q", "-o", out]) == 2)
        #expect(claimline(["report", seeds.path("ingest.jsonl"), "-", "-q", "-o", out]) == 2)
        #expect(!FileManager.default.fileExists(atPath: out))
    }

    @Test func claimsOfMissingDocumentsAreReportedAndTheRestShown() throws {
        let docs = seeds.path("one-doc.jsonl")
        let first = try String(contentsOfFile: seeds.path("ingest.jsonl"), encoding: .utf8).split(separator: "\n")[0]
        try (first + "\n").write(toFile: docs, atomically: true, encoding: .utf8)
        let errors = seeds.path("report-errors.jsonl")
        #expect(claimline(["report", docs, seeds.path("claims.jsonl"), "-q", "--errors", errors, "-o", seeds.path("partial.html")]) == 1)
        #expect(readLines(errors).allSatisfy { $0["stage"]?.string == "report" && ($0["reason"]?.string ?? "").contains("not in the document files") })
        #expect(!readLines(errors).isEmpty)
        #expect(FileManager.default.fileExists(atPath: seeds.path("partial.html")))
    }

    @Test func exportWritesCSVAndSQLiteFromTheSeeds() throws {
        let csv = seeds.path("claims.csv"), db = seeds.path("claims.sqlite")
        #expect(claimline(["export", seeds.path("ingest.jsonl"), seeds.path("claims.jsonl"), seeds.path("clusters.jsonl"),
                     "--csv", csv, "--sqlite", db, "-q"]) == 0)
        let claims = readLines(seeds.path("claims.jsonl"))
        #expect(CSVTests.parse(try String(contentsOfFile: csv, encoding: .utf8)).count == claims.count + 1)
        let sql = try SQLiteDatabase(path: db, readOnly: true)
        #expect(try sql.rows("SELECT COUNT(*) FROM claims") == [[.int(claims.count)]])
        #expect(try sql.rows("SELECT COUNT(*) FROM clusters") == [[.int(readLines(seeds.path("clusters.jsonl")).count)]])
        #expect(try sql.rows("PRAGMA foreign_key_check").isEmpty)
    }

    @Test func exportNeedsSomethingToWriteAndAClaimsFile() {
        #expect(claimline(["export", seeds.path("claims.jsonl"), "-q"]) == 2)
        #expect(claimline(["export", seeds.path("ingest.jsonl"), "--csv", seeds.path("x.csv"), "-q"]) == 2)
        #expect(claimline(["export", seeds.path("segment.jsonl"), seeds.path("claims.jsonl"), "--sqlite", "-", "-q"]) == 2)
        #expect(!FileManager.default.fileExists(atPath: seeds.path("x.csv")))
    }
}
