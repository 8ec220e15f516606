import Foundation
import ClaimlineCore

/// Numerals written with digits: what follows the digits decides what they
/// are. A glued suffix is an ordinal (`21st`), a scale (`10k`, `1.2b`,
/// `$75m`), an exponent (`12.32e+14`, `1.3x10^6`), a time (`5pm`) or a unit
/// of measure (`29km`: not a number); `/` makes a fraction or a date; a
/// group of three digits after one space continues the number (`40 000`).
extension NumberText {
    /// The numeral starting with the digits at token `k`, or nil when they are
    /// not a number; `skip` is then the token after what was looked at.
    /// `money`: a currency sign came before, so `m` and `b` are scales.
    func digitsNumeral(at k: Int, money: Bool) -> (reading: Reading?, skip: Int) {
        let t = toks[k]
        let dv = DigitValue.read(s, t.start, t.end)
        switch dv.shape {
        case .label:
            return (nil, k + 1)
        case .time:
            return (timeOfDay(Reading(first: k, end: k + 1, value: dv.value, kind: .time), hours: dv.value), k + 1)
        case .date:
            return (Reading(first: k, end: k + 1, value: dv.value, kind: .date), k + 1)
        case .plain, .number:
            // Sixteen digits and more are an identifier, not a quantity.
            if dv.shape == .plain && dv.digits >= 16 { return (nil, k + 1) }
        }
        var r = Reading(first: k, end: k + 1, value: dv.value)
        if dv.shape == .plain { r.plainDigits = dv.digits }
        if let suffixed = gluedSuffix(r, dv, money: money) { return suffixed }
        if let p = power(r) { return (p, p.end) }
        if dv.shape == .plain {
            if let d = numericDate(r) ?? monthAndDay(r) { return (d, d.end) }
            if let f = slashFraction(k) { return (f, f.end) }
            if let m = mixedFraction(r) { return (m, m.end) }
            if dv.digits <= 3 { r = spacedThousands(r) }
        }
        if let a = spacedAbbreviation(r, money: money) { return (a, a.end) }
        if let h = hourOfDay(r, dv) { return (h, h.end) }
        r.open = true
        return (r, r.end)
    }

    /// `21st`, `10k`, `12.32e+14`, `1.3x10^6`, `5pm`, `1990s`; a unit of measure
    /// glued on (`29km`) makes it no number. Nil when nothing is glued on.
    private func gluedSuffix(_ r: Reading, _ dv: DigitValue, money: Bool) -> (reading: Reading?, skip: Int)? {
        let j = r.end
        guard j < count, toks[j].glued, toks[j].kind == .word, !toks[j].hyphenated else { return nil }
        let w = toks[j]
        var out = r
        out.end = j + 1
        // `H-1B`, `F-16C`: letters on both sides make a code.
        if toks[r.first].glued, r.first > 0, toks[r.first - 1].kind == .word || isPunct(r.first - 1, "-") {
            return (nil, j + 1)
        }
        switch w.word {
        case .st, .nd, .rd, .th:
            guard dv.isInteger else { return (nil, j + 1) }
            out.kind = .ordinal; out.plainDigits = 0
            return (out, j + 1)
        case .s where dv.shape == .plain:
            // Decades: the 1990s, the '90s.
            if (dv.digits == 4 || (dv.digits == 2 && isPunct(r.first - 1, "'"))) && r.value.truncatingRemainder(dividingBy: 10) == 0 {
                out.kind = .year
                return (out, j + 1)
            }
            return (out, j + 1)
        case .am, .pm:
            guard dv.isInteger && r.value >= 1 && r.value <= 12 else { return (nil, j + 1) }
            out.kind = .time
            out.value = w.word == .pm ? (r.value == 12 ? 12 : r.value + 12) : (r.value == 12 ? 0 : r.value)
            return (out, j + 1)
        case .e:
            if let p = exponent(after: j + 1, base: r.value) { out.value = p.value; out.end = p.end; out.plainDigits = 0; return (out, p.end) }
        case .x:
            if let p = timesTenPower(r, at: j) { return (p, p.end) }
        default:
            break
        }
        if let scale = gluedScale(w, dv, money: money) {
            out.value *= scale; out.plainDigits = 0
            return (out, j + 1)
        }
        // A currency or a percent written after the amount stays for those rules (`115USD`, `5pc`).
        if w.has(.currencyCode) || w.has(.currency) || isPence(j) || w.word == .pc || w.word == .pct || w.word == .percent {
            return (r, r.end)
        }
        return (nil, j + 1)
    }

    /// Scale letters glued to digits: `k` thousand, `M` million (lowercase `m`
    /// only after a currency sign: `1m` is a metre), `bn`/`b` billion, `G` giga
    /// (`10G`; `5G` with one digit is a network generation, a name), `tn` trillion.
    private func gluedScale(_ w: NumTok, _ dv: DigitValue, money: Bool) -> Double? {
        guard w.has(.abbreviation), let lex = w.lex else { return nil }
        if w.count == 1 {
            switch s[w.start] {
            case "k", "K", "b", "B": return lex.value
            case "M": return lex.value
            case "m": return money ? lex.value : nil
            case "G": return dv.digits >= 2 || !dv.isInteger ? lex.value : nil
            default: return nil
            }
        }
        return lex.value
    }

    /// `10p`: pence glued on, below a hundred (`1080p` is a video resolution).
    func isPence(_ j: Int) -> Bool {
        guard j > 0, j < count, toks[j].kind == .word, toks[j].count == 1, s[toks[j].start] == "p", toks[j].glued,
              isDigits(j - 1) else { return false }
        return DigitValue.read(s, toks[j - 1].start, toks[j - 1].end).value < 100
    }

    /// `e+14`, `e-3`: signs then digits, all glued, from token `k`.
    private func exponent(after k: Int, base: Double) -> (value: Double, end: Int)? {
        guard let (e, end) = signedExponent(at: k) else { return nil }
        return (base * pow(10, e), end)
    }

    /// Signs and digits glued together from token `k` (`-1`, `+23`, `--23`): an exponent.
    private func signedExponent(at k: Int) -> (Double, Int)? {
        var j = k
        var negative = false
        while j < count, toks[j].glued, isPunct(j, "-") || isPunct(j, "+") {
            if isPunct(j, "-") { negative.toggle() }
            j += 1
        }
        guard isDigits(j), toks[j].glued else { return nil }
        let dv = DigitValue.read(s, toks[j].start, toks[j].end)
        guard dv.shape == .plain || dv.shape == .number else { return nil }
        return (negative ? -dv.value : dv.value, j + 1)
    }

    /// `1.1^23`, `2.5^-1`.
    private func power(_ r: Reading) -> Reading? {
        let j = r.end
        guard isPunct(j, "^"), toks[j].glued, let (e, end) = signedExponent(at: j + 1) else { return nil }
        var out = r
        out.value = pow(r.value, e); out.end = end; out.plainDigits = 0
        return out
    }

    /// `1.3x10^6`: the tokenizer gives `x` then the glued `10`.
    private func timesTenPower(_ r: Reading, at j: Int) -> Reading? {
        guard isDigits(j + 1), toks[j + 1].glued, s[toks[j + 1].start] == "1", toks[j + 1].count == 2,
              s[toks[j + 1].start + 1] == "0", isPunct(j + 2, "^"), toks[j + 2].glued,
              let (e, end) = signedExponent(at: j + 3) else { return nil }
        var out = r
        out.value = r.value * pow(10, e); out.end = end; out.plainDigits = 0
        return out
    }

    /// `3/4`, and the vulgar fractions NFKC spells out (`¾` -> `3⁄4`). Not when
    /// the digits are one link of a chain such as `+1-222-2222/2222` or a date.
    func slashFraction(_ k: Int) -> Reading? {
        guard isDigits(k), isSlash(k + 1), toks[k + 1].glued, isDigits(k + 2), toks[k + 2].glued else { return nil }
        if toks[k].glued, isPunct(k - 1, "-") || isPunct(k - 1, "/"), isDigits(k - 2) { return nil }
        if k + 3 < count, toks[k + 3].glued, toks[k + 3].kind != .word, !isPunct(k + 3, ".") && !isPunct(k + 3, ",") {
            return nil
        }
        let denominator = DigitValue.read(s, toks[k + 2].start, toks[k + 2].end)
        guard denominator.shape == .plain, denominator.value > 0 else { return nil }
        var numeratorStart = toks[k].start
        var whole = 0.0
        // A vulgar fraction after digits (`1½` -> `11⁄2`): only the digits that came from the `½` are its numerator.
        if s[toks[k + 1].start] == "\u{2044}", let slash = original(at: toks[k + 1].start) {
            while numeratorStart < toks[k].end - 1, original(at: numeratorStart) != slash { numeratorStart += 1 }
            if numeratorStart > toks[k].start {
                whole = DigitValue.number(s, toks[k].start, numeratorStart, decimalMark: nil)
            }
        }
        let numerator = DigitValue.number(s, numeratorStart, toks[k].end, decimalMark: nil)
        return Reading(first: k, end: k + 3, value: whole + numerator / denominator.value, fraction: true)
    }

    private func isSlash(_ k: Int) -> Bool { isPunct(k, "/") || isPunct(k, "\u{2044}") }

    /// `2 1/4`: a whole number, a space, a fraction smaller than one.
    private func mixedFraction(_ r: Reading) -> Reading? {
        let j = r.end
        guard isDigits(j), !toks[j].glued, toks[j].start - toks[j - 1].end <= 3, let f = slashFraction(j), f.value < 1 else { return nil }
        var out = r
        out.value += f.value; out.end = f.end; out.plainDigits = 0; out.fraction = true
        return out
    }

    /// `2017-07-30`, `7/30/2017`, `30/07/17`: a date; its value is the day.
    private func numericDate(_ r: Reading) -> Reading? {
        let k = r.first
        guard k + 4 < count, isDigits(k + 2), isDigits(k + 4), toks[k + 1].glued, toks[k + 2].glued, toks[k + 3].glued,
              toks[k + 4].glued else { return nil }
        let dash = isPunct(k + 1, "-") && isPunct(k + 3, "-")
        let slash = isPunct(k + 1, "/") && isPunct(k + 3, "/")
        guard dash || slash else { return nil }
        let a = r.value, b = DigitValue.read(s, toks[k + 2].start, toks[k + 2].end)
        let c = DigitValue.read(s, toks[k + 4].start, toks[k + 4].end)
        guard b.shape == .plain, c.shape == .plain else { return nil }
        var day: Double
        if dash && r.plainDigits == 4 && b.digits <= 2 && c.digits <= 2 {
            day = c.value
            guard b.value >= 1 && b.value <= 12 else { return nil }
        } else if slash && r.plainDigits <= 2 && b.digits <= 2 && (c.digits == 2 || c.digits == 4) {
            day = a > 12 ? a : b.value
            guard min(a, b.value) >= 1 && min(a, b.value) <= 12 else { return nil }
        } else {
            return nil
        }
        guard day >= 1 && day <= 31 else { return nil }
        return Reading(first: k, end: k + 5, value: day, kind: .date)
    }

    /// `9/11`: a month, then a day no fraction would have for its denominator
    /// (13 to 31; `3/4` stays three quarters).
    private func monthAndDay(_ r: Reading) -> Reading? {
        let k = r.first
        guard r.plainDigits <= 2, r.value >= 1, r.value <= 12, isPunct(k + 1, "/"), toks[k + 1].glued, isDigits(k + 2),
              toks[k + 2].glued, toks[k + 2].count == 2, !(k > 0 && toks[k].glued) else { return nil }
        let day = DigitValue.read(s, toks[k + 2].start, toks[k + 2].end)
        guard day.shape == .plain, day.value >= 13, day.value <= 31 else { return nil }
        if k + 3 < count, toks[k + 3].glued, isPunct(k + 3, "/") || toks[k + 3].kind == .digits { return nil }
        return Reading(first: k, end: k + 3, value: day.value, kind: .date)
    }

    /// `40 000`: groups of three digits after single spaces.
    private func spacedThousands(_ r: Reading) -> Reading {
        var out = r
        var j = r.end
        while isDigits(j), spaced(j), !toks[j].glued, toks[j].count == 3,
              DigitValue.read(s, toks[j].start, toks[j].end).shape == .plain,
              !(j + 1 < count && toks[j + 1].glued && !isPunct(j + 1, ".") && !isPunct(j + 1, ",")) {
            out.value = out.value * 1000 + DigitValue.number(s, toks[j].start, toks[j].end, decimalMark: nil)
            out.plainDigits = 0
            j += 1
        }
        out.end = j
        return out
    }

    /// `2.33 k`, `1,674,200.5 M`, `10 bln`: a scale abbreviation after a space
    /// (single lowercase `m`, `b`, `g` are units there: `5 m` is five metres).
    private func spacedAbbreviation(_ r: Reading, money: Bool) -> Reading? {
        let j = r.end
        guard j < count, !toks[j].glued, spaced(j), toks[j].kind == .word, toks[j].has(.abbreviation),
              let lex = toks[j].lex, !toks[j].has(.cardinal) else { return nil }
        if toks[j].count == 1 {
            let c = s[toks[j].start]
            guard c == "k" || c == "K" || c == "M" || (money && (c == "m" || c == "b")) else { return nil }
        }
        if j + 1 < count, toks[j + 1].glued, toks[j + 1].kind != .punct { return nil }
        var out = r
        out.value *= lex.value; out.end = j + 1; out.plainDigits = 0
        return out
    }

    /// `5 pm`, `10 a.m.`, `5 o'clock`.
    private func hourOfDay(_ r: Reading, _ dv: DigitValue) -> Reading? {
        let j = r.end
        guard dv.isInteger, r.value <= 24, j < count, toks[j].kind == .word, !toks[j].glued else { return nil }
        switch toks[j].word {
        case .am, .pm:
            guard r.value >= 1 && r.value <= 12 else { return nil }
            var out = Reading(first: r.first, end: j + 1, value: r.value, kind: .time)
            out.value = toks[j].word == .pm ? (r.value == 12 ? 12 : r.value + 12) : (r.value == 12 ? 0 : r.value)
            return out
        case .oclock:
            return Reading(first: r.first, end: j + 1, value: r.value, kind: .time)
        default:
            return nil
        }
    }

    /// A clock time with `a.m.`/`p.m.` after it.
    private func timeOfDay(_ r: Reading, hours: Double) -> Reading {
        let j = r.end
        guard j < count, toks[j].kind == .word, toks[j].word == .am || toks[j].word == .pm, hours < 13 else { return r }
        var out = r
        out.end = j + 1
        if toks[j].word == .pm && hours < 12 { out.value += 12 }
        if toks[j].word == .am && hours >= 12 { out.value -= 12 }
        return out
    }
}
