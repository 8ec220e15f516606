import Testing
import ClaimlineTestSupport
import Foundation
import ClaimlineCore

extension StagedRun {
    /// `corroborate` over the staged claims, with the extract file's statements.
    static let clusters: (status: Int32, path: String) = {
        let run = StagedRun.shared
        let path = run.folder + "/clusters.jsonl"
        let status = claimline(["corroborate", run.claims, "--statements", run.extract, "-q", "-o", path])
        return (status, path)
    }()
}

@Suite struct CorroboratePipelineTests {
    let run = StagedRun.shared
    var clusters: [JSONValue] { readLines(StagedRun.clusters.path) }

    @Test func corroborateSucceedsOnTheFixtures() {
        #expect(StagedRun.clusters.status == 0)
        #expect(!clusters.isEmpty)
    }

    @Test func clustersMatchTheirJSONSchema() throws {
        let validator = try SchemaValidator(folder: repoRoot + "/schemas")
        for line in clusters { #expect(validator.validate(line, against: "cluster.schema.json") == []) }
        if case .object(var o) = clusters.first {
            o["kind"] = .string("rumour")
            #expect(!validator.validate(.object(o), against: "cluster.schema.json").isEmpty)
        }
    }

    @Test func everyMemberSpanAndNumberIsInItsDocument() {
        let texts = run.texts
        for cluster in clusters {
            for m in cluster["members"]?.array ?? [] {
                let text = texts[m["doc"]!.string!]!
                let span = Span(m["span"]!["start"]!.int!, m["span"]!["end"]!.int!)
                #expect(span.start >= 0 && span.end <= text.count && !span.isEmpty)
                if let n = m["number"], n != .null {
                    let ns = Span(n["start"]!.int!, n["end"]!.int!)
                    #expect(span.contains(ns))
                    #expect(n["text"]?.string == text[ns])
                }
            }
        }
    }

    /// The gold clusters of ../shared/fixtures/seeds/gold.json (copied in SeedGold.swift).
    @Test(arguments: seedClusters.map(\.value))
    func theSeedArticlesCorroborateEachOther(_ value: Double) throws {
        let gold = try #require(seedClusters.first { $0.value == value })
        let found = clusters.first { c in
            c["kind"]?.string == "quantity" && c["quantity"]?["value"]?.double == gold.value
                && Set(gold.documents).isSubset(of: Set((c["documents"]?.array ?? []).compactMap(\.string)))
        }
        #expect(found != nil, "no cluster for \(gold.value) across \(gold.documents)")
        if let speaker = gold.speaker, let found {
            let speakers = (found["speakers"]?.array ?? []).compactMap(\.string)
            #expect(speakers.contains { $0.contains(speaker) }, "\(gold.value): speakers \(speakers)")
        }
    }

    @Test func noClusterJoinsTheTramVoteToTheDiplomats() {
        let seeds = Set(seedDocuments.map(\.id))
        for c in clusters {
            let docs = Set((c["documents"]?.array ?? []).compactMap(\.string))
            #expect(docs.isSubset(of: seeds) || docs.isDisjoint(with: seeds), "\(c["label"]?.string ?? "")")
        }
    }

    @Test func theSameInputGivesTheSameBytes() throws {
        let again = temporaryFolder("corroborate") + "/clusters.jsonl"
        #expect(claimline(["corroborate", run.claims, "--statements", run.extract, "-q", "-o", again]) == 0)
        #expect(try Data(contentsOf: URL(fileURLWithPath: again)) == Data(contentsOf: URL(fileURLWithPath: StagedRun.clusters.path)))
    }

    @Test func aFileOfAnotherTypeExitsWithStatus2() {
        let out = temporaryFolder("corroborate-wrong") + "/x.jsonl"
        #expect(claimline(["corroborate", run.extract, "-q", "-o", out]) == 2)
        #expect(claimline(["corroborate", run.claims, "--statements", run.claims, "-q", "-o", out]) == 2)
        #expect(!FileManager.default.fileExists(atPath: out))
    }
}

@Suite struct CorroborateInputTests {
    @Test func aBrokenClaimIsReportedAndTheOthersAreClustered() throws {
        let dir = temporaryFolder("corroborate-bad")
        let lines = try String(contentsOfFile: StagedRun.shared.claims, encoding: .utf8).split(separator: "\n").map(String.init)
        let broken = [lines[0], #"{"type":"claim","version":1,"doc":"x","id":"x#0"}"#] + lines.dropFirst()
        try (broken.joined(separator: "\n") + "\n").write(toFile: dir + "/claims.jsonl", atomically: true, encoding: .utf8)
        #expect(claimline(["corroborate", dir + "/claims.jsonl", "-q", "-o", dir + "/clusters.jsonl", "--errors", dir + "/errors.jsonl"]) == 1)
        #expect(readLines(dir + "/errors.jsonl").map { $0["id"]?.string } == ["x#0"])
        #expect(readLines(dir + "/errors.jsonl").first?["stage"]?.string == "corroborate")
        #expect(!readLines(dir + "/clusters.jsonl").isEmpty)
    }

    @Test func noClaimsGiveAnEmptyFile() throws {
        let dir = temporaryFolder("corroborate-empty")
        try "".write(toFile: dir + "/claims.jsonl", atomically: true, encoding: .utf8)
        #expect(claimline(["corroborate", dir + "/claims.jsonl", "-q", "-o", dir + "/clusters.jsonl"]) == 0)
        #expect(FileManager.default.contents(atPath: dir + "/clusters.jsonl") == Data())
    }
}
