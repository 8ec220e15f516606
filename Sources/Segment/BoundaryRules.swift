import ClaimlineCore

/// What to do with one of ICU's candidate boundaries.
enum Decision: Equatable {
    /// Not a sentence end: the sentence goes on.
    case join
    /// A sentence ends here (the offset may differ from ICU's candidate).
    case keep(Int)
}

/// The rules ICU's sentence breaks lack, decided at each candidate from the
/// characters around it: abbreviations and titles, initials, ellipses, list
/// markers, quotes and reference marks after the final punctuation.
struct BoundaryRules {
    let t: [Unicode.Scalar]
    /// The block being segmented: nothing outside it is looked at.
    let block: Span

    /// The decision at candidate `b` for the sentence that started at `s`.
    func decide(start s: Int, candidate b: Int) -> Decision {
        var e = b
        while e > s && Chars.isSpace(t[e - 1]) { e -= 1 }
        if e == s || ListMarker.isOnlyMarker(t, s, b) { return .join }
        // Quotes and brackets that close after the final mark.
        var p = e
        while p > s && Chars.isClose(t[p - 1]) { p -= 1 }
        guard p > s, Chars.isTerminal(t[p - 1]) else { return .keep(b) }  // a line break
        let quoted = p < e && isQuote(t[e - 1])
        let d: Decision
        if hasLineBreak(e, b) {
            d = lineEnd(s, p - 1, b)
        } else {
            switch t[p - 1] {
            case ".": d = period(s, p - 1, e, b, quoted: quoted)
            case "?", "!": d = exclamation(b, quoted: quoted)
            default: d = .keep(b)
            }
        }
        guard case .keep(let at) = d else { return d }
        return .keep(References.end(t, at, block.end, footnote: t[p - 1] == "." && !endsWithNumber(s, p - 1)))
    }

    // MARK: line ends

    /// A final mark at the end of a line ends the sentence when the next
    /// line starts with a capital, unless it belongs to a title (`Mr.`).
    func lineEnd(_ s: Int, _ m: Int, _ b: Int) -> Decision {
        if NextWord(t, b, block.end).kind == .lower { return .join }
        if t[m] == "." {
            var w = m
            while w > s && Chars.isLetter(t[w - 1]) { w -= 1 }
            if Abbreviations.kind(t, w, m) == .prefix { return .join }
        }
        return .keep(b)
    }

    // MARK: ? and !

    /// `"Why?" he asked`, `Yahoo! in ...`: a lower-case word goes on with the
    /// sentence; so does a speech tag after a quoted question.
    func exclamation(_ b: Int, quoted: Bool) -> Decision {
        let next = NextWord(t, b, block.end)
        if next.kind == .lower { return .join }
        if quoted && SpeechTag.follows(t, b, block.end, clauseMayGoOn: true) { return .join }
        return .keep(b)
    }

    // MARK: periods

    /// The period at `d`, the sentence so far ending at `e` (closing marks
    /// included) and ICU's candidate `b`.
    func period(_ s: Int, _ d: Int, _ e: Int, _ b: Int, quoted: Bool) -> Decision {
        if let el = ellipsis(s, d, e, b) { return el }
        // The word before the period: letters and inner periods (`U.S`, `N°`).
        var w = d
        while w > s && (Chars.isLetter(t[w - 1]) || t[w - 1] == "." || t[w - 1] == "°") { w -= 1 }
        guard w < d, b < block.end else { return .keep(b) }
        if quoted && SpeechTag.follows(t, b, block.end, clauseMayGoOn: false) { return .join }
        // The next word is read only after a word that may not end the sentence.
        if let kind = Abbreviations.kind(t, w, d) {
            return abbreviation(kind, s, w, d, NextWord(t, b, block.end), b)
        }
        if Abbreviations.isDotted(t, w, d) { return dotted(NextWord(t, b, block.end), b) }
        if d - w == 1 && Chars.isUpper(t[w]) { return initial(w, NextWord(t, b, block.end), s, b) }
        return .keep(b)
    }

    /// Known abbreviations: whether the period also ends the sentence
    /// depends on the abbreviation's kind and on the next word.
    func abbreviation(_ kind: AbbreviationKind, _ s: Int, _ w: Int, _ d: Int, _ next: NextWord, _ b: Int) -> Decision {
        if next.kind == .end { return .keep(b) }
        if next.kind == .lower { return .join }
        switch kind {
        case .prefix:
            return .join
        case .number:
            return next.kind == .digit || romanNumeral(at: next.start) || bracketedNumber(at: next.start) ? .join : .keep(b)
        case .time:
            // `At 5 a.m. Mr. Smith went ...`: a fronted time phrase is no sentence.
            if frontedTimePhrase(s, w) { return .join }
            // `7 p.m. Eastern`, `9 a.m. Friday`; any other capital starts anew.
            if next.kind == .capital || next.kind == .starter, timeWord(at: next.start) { return .join }
            return next.kind == .digit ? .join : .keep(b)
        case .general:
            switch next.kind {
            case .starter, .title, .quote, .other: return .keep(b)
            default: return .join
            }
        }
    }

    /// `U.S.`, `Ph.D.`: a name-like abbreviation goes on before a name or a
    /// title (`U.S. Government`, `U.S. Sen. ...`), not before a starter.
    func dotted(_ next: NextWord, _ b: Int) -> Decision {
        switch next.kind {
        case .lower, .digit, .capital, .title: return .join
        default: return .keep(b)
        }
    }

    /// A single capital with a period is an initial (`Jonas E. Smith`)
    /// before another capitalized word. The pronoun `I` is one only after a
    /// capitalized word (`Albert I. Jones`, but `you and I. Did ...`).
    func initial(_ w: Int, _ next: NextWord, _ s: Int, _ b: Int) -> Decision {
        guard next.kind == .capital else { return .keep(b) }
        if t[w] == "I" || t[w] == "A" {
            var k = w
            while k > s && Chars.isSpace(t[k - 1]) { k -= 1 }
            var j = k
            while j > s && Chars.isLetter(t[j - 1]) { j -= 1 }
            guard j < k, Chars.isUpper(t[j]) else { return .keep(b) }
        }
        return .join
    }

    // MARK: ellipses

    /// A run of periods ending at `d`: `...`, `. . .`, `. . . .`. Returns nil
    /// for a single period.
    func ellipsis(_ s: Int, _ d: Int, _ e: Int, _ b: Int) -> Decision? {
        var i = d, dots = 1, spaced = false
        while true {
            if i - 1 >= s && t[i - 1] == "." { i -= 1; dots += 1 }
            else if i - 2 >= s && t[i - 1] == " " && t[i - 2] == "." { i -= 2; dots += 1; spaced = true }
            else { break }
        }
        guard dots > 1 else { return nil }
        // `[...]` marks an omission inside a quotation, never a sentence end.
        if i > s, d + 1 < e, (t[i - 1] == "[" && t[d + 1] == "]") || (t[i - 1] == "(" && t[d + 1] == ")") { return .join }
        guard spaced else { return .keep(b) }
        // `. . .` is an omission inside a sentence. Four spaced periods end
        // one: `word . . . . Next` after the fourth; `word. . . . Next` after
        // the first (the sentence's period, then an omission that opens the next).
        if dots == 3 { return .join }
        let attached = i > s && !Chars.isSpace(t[i - 1])
        return .keep(attached ? i + 1 : b)
    }

    // MARK: helpers

    func hasLineBreak(_ from: Int, _ to: Int) -> Bool {
        for i in from..<to where t[i] == "\n" { return true }
        return false
    }

    /// The sentence so far is a time phrase: `At 5`, `by 10:30`, `5`.
    func frontedTimePhrase(_ s: Int, _ w: Int) -> Bool {
        var i = s
        while i < w && Chars.isSpace(t[i]) { i += 1 }
        var j = i
        while j < w && Chars.isLetter(t[j]) { j += 1 }
        if j > i {
            guard WordLists.contains(WordLists.prepositions, t, i, j) else { return false }
            i = j
            while i < w && t[i] == " " { i += 1 }
        }
        var n = i
        while n < w && (Chars.isDigit(t[n]) || ((t[n] == ":" || t[n] == ".") && n > i)) { n += 1 }
        guard n > i else { return false }
        while n < w && t[n] == " " { n += 1 }
        return n == w
    }

    /// `II`, `IV`, `XII`: a volume or chapter number in Roman numerals.
    /// `(3)` after `Eq.` or `Fig.`.
    func bracketedNumber(at i: Int) -> Bool {
        i + 1 < block.end && t[i] == "(" && Chars.isDigit(t[i + 1])
    }

    func timeWord(at i: Int) -> Bool {
        var j = i
        while j < block.end && Chars.isLetter(t[j]) { j += 1 }
        return WordLists.contains(WordLists.times, t, i, j)
    }

    /// A lone `I` before another word is the pronoun (`No. I mean ...`).
    func romanNumeral(at i: Int) -> Bool {
        var j = i
        while j < block.end, "IVXLC".unicodeScalars.contains(t[j]) { j += 1 }
        guard j > i, j - i <= 5, j == block.end || !Chars.isLetter(t[j]) else { return false }
        return j - i > 1 || j == block.end || t[j] != " "
    }

    /// The text before the period at `d` is a number (`1805.`, `$100.00.`).
    func endsWithNumber(_ s: Int, _ d: Int) -> Bool { d > s && Chars.isDigit(t[d - 1]) }

    func isQuote(_ c: Unicode.Scalar) -> Bool {
        if c.value < 0x80 { return c == "\"" || c == "'" }
        let g = c.properties.generalCategory
        return g == .initialPunctuation || g == .finalPunctuation
    }
}
