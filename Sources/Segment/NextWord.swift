/// What follows a candidate boundary, as far as the rules care.
struct NextWord {
    enum Kind: Equatable {
        case end
        case lower
        case digit
        /// A capitalized word that starts sentences (`The`, `He`, `However`,
        /// `Initially,`).
        case starter
        /// A title abbreviation (`Mr.`, `Dr.`).
        case title
        /// Any other capitalized word: a name, an initial (`E.`).
        case capital
        /// An opening quote or bracket before a capital (`"We ...`).
        case quote
        case other
    }

    var kind: Kind
    /// Where the word starts.
    var start: Int

    init(_ t: [Unicode.Scalar], _ b: Int, _ end: Int) {
        var i = b
        while i < end && Chars.isSpace(t[i]) { i += 1 }
        start = i
        guard i < end else { kind = .end; return }
        let c = t[i]
        if Chars.isLower(c) { kind = .lower; return }
        if Chars.isDigit(c) { kind = .digit; return }
        if Chars.isOpen(c) {
            kind = i + 1 < end && Chars.isUpper(t[i + 1]) ? .quote : .other
            return
        }
        guard Chars.isUpper(c) else { kind = .other; return }
        var j = i + 1
        while j < end && Chars.isLetter(t[j]) { j += 1 }
        if j < end && t[j] == "." {
            if j - i == 1 { kind = .capital; return }
            if Abbreviations.kind(t, i, j) == .prefix { kind = .title; return }
        }
        if WordLists.contains(WordLists.starters, t, i, j) { kind = .starter; return }
        // `Initially, ...`, `Finally, ...`: a sentence adverb opening a clause.
        if j - i > 3, j < end, t[j] == ",", t[j - 2] == "l", t[j - 1] == "y" { kind = .starter; return }
        kind = .capital
    }
}
