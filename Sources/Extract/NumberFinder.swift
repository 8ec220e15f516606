import ClaimlineCore

/// Finds the numbers of the body blocks and resolves them: a numeral (digits
/// or words, NumberDigits and NumberWords), what it is (money, percentage,
/// ordinal, year, day, time, part of a name), the bound before it and the
/// noun it counts (NumberContext). Spans are mapped back to `text`.
enum NumberFinder {
    static func find(_ v: BodyView) -> [NumberMention] {
        var out: [NumberMention] = []
        let filter = NumberPrefilter.shared
        for b in v.blocks where filter.mayHoldNumber(v.norm, in: b.span.range) {
            NumberText(v, block: b.span).appendMentions(to: &out)
        }
        return out
    }
}

extension NumberText {
    /// The block's mentions, in order: at each token a mention may start at,
    /// the mention there, then on after it.
    func appendMentions(to out: inout [NumberMention]) {
        var next = 0
        for k in starts where k >= next && mayStart(k) {
            if let (m, after) = mention(at: k) {
                // Beyond a Double (`1e502`, a 400-digit run): no quantity a
                // claim can state, and JSON cannot write it; its tokens are
                // passed over, not read again as smaller numbers.
                if m.value.isFinite { out.append(m) }
                next = after
            }
        }
    }

    /// Whether a mention may start at token `k`: the first test of each way
    /// one can (money, vague, `percent of`, a signed numeral). Most tokens
    /// start none and are passed over here.
    @inline(__always)
    func mayStart(_ k: Int) -> Bool {
        let t = toks[k]
        if t.inAddress { return false }
        switch t.kind {
        case .digits:
            return true
        case .punct:
            let c = s[t.start]
            // A decimal (`.25`), a minus sign (`-4`, `-.5`), a currency sign.
            if c == "." { return isDigits(k + 1) && toks[k + 1].glued }
            if c == "-" { return isDigits(k + 1) || isPunct(k + 1, ".") }
            return Currency.symbol(c) != nil
        case .word:
            // A currency code or letters before `$` (`USD`, `MEUR`, `US$`).
            let code = isPunct(k + 1, "$") || (t.count == 4 && t.letterCase == .upper)
            guard let lex = t.lex else { return code }
            if !lex.tags.isDisjoint(with: [.cardinal, .ordinal, .ordinalPlural, .vague, .currency, .currencyCode]) { return true }
            switch lex.word {
            case .other: return isPunct(k + 1, "$")
            case .percent, .percents, .percentage, .per, .minus, .negative, .half, .quarter, .quarters: return true
            case .a, .an: return startsWords(k) || code
            default: return code
            }
        }
    }

    /// The mention starting at token `k` (which `mayStart`), and the token after it.
    func mention(at k: Int) -> (NumberMention, Int)? {
        if let m = money(at: k) { return m }
        if let m = vague(at: k) { return m }
        if let m = percentOf(at: k) { return m }
        guard var r = signedNumeral(at: k) else { return nil }
        return resolve(&r)
    }

    /// A numeral with its sign: `-1`, `- 1 4/5` at the start of a block,
    /// `minus five`, `negative one`.
    func signedNumeral(at k: Int) -> Reading? {
        var j = k
        var negative = false
        if isPunct(k, "-") {
            guard isMinusSign(k) else { return nil }
            negative = true; j = k + 1
        } else if isWord(k, .minus) || isWord(k, .negative) {
            guard k + 1 < count, !toks[k + 1].glued else { return nil }
            // `plus or minus three points` is a margin, not a negative number.
            negative = !(isWord(k - 1, .or) && isWord(k - 2, .plus))
            j = k + 1
        }
        guard var r = numeral(at: j, money: false) else { return nil }
        if negative && j > k {
            guard r.kind == .cardinal else { return nil }
            r.value = -r.value; r.first = k; r.plainDigits = 0
        }
        return r
    }

    /// A hyphen-minus (or minus sign) not joining two words or numbers, right
    /// before digits; one space between only at the start of a block.
    private func isMinusSign(_ k: Int) -> Bool {
        guard let o = original(at: toks[k].start), o == "-" || o == "\u{2212}" || o == "\u{FE63}" || o == "\u{FF0D}" else { return false }
        if k > 0, toks[k].glued, toks[k - 1].kind != .punct || isPunct(k - 1, "-") { return false }
        guard k + 1 < count else { return false }
        if toks[k + 1].glued { return isDigits(k + 1) || (isPunct(k + 1, ".") && isDigits(k + 2) && toks[k + 2].glued) }
        return k == 0 && isDigits(k + 1) && spaced(k + 1)
    }

    /// The numeral at token `k`: digits, `.25`, or words.
    func numeral(at k: Int, money: Bool) -> Reading? {
        guard k < count else { return nil }
        let t = toks[k]
        if t.kind == .digits {
            let (r, _) = digitsNumeral(at: k, money: money)
            guard var r else { return nil }
            if r.open, continuesInWords(r.end) {
                let els = elements(from: r.end, leading: r)
                if let p = WordNumber(els, self).read(), p.next > 1 {
                    r = Reading(first: k, end: els[p.next - 1].end, value: p.value, kind: p.ordinal ? .ordinal : .cardinal,
                                fraction: p.fraction)
                }
            }
            return r
        }
        if isPunct(k, "."), isDigits(k + 1), toks[k + 1].glued, !(k > 0 && toks[k].glued && toks[k - 1].kind != .punct) {
            let d = DigitValue.read(s, toks[k + 1].start, toks[k + 1].end)
            guard d.shape == .plain else { return nil }
            if k + 2 < count, toks[k + 2].glued, toks[k + 2].kind == .word { return nil }
            let v = DigitValue.number(s, toks[k].start, toks[k + 1].end, decimalMark: ".")
            return Reading(first: k, end: k + 2, value: v)
        }
        guard t.kind == .word, startsWords(k) else { return nil }
        let els = elements(from: k, leading: nil)
        guard !els.isEmpty, let p = WordNumber(els, self).read() else { return nil }
        var r = Reading(first: k, end: els[p.next - 1].end, value: p.value, kind: p.ordinal ? .ordinal : .cardinal,
                        spelled: true, fraction: p.fraction)
        if p.bare && p.fractionScale == 0 {
            // `half` alone (not `quarter`), but not a part of something (`the first half`, `half-time`).
            guard els[0].kind == .part, els[0].value == 2, !isPunct(r.end, "-"), !(r.end < count && toks[r.end].hyphenated),
                  !(k > 0 && (toks[k - 1].has(.ordinal) || toks[k - 1].word == .the)) else { return nil }
        }
        let before = isPunct(k - 1, "-") && toks[k - 1].glued ? k - 2 : k - 1
        if r.kind == .ordinal, r.end == k + 1, t.word == .second, before >= 0,
           toks[before].kind == .digits || toks[before].has(.cardinal) {
            return nil  // `one second`, `30 second`: the unit of time.
        }
        if r.kind == .ordinal, r.end == k + 1, isWord(k - 1, .a), t.word == .second { r.value = 2 }
        return r
    }

    // MARK: what the numeral is

    /// Decides kind, bound and counted noun of a numeral read at `r.first`.
    func resolve(_ r: inout Reading) -> (NumberMention, Int)? {
        switch r.kind {
        case .ordinal:
            if monthAfterOrdinal(r) || (r.first > 0 && isMonth(r.first - 1)) { r.kind = .date }
            return (mention(r), r.end)
        case .time, .date, .year:
            return (mention(r), r.end)
        default:
            break
        }
        if let p = percent(after: r.end) {
            var m = mention(r, end: p.end, numeralEnd: r.end)
            m.kind = .percent; m.unit = p.unit
            m.approx = approximator(before: r.first)
            // What a percentage is of: `40 percent of voters`.
            m.counts = isWord(p.end, .of) ? word(counted(after: p.end, throughOf: true)) : nil
            return (m, p.end)
        }
        if let unit = moneySuffix(after: r.end) {
            return money(r, unit: unit, start: r.first, suffix: true)
        }
        if isPronounOne(r) { return nil }
        r.kind = contextKind(r)
        var m = mention(r)
        var end = r.end
        if r.kind == .cardinal {
            m.approx = approximator(before: r.first)
            if let (a, e) = approximator(after: r.end) { m.approx = m.approx ?? a; end = e }
            m.counts = word(counted(after: end, throughOf: false))
        }
        return (m, r.end)
    }

    private func monthAfterOrdinal(_ r: Reading) -> Bool {
        var j = r.end
        if isWord(j, .of) { j += 1 }
        return isMonth(j) && toks[j].letterCase != .lower && r.value <= 31
    }

    /// `%`, `percent`, `per cent`, `percentage`, `percentage points`, `pct` after a numeral.
    func percent(after j: Int) -> (unit: String, end: Int)? {
        guard j < count, j > 0, toks[j].start - toks[j - 1].end <= 1 else { return nil }
        if isPunct(j, "%") { return ("%", j + 1) }
        guard toks[j].kind == .word else { return nil }
        switch toks[j].word {
        case .percent, .percents, .pct, .pc: return ("%", j + 1)
        case .per where isWord(j + 1, .cent) || isWord(j + 1, .cents): return ("%", j + 2)
        case .percentage:
            if isWord(j + 1, .points) || isWord(j + 1, .point) { return ("percentage points", j + 2) }
            return ("%", j + 1)
        default: return nil
        }
    }

    /// `percent of 10`: the percentage named before its number.
    private func percentOf(at k: Int) -> (NumberMention, Int)? {
        guard toks[k].kind == .word else { return nil }
        var j: Int
        switch toks[k].word {
        case .percent, .percents, .percentage: j = k + 1
        case .per where isWord(k + 1, .cent) || isWord(k + 1, .cents): j = k + 2
        default: return nil
        }
        guard isWord(j, .of), let r = numeral(at: j + 1, money: false), r.kind == .cardinal,
              !(r.end < count && (toks[r.end].kind == .word && !toks[r.end].has(.function))),
              !(isPunct(r.end, "-") && toks[r.end].glued) else { return nil }
        var m = mention(r, start: k)
        m.kind = .percent; m.unit = "%"
        return (m, r.end)
    }

    // MARK: money

    /// Money with its currency first: `$ 75 million`, `USD 200`, `Mex$ 10 million`.
    private func money(at k: Int) -> (NumberMention, Int)? {
        guard let pre = moneyPrefix(at: k), var r = numeral(at: pre.at, money: true), r.kind == .cardinal else { return nil }
        if percent(after: r.end) != nil { return nil }
        r.value *= pre.multiplier
        return money(r, unit: pre, start: k, suffix: false)
    }

    private func money(_ r: Reading, unit: MoneyUnit, start: Int, suffix: Bool) -> (NumberMention, Int)? {
        var value = r.value
        var end = suffix ? unit.at : r.end
        if suffix { value *= unit.multiplier }
        if suffix, let minor = minorUnits(after: end, currency: unit.currency) {
            value += minor.value; end = minor.end
        }
        var m = mention(r, start: start, end: end, numeralEnd: r.end)
        m.value = tidy(value)
        m.kind = .money; m.unit = unit.unit
        m.approx = approximator(before: start)
        return (m, end)
    }

    // MARK: vague numbers

    /// `hundreds of diplomats`, `tens of thousands`, `dozens`: value the scale,
    /// the words themselves the approximator.
    private func vague(at k: Int) -> (NumberMention, Int)? {
        guard wordHas(k, .vague), !toks[k].has(.abbreviation), let lex = toks[k].lex else { return nil }
        var value = lex.value
        var end = k + 1
        if isWord(end, .of), wordHas(end + 1, .vague), let second = toks[end + 1].lex, second.value > value {
            value *= second.value; end += 2
        } else if lex.value == 10 || lex.value == 20 {
            guard isWord(end, .of) else { return nil }  // `tens`, `scores`: only `tens of`, `scores of`.
        }
        if k > 0, toks[k - 1].kind == .digits || toks[k - 1].has(.cardinal) { return nil }
        let r = Reading(first: k, end: end, value: value, spelled: true)
        var m = mention(r)
        m.approx = phrase(k, end)
        m.counts = word(counted(after: end, throughOf: true))
        return (m, end)
    }

    // MARK: records

    private func mention(_ r: Reading, start: Int? = nil, end: Int? = nil, numeralEnd: Int? = nil) -> NumberMention {
        let a = toks[start ?? r.first].start, b = toks[(end ?? r.end) - 1].end
        let numeral = original(Span(toks[r.first].start, toks[(numeralEnd ?? r.end) - 1].end))
        var m = NumberMention(span: original(Span(a, b)), value: tidy(r.value), kind: r.kind, numeral: numeral)
        if r.fraction, let (d, v) = denominator(before: numeralEnd ?? r.end) { m.denominator = Denominator(span: original(d), value: v) }
        return m
    }

    /// The singular ordinal word ending a fraction in words (`third` in `a
    /// third`, `twenty-first` in `a twenty-first`); not a plural (`thirds`).
    private func denominator(before end: Int) -> (Span, Double)? {
        let last = end - 1
        guard last >= 0, toks[last].kind == .word, toks[last].has(.ordinal), let lex = toks[last].lex else { return nil }
        var first = last, value = lex.value
        if last >= 1, toks[last].hyphenated, let tens = toks[last - 1].lex, tens.tags.contains(.cardinal), tens.place == .tens,
           lex.place == .unit {
            first = last - 1; value += tens.value
        }
        return (Span(toks[first].start, toks[last].end), value)
    }

    /// `16.4 million` is 16400000, not the 16399999.999999998 of binary floating point.
    func tidy(_ x: Double) -> Double {
        let i = x.rounded()
        return abs(x) >= 1 && abs(x - i) <= abs(x) * 1e-12 ? i : x
    }

    /// The original text of token `k`, for `counts`.
    private func word(_ k: Int?) -> String? {
        guard let k else { return nil }
        return UTF8Scalars.string(view.orig[original(Span(toks[k].start, toks[k].end)).range])
    }
}
