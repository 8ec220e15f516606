import Testing
@testable import Extract

/// Money (NumberMoney, NumberCurrency).
@Suite struct NumberMoneyTests {
    func money(_ text: String) throws -> [String] {
        try numbers(in: text).filter { $0.kind == .money }.map { "\($0.text)=\(format($0.value)) \($0.unit ?? "-")" }
    }

    @Test func aSymbolBeforeTheAmountWithOrWithoutASpace() throws {
        #expect(try money("paid £ 12.5 million and €40") == ["£ 12.5 million=12500000 GBP", "€40=40 EUR"])
    }

    @Test func lettersBeforeTheDollarSignSayWhichDollar() throws {
        #expect(try money("A$30 and NZ$ 7") == ["A$30=30 AUD", "NZ$ 7=7 NZD"])
    }

    @Test func aCodeBeforeOrAfterTheAmount() throws {
        #expect(try money("CHF 90, 25 sek and 300JPY") == ["CHF 90=90 CHF", "25 sek=25 SEK", "300JPY=300 JPY"])
    }

    @Test func aScaleLetterBeforeACode() throws {
        #expect(try money("sales of 45 MSEK") == ["45 MSEK=45000000 SEK"])
    }

    @Test func aScaleWordAfterTheCode() throws {
        #expect(try money("a 30 EUR million fine") == ["30 EUR million=30000000 EUR"])
    }

    @Test func aCurrencyNameWithItsQualifier() throws {
        #expect(try money("3 million swiss francs or 40 canadian dollars or 9 rupees") ==
                ["3 million swiss francs=3000000 CHF", "40 canadian dollars=40 CAD", "9 rupees=9 INR"])
    }

    @Test func aNameThatIsAlsoAWordNeedsItsQualifier() throws {
        #expect(try money("500 south korean won") == ["500 south korean won=500 KRW"])
        #expect(try numbers(in: "they 5 won").allSatisfy { $0.kind != .money })
    }

    @Test func aCurrencyJoinedByAHyphen() throws {
        #expect(try money("a 5-cent tax and a one-euro coin") == ["5-cent=5 cent", "one-euro=1 EUR"])
    }

    @Test func aSymbolAfterTheAmount() throws {
        #expect(try money("40 € here, 12 ₹ there") == ["40 €=40 EUR", "12 ₹=12 INR"])
    }

    @Test func minorUnitsAfterTheMajorOne() throws {
        #expect(try money("seven pounds and sixty pence, 4 euros 20") == ["seven pounds and sixty pence=7.6 GBP", "4 euros 20=4.2 EUR"])
        #expect(try money("six dollars three hundred times") == ["six dollars=6 USD"])
    }

    @Test func aLowercaseCurrencyNameBeforeDigits() throws {
        #expect(try money("priced at euro 45") == ["euro 45=45 EUR"])
    }

    @Test func theNumeralLeavesOutTheCurrency() throws {
        let m = try #require(numbers(in: "a US$4.5 billion loan").first)
        #expect(m.kind == .money)
        #expect(m.numeral == "4.5 billion")
    }

    @Test func aPercentageIsNotMoney() throws {
        #expect(try numbers(in: "the euro 2 percent higher").map(\.kind) == [.percent])
    }

    @Test func aPronounIsNotACurrency() throws {
        #expect(try numbers(in: "Nine of us went").map(\.kind) == [.cardinal])
    }
}
