import ClaimlineCore
import Testing
@testable import Extract

/// The prefilter may say yes to a block without numbers, never no to one with.
@Suite struct NumberPrefilterTests {
    private func mayHold(_ text: String) -> Bool {
        let s = Array(text.unicodeScalars)
        return NumberPrefilter.mayHoldNumber(s, in: 0..<s.count)
    }

    /// Digits are looked for eight characters at a time first: a digit at
    /// any place of any part of a text is found, and `/` and `:` (the
    /// characters around the digits) are none.
    @Test func aDigitAnywhereIsSeen() {
        for n in 0...20 {
            for at in -1..<n {
                for d in ["0", "5", "9"] {
                    var s = Array(repeating: Unicode.Scalar("/"), count: n)
                    if at >= 0 { s[at] = Unicode.Scalar(d)! }
                    s[0..<n / 2] = ArraySlice(repeating: ":", count: n / 2)
                    if at >= 0 { s[at] = Unicode.Scalar(d)! }
                    for from in 0...n {
                        let found = s.withUnsafeBufferPointer { NumberPrefilter.hasDigit($0, from..<n) }
                        #expect(found == (at >= from), "\(n) \(at) \(from)")
                    }
                }
            }
        }
    }

    @Test func aBlockWithoutDigitsOrNumberWordsIsPassedOver() {
        #expect(!mayHold("The mayor said she didn't know, and U.S. officials agreed."))
        #expect(!mayHold("Someone phoned; often the tone was gone."))
    }

    @Test func digitsAndNumberWordsAreSeen() {
        #expect(mayHold("it opened in 2014"))
        #expect(mayHold("twenty-one people"))
        #expect(mayHold("A THIRD of them"))
        #expect(mayHold("Hundreds came"))
        #expect(mayHold("half"))
        #expect(mayHold("the quarters"))
    }

    @Test func wordsThatMarksSplitOrJoinAreSeen() {
        #expect(mayHold("one's view"))       // the segment before the mark
        #expect(mayHold("the 'one'"))        // a word after a quote mark
        #expect(mayHold("tw'o"))             // the run through one mark
        #expect(mayHold("x.one"))            // a segment after a mark
        #expect(mayHold("o.n.e"))            // two marks between letters: a yes
    }

    @Test func everyNumberWordOfTheLexiconIsSeen() {
        var words = 0
        for (key, lex) in NumberLexicon.entries
        where !lex.tags.isDisjoint(with: [.cardinal, .ordinal, .ordinalPlural, .vague])
            || lex.word == .half || lex.word == .quarter || lex.word == .quarters {
            var letters: [Unicode.Scalar] = []
            var k = key
            while k > 0 { letters.insert(Unicode.Scalar(UInt8(96 + k % 27)), at: 0); k /= 27 }
            let word = String(String.UnicodeScalarView(letters))
            #expect(mayHold(word) && mayHold("So " + word.uppercased() + ", they said"), "\(word)")
            words += 1
        }
        #expect(words > 100)
    }

    /// Random texts from pieces the rules look at: wherever the number finder
    /// finds a mention, the prefilter said yes.
    @Test func neverNoWhereTheFinderFindsANumber() throws {
        let pieces = ["one", "One", "TWO", "twenty", "first", "Second", "thirds", "half", "quarters", "dozen", "hundreds",
                      "million", "a", "an", "the", "of", "and", "dollars", "$", "USD", "MEUR", "per", "cent", "percent", "%",
                      "minus", "negative", "k", "bn", "x", "'", ".", "-", "’", "U.S.", "o", "n", "e", "t", "w", "tw", "ne",
                      "thi", "rd", "tw'o", "on.e", "t'hirds", "hal.f", "é", "Ünï", "\u{00A0}", "\n", "(", "\"", "''", "don", "s", " ", " ", " ", " ", ",", "7"]
        var rng = SplitMix(seed: 11)
        var found = 0, passed = 0
        for _ in 0..<3000 {
            var text = ""
            for _ in 0..<Int(rng.next() % 14) { text += pieces[Int(rng.next() % UInt64(pieces.count))] }
            let mentions = try mentionsWithoutPrefilter(text)
            if !mayHold(text) {
                passed += 1
                #expect(mentions == 0, "\(text.debugDescription)")
            } else if mentions > 0 {
                found += 1
            }
        }
        #expect(found > 100 && passed > 100)
    }

    /// The finder's mentions in `text` as one block, every token looked at.
    private func mentionsWithoutPrefilter(_ text: String) throws -> Int {
        let t = CodePointText(text)
        let ingested = IngestedDocument(id: "t", source: "-", format: .text, text: t, blocks: [Block(Span(0, t.count), .paragraph)],
                                        meta: DocumentMeta())
        let doc = SegmentedDocument(base: NormalizedDocument(base: ingested, norm: NormalizedText(text: t, map: OffsetMap())),
                                    sentences: [])
        let view = BodyView(doc)
        var out: [NumberMention] = []
        for b in view.blocks { NumberText(view, block: b.span).appendMentions(to: &out) }
        return out.count
    }
}
