import Testing
import ClaimlineCore
@testable import Ingest

/// Empty files, other files' data, NUL bytes and UTF-16 without a mark:
/// refused with a reason, or read as the text they hold.
@Suite struct BadInputTests {
    func ingest(_ bytes: [UInt8], format: DocumentFormat? = nil, source: String = "dir/story.txt") throws -> IngestedDocument {
        try Ingester().ingest(RawDocument(id: "story", source: source, content: .bytes(bytes), format: format))
    }

    func reason(_ bytes: [UInt8], format: DocumentFormat? = nil, source: String = "dir/story.txt") -> String? {
        do { _ = try ingest(bytes, format: format, source: source); return nil } catch { return "\(error)" }
    }

    let sentence = "The ferry to the island will run every hour from June, the harbour board said."

    @Test func anEmptyFileIsAFailedDocument() {
        #expect(reason([]) == "the file is empty")
        #expect(reason([], format: .html) == "the file is empty")
        #expect(reason([], source: "-") == "the input is empty")
        #expect(reason([0xEF, 0xBB, 0xBF]) == "the file is empty (a byte order mark only)")
        #expect(reason(Array(" \n\r\n\t \n".utf8)) == "the file holds only white space")
    }

    @Test func anEmptyRecordTextIsAFailedDocument() {
        func reason(_ s: String, _ format: DocumentFormat) -> String? {
            do { _ = try Ingester().ingest(RawDocument(id: "r", source: "in.jsonl:3", content: .text(s), format: format)); return nil }
            catch { return "\(error)" }
        }
        #expect(reason("", .text) == "the record's text is empty")
        #expect(reason("\u{00A0}\n ", .text) == "the record's text holds only white space")
        #expect(reason("", .html) == "the record's html is empty")
    }

    @Test func aStrayNULInATextIsKeptAsItIs() throws {
        let text = "The ferry \u{0}will run every hour.\n\nTickets go on sale in May.\u{0}\n"
        let doc = try ingest(Array(text.utf8))
        #expect(doc.text.string == text)
        #expect(doc.body == ["The ferry \u{0}will run every hour.", "Tickets go on sale in May.\u{0}"])
    }

    @Test func aFewControlBytesInALegacyEncodedTextAreKept() throws {
        // Windows-1252 (0xE9 is é) with a NUL and a SUB (0x1A, the DOS end-of-file mark).
        let bytes: [UInt8] = Array("Caf".utf8) + [0xE9, 0x00] + Array(" owners met on Monday.".utf8) + [0x1A]
        #expect(try ingest(bytes).text.string == "Café\u{0} owners met on Monday.\u{1A}")
    }

    @Test func aNULInAPageDoesNotEndThePage() throws {
        let html = "\u{0}<html><body><p>\(sentence)</p>\u{0}<p class=\"a\u{0}b\">Tickets go on \u{0}sale in May, the board said.</p></body></html>"
        let doc = try ingest(Array(html.utf8), format: .html)
        #expect(doc.body == [sentence, "Tickets go on sale in May, the board said."])
        let record = try Ingester().ingest(RawDocument(id: "r", source: "in.jsonl:1", content: .text(html), format: .html))
        #expect(record.text == doc.text)
    }

    @Test func filesOfOtherKindsAreNamedInTheReason() {
        #expect(reason(Array("%PDF-1.7\n%\u{E2}\n1 0 obj".utf8)) == "a PDF document, not text or HTML")
        #expect(reason([0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, 0x4A, 0x46, 0x49, 0x46], format: .html) == "a JPEG image, not text or HTML")
        #expect(reason([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D]) == "a PNG image, not text or HTML")
        #expect(reason([0x1F, 0x8B, 0x08, 0x00, 0, 0, 0, 0, 0, 3]) == "gzip data still compressed (compressed twice?), not text or HTML")
        #expect(reason([0x50, 0x4B, 0x03, 0x04, 0x14, 0x00]) == "a ZIP archive (or a Word, Excel or EPUB file), not text or HTML")
    }

    @Test func dataFullOfControlBytesIsRefused() {
        // Bytes as compressed or encrypted data has them: every value alike.
        var state: UInt32 = 12345
        let noise = (0..<3000).map { _ -> UInt8 in state = state &* 1_103_515_245 &+ 12345; return UInt8(truncatingIfNeeded: state >> 16) }
        #expect(reason(noise)?.hasPrefix("binary data (") == true)
        #expect(reason(noise, format: .html)?.hasSuffix("not text or HTML") == true)
        #expect(reason([0x00, 0x01, 0x02, 0xFF]) != nil)
        // A text with NULs here and there stays a text.
        let sparse = Array(String(repeating: String(repeating: "\(sentence)\n", count: 8) + "\u{0}", count: 3).utf8)
        #expect(reason(sparse) == nil)
    }

    @Test func utf16WithoutAByteOrderMarkIsRead() throws {
        let text = "Ferry times: café at the pier, 7 a.m.\n\n\(sentence)"
        var le: [UInt8] = [], be: [UInt8] = []
        for u in text.utf16 { le += [UInt8(u & 0xFF), UInt8(u >> 8)]; be += [UInt8(u >> 8), UInt8(u & 0xFF)] }
        #expect(try ingest(le).text.string == text)
        #expect(try ingest(be).text.string == text)
        var page: [UInt8] = []
        for u in "<html><body><p>\(sentence)</p></body></html>".utf16 { page += [UInt8(u & 0xFF), UInt8(u >> 8)] }
        #expect(try ingest(page).body == [sentence])
    }
}
