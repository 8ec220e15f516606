import Testing
import Foundation
@testable import ClaimlineCore

@Suite struct IOTests {
    func tempPath(_ name: String) -> String {
        let dir = NSTemporaryDirectory() + "claimline-core-\(UUID().uuidString)"
        try? FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        return dir + "/" + name
    }

    @Test func readsLinesLongerThanTheBufferAndCRLF() throws {
        let p = tempPath("a.jsonl")
        let long = String(repeating: "x", count: 5000)
        try "first\r\n\(long)\nlast".write(toFile: p, atomically: true, encoding: .utf8)
        let r = try LineReader(path: p, chunkSize: 64)
        #expect(try r.next().map { String(decoding: $0, as: UTF8.self) } == "first")
        #expect(try r.next()?.count == 5000)
        #expect(try r.next().map { String(decoding: $0, as: UTF8.self) } == "last")
        #expect(r.lastLineUnterminated)
        #expect(try r.next() == nil)
    }

    @Test func outputIsInvisibleUntilCommitted() throws {
        let p = tempPath("out.jsonl")
        let f = try OutputFile(path: p)
        try f.write(line: Array("{}".utf8))
        try f.flush()
        #expect(!FileManager.default.fileExists(atPath: p))
        try f.commit()
        #expect(try String(contentsOfFile: p, encoding: .utf8) == "{}\n")
    }

    @Test func abandonedOutputLeavesNothingBehind() throws {
        let p = tempPath("gone.jsonl")
        let dir = (p as NSString).deletingLastPathComponent
        do {
            let f = try OutputFile(path: p)
            try f.write(line: Array("{}".utf8))
            try f.flush()
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir).isEmpty)
    }

    @Test func readerNamesTheWrongFileType() throws {
        let p = tempPath("x.jsonl")
        try #"{"type":"ingest","version":1,"id":"a"}"#.write(toFile: p, atomically: true, encoding: .utf8)
        let r = RecordReader<SegmentedDocument>(paths: [p], stage: "extract")
        #expect {
            _ = try r.next()
        } throws: { e in
            guard let w = e as? WrongFileType else { return false }
            return w.expected == "segment" && w.got == "ingest" && "\(w)".contains("run `claimline normalize` on it first")
        }
    }

    @Test func badLinesAfterTheFirstAreReportedAndReadingGoesOn() throws {
        let p = tempPath("y.jsonl")
        let good = IngestedDocument(id: "a", source: "-", format: .text, text: CodePointText("Hi."),
                                    blocks: [Block(Span(0, 3), .paragraph)], meta: DocumentMeta())
        let lines = [String(decoding: good.jsonLine(), as: UTF8.self),
                     #"{"type":"ingest","version":1,"id":"b","text":"x","format":"text","blocks":[{"start":0,"end":9,"role":"paragraph"}]}"#,
                     #"{"type":"ingest","version":2,"id":"c"}"#,
                     String(decoding: good.jsonLine(), as: UTF8.self),
                     #"{"type":"ingest","ver"#]
        try lines.joined(separator: "\n").write(toFile: p, atomically: true, encoding: .utf8)
        let r = RecordReader<IngestedDocument>(paths: [p], stage: "normalize")
        var ids: [String] = [], failures: [String] = []
        while let item = try r.next() {
            switch item {
            case .record(let d): ids.append(d.id)
            case .failure(let f): failures.append("\(f.id): \(f.reason)")
            }
        }
        #expect(ids == ["a", "a"])
        #expect(failures.count == 3)
        #expect(failures[0].hasPrefix("b: ") && failures[0].contains("outside the text"))
        #expect(failures[1].contains("version 2"))
        #expect(failures[2].contains("truncated"))
    }
}
