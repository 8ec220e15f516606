import Testing
@testable import Extract
import ClaimlineCore

/// Percentages, bounds, counted nouns and kinds (NumberFinder, NumberContext).
@Suite struct NumberContextTests {
    // MARK: percentages

    @Test func percentageForms() throws {
        #expect(try read("7% and 8 % and nine percent and 10 per cent and 11 pct") ==
                ["7%=7 percent", "8 %=8 percent", "nine percent=9 percent", "10 per cent=10 percent", "11 pct=11 percent"])
    }

    @Test func percentagePoints() throws {
        let m = try #require(numbers(in: "down 1.5 percentage points").first)
        #expect(m.kind == .percent && m.unit == "percentage points" && m.value == 1.5)
    }

    @Test func aPercentageNamedBeforeItsNumber() throws {
        #expect(try read("per cent of 35") == ["per cent of 35=35 percent"])
    }

    @Test func aNegativePercentage() throws {
        #expect(try read("growth of minus two percent") == ["minus two percent=-2 percent"])
    }

    @Test func aMarginIsNotNegative() throws {
        let m = try #require(numbers(in: "plus or minus 4 percent").first)
        #expect(m.value == 4 && m.approx == "plus or minus")
    }

    @Test func nothingInsideAnAddress() throws {
        #expect(try read("see http://example.org/p?id=42%20x and mail a1@b2.org") == [])
    }

    // MARK: bounds

    @Test func boundsTakeTheirCanonicalForm() throws {
        let approx = try numbers(in: "over 30 seats, some 40 boats, as many as 9 ships, no fewer than 3 cars, almost 70 men")
            .map(\.approx)
        #expect(approx == ["more than", "about", "up to", "at least", "nearly"])
    }

    @Test func theBoundLooksPastAnArticleAndAQuote() throws {
        #expect(try numbers(in: "more than a 'hundred' staff").first?.approx == "more than")
    }

    @Test func aBoundAfterTheNumber() throws {
        #expect(try numbers(in: "50 or more workers").first.map { [$0.approx, $0.counts] } == ["at least", "workers"])
    }

    @Test func vagueNumbersAreTheirOwnApproximator() throws {
        let m = try numbers(in: "tens of thousands of fans")
        #expect(m == [Seen(text: "tens of thousands", value: 10000, kind: .cardinal, approx: "tens of thousands",
                           counts: "fans", numeral: "tens of thousands")])
    }

    // MARK: counted nouns

    @Test func theFirstPluralOfTheNounPhrase() throws {
        #expect(try numbers(in: "12 newly elected Labour councillors said").first?.counts == "councillors")
    }

    @Test func elseTheLastWordBeforeAFunctionWordOrAVerb() throws {
        #expect(try numbers(in: "one council member voted").first?.counts == "member")
        #expect(try numbers(in: "one analyst argued that").first?.counts == "analyst")
    }

    @Test func aNumberInScareQuotesCountsWhatFollows() throws {
        #expect(try numbers(in: "he spoke of nearly a \"hundred\" missing ballots").first?.counts == "ballots")
    }

    @Test func aHyphenatedUnitCountsItself() throws {
        #expect(try numbers(in: "a 12-month ban").first?.counts == "month")
    }

    @Test func noCountedNounBeforeAFunctionWord() throws {
        #expect(try numbers(in: "it rose to 90 by June").first?.counts == nil)
    }

    // MARK: kinds

    @Test func aFourDigitNumberIsAYear() throws {
        #expect(try read("since 1998 and in the 2030 plan") == ["1998=1998 year", "2030=2030 year"])
    }

    @Test func aRoundFourDigitNumberCountingSomethingIsACardinal() throws {
        #expect(try read("1500 workers") == ["1500=1500 cardinal"])
    }

    @Test func aDayNextToAMonth() throws {
        #expect(try read("on Oct. 3 and 14 March, not may 5") == ["3=3 date", "14=14 date", "5=5 cardinal"])
    }

    @Test func aNumberAfterANameIsPartOfIt() throws {
        #expect(try read("watched Channel 5 and flew an Airbus A320") == ["5=5 name", "320=320 name"])
    }

    @Test func notANameAfterAFunctionWordAPossessiveOrWhenItCounts() throws {
        #expect(try read("About 20 came. Ohio's 18 seats. Ordering 300 New Tanks") ==
                ["20=20 cardinal", "18=18 cardinal", "300=300 cardinal"])
    }

    // MARK: the record

    @Test func spansAreInTheOriginalTextAndNumeralsInsideThem() throws {
        let doc = try extracted("“Half” — he said — costs ﹩\u{00A0}5")
        for m in doc.numbers {
            #expect(doc.text[m.span] == doc.text.slice(m.span.start, m.span.end))
            if let n = m.numeral { #expect(m.span.contains(n)) }
        }
    }

    @Test func extractRecordsCarryTheNumeralAndRoundTrip() throws {
        let doc = try extracted("up 7% to £2.5bn")
        let line = doc.jsonLine()
        let back = try ExtractedDocument.decode(line: line[...])
        #expect(back.numbers == doc.numbers)
        #expect(String(decoding: line, as: UTF8.self).contains(#""numeral":{"start":3,"end":4}"#))
        #expect(ExtractedDocument.version == 2)
    }
}
