import ClaimlineCore

/// A word of a claim as corroboration compares it.
struct Word {
    /// Code point offsets into the document text.
    var span: Span
    /// As written, quotes folded.
    var raw: String
    /// Lowercased form, quotes folded (`1,000`, `russia's`): what near-identical words share.
    var form: String
    var isNumber: Bool

    /// The light stem of a content word (`expelled` -> `expel`), nil for stopwords and numbers:
    /// what the context of a number shares with the context of the same fact elsewhere.
    /// Computed when asked (most words are only compared by form).
    var term: String? { isNumber ? nil : Words.term(raw: raw, lower: form) }
}

/// Splits text into the words corroboration compares, with light stemming
/// and an English stopword list (function words and reporting verbs, which
/// every claim has and which say nothing about its fact).
enum Words {
    /// The words of `span` in `text`.
    static func words(_ text: CodePointText, _ span: Span) -> [Word] {
        words(Array(text.scalars[span.range]), offset: span.start)
    }

    /// The words of `scalars`, whose first code point is at `offset` in the document.
    static func words(_ scalars: [Unicode.Scalar], offset: Int) -> [Word] {
        let folded = scalars.map(fold)
        var out: [Word] = []
        for t in Tokenizer.tokens(folded) where t.kind != .punct {
            let raw = folded.string(t.span)
            let span = Span(t.span.start + offset, t.span.end + offset)
            out.append(Word(span: span, raw: raw, form: t.kind == .number ? raw : raw.lowercased(), isNumber: t.kind == .number))
        }
        return out
    }

    /// Typographic quotes and dashes as their ASCII forms, so `Russia’s` and `Russia's` are one word.
    static func fold(_ c: Unicode.Scalar) -> Unicode.Scalar {
        switch c.value {
        case 0x2018, 0x2019, 0x201B, 0x2032: return "'"
        case 0x201C, 0x201D, 0x201E, 0x00AB, 0x00BB: return "\""
        case 0x2010, 0x2011: return "-"
        default: return c
        }
    }

    /// The content term of a word, or nil for a stopword. Acronyms keep
    /// their case (`US` is the country, `us` a pronoun).
    static func term(raw: String, lower: String) -> String? {
        let letters = raw.filter { $0 != "." }
        if letters.count >= 2, letters.allSatisfy({ $0.isUppercase }) { return letters }
        var w = lower
        if w.hasSuffix("'s") { w.removeLast(2) } else if w.hasSuffix("'") { w.removeLast() }
        if w.count < 2 || stopwords.contains(w) { return nil }
        let s = stem(w)
        return stopwords.contains(s) ? nil : s
    }

    /// A light suffix stemmer: plural and verb endings, so `expelled` meets
    /// `expel` and `diplomats` meets `diplomat`; derivations stay apart.
    static func stem(_ word: String) -> String {
        var w = Array(word)
        func ends(_ s: String) -> Bool { w.count > s.count && w.suffix(s.count).elementsEqual(s) }
        if ends("ies") && w.count > 4 { w.removeLast(3); w.append("y") }
        else if ends("sses") { w.removeLast(2) }
        else if ends("es") && w.count > 4 && (["s", "x", "z"].contains(w[w.count - 3]) || ends("ches") || ends("shes")) { w.removeLast(2) }
        else if ends("s") && !ends("ss") && !ends("us") && !ends("is") && w.count > 3 { w.removeLast() }
        if ends("ing") && w.count >= 6 { w.removeLast(3); undouble(&w) }
        else if ends("ed") && w.count >= 5 { w.removeLast(2); undouble(&w) }
        if ends("e") && w.count > 4 { w.removeLast() }
        if ends("ll") && w.count >= 5 { w.removeLast() }
        return String(w)
    }

    private static func undouble(_ w: inout [Character]) {
        guard w.count >= 3, let last = w.last, last == w[w.count - 2], "bdgmnprt".contains(last) else { return }
        w.removeLast()
    }

    static let stopwords: Set<String> = [
        // Articles, pronouns, determiners.
        "a", "an", "the", "this", "that", "these", "those", "it", "its", "he", "him", "his", "she", "her", "hers",
        "they", "them", "their", "theirs", "we", "us", "our", "ours", "you", "your", "yours", "i", "me", "my", "mine",
        "who", "whom", "whose", "which", "what", "there", "here", "some", "any", "all", "each", "every", "both",
        "either", "neither", "other", "another", "such", "no", "not", "nor", "own", "same", "itself", "themselves",
        // Prepositions and conjunctions.
        "of", "in", "on", "at", "to", "for", "from", "by", "with", "without", "about", "into", "onto", "over", "under",
        "than", "as", "and", "or", "but", "if", "so", "because", "while", "when", "where", "after", "before", "since",
        "until", "through", "between", "among", "against", "during", "out", "up", "down", "off", "per", "via",
        "although", "though", "whether", "then", "also", "too", "very", "just", "only", "even", "still", "now",
        "more", "most", "less", "least", "much", "many", "few", "further", "yet", "already", "again", "ever",
        // Auxiliaries and modals.
        "be", "is", "are", "was", "were", "been", "being", "am", "have", "has", "had", "having", "do", "does", "did",
        "will", "would", "shall", "should", "can", "could", "may", "might", "must", "ought", "not", "n't",
        "it's", "that's", "there's", "he's", "she's", "they're", "we're", "i'm", "don't", "didn't", "won't",
        // Reporting verbs and attribution words: every claim has one.
        "say", "said", "says", "saying", "tell", "told", "tells", "telling", "add", "added", "adding", "according",
        "claim", "claimed", "claims", "note", "noted", "stated", "statement", "report", "reported",
        "reports", "ask", "asked", "reply", "replied", "explain", "explained", "suggest", "suggested", "insist",
        "insisted", "believ", "believe", "believed", "think", "thought", "mr", "mrs", "ms", "dr",
    ]
}
