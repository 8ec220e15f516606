import Testing
import ClaimlineTestSupport
import Foundation
import ClaimlineCore

/// `Record.decodeCanonical` (the fast reader of lines as claimline writes
/// them) against the general reader through `JSONValue`: on every line the
/// fast one reads, the two give the same record.
@Suite struct CanonicalReaderTests {
    let run = StagedRun.shared

    func lines(_ path: String) throws -> [ArraySlice<UInt8>] {
        try [UInt8](Data(contentsOf: URL(fileURLWithPath: path))).split(separator: 0x0A)
    }

    func general<R: Record>(_ line: ArraySlice<UInt8>, _: R.Type) throws -> R { try R.decode(JSONParser.parse(line)) }
    func canonical<R: Record>(_ line: ArraySlice<UInt8>, _: R.Type) -> R? { line.withUnsafeBufferPointer { R.decodeCanonical($0) } }

    func check<R: Record & Equatable>(_ path: String, _ t: R.Type) throws {
        let ls = try lines(path)
        #expect(ls.count >= 4)
        for l in ls {
            let fast = canonical(l, t)
            #expect(fast != nil)
            #expect(try fast == general(l, t))
        }
    }

    @Test func everyLineTheStagesWriteIsReadCanonicallyAsInGeneral() throws {
        try check(run.ingest, IngestedDocument.self)
        try check(run.normalize, NormalizedDocument.self)
        try check(run.segment, SegmentedDocument.self)
        try check(run.extract, ExtractedDocument.self)
        try check(run.claims, Claim.self)
    }

    @Test func anotherLayoutIsLeftToTheGeneralReader() throws {
        let line = try #require(try lines(run.extract).first)
        let record = try general(line, ExtractedDocument.self)
        let text = String(decoding: line, as: UTF8.self)
        func variant(_ s: String) -> ArraySlice<UInt8> { Array(s.utf8)[...] }
        // Spaces around the line are still the writer's layout.
        #expect(canonical(variant("  " + text + " "), ExtractedDocument.self) == record)
        // Each of these the general reader reads as the same record.
        let others = [
            text.replacingOccurrences(of: #"{"type":"extract","version":2,"#, with: #"{"version":2,"type":"extract","#),
            text.replacingOccurrences(of: #""open":false"#, with: #""open":null"#),
            String(text.dropLast()) + #","added":[1,{"x":null}]}"#,
            text.replacingOccurrences(of: #""block":0}"#, with: #""block":0.0}"#),
        ]
        for o in others {
            #expect(o != text)
            #expect(canonical(variant(o), ExtractedDocument.self) == nil)
            #expect(try ExtractedDocument.decode(line: variant(o)) == record)
        }
        // And a bad one is refused by both, with the general reader's reason.
        let bad = variant(text.replacingOccurrences(of: #""group":0"#, with: #""group":-1"#))
        #expect(canonical(bad, ExtractedDocument.self) == nil)
        #expect(throws: RecordError.self) { try ExtractedDocument.decode(line: bad) }
    }

    @Test func aLineTheCanonicalReaderReadsDespiteAChangeReadsSoInGeneral() throws {
        try mutate(run.extract, ExtractedDocument.self)
        try mutate(run.claims, Claim.self)
    }

    /// Single-byte changes of the file's shortest line at seeded random
    /// places: whatever the fast reader still reads, the general reader
    /// reads the same.
    func mutate<R: Record & Equatable>(_ path: String, _ t: R.Type) throws {
        let line = try #require(try lines(path).min { $0.count < $1.count })
        let bytes = Array(line)
        let swaps: [UInt8] = Array("0123456789-.e\"\\,:{}[] nulltrfa".utf8) + [0xC3, 0x80]
        var state: UInt64 = 0x5EED
        func random(_ n: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(n))
        }
        var read = 0
        for _ in 0..<600 {
            var m = bytes
            m[random(m.count)] = swaps[random(swaps.count)]
            guard let fast = canonical(m[...], t) else { continue }
            read += 1
            #expect(fast == (try? general(m[...], t)))
        }
        // Most changes land in the text or on a digit and keep the layout.
        #expect(read > 100)
    }
}
