import Testing
import ClaimlineCore
@testable import Attribute

@Suite struct FastTextTests {
    /// ASCII text is copied by a loop of its own; text beyond ASCII (every
    /// UTF-8 width) is encoded: both as the scalars' own String.
    @Test func stringsAreTheScalarsText() {
        for text in ["plain ASCII, with punctuation.", "caf\u{E9} \u{20AC}5 \u{1F600} end", "", "\u{7F}\u{80}\u{7FF}\u{800}\u{FFFF}\u{10000}"] {
            let s = Array(text.unicodeScalars)
            #expect(FastText.string(s, Span(0, s.count)) == text)
            let halves = [Span(0, s.count / 2), Span(s.count / 2, s.count)]
            let joined = String(String.UnicodeScalarView(s[0..<(s.count / 2)])) + " " + String(String.UnicodeScalarView(s[(s.count / 2)...]))
            #expect(FastText.string(s, halves, separator: " ") == joined)
        }
    }
}
