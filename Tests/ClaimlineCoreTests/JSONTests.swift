import Testing
@testable import ClaimlineCore

@Suite struct JSONParserTests {
    @Test func parsesEveryKindOfValue() throws {
        let v = try JSONParser.parse(Array(#"{"a":[1,-2.5,true,false,null,"x"],"b":{"c":1e3}}"#.utf8))
        #expect(v["a"]?.array == [.int(1), .double(-2.5), .bool(true), .bool(false), .null, .string("x")])
        #expect(v["b"]?["c"]?.double == 1000)
    }

    @Test func decodesEscapesAndSurrogatePairs() throws {
        let v = try JSONParser.parse(Array(#""a\"b\\c\n\u00e9\ud83d\ude00""#.utf8))
        #expect(v.string == "a\"b\\c\né😀")
    }

    @Test(arguments: [#"{"a":1,}"#, #"[1 2]"#, #""\ud800""#, #"01"#, #"{"a":1} x"#, "\"tab\there\"", "[", ""])
    func rejectsInvalidJSON(_ text: String) {
        #expect(throws: JSONParser.SyntaxError.self) { try JSONParser.parse(Array(text.utf8)) }
    }

    @Test func rejectsInvalidUTF8InStrings() {
        #expect(throws: JSONParser.SyntaxError.self) { try JSONParser.parse([0x22, 0xFF, 0x22]) }
    }

    @Test func refusesNestingBeyondTheLimit() {
        let deep = String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000)
        #expect(throws: JSONParser.SyntaxError.self) { try JSONParser.parse(Array(deep.utf8)) }
    }
}

@Suite struct JSONWriterTests {
    @Test func writesCompactJSONInFieldOrder() {
        var w = JSONWriter()
        w.beginObject()
        w.field("b", 1); w.field("a", "x\"y\n"); w.field("n", nil as String?)
        w.key("list"); w.beginArray(); w.int(1); w.double(2.5); w.double(3); w.bool(true); w.endArray()
        w.endObject()
        #expect(String(decoding: w.bytes, as: UTF8.self) == #"{"b":1,"a":"x\"y\n","n":null,"list":[1,2.5,3,true]}"#)
    }

    @Test func escapesControlCharactersAndKeepsUnicode() throws {
        var w = JSONWriter()
        w.string("\u{01}é\u{1F600}")
        let out = String(decoding: w.bytes, as: UTF8.self)
        #expect(out == "\"\\u0001é\u{1F600}\"")
        #expect(try JSONParser.parse(w.bytes).string == "\u{01}é\u{1F600}")
    }

    @Test func roundTripsARecordByteForByte() throws {
        let text = CodePointText("Hello “world” 😀.\n\nSecond.")
        let doc = IngestedDocument(id: "d", source: "x.txt", format: .text, text: text,
                                   blocks: [Block(Span(0, 16), .paragraph), Block(Span(18, 25), .paragraph)],
                                   meta: DocumentMeta(title: nil, date: "2017-07-30"))
        let line = doc.jsonLine()
        let back = try IngestedDocument.decode(line: line[...])
        #expect(back == doc)
        #expect(back.jsonLine() == line)
    }
}
