/// Money: an amount with its currency written before (`$ 75 million`,
/// `C$ 16.4 million`, `USD 200`, `MAUD 60`) or after it (`528 million
/// francs`, `10 us dollar`, `100 ₡`, `115USD`, `75 USD million`, `12-cent`),
/// and the minor units after a major one (`thirteen dollars and forty-five
/// cents`, `15 dollars 50`, `one kuai and five mao five`).
struct MoneyUnit {
    var unit: String
    /// Where the amount starts (prefix) or the token after the currency (suffix).
    var at: Int
    /// `MEUR`, `KSEK`, `USD million`: the amount is in thousands or millions.
    var multiplier: Double = 1
    /// The currency read, for its minor units.
    var currency: Int16 = -1
}

extension NumberText {
    /// A currency written before an amount, starting at token `k`.
    func moneyPrefix(at k: Int) -> MoneyUnit? {
        let t = toks[k]
        if t.kind == .punct {
            let c = s[t.start]
            guard c != "\u{A2}", let unit = Currency.symbol(c), amountFollows(k + 1) else { return nil }
            return MoneyUnit(unit: unit, at: k + 1)
        }
        guard t.kind == .word else { return nil }
        // `US$`, `C$`, `HK$`, `mxn$`, and `c $` as some corpora tokenize it.
        if isPunct(k + 1, "$"), amountFollows(k + 2) {
            let letters = string(t.start, t.end).lowercased()
            // Spaced only where the letters are no English word: not `a $5 bill`, `give us $5`.
            let spacedOK = spaced(k + 1) && (["c", "nz", "hk", "nt", "mex", "mx", "au", "sg"].contains(letters)
                                             || (t.letterCase == .upper && t.count >= 2))
            if toks[k + 1].glued || spacedOK {
                if let unit = Currency.dollarPrefixes[letters] { return MoneyUnit(unit: unit, at: k + 2) }
                if t.has(.currencyCode), let i = t.lex?.currencyCode { return MoneyUnit(unit: Currency.all[Int(i)].unit, at: k + 2, currency: i) }
            }
        }
        // `USD 200`, `USD115`, `Rs. 500`, `MAUD 60`.
        if let code = code(at: k, before: true) {
            var j = k + 1
            if isPunct(j, "."), toks[j].glued { j += 1 }
            if amountFollows(j) { return MoneyUnit(unit: code.unit, at: j, multiplier: code.multiplier, currency: code.currency) }
        }
        // `sen 100,000`, `dollar 22.5 million`: a lowercase currency name before digits.
        if t.has(.currency), t.letterCase == .lower, let i = t.lex?.currency, !Currency.all[Int(i)].needsQualifier,
           isDigits(k + 1), spaced(k + 1) {
            return MoneyUnit(unit: Currency.all[Int(i)].unit, at: k + 1, currency: i)
        }
        return nil
    }

    /// Digits (or number words) right after a currency sign, glued or after one space.
    private func amountFollows(_ j: Int) -> Bool {
        guard j < count, j > 0, toks[j].start - toks[j - 1].end <= 1 else { return false }
        if toks[j].kind == .digits { return true }
        if isPunct(j, "."), isDigits(j + 1), toks[j + 1].glued { return true }
        return toks[j].kind == .word && (toks[j].has(.cardinal) || toks[j].word == .half || toks[j].word == .quarter)
    }

    /// A currency code at token `k`: `USD`, `rmb` (lowercase only after the
    /// amount), `Rs`, or a code with a scale letter (`MEUR`, `KSEK`).
    func code(at k: Int, before: Bool) -> (unit: String, multiplier: Double, currency: Int16)? {
        let t = toks[k]
        guard t.kind == .word else { return nil }
        if t.has(.currencyCode), let i = t.lex?.currencyCode {
            // Abbreviations written in mixed case (`Rs`, `SFr`) count before the amount too.
            let mixed = t.letterCase == .capitalized || t.letterCase == .other
            guard t.letterCase == .upper || (mixed && Currency.mixedCaseCodes.contains(t.count)) || (!before && t.letterCase == .lower)
            else { return nil }
            return (Currency.all[Int(i)].unit, 1, i)
        }
        guard t.count == 4, t.letterCase == .upper else { return nil }
        let m: Double
        switch s[t.start] {
        case "M": m = 1e6
        case "K": m = 1e3
        default: return nil
        }
        guard let lex = NumberLexicon.lookup(s, (t.start + 1)..<t.end), lex.tags.contains(.currencyCode) else { return nil }
        return (Currency.all[Int(lex.currencyCode)].unit, m, lex.currencyCode)
    }

    /// A currency written after the amount that ends before token `j`.
    func moneySuffix(after j: Int) -> MoneyUnit? {
        guard j < count, j > 0 else { return nil }
        var k = j
        // `12-cent`: a currency name joined by a hyphen.
        if isPunct(k, "-"), toks[k].glued, k + 1 < count, toks[k + 1].glued, toks[k + 1].kind == .word { k += 1 }
        let t = toks[k]
        guard t.start - toks[k - 1].end <= 1 else { return nil }
        if t.kind == .punct {
            guard k == j, let unit = Currency.symbol(s[t.start]) else { return nil }
            // `1 $10`: a sign glued to the digits after it belongs to them.
            if isDigits(k + 1), toks[k + 1].glued { return nil }
            return MoneyUnit(unit: unit, at: k + 1)
        }
        guard t.kind == .word else { return nil }
        if isPence(k) { return MoneyUnit(unit: "pence", at: k + 1) }
        if let code = code(at: k, before: false) {
            var m = code.multiplier
            var end = k + 1
            // `75 USD million`
            if m == 1, wordHas(end, .cardinal), let lex = toks[end].lex, lex.place == .scale { m = lex.value; end += 1 }
            return MoneyUnit(unit: code.unit, at: end, multiplier: m, currency: code.currency)
        }
        return currencyName(at: k)
    }

    /// `dollars`, `us dollar`, `hong kong dollars`, `finnish markka`, `south korean won`.
    func currencyName(at j: Int) -> MoneyUnit? {
        var k = j
        while k < count, k < j + 2, toks[k].kind == .word, toks[k].has(.qualifier), !toks[k].has(.currency) || wordHas(k + 1, .currency) {
            k += 1
        }
        guard k < count, toks[k].kind == .word, toks[k].has(.currency), let i = toks[k].lex?.currency else { return nil }
        let c = Currency.all[Int(i)]
        var unit = c.unit
        if k > j {
            let q = phrase(j, k)
            if let u = c.byQualifier[q] { unit = u } else if c.needsQualifier { return nil }
        } else if c.needsQualifier {
            return nil
        }
        return MoneyUnit(unit: unit, at: k + 1, currency: i)
    }

    /// The value of minor units after a major currency word ending before `j`:
    /// `and forty-five cents`, `forty five`, `50`, `and five mao five`.
    func minorUnits(after j: Int, currency: Int16) -> (value: Double, end: Int)? {
        guard currency >= 0 else { return nil }
        var c = Currency.all[Int(currency)]
        var unitValue = 1.0
        var total = 0.0
        var end = j
        var k = j
        while c.minorRatio > 0, k < count {
            // `and N <minor unit>`
            if isWord(k, .and), let r = plainNumber(at: k + 1), let minor = currencyName(at: r.end),
               let mv = Currency.minorValue[Currency.all[Int(minor.currency)].unit] {
                total += r.value * mv * unitValue
                k = minor.at; end = k
                c = Currency.all[Int(minor.currency)]
                unitValue *= mv
                continue
            }
            // A bare number smaller than the ratio: `15 dollars 50`.
            if let r = plainNumber(at: k), r.value < c.minorRatio, r.value == r.value.rounded() {
                if let minor = currencyName(at: r.end), let mv = Currency.minorValue[Currency.all[Int(minor.currency)].unit] {
                    total += r.value * mv * unitValue
                    k = minor.at; end = k
                    c = Currency.all[Int(minor.currency)]
                    unitValue *= mv
                    continue
                }
                if r.end < count, toks[r.end].kind == .word, !toks[r.end].has(.function) { break }
                total += r.value * unitValue / c.minorRatio
                end = r.end
            }
            break
        }
        return end > j ? (total, end) : nil
    }

    /// A whole number at `k` in words or digits, nothing glued on.
    private func plainNumber(at k: Int) -> Reading? {
        guard k < count else { return nil }
        if toks[k].kind == .digits {
            let (r, _) = digitsNumeral(at: k, money: false)
            guard let r, r.kind == .cardinal, r.open else { return nil }
            return r
        }
        guard toks[k].kind == .word, toks[k].has(.cardinal) else { return nil }
        let els = elements(from: k, leading: nil)
        guard let p = WordNumber(els, self).read(), !p.ordinal, !p.fraction else { return nil }
        return Reading(first: k, end: els[p.next - 1].end, value: p.value, spelled: true)
    }
}
