import Testing
import ClaimlineTestSupport
import Foundation
import ClaimlineCore

@Suite struct StagedPipelineTests {
    let run = StagedRun.shared

    @Test func everyStageSucceedsOnTheFixtures() {
        #expect(run.statuses == [0, 0, 0, 0, 0, 0])
        #expect(readLines(run.ingest).count >= 4)
    }

    @Test func runInOneProcessEqualsTheStagedPathByteForByte() throws {
        let out = temporaryFolder("run") + "/claims.jsonl"
        #expect(claimline(["run", articlesFolder, "-q", "-o", out]) == 0)
        let staged = try Data(contentsOf: URL(fileURLWithPath: run.claims))
        #expect(!staged.isEmpty)
        #expect(try Data(contentsOf: URL(fileURLWithPath: out)) == staged)
    }

    @Test func runOnOneThreadEqualsRunOnMany() throws {
        let one = temporaryFolder("run1") + "/c.jsonl", many = temporaryFolder("run4") + "/c.jsonl"
        #expect(claimline(["run", articlesFolder, "-q", "-j", "1", "-o", one]) == 0)
        #expect(claimline(["run", articlesFolder, "-q", "-j", "4", "-o", many]) == 0)
        #expect(try Data(contentsOf: URL(fileURLWithPath: one)) == Data(contentsOf: URL(fileURLWithPath: many)))
    }

    /// `run` takes batches of documents through the stages together: one
    /// that fails (here at ingest) leaves its batch, and the others keep
    /// their claims, in input order, on one thread or several.
    @Test(arguments: ["1", "3"])
    func aDocumentFailingInsideABatchLeavesTheOthers(_ jobs: String) throws {
        let dir = temporaryFolder("batch\(jobs)")
        let story = #"The mayor said the tram would open in 2027. \"It is ready,\" she told reporters."#
        let ids = (0..<40).map { "d\($0)" }
        let lines = ids.map { id in id == "d5" || id == "d30" ? #"{"id":"\#(id)","text":"  "}"# : #"{"id":"\#(id)","text":"\#(story)"}"# }
        try (lines.joined(separator: "\n") + "\n").write(toFile: dir + "/in.jsonl", atomically: true, encoding: .utf8)
        #expect(claimline(["run", dir + "/in.jsonl", "-q", "-j", jobs, "-o", dir + "/out.jsonl", "--errors", dir + "/e.jsonl"]) == 1)
        let errors = readLines(dir + "/e.jsonl")
        #expect(errors.map { $0["id"]?.string } == ["d5", "d30"])
        #expect(errors.allSatisfy { $0["stage"]?.string == "ingest" })
        var docs: [String] = []
        for c in readLines(dir + "/out.jsonl") { if let d = c["doc"]?.string, docs.last != d { docs.append(d) } }
        #expect(docs == ids.filter { $0 != "d5" && $0 != "d30" })
    }

    @Test(arguments: [("segment", \StagedRun.ingest), ("attribute", \StagedRun.segment), ("normalize", \StagedRun.claims)])
    func aWrongFileTypeExitsWithStatus2(_ stage: String, _ input: KeyPath<StagedRun, String>) {
        let out = temporaryFolder("wrong") + "/x.jsonl"
        #expect(claimline([stage, run[keyPath: input], "-q", "-o", out]) == 2)
        #expect(!FileManager.default.fileExists(atPath: out))
    }

    @Test func aMissingInputExitsWithStatus2() {
        #expect(claimline(["ingest", "/nonexistent/claimline", "-q", "-o", temporaryFolder("m") + "/x.jsonl"]) == 2)
    }

    @Test func failedDocumentsAreReportedAndTheOthersGoOn() throws {
        let dir = temporaryFolder("bad")
        let input = dir + "/in.jsonl"
        let good = String(decoding: try Data(contentsOf: URL(fileURLWithPath: run.ingest)), as: UTF8.self)
            .split(separator: "\n").first!
        try ([String(good), #"{"type":"ingest","version":1,"id":"broken"}"#, String(good)].joined(separator: "\n") + "\n")
            .write(toFile: input, atomically: true, encoding: .utf8)
        #expect(claimline(["normalize", input, "-q", "-o", dir + "/out.jsonl", "--errors", dir + "/errors.jsonl"]) == 1)
        #expect(readLines(dir + "/out.jsonl").count == 2)
        let errors = readLines(dir + "/errors.jsonl")
        #expect(errors.count == 1)
        #expect(errors.first?["id"]?.string == "broken")
        #expect(errors.first?["stage"]?.string == "normalize")
    }

    @Test(arguments: [("ingest", "ingest"), ("normalize", "normalize"), ("segment", "segment"), ("extract", "extract"), ("claims", "claim")])
    func outputMatchesItsJSONSchema(_ file: String, _ schema: String) throws {
        let validator = try SchemaValidator(folder: repoRoot + "/schemas")
        let lines = readLines(run.folder + "/\(file).jsonl")
        #expect(!lines.isEmpty)
        for line in lines { #expect(validator.validate(line, against: "\(schema).schema.json") == []) }
        // The validator itself must reject what the schema forbids.
        if case .object(var o) = lines[0] {
            o["type"] = .string("other")
            #expect(!validator.validate(.object(o), against: "\(schema).schema.json").isEmpty)
        }
    }

    @Test func everyWrittenSpanIsItsSliceOfTheText() {
        let texts = run.texts
        var checked = 0
        for file in [run.extract] {
            for doc in readLines(file) {
                let text = texts[doc["id"]!.string!]!
                for key in ["blocks", "sentences", "quotes", "numbers"] {
                    for item in doc[key]?.array ?? [] {
                        let s = Span(item["start"]!.int!, item["end"]!.int!)
                        #expect(s.start >= 0 && s.end <= text.count && s.start <= s.end)
                        if let t = item["text"]?.string { #expect(t == text[s]); checked += 1 }
                    }
                }
            }
        }
        for claim in readLines(run.claims) {
            let text = texts[claim["doc"]!.string!]!
            for key in ["content", "source", "cue"] {
                guard let v = claim[key], let t = v["text"]?.string else { continue }
                #expect(t == text[Span(v["start"]!.int!, v["end"]!.int!)])
                checked += 1
            }
            for n in claim["numbers"]?.array ?? [] {
                #expect(n["text"]!.string! == text[Span(n["start"]!.int!, n["end"]!.int!)])
            }
        }
        #expect(checked > 50)
    }
}
