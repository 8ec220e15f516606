import Testing
import ClaimlineCore
@testable import Extract

/// Numerals written with digits (NumberDigitValue, NumberDigits).
@Suite struct NumberDigitsTests {
    @Test func thousandsSeparatorsAndADecimalPoint() throws {
        #expect(try read("Turnout was 3,406,118.5 ballots") == ["3,406,118.5=3406118.5 cardinal"])
    }

    @Test func oneCommaBeforeOtherThanThreeDigitsIsADecimalComma() throws {
        #expect(try read("a rate of 2,75 today") == ["2,75=2.75 cardinal"])
    }

    @Test func commasBetweenShortGroupsListNumbers() throws {
        #expect(try read("see pages 7,9,13.") == ["7=7 cardinal", "9=9 cardinal", "13=13 cardinal"])
    }

    @Test func groupsOfThreeAfterSingleSpacesContinueTheNumber() throws {
        #expect(try read("some 12 400 homes and 12\u{202F}400 more") == ["12 400=12400 cardinal", "12\u{202F}400=12400 cardinal"])
        #expect(try read("in 318 2024 it was") == ["318=318 cardinal", "2024=2024 year"])
    }

    @Test func aLeadingPointStartsADecimal() throws {
        #expect(try read("a batting average of .312") == [".312=0.312 cardinal"])
    }

    @Test func aMinusSignBeforeDigitsButNotAHyphenBetweenThem() throws {
        #expect(try read("it fell to -14 overnight") == ["-14=-14 cardinal"])
        #expect(try read("dial 0-800-555") == ["0=0 cardinal", "800=800 cardinal", "555=555 cardinal"])
        #expect(try read("- 7 1/2 was the score") == ["- 7 1/2=-7.5 cardinal"])
    }

    // Found by `make fuzz` (text): `1e502` read as infinity was written as
    // null, and the extract record no longer read back.
    @Test func aNumberBeyondADoubleIsNoMentionAndTheRecordReadsBack() throws {
        #expect(try read("the 1e502 election and 1e3 votes") == ["1e3=1000 cardinal"])
        #expect(try read("dated 0e712 and 5 more") == ["5=5 cardinal"])  // 0 times infinity
        #expect(try read("a run of " + String(repeating: "9", count: 400) + " and 7 more") == ["7=7 cardinal"])
        let doc = try extracted("the 1e502 election")
        #expect(try ExtractedDocument.decode(line: doc.jsonLine()[...]) == doc)
    }

    @Test func scaleLettersGluedOn() throws {
        #expect(try read("a 40k run, a 2.5bn deal, 3M users") == ["40k=40000 cardinal", "2.5bn=2500000000 cardinal", "3M=3000000 cardinal"])
    }

    @Test func aLowercaseMIsAMetreUnlessACurrencyCameFirst() throws {
        #expect(try read("a 3m wall") == [])
        #expect(try read("a $3m wall") == ["$3m=3000000 money"])
    }

    @Test func aUnitOfMeasureGluedOnIsNoNumber() throws {
        #expect(try read("a 42km ride with 1.5l of water") == [])
    }

    @Test func anOrdinalSuffix() throws {
        #expect(try read("the 103rd floor") == ["103rd=103 ordinal"])
    }

    @Test func powersAndExponents() throws {
        #expect(try read("2^10 and 3.5e-2 and 4.1x10^3") == ["2^10=1024 cardinal", "3.5e-2=0.035 cardinal", "4.1x10^3=4100 cardinal"])
    }

    @Test func slashFractionsMixedNumbersAndVulgarFractions() throws {
        #expect(try read("2/5 of it, 3 3/4 miles, ⅔ and 2¼") == ["2/5=0.4 cardinal", "3 3/4=3.75 cardinal", "⅔=0.6666666666666666 cardinal", "2¼=2.25 cardinal"])
    }

    @Test func numericDatesAreDaysOfTheMonth() throws {
        #expect(try read("filed 2019-03-21 and 21/03/2019") == ["2019-03-21=21 date", "21/03/2019=21 date"])
    }

    @Test func clockTimes() throws {
        #expect(try read("at 7:45 p.m. or 9am, a 1:02:30 run") == ["7:45 p.m.=19.75 time", "9am=9 time", "1:02:30=1.0416666666666667 time"])
    }

    @Test func decades() throws {
        #expect(try read("in the 1970s") == ["1970s=1970 year"])
    }

    @Test func longDigitRunsAreIdentifiersAndDottedRunsLabels() throws {
        #expect(try read("status 1189912287312345678 from 10.0.0.12") == [])
    }

    @Test func aCodeWithLettersOnBothSidesIsNoQuantity() throws {
        #expect(try read("an L-1A visa") == [])
    }
}
