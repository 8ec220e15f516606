import ClaimlineCore

/// What the words around a numeral say about it: the approximator or bound
/// before it, the noun it counts, and whether a bare number is a day, a year
/// or part of a name.
extension NumberText {
    /// Bounds and approximators, longest first, with the canonical form written out.
    static let approximators: [([Word], String)] = [
        ([.plus, .or, .minus], "plus or minus"), ([.in, .excess, .of], "more than"), ([.upwards, .of], "more than"), ([.more, .than], "more than"),
        ([.greater, .than], "more than"), ([.just, .over], "more than"), ([.over], "more than"), ([.above], "more than"),
        ([.no, .less, .than], "at least"), ([.no, .fewer, .than], "at least"), ([.not, .less, .than], "at least"),
        ([.a, .minimum, .of], "at least"), ([.at, .least], "at least"),
        ([.no, .more, .than], "at most"), ([.not, .more, .than], "at most"), ([.a, .maximum, .of], "at most"),
        ([.at, .most], "at most"),
        ([.less, .than], "less than"), ([.fewer, .than], "less than"), ([.just, .under], "nearly"),
        ([.under], "less than"), ([.below], "less than"),
        ([.as, .many, .as], "up to"), ([.as, .much, .as], "up to"), ([.up, .to], "up to"),
        ([.just, .shy, .of], "nearly"), ([.close, .to], "nearly"), ([.nearly], "nearly"), ([.almost], "nearly"),
        ([.an, .estimated], "about"), ([.estimated], "about"), ([.about], "about"), ([.around], "about"),
        ([.roughly], "about"), ([.approximately], "about"), ([.approx], "about"), ([.some], "about"), ([.circa], "about"),
    ]

    /// The bound or approximator just before token `k` (past a quote mark and
    /// an article: `over a "thousand"`, `more than a dozen`).
    func approximator(before k: Int) -> String? {
        var j = k - 1
        if isPunct(j, "\"") || isPunct(j, "'") { j -= 1 }
        if isWord(j, .a) || isWord(j, .an) { j -= 1 }
        guard j >= 0, toks[j].kind == .word, toks[j].word != .other else { return nil }
        for (phrase, canonical) in Self.approximatorsByLastWord[Int(toks[j].word.rawValue)] {
            let m = phrase.count
            guard j - m + 1 >= 0 else { continue }
            var ok = true
            for (i, w) in phrase.enumerated() where !isWord(j - m + 1 + i, w) { ok = false; break }
            if ok { return canonical }
        }
        return nil
    }

    /// `approximators` by the raw value of their last word, in their order.
    static let approximatorsByLastWord: [[([Word], String)]] = {
        var byLast = [[([Word], String)]](repeating: [], count: 256)
        for a in approximators { byLast[Int(a.0.last!.rawValue)].append(a) }
        return byLast
    }()

    /// `100 or more`, `20 or so`: a bound after the number, and the token after it.
    func approximator(after j: Int) -> (String, Int)? {
        guard isWord(j, .or) else { return nil }
        if isWord(j + 1, .more) { return ("at least", j + 2) }
        if isWord(j + 1, .so) { return ("about", j + 2) }
        if isWord(j + 1, .less) || isWord(j + 1, .fewer) { return ("at most", j + 2) }
        return nil
    }

    /// The noun a number counts: in the noun phrase after it (up to four
    /// words, ending at a function word, a verb, a number or punctuation), the
    /// first plural, else its last word (`755 staff`, `35 suspected Russian
    /// spies`, `one person`). `of` may come first after vague numbers and
    /// percentages (`hundreds of diplomatic staff`). A hyphenated unit counts
    /// itself (`a 10-year sentence`: year). A closing quote mark after the
    /// number is passed over.
    func counted(after j: Int, throughOf: Bool) -> Int? {
        var k = j
        if isPunct(k, "-"), toks[k].glued, k + 1 < count, toks[k + 1].glued, toks[k + 1].kind == .word { k += 1 }
        if k < count, toks[k].kind == .word, toks[k].hyphenated || k > j, !toks[k].has(.function) { return k }
        k = j
        // A number in scare quotes still counts what follows (`a "thousand" employees`).
        if isPunct(k, "\""), toks[k].glued, k + 1 < count, !toks[k + 1].glued { k += 1 }
        if throughOf, isWord(k, .of) {
            k += 1
            if k < count, toks[k].kind == .word, toks[k].has(.function), toks[k].letterCase != .upper, k + 1 < count { k += 1 }
        }
        var last: Int? = nil
        var n = 0
        while k < count, n < 4 {
            let t = toks[k]
            guard t.kind == .word, !t.inAddress else { break }
            if t.hyphenated && last == nil { break }
            if let lex = t.lex {
                let acronym = t.letterCase == .upper && t.count >= 2
                if (lex.tags.contains(.function) && !acronym) || lex.tags.contains(.verbish) || lex.tags.contains(.month)
                    || lex.tags.contains(.weekday) || lex.tags.contains(.cardinal) || lex.tags.contains(.ordinal) { break }
            }
            if isPlural(k) { return k }
            // A participle after a noun is its verb (`one strategist described`); before one, an adjective.
            if last != nil && (endsWith(k, "ed") || endsWith(k, "ing")) { break }
            if !endsWith(k, "ly") && !endsWith(k, "ed") { last = k }
            n += 1
            k += 1
        }
        return last
    }

    /// `diplomats`, `people`, `staff`: plural-looking nouns.
    func isPlural(_ k: Int) -> Bool {
        let t = toks[k]
        guard t.kind == .word else { return false }
        if let lex = t.lex, lex.tags.contains(.function) || lex.tags.contains(.verbish) { return false }
        if Self.irregularPlurals.contains(NumberLexicon.key(s, t.start..<t.end) ?? 0) { return true }
        guard t.count > 3, s[t.end - 1] == "s" || s[t.end - 1] == "S" else { return false }
        let before = s[t.end - 2]
        return before != "s" && before != "u" && before != "i" && before != "'" && before != "S" && before != "U"
    }

    static let irregularPlurals: Set<UInt64> = Set(["people", "men", "women", "children", "staff", "personnel", "police",
                                                    "cattle", "feet", "teeth", "geese", "mice", "folk", "youth", "crew",
                                                    "clergy", "livestock", "militia"].map { NumberLexicon.key($0) })

    /// Word `k` is longer than the ASCII `suffix` and ends with it, in that case.
    private func endsWith(_ k: Int, _ suffix: StaticString) -> Bool {
        let t = toks[k]
        let n = suffix.utf8CodeUnitCount
        guard t.count > n else { return false }
        let u = suffix.utf8Start
        for i in 0..<n where s[t.end - n + i].value != UInt32(u[i]) { return false }
        return true
    }

    /// What a bare run of digits is by its neighbours: a day next to a month
    /// (`July 4`, `4 July`, `Sept. 11`), a year (`2014`, not `2000 people`), a
    /// number inside a name (`Russia 24`, `Boeing 737`, `COVID-19`, `G20`), or a cardinal.
    func contextKind(_ r: Reading) -> NumberKind {
        let k = r.first
        if r.plainDigits >= 1 && r.plainDigits <= 2 && r.value >= 1 && r.value <= 31 && (monthBefore(k) || monthAfter(r.end)) {
            return .date
        }
        if r.plainDigits == 4 && r.value >= 1000 && r.value <= 2100 {
            let round = r.value.truncatingRemainder(dividingBy: 100) == 0
            if !(round && r.end < count && isPlural(r.end)) { return .year }
        }
        if r.plainDigits > 0 || (r.spelled && r.end == r.first + 1 && toks[r.first].letterCase == .capitalized), partOfName(r) {
            return .name
        }
        return .cardinal
    }

    private func monthBefore(_ k: Int) -> Bool {
        var j = k - 1
        if isPunct(j, ".") { j -= 1 }
        return isMonth(j)
    }

    private func monthAfter(_ j: Int) -> Bool {
        var k = j
        if isWord(k, .of) { k += 1 }
        return isMonth(k) && toks[k].letterCase != .lower
    }

    /// A month name; `May` and `March` only capitalized (`may` is a verb).
    func isMonth(_ j: Int) -> Bool {
        guard wordHas(j, .month), let m = toks[j].lex?.month else { return false }
        if (m == 5 || m == 3) && toks[j].letterCase == .lower { return false }
        return true
    }

    /// Right after a capitalized word that is not a function word, with no
    /// counted plural after (`Rossiya 1 TV`, not `Ordering 755 American Diplomats`).
    private func partOfName(_ r: Reading) -> Bool {
        var j = r.first - 1
        let hyphen = isPunct(j, "-") && toks[j].glued && toks[r.first].glued
        if hyphen { j -= 1 }
        guard j >= 0, toks[j].kind == .word else { return false }
        let w = toks[j]
        let gluedOn = toks[r.first].glued && !hyphen
        if hyphen && !w.glued && w.letterCase == .lower { return false }
        if !gluedOn && !hyphen {
            guard spaced(r.first), w.letterCase != .lower else { return false }
        }
        if let lex = w.lex {
            let blocked: Lex.Tags = [.function, .notName, .month, .weekday, .verbish, .currency, .currencyCode, .cardinal, .ordinal]
            if !lex.tags.isDisjoint(with: blocked) && !(gluedOn && w.letterCase == .upper) { return false }
            if lex.word != .other && !gluedOn { return false }
        }
        // `Florida's 99`: a possessive owns the number, it does not name it.
        if w.count > 2, s[w.end - 1] == "s" || s[w.end - 1] == "S", s[w.end - 2] == "'" { return false }
        // Written after a space, a number followed by what it counts is a quantity (`Ordering 755 American Diplomats`);
        // joined to the word (`COVID-19 cases`, `G20 leaders`) it stays part of the name.
        if !gluedOn && !hyphen, r.end < count, toks[r.end].kind == .word,
           counted(after: r.end, throughOf: false).map(isPlural) == true { return false }
        // `41-year-old`, `Trump 458 to 359`, `beat Sabres 4-1`, `Drink 20-30 minutes`: a measure, a score, a range.
        if isPunct(r.end, "-"), toks[r.end].glued, r.end + 1 < count, toks[r.end + 1].glued {
            if toks[r.end + 1].kind == .word || (toks[r.end + 1].kind == .digits && !gluedOn && !hyphen) { return false }
        }
        if isWord(r.end, .to), isDigits(r.end + 1) { return false }
        return true
    }

    /// `one` as a pronoun: `this one`, `the first one`, `the only one who`, `one another`.
    func isPronounOne(_ r: Reading) -> Bool {
        guard r.spelled, r.end == r.first + 1, isWord(r.first, .one) else { return false }
        let k = r.first
        if isWord(k + 1, .another) { return true }
        let determiners: [Word] = [.this, .that, .the, .which, .each, .every, .any, .another, .no, .a, .an]
        if k > 0, toks[k - 1].kind == .word {
            if determiners.contains(toks[k - 1].word) || toks[k - 1].has(.ordinal) { return true }
            let nounFollows = k + 1 < count && toks[k + 1].kind == .word && !toks[k + 1].has(.function) && !toks[k + 1].has(.verbish)
            if k > 1, toks[k - 2].kind == .word, [.the, .a, .an, .this, .that].contains(toks[k - 2].word), !nounFollows {
                return true
            }
        }
        return false
    }
}
