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

    @Test func readsLongStringsWordAtATime() throws {
        // Runs longer than eight bytes, with the escape, the non-ASCII byte
        // or the invalid byte past the first eight.
        let plain = String(repeating: "abcdefgh", count: 5)
        #expect(try JSONParser.parse(Array("\"\(plain)\"".utf8)).string == plain)
        #expect(try JSONParser.parse(Array("\"\(plain)\\n\(plain)é\"".utf8)).string == plain + "\n" + plain + "é")
        #expect(try JSONParser.parse(Array("\"\(plain)“quoted”\"".utf8)).string == plain + "“quoted”")
        #expect(throws: JSONParser.SyntaxError.self) { try JSONParser.parse(Array("\"\(plain)".utf8) + [0xFF, 0x22]) }
        #expect(throws: JSONParser.SyntaxError.self) { try JSONParser.parse(Array("\"\(plain)\\n\(plain)".utf8) + [0xFF, 0x22]) }
        #expect(throws: JSONParser.SyntaxError.self) { try JSONParser.parse(Array("\"\(plain)\(plain)".utf8)) }
    }

    @Test func anObjectKeepsTheLastValueOfARepeatedKey() throws {
        let v = try JSONParser.parse(Array(#"{"a":1,"bb":2,"a":3}"#.utf8))
        #expect(v["a"]?.int == 3)
        #expect(v.object?.count == 2)
        #expect(v == .object(["bb": .int(2), "a": .int(3)]))
        #expect(v != .object(["bb": .int(2), "a": .int(1)]))
        #expect(v != .object(["bb": .int(2)]))
    }

    @Test func keysAreReadAlikeWhetherSeenBeforeOrNot() throws {
        // Keys plain, escaped, non-ASCII, long and empty, each read twice.
        let text = #"[{"start":1,"ab":2,"a\u0062c":3,"é":4,"sixteen_bytes_ok":5,"seventeen_bytes_x":6,"":7},"#
            + #"{"start":8,"ab":9,"abc":10,"é":11,"sixteen_bytes_ok":12,"seventeen_bytes_x":13,"":14,"start ":15}]"#
        let a = try #require(try JSONParser.parse(Array(text.utf8)).array)
        let keys = ["start", "ab", "abc", "é", "sixteen_bytes_ok", "seventeen_bytes_x", ""]
        #expect(keys.map { a[0][$0]?.int } == (1...7).map { $0 })
        #expect(keys.map { a[1][$0]?.int } == (8...14).map { $0 })
        #expect(a[1]["start "]?.int == 15 && a[1].object?.count == 8)
    }

    @Test func anObjectWithManyKeysIsReadAndChangedByKey() throws {
        // Past `JSONObject.indexedAbove` the keys are indexed.
        let n = 3 * JSONObject.indexedAbove
        let text = "{" + (0..<n).map { #""k\#($0)":\#($0)"# }.joined(separator: ",") + #","k7":-7}"#
        var o = try #require(try JSONParser.parse(Array(text.utf8)).object)
        #expect(o.count == n)
        #expect((0..<n).allSatisfy { o["k\($0)"]?.int == ($0 == 7 ? -7 : $0) })
        o["k3"] = nil
        o["new"] = .string("x")
        #expect(o.count == n)
        #expect(o["k3"] == nil && o["new"]?.string == "x" && o["k\(n - 1)"]?.int == n - 1)
        #expect(Set(o.keys).count == n)
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

    @Test func writesFourDecimalFractionsAsSwiftSpellsThem() {
        for k in 1...9999 {
            let d = Double(k) / 1e4
            var w = JSONWriter()
            w.double(d)
            #expect(String(decoding: w.bytes, as: UTF8.self) == "\(d)")
        }
        #expect(JSONWriter.tenThousandths(0.12345) == nil && JSONWriter.tenThousandths(1.5) == nil)
    }

    @Test func escapesControlCharactersAndKeepsUnicode() throws {
        var w = JSONWriter()
        w.string("\u{01}é\u{1F600}")
        let out = String(decoding: w.bytes, as: UTF8.self)
        #expect(out == "\"\\u0001é\u{1F600}\"")
        #expect(try JSONParser.parse(w.bytes).string == "\u{01}é\u{1F600}")
    }

    /// Keys of 2 to 16 bytes are copied as two overlapping loads; every
    /// length, and keys that need escaping, come out as `key(String)` writes them.
    @Test func staticKeysAreWrittenAsStringKeys() {
        let keys: [StaticString] = ["a", "id", "end", "kind", "start", "approx", "version", "evidence",
                                    "sentence1", "0123456789", "source_type", "abcdefghijkl", "abcdefghijklm",
                                    "abcdefghijklmn", "abcdefghijklmno", "abcdefghijklmnop", "abcdefghijklmnopq",
                                    "a\"", "\\b", "x\ny", "ta\tb", "quote\"d key", "abcdefghijklmno\"", "é", "clé€"]
        for k in keys {
            var a = JSONWriter(), b = JSONWriter()
            a.beginObject(); a.key(static: k); a.int(1); a.key(static: k); a.null(); a.endObject()
            b.beginObject(); b.key(k.description); b.int(1); b.key(k.description); b.null(); b.endObject()
            #expect(a.bytes == b.bytes, "\(k)")
        }
    }

    /// Integers are written two digits a step, their length told by
    /// comparisons up to five digits: as `String(i)` spells them.
    @Test func writesIntegersAsSwiftSpellsThem() {
        var values = [12_345_678, Int.max]
        var x = 1
        for p in 0..<19 { values += [x - 1, x, x + 1]; if p < 18 { x *= 10 } }
        values += values.map { -$0 } + [Int.min]
        for i in values {
            var w = JSONWriter()
            w.int(i)
            #expect(String(decoding: w.bytes, as: UTF8.self) == String(i))
        }
    }

    /// Strings are scanned eight bytes at a time, the last eight read again
    /// when fewer are left: a character to escape at any place of strings
    /// of every length up to 24 is escaped.
    @Test func escapesAtEveryPlace() throws {
        for n in 0...24 {
            for at in 0..<max(1, n) {
                for special in ["\"", "\\", "\n", "\u{01}", "é"] {
                    var chars = Array(repeating: "a", count: n)
                    if n > 0 { chars[at] = special }
                    let text = chars.joined()
                    var w = JSONWriter()
                    w.string(text)
                    #expect(try JSONParser.parse(w.bytes).string == text, "\(n) \(at)")
                }
            }
        }
    }

    @Test func growsPastItsFirstCapacity() throws {
        // A writer sized for 16 bytes, given far more: keys, numbers, strings
        // of every UTF-8 width and code points written one by one.
        var w = JSONWriter(reservingCapacity: 1)
        let long = String(repeating: "a\"é€😀\t", count: 200)
        w.beginObject()
        w.field("long", long)
        w.key(static: "scalars"); w.string(scalars: long.unicodeScalars)
        w.field("min", Int.min + 1); w.field("max", Int.max); w.field("neg", -42); w.field("zero", 0)
        w.field("fraction", 0.1); w.field("nan", Double.nan); w.field("yes", true)
        w.endObject()
        let v = try JSONParser.parse(w.bytes)
        #expect(v["long"]?.string == long)
        #expect(v["scalars"]?.string == long)
        #expect(v["min"]?.int == Int.min + 1 && v["max"]?.int == Int.max && v["neg"]?.int == -42 && v["zero"]?.int == 0)
        #expect(v["fraction"]?.double == 0.1 && v["nan"] == .null && v["yes"] == .bool(true))
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
