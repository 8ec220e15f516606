import Testing
import ClaimlineTestSupport
import Foundation
@testable import ClaimlineCore
@testable import ClaimlineCLI

/// What the commands do with bad input and failing output: each test backs a
/// row of docs/reliability.md.
@Suite struct ReliabilityTests {
    let run = StagedRun.shared

    func lines(of path: String) throws -> [String] {
        try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n").map(String.init)
    }

    @Test func anEmptyRecordFileGivesAnEmptyOutput() throws {
        let dir = temporaryFolder("empty")
        FileManager.default.createFile(atPath: dir + "/in.jsonl", contents: Data())
        #expect(claimline(["normalize", dir + "/in.jsonl", "-q", "-o", dir + "/out.jsonl"]) == 0)
        #expect(try Data(contentsOf: URL(fileURLWithPath: dir + "/out.jsonl")).isEmpty)
    }

    @Test func aTruncatedLastLineIsReportedAndTheRestIsWritten() throws {
        let dir = temporaryFolder("cut")
        let all = try lines(of: run.ingest)
        let cut = all.dropLast().joined(separator: "\n") + "\n" + all.last!.prefix(200)
        try cut.write(toFile: dir + "/in.jsonl", atomically: true, encoding: .utf8)
        #expect(claimline(["normalize", dir + "/in.jsonl", "-q", "-o", dir + "/out.jsonl", "--errors", dir + "/e.jsonl"]) == 1)
        #expect(try lines(of: dir + "/out.jsonl").count == all.count - 1)
        let errors = readLines(dir + "/e.jsonl")
        #expect(errors.count == 1)
        #expect(errors.first?["reason"]?.string?.contains("cut short") == true)
        #expect(errors.first?["id"]?.string?.hasSuffix("in.jsonl:\(all.count)") == true)
    }

    @Test func aLineOfAnotherVersionIsReportedByIdAndTheOthersGoOn() throws {
        let dir = temporaryFolder("version")
        let all = try lines(of: run.ingest)
        let other = all[1].replacingOccurrences(of: #""version":1"#, with: #""version":9"#)
        try ([all[0], other] + all.dropFirst(2)).joined(separator: "\n").write(toFile: dir + "/in.jsonl", atomically: true, encoding: .utf8)
        #expect(claimline(["normalize", dir + "/in.jsonl", "-q", "-o", dir + "/out.jsonl", "--errors", dir + "/e.jsonl"]) == 1)
        let errors = readLines(dir + "/e.jsonl")
        #expect(errors.first?["reason"]?.string?.contains("version 9 is not supported") == true)
        #expect(try lines(of: dir + "/out.jsonl").count == all.count - 1)
    }

    @Test func aSpanOutsideItsTextIsReportedByIdAndTheOthersGoOn() throws {
        let dir = temporaryFolder("span")
        let all = try lines(of: run.segment)
        guard case .object(var o) = try JSONParser.parse(Array(all[0].utf8)) else { Issue.record("not an object"); return }
        o["sentences"] = .array([.object(["start": .int(0), "end": .int(1 << 40), "block": .int(0)])])
        var w = JSONWriter()
        write(.object(o), &w)
        try ([String(decoding: w.bytes, as: UTF8.self)] + all.dropFirst()).joined(separator: "\n")
            .write(toFile: dir + "/in.jsonl", atomically: true, encoding: .utf8)
        #expect(claimline(["extract", dir + "/in.jsonl", "-q", "-o", dir + "/out.jsonl", "--errors", dir + "/e.jsonl"]) == 1)
        let e = readLines(dir + "/e.jsonl").first
        #expect(e?["id"]?.string == o["id"]?.string)
        #expect(e?["reason"]?.string?.contains("outside the text") == true)
        #expect(try lines(of: dir + "/out.jsonl").count == all.count - 1)
    }

    @Test func aDuplicateDocumentIdIsReportedAndTheFirstIsKept() throws {
        let dir = temporaryFolder("dup")
        for sub in ["a", "b"] {
            try FileManager.default.createDirectory(atPath: "\(dir)/in/\(sub)", withIntermediateDirectories: true)
            try "Words from folder \(sub). They said so.".write(toFile: "\(dir)/in/\(sub)/story.txt", atomically: true, encoding: .utf8)
        }
        #expect(claimline(["ingest", dir + "/in", "-q", "-o", dir + "/out.jsonl", "--errors", dir + "/e.jsonl"]) == 1)
        let docs = readLines(dir + "/out.jsonl")
        #expect(docs.count == 1)
        #expect(docs.first?["text"]?.string?.contains("folder a") == true)
        let e = readLines(dir + "/e.jsonl").first
        #expect(e?["id"]?.string == "story")
        #expect(e?["source"]?.string?.hasSuffix("b/story.txt") == true)
        #expect(e?["reason"]?.string?.contains("duplicate document id") == true)
    }

    @Test func unreadableEntriesOfAFolderAreReportedAndTheOthersRead() throws {
        let dir = temporaryFolder("unreadable")
        try FileManager.default.createDirectory(atPath: dir + "/in", withIntermediateDirectories: true)
        try "A readable story. It was read.".write(toFile: dir + "/in/c.txt", atomically: true, encoding: .utf8)
        try FileManager.default.createSymbolicLink(atPath: dir + "/in/a.txt", withDestinationPath: dir + "/nowhere.txt")
        #expect(mkfifo(dir + "/in/b.txt", 0o600) == 0)   // reading it would never end
        #expect(claimline(["ingest", dir + "/in", "-q", "-o", dir + "/out.jsonl", "--errors", dir + "/e.jsonl"]) == 1)
        #expect(readLines(dir + "/out.jsonl").map { $0["id"]?.string } == ["c"])
        let errors = readLines(dir + "/e.jsonl")
        #expect(errors.map { $0["id"]?.string } == ["a", "b"])
        #expect(errors.first?["reason"]?.string?.contains("No such file") == true)
        #expect(errors.last?["reason"]?.string?.contains("not a regular file") == true)
    }

    @Test func aDocumentOverTheSizeLimitIsReportedNotRead() throws {
        let dir = temporaryFolder("huge")
        try FileManager.default.createDirectory(atPath: dir + "/in", withIntermediateDirectories: true)
        // One line of 1.5 MB, as a text file and as a JSONL record, and a gzip
        // file that is small but expands beyond the limit.
        let line = String(repeating: "Words without an end ", count: 75_000)
        try line.write(toFile: dir + "/in/a.txt", atomically: true, encoding: .utf8)
        try (#"{"id":"b","text":""# + line + "\"}\n").write(toFile: dir + "/in/b.jsonl", atomically: true, encoding: .utf8)
        let gz = Process()
        gz.executableURL = URL(fileURLWithPath: "/bin/sh")
        gz.arguments = ["-c", "cp '\(dir)/in/a.txt' '\(dir)/c.txt' && gzip '\(dir)/c.txt' && mv '\(dir)/c.txt.gz' '\(dir)/in/c.txt.gz'"]
        try gz.run(); gz.waitUntilExit()
        try "A short story. It fits.".write(toFile: dir + "/in/d.txt", atomically: true, encoding: .utf8)
        #expect(claimline(["run", dir + "/in", "--max-document-mb", "1", "-q", "-o", dir + "/out.jsonl", "--errors", dir + "/e.jsonl"]) == 1)
        let errors = readLines(dir + "/e.jsonl")
        #expect(errors.map { $0["id"]?.string } == ["a", "b", "c"])
        #expect(errors.allSatisfy { $0["reason"]?.string?.contains("raise --max-document-mb") == true })
        #expect(readLines(dir + "/out.jsonl").allSatisfy { $0["doc"]?.string == "d" })
    }

    @Test func anOverlongLineIsSkippedWithoutHoldingIt() throws {
        let dir = temporaryFolder("long")
        let good = try lines(of: run.ingest)[0]
        let long = #"{"type":"ingest","version":1,"text":""# + String(repeating: "x", count: 300_000) + "\"}"
        try [good, long, good].joined(separator: "\n").write(toFile: dir + "/in.jsonl", atomically: true, encoding: .utf8)
        let r = RecordReader<IngestedDocument>(paths: [dir + "/in.jsonl"], stage: "normalize", maxLineBytes: 100_000)
        var kinds: [String] = []
        while let item = try r.next() {
            switch item {
            case .record: kinds.append("record")
            case .failure(let f): kinds.append(f.reason.contains("over the limit") ? "skipped" : f.reason)
            }
        }
        #expect(kinds == ["record", "skipped", "record"])
    }

    @Test func aFullDiskFailsTheRunAndLeavesNoFile() throws {
        let dir = temporaryFolder("full")
        let (status, err) = try subprocess(["normalize", run.ingest, "-q", "-o", "-"], stdout: "/dev/full")
        #expect(status == 2)
        #expect(err.contains("No space left on device"))
        // A file size limit fails the same way, mid-file, and removes the partial file.
        let (s2, e2) = try subprocess(["normalize", run.ingest, "-q", "-o", dir + "/out.jsonl"], fileSizeLimitKB: 8)
        #expect(s2 == 2)
        #expect(e2.contains("cannot write"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir).isEmpty)
    }

    @Test func aPipeOrDeviceIsWrittenInPlaceNotReplaced() throws {
        let dir = temporaryFolder("fifo")
        let fifo = dir + "/out.fifo"
        #expect(mkfifo(fifo, 0o600) == 0)
        let reader = Thread {
            let fd = open(fifo, O_RDONLY)
            var buf = [UInt8](repeating: 0, count: 1 << 16)
            while read(fd, &buf, buf.count) > 0 {}
            close(fd)
        }
        reader.start()
        #expect(claimline(["normalize", run.ingest, "-q", "-o", fifo]) == 0)
        var st = stat()
        #expect(stat(fifo, &st) == 0 && (st.st_mode & S_IFMT) == S_IFIFO)
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir) == ["out.fifo"])
    }

    @Test func resumeContinuesFromTheLastCheckpointToTheSameBytes() throws {
        let dir = temporaryFolder("resume")
        let out = dir + "/claims.jsonl"
        #expect(claimline(["run", articlesFolder, "-q", "-j", "1", "-o", out]) == 0)
        let complete = try Data(contentsOf: URL(fileURLWithPath: out))
        let all = try lines(of: out)
        let firstDoc = readLines(out).first!["doc"]!.string!
        let firstDocLines = readLines(out).prefix { $0["doc"]?.string == firstDoc }.count
        try FileManager.default.removeItem(atPath: out)
        // What a run killed after its first document leaves: a partial file
        // with more than the checkpoint covers, and the journal. The kept
        // lines are marked (a trailing space) to show they are reused, not redone.
        let kept = all.prefix(firstDocLines).map { $0 + " " }.joined(separator: "\n") + "\n"
        try (kept + all[firstDocLines].prefix(30)).write(toFile: OutputFile.partialName(for: out), atomically: true, encoding: .utf8)
        let invocation = "run input=\(articlesFolder) output=\(out)"
        var journal = String(decoding: ResumeJournal.header(invocation), as: UTF8.self) + "\n"
        journal += #"{"documents":1,"output":\#(kept.utf8.count),"errors":0,"failures":0}"# + "\n"
        try journal.write(toFile: OutputFile.partialName(for: out) + ".journal", atomically: true, encoding: .utf8)
        #expect(claimline(["run", articlesFolder, "-q", "-j", "2", "-o", out, "--resume"]) == 0)
        let rest = all.dropFirst(firstDocLines).joined(separator: "\n") + "\n"
        #expect(try String(contentsOfFile: out, encoding: .utf8) == kept + rest)
        #expect(complete == Data((all.joined(separator: "\n") + "\n").utf8))
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir) == ["claims.jsonl"])
    }

    @Test func resumeRefusesAnotherInvocation() throws {
        let dir = temporaryFolder("resume2")
        let out = dir + "/x.jsonl"
        try "".write(toFile: OutputFile.partialName(for: out), atomically: true, encoding: .utf8)
        try (String(decoding: ResumeJournal.header("normalize input=/elsewhere output=\(out)"), as: UTF8.self) + "\n")
            .write(toFile: OutputFile.partialName(for: out) + ".journal", atomically: true, encoding: .utf8)
        #expect(claimline(["normalize", run.ingest, "-q", "-o", out, "--resume"]) == 2)
        #expect(!FileManager.default.fileExists(atPath: out))
    }

    func write(_ v: JSONValue, _ w: inout JSONWriter) {
        switch v {
        case .null: w.null()
        case .bool(let b): w.bool(b)
        case .int(let i): w.int(i)
        case .double(let d): w.double(d)
        case .string(let s): w.string(s)
        case .array(let a): w.beginArray(); for x in a { write(x, &w) }; w.endArray()
        case .object(let o):
            w.beginObject()
            // type and version first, as every record line starts.
            for k in o.keys.sorted(by: { rank($0) < rank($1) || (rank($0) == rank($1) && $0 < $1) }) { w.key(k); write(o[k]!, &w) }
            w.endObject()
        }
    }

    func rank(_ k: String) -> Int { k == "type" ? 0 : k == "version" ? 1 : 2 }
}

