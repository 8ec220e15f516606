/// Reference marks written after a sentence's final punctuation belong to
/// that sentence: `... in 1805. [6] Next`, `... [1]–[3] Next`, `... all! [...]`,
/// and a footnote number before a sentence starter, `... rights. 4 Even so ...`.
enum References {
    /// Where the next sentence starts when a boundary falls at `b`: past any
    /// reference marks (and spaces) that follow it. `footnote` allows a bare
    /// footnote number (after a period that does not end a number).
    static func end(_ t: [Unicode.Scalar], _ b: Int, _ end: Int, footnote: Bool) -> Int {
        var i = skipSpaces(t, b, end)
        var moved = false
        while i < end, t[i] == "[", let close = bracketEnd(t, i, end) {
            moved = true
            i = close
            // `[1]–[3]`, `[1], [2]`, `[1][2]`.
            var k = i
            if k < end, t[k] == "," || t[k] == "-" || t[k] == "\u{2013}" { k += 1 }
            k = skipSpaces(t, k, end)
            if k < end, t[k] == "[" { i = k } else { break }
        }
        if !moved && footnote, let n = footnoteNumberEnd(t, i, end) { return skipSpaces(t, n, end) }
        return moved ? skipSpaces(t, i, end) : b
    }

    /// `[12]`, `[3, 4]`, `[...]`: digits, separators or periods in brackets;
    /// returns the offset after `]`.
    static func bracketEnd(_ t: [Unicode.Scalar], _ i: Int, _ end: Int) -> Int? {
        var j = i + 1
        while j < end && j - i <= 16 {
            let c = t[j]
            if c == "]" { return j > i + 1 ? j + 1 : nil }
            guard Chars.isDigit(c) || c == "," || c == "-" || c == " " || c == "." || c == "\u{2013}" else { return nil }
            j += 1
        }
        return nil
    }

    /// One or two digits standing alone before a word that starts sentences
    /// (`4 Even so`); before other words the number is a count (`3 QH`).
    static func footnoteNumberEnd(_ t: [Unicode.Scalar], _ i: Int, _ end: Int) -> Int? {
        var j = i
        while j < end && Chars.isDigit(t[j]) && j - i < 3 { j += 1 }
        guard j > i, j - i <= 2, j + 1 < end, t[j] == " ", Chars.isUpper(t[j + 1]) else { return nil }
        var k = j + 1
        while k < end && Chars.isLetter(t[k]) { k += 1 }
        return WordLists.contains(WordLists.starters, t, j + 1, k) ? j : nil
    }

    static func skipSpaces(_ t: [Unicode.Scalar], _ i: Int, _ end: Int) -> Int {
        var j = i
        while j < end && Chars.isSpace(t[j]) { j += 1 }
        return j
    }
}

/// A speech tag after a quotation: up to three capitalized words that are
/// not sentence starters (a name, a title), a verb of saying, at most two
/// more words, then the end of the clause: `"Why?" Smith asked.`. A
/// capitalized pronoun (`"Why?" They said, ...`) starts a new sentence.
enum SpeechTag {
    /// `clauseMayGoOn`: the tag may end with a comma (after `?` or `!`);
    /// after a period it must end the sentence (`"... missing." Trump said.`),
    /// since `"...." Cruz says, "..."` introduces the next quotation.
    static func follows(_ t: [Unicode.Scalar], _ b: Int, _ end: Int, clauseMayGoOn: Bool) -> Bool {
        var i = References.skipSpaces(t, b, end)
        var names = 0
        while names < 3, i < end, Chars.isUpper(t[i]) {
            var j = i + 1
            while j < end && (Chars.isLetter(t[j]) || t[j] == "'" || t[j] == "-") { j += 1 }
            if WordLists.contains(WordLists.starters, t, i, j) { return false }
            if j < end && t[j] == "." { j += 1 }
            i = j; names += 1
            while i < end && t[i] == " " { i += 1 }
        }
        guard names > 0 else { return false }
        var j = i
        while j < end && Chars.isLower(t[j]) { j += 1 }
        guard j > i, WordLists.contains(WordLists.reporting, t, i, j) else { return false }
        i = j
        for _ in 0..<3 {
            while i < end && t[i] == " " { i += 1 }
            if i == end || t[i] == "." || t[i] == "!" || t[i] == "?" { return true }
            if t[i] == "," || t[i] == ";" { return clauseMayGoOn }
            var k = i
            while k < end && Chars.isLower(t[k]) { k += 1 }
            guard k > i else { return false }
            i = k
        }
        return false
    }
}
