/// One piece of a numeral in words, or a run of digits inside one
/// (`4 thousand 3 hundred and 21`, `1 over twenty-one`).
struct NumberElement {
    /// `pluralScale`: a plural scale after a number (`3 dozens`, `5 lakhs`).
    enum Kind: UInt8 { case cardinal, ordinal, ordinalPlural, part, partPlural, digits, and, article, point, over, outOf, of, pluralScale }
    var kind: Kind
    var place: Lex.Place = .none
    var value: Double = 0
    /// The tokens it covers.
    var first: Int
    var end: Int
    /// Joined to the element before by a hyphen (`twenty-one`, `ninety - five`).
    var hyphenated = false
    /// Digits with no decimal part.
    var integer = true
    /// The word `one` (which, alone with a denominator, makes a fraction: `one eighth`).
    var isOne = false

    var isScale: Bool {
        switch kind {
        case .cardinal: return place == .scale || place == .dozen
        case .ordinal: return place == .scale
        case .pluralScale: return true
        default: return false
        }
    }
    /// Starts the fraction part of a number: a denominator word.
    var isDenominator: Bool { kind == .ordinal || kind == .ordinalPlural || kind == .part || kind == .partPlural }
}

extension NumberText {
    /// Whether the token after a run of digits could carry the numeral on in words.
    func continuesInWords(_ j: Int) -> Bool {
        if isPunct(j, "-"), toks[j].glued, j + 1 < count, toks[j + 1].glued, toks[j + 1].lex?.place == .scale,
           toks[j + 1].has(.cardinal) { return true }
        guard j < count, toks[j].kind == .word, let lex = toks[j].lex else { return false }
        if lex.tags.contains(.cardinal) || lex.tags.contains(.ordinal) || lex.tags.contains(.ordinalPlural) { return true }
        switch lex.word {
        case .and, .over, .out, .point, .half, .quarter, .quarters, .halves: return true
        default: return lex.tags.contains(.vague) && (lex.value == 12 || lex.value > 20)
        }
    }

    /// Whether a word token can begin a numeral in words.
    func startsWords(_ k: Int) -> Bool {
        guard let lex = toks[k].lex else { return false }
        if lex.tags.contains(.cardinal) || lex.tags.contains(.ordinal) || lex.tags.contains(.ordinalPlural) { return true }
        switch lex.word {
        case .half, .quarter, .quarters: return true
        case .a, .an:
            guard let next = k + 1 < count ? toks[k + 1].lex : nil else { return false }
            return next.tags.contains(.cardinal) || next.tags.contains(.ordinal) || next.word == .half || next.word == .quarter
        default: return false
        }
    }

    /// The elements of the numeral from token `k` (after `leading`, a run of digits already read).
    func elements(from k: Int, leading: Reading?) -> [NumberElement] {
        var els: [NumberElement] = []
        if let r = leading {
            els.append(NumberElement(kind: .digits, value: r.value, first: r.first, end: r.end,
                                     integer: r.value == r.value.rounded()))
        }
        var j = k
        var hyphen = false
        while j < count && els.count < 32 {
            let t = toks[j]
            if t.inAddress { break }
            let last = els.last?.kind
            let lastIsNumber = last == .cardinal || last == .digits
            if t.kind == .punct {
                // `$1.5-billion`: a hyphen between digits and their scale.
                if s[t.start] == "-", last == .digits, t.glued, j + 1 < count, toks[j + 1].glued, toks[j + 1].kind == .word,
                   toks[j + 1].lex?.place == .scale {
                    j += 1; continue
                }
                // A spaced hyphen between number words joins them (`ninety - five`, `one - fourth`).
                if s[t.start] == "-", !els.isEmpty, j + 1 < count, toks[j + 1].kind == .word,
                   toks[j + 1].has(.cardinal) || toks[j + 1].has(.ordinal) || toks[j + 1].has(.ordinalPlural) {
                    hyphen = true; j += 1; continue
                }
                break
            }
            if t.kind == .digits {
                guard last == .and || last == .over || last == .outOf || (last == .cardinal && els.last!.isScale)
                        || (last == .cardinal && els.last!.place == .hundred) else { break }
                let (r, _) = digitsNumeral(at: j, money: false)
                guard let r, r.open, r.kind == .cardinal else { break }
                els.append(NumberElement(kind: .digits, value: r.value, first: j, end: r.end, integer: r.value == r.value.rounded()))
                j = r.end
                continue
            }
            guard let lex = t.lex else { break }
            var e = NumberElement(kind: .cardinal, place: lex.place, value: lex.value, first: j, end: j + 1,
                                  hyphenated: t.hyphenated || hyphen)
            hyphen = false
            if lex.tags.contains(.cardinal) {
                e.isOne = lex.word == .one
            } else if lex.tags.contains(.ordinal) {
                e.kind = .ordinal
            } else if lex.tags.contains(.ordinalPlural) {
                // `firsts` and `seconds` are denominators only after a tens word: `three twenty-firsts`.
                if lex.value <= 2 && !(t.hyphenated && els.last?.place == .tens) { break }
                e.kind = .ordinalPlural
            } else if lex.word == .half || lex.word == .quarter {
                e.kind = .part; e.value = lex.word == .half ? 2 : 4
            } else if lex.word == .halves || lex.word == .quarters {
                e.kind = .partPlural; e.value = lex.word == .halves ? 2 : 4
            } else if lex.tags.contains(.vague) && lex.value > 20 || lex.value == 12, lex.tags.contains(.vague), lastIsNumber {
                e.kind = .pluralScale; e.place = lex.value == 12 ? .dozen : .scale
            } else {
                switch lex.word {
                case .and where !els.isEmpty: e.kind = .and
                case .a, .an:
                    guard els.isEmpty || last == .and || last == .of || last == .part || last == .partPlural else { return els }
                    e.kind = .article
                case .point where lastIsNumber: e.kind = .point
                case .over where lastIsNumber: e.kind = .over
                case .out where lastIsNumber && isWord(j + 1, .of):
                    e.kind = .outOf; e.end = j + 2
                case .of where last == .part || last == .partPlural || last == .ordinalPlural: e.kind = .of
                default: return els
                }
            }
            els.append(e)
            j = e.end
        }
        return els
    }
}

/// The grammar of English numerals over elements: cardinals (`one hundred
/// and six`, `twenty-one trillion and three hundred`, `three lakh crore`),
/// ordinals (`one hundred twenty-fifth`), decimals (`five point five`) and
/// fractions (`two thirds`, `one and a half`, `a hundred thousand trillionths`,
/// `1 over three`, `quarter million`).
struct WordNumber {
    struct Parsed {
        var value: Double
        /// The element after the last one read.
        var next: Int
        var ordinal = false
        /// The scale the last part was multiplied by (`million` in `3 million`), 0 if none.
        var scale: Double = 0
        var fraction = false
        /// A fraction followed by a scale (`a half million`): its value before the scale, and the scale.
        var fractionScale: Double = 0
        var unscaled: Double = 0
        /// `half` or `quarter` with no number before it.
        var bare = false
    }

    let els: [NumberElement]
    /// The block's tokens, for what follows a fraction (only the tokens: a
    /// copy of the whole `NumberText` would retain all its arrays).
    let toks: [NumTok]?
    var n: Int { els.count }

    init(_ els: [NumberElement], _ text: NumberText?) { self.els = els; self.toks = text?.toks }

    /// The longest reading from the first element.
    func read() -> Parsed? { read(0) }

    func read(_ p: Int) -> Parsed? {
        var best: Parsed? = nil
        if var c = cardinal(p), c.next > p {
            if !c.ordinal, let t = fractionTail(c) { c = t }
            best = c
        }
        if let f = fraction(p), f.next > (best?.next ?? p) { best = f }
        return best
    }

    // MARK: cardinals and ordinals

    /// A number below a thousand, or digits: `seven`, `ninety-five hundred`,
    /// `three hundred and twenty second`, `a hundred`, `two point seventy-one`.
    func group(_ p: Int) -> Parsed? {
        guard p < n else { return nil }
        let e = els[p]
        var v: Double
        var q: Int
        switch e.kind {
        case .digits:
            v = e.value; q = p + 1
        case .article:
            // `a hundred`, `a million`; `a hundredth` is a fraction.
            guard p + 1 < n, els[p + 1].kind == .cardinal else { return nil }
            switch els[p + 1].place {
            case .hundred: v = 1; q = p + 1
            case .scale, .dozen: return Parsed(value: 1, next: p + 1)
            default: return nil
            }
        case .cardinal:
            switch e.place {
            case .zero:
                v = 0; q = p + 1
            case .unit, .teen:
                v = e.value; q = p + 1
            case .tens:
                v = e.value; q = p + 1
                if q < n, els[q].place == .unit {
                    if els[q].kind == .cardinal { v += els[q].value; q += 1 }
                    else if els[q].kind == .ordinal { return Parsed(value: v + els[q].value, next: q + 1, ordinal: true) }
                } else if q + 1 < n, els[q].kind == .and, els[q + 1].kind == .cardinal, els[q + 1].place == .unit,
                          !(q + 2 < n && els[q + 2].isDenominator) {
                    // `twenty and three`
                    v += els[q + 1].value; q += 2
                }
            case .hundred:
                v = 1; q = p
            case .scale, .dozen:
                // A bare scale word at the start: `thousand` in `over a "thousand"`.
                return p == 0 ? Parsed(value: 1, next: p) : nil
            case .none:
                return nil
            }
        case .ordinal:
            return Parsed(value: e.value, next: p + 1, ordinal: true)
        default:
            return nil
        }
        if q < n, els[q].place == .hundred, v >= 1, v < 100 {
            if els[q].kind == .ordinal { return Parsed(value: v * 100, next: q + 1, ordinal: true) }
            if els[q].kind == .cardinal {
                v *= 100; q += 1
                var r = q
                if r < n, els[r].kind == .and { r += 1 }
                if let sub = belowHundred(r), !(r > q && sub.next < n && els[sub.next].isDenominator && !sub.ordinal) {
                    v += sub.value; q = sub.next
                    if sub.ordinal { return Parsed(value: v, next: q, ordinal: true) }
                }
            }
        }
        if q < n, els[q].kind == .point, let (d, end) = decimals(q + 1) { v += d; q = end }
        return Parsed(value: v, next: q)
    }

    /// What may follow `hundred`: `six`, `twenty-five`, `and 21`, `twenty second`.
    func belowHundred(_ r: Int) -> Parsed? {
        guard r < n else { return nil }
        let e = els[r]
        switch (e.kind, e.place) {
        case (.cardinal, .tens):
            if r + 1 < n, els[r + 1].place == .unit {
                if els[r + 1].kind == .cardinal { return Parsed(value: e.value + els[r + 1].value, next: r + 2) }
                if els[r + 1].kind == .ordinal { return Parsed(value: e.value + els[r + 1].value, next: r + 2, ordinal: true) }
            }
            return Parsed(value: e.value, next: r + 1)
        case (.cardinal, .unit), (.cardinal, .teen):
            return Parsed(value: e.value, next: r + 1)
        case (.ordinal, .unit), (.ordinal, .teen), (.ordinal, .tens):
            return Parsed(value: e.value, next: r + 1, ordinal: true)
        case (.digits, _) where e.integer && e.value < 100:
            return Parsed(value: e.value, next: r + 1)
        default:
            return nil
        }
    }

    /// `point seventy-one` (.71), `point nought four` (.04): digits after the decimal point.
    func decimals(_ r: Int) -> (Double, Int)? {
        guard r < n, els[r].kind == .cardinal else { return nil }
        if els[r].place == .tens || els[r].place == .teen {
            var v = els[r].value
            var q = r + 1
            if els[r].place == .tens, q < n, els[q].kind == .cardinal, els[q].place == .unit { v += els[q].value; q += 1 }
            return (v / 100, q)
        }
        var digits: [Double] = []
        var q = r
        while q < n, els[q].kind == .cardinal, els[q].place == .unit || els[q].place == .zero {
            digits.append(els[q].value); q += 1
        }
        guard !digits.isEmpty else { return nil }
        var v = 0.0, unit = 0.1
        for d in digits { v += d * unit; unit /= 10 }
        return (v, q)
    }

    /// A whole number: groups times decreasing scales, each part smaller than
    /// the scale before it (`two hundred and two thousand`, `4 thousand 3 hundred and 21`).
    func cardinal(_ p: Int) -> Parsed? {
        guard let g = group(p) else { return nil }
        if g.ordinal { return g }
        var q = g.next
        guard q < n, els[q].isScale else { return g.next > p ? g : nil }
        var sc = els[q].value
        var chunk = g.value * sc
        if els[q].kind == .ordinal { return Parsed(value: chunk, next: q + 1, ordinal: true, scale: sc) }
        q += 1
        // `lakh crore`, `thousand million`: a larger scale multiplies.
        while q < n, els[q].kind == .cardinal, els[q].place == .scale, els[q].value > sc {
            chunk *= els[q].value; sc *= els[q].value; q += 1
        }
        if q < n, els[q].kind == .ordinal, els[q].place == .scale, els[q].value > sc {
            return Parsed(value: chunk * els[q].value, next: q + 1, ordinal: true, scale: sc * els[q].value)
        }
        var result = Parsed(value: chunk, next: q, scale: sc)
        var r = q
        if r < n, els[r].kind == .and { r += 1 }
        if r < n, els[r].kind != .article, let rest = cardinal(r), rest.next > r, rest.value < sc,
           !(rest.next < n && els[rest.next].isDenominator && !rest.ordinal) {
            result.value += rest.value
            result.next = rest.next
            result.ordinal = rest.ordinal
            result.scale = rest.scale
        }
        return result
    }

    // MARK: fractions

    /// `one and a half`, `3 million and a half` (the fraction of the million),
    /// `one billion and a half million`, `one hundred and three and two thirds`.
    func fractionTail(_ c: Parsed) -> Parsed? {
        guard c.next < n, els[c.next].kind == .and, let f = fraction(c.next + 1), !f.bare || f.fractionScale > 0 else { return nil }
        var v: Double
        if f.fractionScale > 0 {
            // `one and a half million` is 1.5 million; `one billion and a half million` adds half a million.
            v = c.scale > 0 ? c.value + f.value : (c.value + f.unscaled) * f.fractionScale
        } else {
            v = c.value + f.value * (c.scale >= 1000 ? c.scale : 1)
        }
        return Parsed(value: v, next: f.next, fraction: true)
    }

    /// A fraction, times the scale after it (`quarter million`, `half a million`,
    /// `three quarters of a billion`).
    func fraction(_ p: Int) -> Parsed? {
        guard p < n, var f = bareFraction(p) else { return nil }
        var q = f.next
        if q + 1 < n, els[q].kind == .of, els[q + 1].kind == .article { q += 2 }
        else if q < n, els[q].kind == .article { q += 1 }
        if q < n, els[q].kind == .cardinal, els[q].place == .scale || els[q].place == .dozen || els[q].place == .hundred {
            f.unscaled = f.value
            f.fractionScale = els[q].value
            f.value *= els[q].value
            f.next = q + 1
        }
        return f
    }

    func bareFraction(_ p: Int) -> Parsed? {
        let e = els[p]
        if e.kind == .article || e.isOne, let d = singularDenominator(p + 1) {
            return Parsed(value: 1 / d.value, next: d.next, fraction: true)
        }
        if e.kind == .part {
            return Parsed(value: 1 / e.value, next: p + 1, fraction: true, bare: true)
        }
        if let f = wordFraction(p) { return f }
        return prepositionFraction(p)
    }

    /// After `a` or `one`: `half`, `quarter`, `third`, `twenty-first`, `hundredth`
    /// (not `first` or `second`: `a second` is a time).
    func singularDenominator(_ i: Int) -> Parsed? {
        guard i < n else { return nil }
        let e = els[i]
        if e.kind == .part { return Parsed(value: e.value, next: i + 1) }
        if e.kind == .cardinal, e.place == .tens, i + 1 < n, els[i + 1].kind == .ordinal, els[i + 1].place == .unit {
            return Parsed(value: e.value + els[i + 1].value, next: i + 2)
        }
        if e.kind == .ordinal, e.value > 2 || e.place != .unit { return Parsed(value: e.value, next: i + 1) }
        return nil
    }

    /// Number words then a denominator: `two thirds`, `three quarters`,
    /// `twenty twenty fifths` (20/25), `one hundred thirty fifths` (100/35),
    /// `one one hundred fifth` (1/105). Where the words could be split several
    /// ways, the denominator takes the ordinal compound that ends the phrase.
    func wordFraction(_ p: Int) -> Parsed? {
        var k = p
        if k < n, els[k].kind == .article { k += 1 }
        while k < n, els[k].kind == .cardinal, els[k].place != .zero { k += 1 }
        guard k > p, k < n, k - p <= 12, els[k].isDenominator, !(k == p + 1 && els[p].kind == .article) else { return nil }
        let w = Array(els[p..<k])
        let d = els[k]
        var dSingular = d
        if d.kind == .ordinalPlural { dSingular.kind = .ordinal }
        let result = { (v: Double) in Parsed(value: v, next: k + 1, fraction: true) }
        switch d.kind {
        case .partPlural:
            guard let num = Self.whole(w) else { return nil }
            return result(num / d.value)
        case .part:
            return nil
        case .ordinalPlural:
            if Self.ordinalValue(w + [dSingular]) != nil {
                var split = w.count
                for i in 1...w.count where Self.elementValue(w[i - 1]) >= 100 && (i < w.count ? Self.elementValue(w[i]) : d.value) < 100 {
                    split = i; break
                }
                guard let num = Self.whole(Array(w[..<split])),
                      let den = split == w.count ? d.value : Self.ordinalValue(Array(w[split...]) + [dSingular]) else { return nil }
                return result(num / den)
            }
            for i in 1...w.count {
                guard let num = Self.whole(Array(w[..<i])) else { continue }
                if i == w.count { return result(num / d.value) }
                if let den = Self.ordinalValue(Array(w[i...]) + [dSingular]) { return result(num / den) }
            }
            return nil
        default:
            // A singular ordinal: an ordinal when the words compose with it (`one hundred twenty-fifth`),
            // else a fraction of one (`one one hundred fifth`).
            if Self.ordinalValue(w + [d]) != nil { return nil }
            for i in 1...w.count where Self.whole(Array(w[..<i])) == 1 && (w[0].isOne || w[0].kind == .article) {
                if i == w.count { return d.value > 2 || d.place != .unit ? result(1 / d.value) : nil }
                if let den = Self.ordinalValue(Array(w[i...]) + [d]) { return result(1 / den) }
            }
            return nil
        }
    }

    /// `1 over three`, `2000 over 3`, `one out of three` (never more out of
    /// fewer: `12 out of 10` is two numbers). Not `over` before a counted
    /// noun: `5 over 10 years` is a bound.
    func prepositionFraction(_ p: Int) -> Parsed? {
        guard let num = cardinal(p), !num.ordinal, num.next < n, num.value == num.value.rounded() else { return nil }
        let sep = els[num.next].kind
        guard sep == .over || sep == .outOf, let den = cardinal(num.next + 1), !den.ordinal, den.value > 0,
              den.value == den.value.rounded() else { return nil }
        if sep == .outOf && num.value > den.value { return nil }
        if sep == .over, let toks {
            let after = els[den.next - 1].end
            if after < toks.count, toks[after].kind == .word, !toks[after].has(.function),
               !toks[after].has(.verbish) { return nil }
        }
        return Parsed(value: num.value / den.value, next: den.next, fraction: true)
    }

    // MARK: sub-phrases

    static func elementValue(_ e: NumberElement) -> Double { e.kind == .article ? 1 : e.value }

    /// The value of elements that make one whole number and nothing else.
    static func whole(_ w: [NumberElement]) -> Double? {
        let g = WordNumber(w, nil)
        guard let c = g.cardinal(0), c.next == w.count, !c.ordinal else { return nil }
        return c.value
    }

    /// The value of elements that make one ordinal and nothing else.
    static func ordinalValue(_ w: [NumberElement]) -> Double? {
        let g = WordNumber(w, nil)
        guard let c = g.cardinal(0), c.next == w.count, c.ordinal else { return nil }
        return c.value
    }
}
