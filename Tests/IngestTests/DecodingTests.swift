import Testing
import ClaimlineCore
@testable import Ingest

/// Character encodings as a browser reads them; invalid bytes never stop a document.
@Suite struct DecodingTests {
    func text(_ bytes: [UInt8]) throws -> String { try page(bytes: bytes).text.string }
    let open = Array("<html><head>".utf8)
    func body(_ b: [UInt8], then: String = "") -> [UInt8] { Array("</head><body><p>".utf8) + b + Array("</p>\(then)</body></html>".utf8) }

    @Test func aByteOrderMarkDecides() throws {
        let utf8 = [0xEF, 0xBB, 0xBF] + Array("<meta charset=\"windows-1252\"><p>café</p>".utf8)
        #expect(try text(utf8) == "café")
        var utf16: [UInt8] = [0xFF, 0xFE]
        for u in "<p>café ☕</p>".utf16 { utf16 += [UInt8(u & 0xFF), UInt8(u >> 8)] }
        #expect(try text(utf16) == "café ☕")
    }

    @Test func metaCharsetNamesALegacyEncoding() throws {
        // "Привет" in Windows-1251.
        let cyrillic: [UInt8] = [0xCF, 0xF0, 0xE8, 0xE2, 0xE5, 0xF2]
        #expect(try text(open + Array(#"<meta charset="windows-1251">"#.utf8) + body(cyrillic)) == "Привет")
    }

    @Test func httpEquivContentTypeNamesTheCharset() throws {
        let meta = Array(#"<meta http-equiv="Content-Type" content="text/html; charset=koi8-r">"#.utf8)
        // "мир" in KOI8-R.
        #expect(try text(open + meta + body([0xCD, 0xC9, 0xD2])) == "мир")
    }

    @Test func latin1LabelsMeanWindows1252() throws {
        let meta = Array(#"<meta charset="ISO-8859-1">"#.utf8)
        // 0x93/0x94 are curly quotes in Windows-1252 (C1 controls in true Latin-1); 0xE9 is é.
        #expect(try text(open + meta + body([0x93, 0x63, 0x61, 0x66, 0xE9, 0x94])) == "“café”")
    }

    @Test func aUTF16LabelOnAnASCIIReadablePageMeansUTF8() throws {
        #expect(try text(open + Array(#"<meta charset="utf-16">"#.utf8) + body(Array("café".utf8))) == "café")
    }

    @Test func validUTF8MislabelledAsLatin1IsReadAsUTF8() throws {
        #expect(try text(open + Array(#"<meta charset="iso-8859-1">"#.utf8) + body(Array("naïve café".utf8))) == "naïve café")
    }

    @Test func undeclaredBytesAreUTF8WhenTheyCanBeElseWindows1252() throws {
        #expect(try text(body(Array("crème brûlée".utf8))) == "crème brûlée")
        #expect(try text(body([0x63, 0x61, 0x66, 0xE9])) == "café")
    }

    @Test func invalidBytesBecomeReplacementCharactersAndTheDocumentGoesOn() throws {
        let bytes = body(Array("crème ".utf8) + [0xFF] + Array(" brûlée, façade, naïve".utf8),
                         then: "<p>The text after the bad byte goes on as before.</p>")
        let t = try text(bytes)
        #expect(t.contains("crème \u{FFFD} brûlée, façade, naïve"))
        #expect(t.hasSuffix("The text after the bad byte goes on as before."))
        // Invalid bytes in a legacy encoding too.
        let sjis = open + Array(#"<meta charset="shift_jis">"#.utf8) + body([0x93, 0xFA, 0x96, 0x7B, 0xFF, 0x41])
        #expect(try text(sjis) == "日本\u{FFFD}A")
    }

    @Test func readsTheLabelFromTheFirstKilobyteOnly() {
        let late = Array(repeating: UInt8(0x20), count: 2000) + Array(#"<meta charset="windows-1251">"#.utf8)
        #expect(HTMLDecoding.declaredCharset(late) == nil)
        #expect(HTMLDecoding.declaredCharset(Array(#"<META CONTENT='text/html; Charset=Big5' HTTP-EQUIV='content-type'>"#.utf8)) == "big5")
        #expect(HTMLDecoding.canonical("latin1") == "windows-1252")
        #expect(HTMLDecoding.canonical("gb2312") == "gbk")
    }
}

@Suite struct JSONLinesHTMLTests {
    @Test func htmlGivenAsCharactersIsNotDecodedAgain() throws {
        let html = #"<html><head><meta charset="windows-1251"></head><body><p>Привет, café</p></body></html>"#
        let doc = try Ingester().ingest(RawDocument(id: "j", source: "x.jsonl:1", content: .text(html), format: .html))
        #expect(doc.text.string == "Привет, café")
    }
}
