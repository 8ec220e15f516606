import Testing
@testable import ClaimlineCore

@Suite struct SpanTextTests {
    /// Code points are written eight at a time while they are plain ASCII:
    /// the bytes equal the String's, with a character to escape or beyond
    /// ASCII (each UTF-8 width) at every place of slices up to 24 long,
    /// starting anywhere in the text.
    @Test func writesCodePointsAsTheirStringDoes() {
        for n in 0...24 {
            for at in 0..<max(1, n) {
                for special in ["\"", "\\", "\n", "\u{01}", "\u{7F}", "é", "€", "😀"] {
                    var chars = (0..<n).map { String(UnicodeScalar(UInt8(97 + $0 % 26))) }
                    if n > 0 { chars[at] = special }
                    let text = CodePointText("x" + chars.joined() + "y")
                    let span = Span(1, 1 + n)
                    var fast = JSONWriter(), slow = JSONWriter()
                    fast.string(scalars: text.scalars[span.range])
                    slow.string(text[span])
                    #expect(fast.bytes == slow.bytes, "\(n) \(at) \(special)")
                }
            }
        }
    }

    @Test func aSliceReadsAsItsString() {
        let doc = CodePointText("Prices “rose” 5% 😀 today.")
        let span = Span(7, 19)
        let lazy = SpanText(span, in: doc)
        #expect(lazy.string == doc[span])
        #expect(lazy.count == span.length)
        #expect(lazy == SpanText(doc[span]))
        #expect(lazy.hashValue == SpanText(doc[span]).hashValue)
        #expect(lazy != SpanText(Span(7, 18), in: doc))
        var a = JSONWriter(), b = JSONWriter()
        lazy.write(to: &a); SpanText(doc[span]).write(to: &b)
        #expect(a.bytes == b.bytes)
    }

    /// A claim's text spans made from the document write and compare as
    /// those given their Strings; setting the text replaces the slice.
    @Test func aTextSpanFromTheDocumentEqualsOneFromItsString() {
        let doc = CodePointText("The mayor said \"no\" twice.")
        let span = Span(15, 19)
        var lazy = TextSpan(span, in: doc)
        let given = TextSpan(span: span, text: "\"no\"")
        #expect(lazy == given && lazy.text == "\"no\"")
        var a = JSONWriter(), b = JSONWriter()
        lazy.write(to: &a); given.write(to: &b)
        #expect(a.bytes == b.bytes)
        lazy.text = "other"
        #expect(lazy.text == "other" && lazy != given)
    }
}
