import Testing
@testable import Extract

/// Numerals written in words (NumberWords).
@Suite struct NumberWordsTests {
    @Test func tensAndUnitsWithOrWithoutAHyphen() throws {
        #expect(try read("sixty-seven or sixty seven") == ["sixty-seven=67 cardinal", "sixty seven=67 cardinal"])
    }

    @Test func hundredsWithAnd() throws {
        #expect(try read("four hundred and eight") == ["four hundred and eight=408 cardinal"])
    }

    @Test func scalesMultiplyTheGroupBeforeThem() throws {
        #expect(try read("three hundred and ten thousand") == ["three hundred and ten thousand=310000 cardinal"])
    }

    @Test func aSmallerPartFollowsAScale() throws {
        #expect(try read("nine million forty thousand and six") == ["nine million forty thousand and six=9040006 cardinal"])
    }

    @Test func andJoinsOnlyANumberSmallerThanThePlaceBeforeIt() throws {
        #expect(try read("5 hundred and 1.5 hundred") == ["5 hundred=500 cardinal", "1.5 hundred=150 cardinal"])
    }

    @Test func digitsAndWordsMix() throws {
        #expect(try read("7 thousand 2 hundred and 9") == ["7 thousand 2 hundred and 9=7209 cardinal"])
    }

    @Test func aLargerScaleAfterAScaleMultiplies() throws {
        #expect(try read("two lakh crore") == ["two lakh crore=2000000000000 cardinal"])
    }

    @Test func dozens() throws {
        #expect(try read("a dozen eggs, four dozen, 2 dozens") == ["a dozen=12 cardinal", "four dozen=48 cardinal", "2 dozens=24 cardinal"])
    }

    @Test func hundredsUsedForThousands() throws {
        #expect(try read("thirty-two hundred") == ["thirty-two hundred=3200 cardinal"])
    }

    @Test func decimalsAfterPoint() throws {
        #expect(try read("six point zero two, ten point thirty-five") == ["six point zero two=6.02 cardinal", "ten point thirty-five=10.35 cardinal"])
    }

    @Test func minusAndNegativeWords() throws {
        #expect(try read("negative seven and minus 2") == ["negative seven=-7 cardinal", "minus 2=-2 cardinal"])
    }

    @Test func ordinalsAndCompoundOrdinals() throws {
        #expect(try read("the fortieth and the sixty-third") == ["fortieth=40 ordinal", "sixty-third=63 ordinal"])
        #expect(try read("two hundred thirty fourth") == ["two hundred thirty fourth=234 ordinal"])
    }

    @Test func aScaleOrdinalAfterANumberIsAnOrdinal() throws {
        #expect(try read("the five millionth visitor") == ["five millionth=5000000 ordinal"])
    }

    @Test func aNumeratorAndAPluralDenominator() throws {
        #expect(try read("four fifths of them") == ["four fifths=0.8 cardinal"])
    }

    @Test func anArticleOrOneBeforeASingularDenominator() throws {
        #expect(try read("a sixth, one tenth, a quarter, a thirty-second") == ["a sixth=0.16666666666666666 cardinal", "one tenth=0.1 cardinal", "a quarter=0.25 cardinal", "a thirty-second=0.03125 cardinal"])
    }

    @Test func theDenominatorTakesTheOrdinalThatEndsThePhrase() throws {
        #expect(try read("thirty fortieths") == ["thirty fortieths=0.75 cardinal"])
        // `thirty thirty` is no number, so the second thirty belongs to the denominator: 30/35.
        #expect(try read("thirty thirty fifths") == ["thirty thirty fifths=0.8571428571428571 cardinal"])
        // Either split makes numbers; the denominator is the compound after the hundred: 200/63.
        #expect(try read("two hundred sixty thirds") == ["two hundred sixty thirds=3.1746031746031744 cardinal"])
    }

    @Test func aWholeNumberAndAFraction() throws {
        #expect(try read("six and a quarter, nine and two thirds") == ["six and a quarter=6.25 cardinal", "nine and two thirds=9.666666666666666 cardinal"])
    }

    @Test func aSingularOrdinalDenominatorIsMarked() throws {
        func denominators(_ text: String) throws -> [String] {
            let doc = try extracted(text)
            return doc.numbers.map { m in m.denominator.map { "\(doc.text[$0.span])=\(format($0.value))" } ?? "-" }
        }
        #expect(try denominators("forty two and a third") == ["third=3"])
        #expect(try denominators("a twenty-first of it") == ["twenty-first=21"])
        #expect(try denominators("two thirds, one and a half, 42") == ["-", "-", "-"])
    }

    @Test func aFractionAfterAScaleIsAFractionOfTheScale() throws {
        #expect(try read("four million and a half") == ["four million and a half=4500000 cardinal"])
        #expect(try read("two and a half billion") == ["two and a half billion=2500000000 cardinal"])
        #expect(try read("one trillion and a half billion") == ["one trillion and a half billion=1000500000000 cardinal"])
    }

    @Test func aFractionTimesTheScaleAfterIt() throws {
        #expect(try read("half a billion and a quarter of a million and three quarters million") ==
                ["half a billion=500000000 cardinal", "a quarter of a million=250000 cardinal", "three quarters million=750000 cardinal"])
    }

    @Test func overAndOutOf() throws {
        #expect(try read("three out of eight and 10 over four") == ["three out of eight=0.375 cardinal", "10 over four=2.5 cardinal"])
    }

    @Test func moreOutOfFewerIsTwoNumbers() throws {
        #expect(try read("rated 11 out of 10") == ["11=11 cardinal", "10=10 cardinal"])
    }

    @Test func overBeforeACountedNounIsABound() throws {
        let m = try numbers(in: "6 over 12 months")
        #expect(m.map(\.text) == ["6", "12"])
        #expect(m.last?.approx == "more than")
    }

    @Test func oneAsAPronounIsNoNumber() throws {
        #expect(try read("I prefer this one, the red one, not that one.") == [])
        #expect(try read("one reason is cost") == ["one=1 cardinal"])
    }

    @Test func secondAfterANumberIsATimeUnit() throws {
        #expect(try read("a 20-second clip in one second") == ["20=20 cardinal", "one=1 cardinal"])
    }

    @Test func wordsThatDoNotComposeAreSeparateNumbers() throws {
        #expect(try read("code five-zero-nine") == ["five=5 cardinal", "zero=0 cardinal", "nine=9 cardinal"])
    }

    @Test func halfAloneOnlyAsHalfOf() throws {
        #expect(try read("half of the seats in the first half") == ["half=0.5 cardinal", "first=1 ordinal"])
    }
}
