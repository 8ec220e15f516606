import ClaimlineCore

/// Names in a document (runs of capitalised words) and how short forms and
/// pronouns link to them: `Mr Putin` and `Putin` resolve to the fullest name
/// seen (`Vladimir Putin`); `he` resolves to the latest person before it.
struct EntityIndex {
    struct Name { var span: Span; var words: [String] }
    private(set) var names: [Name] = []

    static let titles: Set<String> = ["mr", "mrs", "ms", "dr", "president", "gen", "general", "sen", "senator", "rep",
                                      "gov", "governor", "secretary", "minister", "prime", "prof", "professor", "judge",
                                      "mayor", "director", "chairman", "chief", "spokesman", "spokeswoman", "former",
                                      "then-president", "russian", "american", "british", "us", "u.s.", "lt", "col",
                                      "adm", "pres", "the", "foreign", "state", "deputy", "vice"]
    static let stop: Set<String> = ["the", "a", "an", "but", "and", "in", "on", "at", "however", "after", "before",
                                    "this", "that", "it", "he", "she", "they", "we", "i", "if", "when", "while", "as",
                                    "not", "also", "so", "then", "there", "since", "for", "with", "of", "to", "by"]

    init(_ s: [Unicode.Scalar], sentences: [Span]) {
        for sent in sentences {
            let toks = Tokenizer.tokens(s, in: sent.range)
            var k = 0
            while k < toks.count {
                guard isCapitalised(toks[k], s) else { k += 1; continue }
                var e = k
                while e + 1 < toks.count, isCapitalised(toks[e + 1], s) { e += 1 }
                var a = k
                // Drop a leading function word capitalised at the sentence start.
                while a <= e, EntityIndex.stop.contains(s.string(toks[a].span).lowercased()) { a += 1 }
                if a <= e {
                    let span = Span(toks[a].span.start, toks[e].span.end)
                    names.append(Name(span: span, words: (a...e).map { s.string(toks[$0].span) }))
                }
                k = e + 1
            }
        }
    }

    func isCapitalised(_ t: Token, _ s: [Unicode.Scalar]) -> Bool {
        t.kind == .word && s[t.span.start].properties.isUppercase
    }

    /// The canonical speaker and its type for a source span.
    func speaker(for source: Span, in s: [Unicode.Scalar]) -> (String?, SourceType) {
        let raw = s.string(source)
        let lower = raw.lowercased()
        if let kind = Cues.pronouns[lower] {
            guard kind == .male || kind == .female else { return (nil, .pronoun) }
            if let p = names.last(where: { $0.span.end <= source.start && isPersonLike($0) }) {
                return (canonical(p), .pronoun)
            }
            return (nil, .pronoun)
        }
        let words = raw.split(separator: " ").map(String.init)
        if let first = words.first?.lowercased(), ["a", "an", "some"].contains(first) || lower.contains("official") && first != "the" {
            return (raw, .anonymous)
        }
        if let first = words.first, first.first?.isLowercase == true {
            return (raw, .nominal)
        }
        let core = words.filter { !EntityIndex.titles.contains($0.lowercased()) }
        guard let last = core.last else { return (raw, .nominal) }
        let full = names.filter { $0.words.contains(last) }.max(by: { $0.words.count < $1.words.count })
        let name = full.map(canonical) ?? core.joined(separator: " ")
        return (name, core.count >= 1 && words.count <= 4 ? .person : .organization)
    }

    func isPersonLike(_ n: Name) -> Bool { n.words.count <= 4 }

    func canonical(_ n: Name) -> String {
        let core = n.words.filter { !EntityIndex.titles.contains($0.lowercased()) }
        guard let last = core.last else { return n.words.joined(separator: " ") }
        let full = names.filter { $0.words.contains(last) }
            .map { $0.words.filter { !EntityIndex.titles.contains($0.lowercased()) } }
            .max(by: { $0.count < $1.count }) ?? core
        return full.joined(separator: " ")
    }
}
