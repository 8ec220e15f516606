import ClaimlineCore

/// Finds numbers in the body and resolves them: digits with separators,
/// number words, scale words (`1.5 million`), percentages, money, years,
/// times, numbers that are part of names (`Russia 24`), the approximator
/// before a number and the noun it counts.
enum NumberFinder {
    static func find(_ v: BodyView) -> [NumberMention] {
        var out: [NumberMention] = []
        for b in v.blocks {
            let toks = Tokenizer.tokens(v.norm, in: b.span.range)
            var k = 0
            while k < toks.count {
                if let (m, next) = NumberGrammar.mention(at: k, toks, v.norm) {
                    var m = m
                    m.span = v.toOriginal(m.span)
                    out.append(m)
                    k = next
                } else {
                    k += 1
                }
            }
        }
        return out
    }
}

/// The rules that read one number mention starting at a token.
enum NumberGrammar {
    static let units: [String: Int] = ["zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
                                       "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
                                       "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
                                       "nineteen": 19]
    static let tens: [String: Int] = ["twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
                                      "eighty": 80, "ninety": 90]
    static let scales: [String: Double] = ["hundred": 100, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
                                           "bn": 1e9, "m": 1e6, "k": 1e3, "mn": 1e6, "tn": 1e12]
    static let vagueScales: [String: Double] = ["hundreds": 100, "thousands": 1e3, "millions": 1e6, "billions": 1e9,
                                                "dozens": 12, "tens": 10]
    static let months: Set<String> = ["january", "february", "march", "april", "may", "june", "july", "august", "september",
                                      "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
                                      "sep", "sept", "oct", "nov", "dec"]
    static let approximators: [[String]] = [["more", "than"], ["less", "than"], ["fewer", "than"], ["at", "least"],
                                            ["at", "most"], ["up", "to"], ["as", "many", "as"], ["nearly"], ["almost"],
                                            ["about"], ["around"], ["roughly"], ["approximately"], ["some"], ["over"],
                                            ["under"], ["estimated"], ["only"], ["just"]]
    /// Words after a number that are not what it counts.
    static let notCounted: Set<String> = ["by", "to", "of", "in", "on", "at", "for", "from", "and", "or", "but", "the", "a",
                                          "an", "will", "would", "must", "have", "has", "had", "were", "was", "are", "is",
                                          "be", "been", "that", "which", "who", "with", "as", "than", "per", "percent",
                                          "cent", "could", "should", "can", "may", "might", "this", "these", "those", "it",
                                          "they", "he", "she", "we", "when", "after", "before", "since", "until", "more",
                                          "new", "other", "such"]
    /// Capitalised words before a number that do not make it a name.
    static let notNames: Set<String> = ["in", "on", "at", "by", "since", "until", "from", "to", "of", "for", "and", "the",
                                        "about", "over", "under", "nearly", "almost", "some", "after", "before", "with",
                                        "only", "just", "around", "than", "all", "but", "or", "no", "page", "chapter"]

    static func word(_ t: Token, _ s: [Unicode.Scalar]) -> String { s.string(t.span).lowercased() }

    /// A mention starting at token `k`, and the index of the token after it.
    static func mention(at k: Int, _ toks: [Token], _ s: [Unicode.Scalar]) -> (NumberMention, Int)? {
        let t = toks[k]
        var value: Double
        var end = k + 1
        var kind = NumberKind.cardinal
        var approx: String? = nil
        var unit: String? = nil
        var start = t.span.start

        if t.kind == .number {
            let raw = s.string(t.span)
            if raw.contains(":") {
                let parts = raw.split(separator: ":")
                guard parts.count == 2, let h = Int(parts[0]), h < 24, parts[1].count == 2 else { return nil }
                return (NumberMention(span: t.span, value: Double(h), kind: .time), end)
            }
            guard let v = Double(String(raw.filter { $0 != "," })) else { return nil }
            value = v
        } else if t.kind == .word {
            let w = word(t, s)
            if let v = vagueScales[w] {
                return (NumberMention(span: t.span, value: v, kind: .cardinal, approx: w, counts: counted(after: end, toks, s)), end)
            }
            guard let (v, e) = wordNumber(k, toks, s) else { return nil }
            value = v; end = e
        } else { return nil }

        // Scale words: "1.5 million", "$75m".
        if end < toks.count, toks[end].kind == .word, let sc = scales[word(toks[end], s)],
           t.kind == .number || sc >= 1e3, adjacent(toks[end - 1], toks[end]) {
            value *= sc; end += 1
        }
        // Currency before: "$75", "£3.2bn".
        if k > 0, toks[k - 1].kind == .punct, let cur = currency(s[toks[k - 1].span.start]), toks[k - 1].span.end == t.span.start {
            kind = .money; unit = cur; start = toks[k - 1].span.start
        }
        // Percent after.
        if end < toks.count {
            let w = word(toks[end], s)
            if toks[end].kind == .punct && s[toks[end].span.start] == "%" { kind = .percent; unit = "%"; end += 1 }
            else if w == "percent" { kind = .percent; unit = "%"; end += 1 }
            else if w == "per", end + 1 < toks.count, word(toks[end + 1], s) == "cent" { kind = .percent; unit = "%"; end += 2 }
        }
        // Years, and numbers that are part of a name.
        if kind == .cardinal && t.kind == .number {
            let raw = s.string(t.span)
            if raw.count == 4, !raw.contains(","), !raw.contains("."), value >= 1800, value <= 2100, end == k + 1,
               !(end < toks.count && isPluralNoun(toks[end], s)) {
                kind = .year
            } else if k > 0, toks[k - 1].kind == .word, s[toks[k - 1].span.start].properties.isUppercase,
                      !notNames.contains(word(toks[k - 1], s)), !months.contains(word(toks[k - 1], s)),
                      !(end < toks.count && isPluralNoun(toks[end], s)) {
                kind = .name
            }
            if k > 0, toks[k - 1].kind == .word, months.contains(word(toks[k - 1], s)) { kind = .date }
        }
        approx = approximator(before: k, toks, s)
        let counts = kind == .cardinal || kind == .money || kind == .percent ? counted(after: end, toks, s) : nil
        let span = Span(start, toks[end - 1].span.end)
        return (NumberMention(span: span, value: value, kind: kind, approx: approx, counts: kind == .cardinal ? counts : nil, unit: unit), end)
    }

    /// "two", "twenty-five", "one hundred and twenty", "a thousand".
    static func wordNumber(_ k: Int, _ toks: [Token], _ s: [Unicode.Scalar]) -> (Double, Int)? {
        var total = 0.0, current = 0.0
        var i = k
        var any = false
        while i < toks.count, toks[i].kind == .word {
            let w = word(toks[i], s)
            let parts = w.split(separator: "-").map(String.init)
            if parts.count == 2, let t = tens[parts[0]], let u = units[parts[1]] { current += Double(t + u) }
            else if let u = units[w] { current += Double(u) }
            else if let t = tens[w] { current += Double(t) }
            else if w == "hundred", any || current > 0 { current = max(current, 1) * 100 }
            else if let sc = scales[w], sc >= 1e3, w.count > 2, any { total += max(current, 1) * sc; current = 0 }
            else if w == "and", any, i + 1 < toks.count, toks[i + 1].kind == .word,
                    units[word(toks[i + 1], s)] != nil || tens[word(toks[i + 1], s)] != nil { i += 1; continue }
            else { break }
            any = true
            i += 1
        }
        guard any else { return nil }
        return (total + current, i)
    }

    static func approximator(before k: Int, _ toks: [Token], _ s: [Unicode.Scalar]) -> String? {
        // Skip "a" and quote marks between ("over a \"thousand\"").
        var j = k - 1
        if j >= 0, toks[j].kind == .punct, s[toks[j].span.start] == "$" || currency(s[toks[j].span.start]) != nil { j -= 1 }
        while j >= 0, toks[j].kind == .punct, s[toks[j].span.start] == "\"" { j -= 1 }
        if j >= 0, word(toks[j], s) == "a" { j -= 1 }
        for phrase in approximators {
            let n = phrase.count
            guard j - n + 1 >= 0 else { continue }
            if (0..<n).allSatisfy({ word(toks[j - n + 1 + $0], s) == phrase[$0] }) {
                return phrase == ["over"] ? "more than" : phrase.joined(separator: " ")
            }
        }
        return nil
    }

    /// The noun counted: the first plural-looking word within three words, or
    /// else the first lowercase content word right after the number.
    static func counted(after e: Int, _ toks: [Token], _ s: [Unicode.Scalar]) -> String? {
        var firstLower: String? = nil
        var j = e
        while j < toks.count && j < e + 3 {
            let t = toks[j]
            guard t.kind == .word else { break }
            let w = word(t, s)
            if notCounted.contains(w) { break }
            if isPluralNoun(t, s) { return w }
            if firstLower == nil, s[t.span.start].properties.isLowercase { firstLower = w }
            j += 1
        }
        return firstLower
    }

    static func isPluralNoun(_ t: Token, _ s: [Unicode.Scalar]) -> Bool {
        guard t.kind == .word else { return false }
        let w = word(t, s)
        if ["people", "men", "women", "children", "staff", "personnel", "police", "troops"].contains(w) { return true }
        return w.count > 3 && w.hasSuffix("s") && !w.hasSuffix("ss") && !w.hasSuffix("us") && !w.hasSuffix("is")
            && s[t.span.start].properties.isLowercase && !notCounted.contains(w)
    }

    static func adjacent(_ a: Token, _ b: Token) -> Bool { b.span.start - a.span.end <= 1 }

    static func currency(_ c: Unicode.Scalar) -> String? {
        switch c {
        case "$": return "USD"
        case "£": return "GBP"
        case "€": return "EUR"
        case "¥": return "JPY"
        default: return nil
        }
    }
}
