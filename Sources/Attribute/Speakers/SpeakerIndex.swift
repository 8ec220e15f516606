import ClaimlineCore

/// A name in the text: a run of capitalised words.
struct Mention {
    var toks: Range<Int>
    /// The name without titles, determiners or a possessive `'s` (`Vladimir Putin`).
    var core: [String]
    var person: Bool
    var organization: Bool
}

/// Names in a document and how sources link to them: short forms (`Mr
/// Putin`, `Putin`) resolve to the fullest name of the entity (`Vladimir
/// Putin`), pronouns to the latest compatible mention before them, nominal
/// sources such as `the post` to the speaker of the claim they continue.
struct SpeakerIndex {
    private(set) var mentions: [Mention] = []

    init(_ v: DocView) {
        var surnames: [String: Int] = [:]
        for u in v.units {
            var k = u.toks.lowerBound
            while k < u.toks.upperBound {
                guard SpeakerIndex.capitalised(v.toks[k]) else { k += 1; continue }
                var e = k
                while e + 1 < u.toks.upperBound {
                    if SpeakerIndex.capitalised(v.toks[e + 1]) { e += 1; continue }
                    if e + 2 < u.toks.upperBound, v.toks[e + 1].word == Lex.period, v.toks[e].cls.contains(.title),
                       SpeakerIndex.capitalised(v.toks[e + 2]) { e += 2; continue }
                    break
                }
                var a = k
                while a <= e, !v.toks[a].cls.isDisjoint(with: SpeakerIndex.leading) { a += 1 }
                if a <= e, let m = SpeakerIndex.mention(v, a..<(e + 1)), !v.toks[a].inQuote {
                    if m.core.count >= 2 && m.person { surnames[m.core[m.core.count - 1].lowercased(), default: 0] += 1 }
                    mentions.append(m)
                }
                k = e + 1
            }
        }
        // A single word is a person when it is the surname of a fuller name seen.
        for i in mentions.indices where mentions[i].core.count == 1 && !mentions[i].organization {
            if surnames[mentions[i].core[0].lowercased()] != nil { mentions[i].person = true }
        }
    }

    /// Words that start a capitalised run without being part of the name.
    static let leading: WordClass = [.determiner, .preposition, .conjunction, .pronoun, .objectPronoun, .adverb, .relative,
                                     .auxiliary, .negation, .time, .possessive]

    @inline(__always) static func capitalised(_ t: Tok) -> Bool {
        t.kind == .word && (t.shape == .capitalized || t.shape == .upper)
    }

    static func mention(_ v: DocView, _ r: Range<Int>) -> Mention? {
        var core: [String] = []
        var titled = false, org = false
        for t in r {
            let x = v.toks[t]
            if x.kind != .word { continue }
            if x.cls.contains(.title) && core.isEmpty { titled = true; continue }
            if x.cls.contains(.organization) { org = true }
            var w = v.s.string(x.span)
            if w.hasSuffix("'s") { w.removeLast(2) } else if w.hasSuffix("'") { w.removeLast() }
            if !w.isEmpty { core.append(w) }
        }
        guard !core.isEmpty else { return nil }
        let acronym = core.count == 1 && v.toks[r.upperBound - 1].shape == .upper
        if acronym { org = true }
        // A nationality or office before a title belongs to the title (`Russian President Vladimir Putin`).
        var last = -1
        for (i, t) in r.enumerated() where v.toks[t].cls.contains(.title) { last = i }
        if last >= 0 {
            let after = r.dropFirst(last + 1).compactMap { t -> String? in
                guard v.toks[t].kind == .word else { return nil }
                var w = v.s.string(v.toks[t].span)
                if w.hasSuffix("'s") { w.removeLast(2) }
                return w.isEmpty ? nil : w
            }
            if !after.isEmpty { core = after; titled = true }
        }
        let person = !org && (titled || (core.count >= 2 && core.count <= 3))
        return Mention(toks: r, core: core, person: person, organization: org)
    }

    /// The canonical speaker and source type of a source phrase.
    func speaker(_ v: DocView, _ src: Range<Int>, exclude: [Range<Int>], previous: (String?, SourceType)?) -> (String?, SourceType) {
        let head = v.toks[src.upperBound - 1]
        if src.count == 1, head.cls.contains(.pronoun) {
            return (resolvePronoun(v, head, before: src.lowerBound, exclude: exclude), .pronoun)
        }
        let firstWord = src.first { v.toks[$0].kind == .word }.map { v.toks[$0] }
        let named = src.contains { SpeakerIndex.capitalised(v.toks[$0]) && !v.toks[$0].cls.contains(.determiner) && $0 != src.lowerBound }
            || (firstWord.map { SpeakerIndex.capitalised($0) && $0.cls.isDisjoint(with: SpeakerIndex.leading) } ?? false)
        let text = v.s.string(v.span(src))
        if !named || head.shape == .lower {
            // A nominal or anonymous phrase: `a senior official`, `sources`, `the post`.
            let definite = firstWord.map { $0.word == Lex.the || $0.cls.contains(.possessive) } ?? false
            if head.cls.contains(.anonymous) && !definite { return (text, .anonymous) }
            if head.cls.contains(.medium) || head.cls.contains(.nominal), let previous, previous.0 != nil, definite {
                return (previous.0, .nominal)
            }
            return (text, head.cls.contains(.anonymous) && !definite ? .anonymous : .nominal)
        }
        guard let m = SpeakerIndex.mention(v, trimmed(v, src)) else { return (text, .nominal) }
        let full = fullest(m, at: src.lowerBound)
        let type: SourceType = m.organization ? .organization : (m.person || full.person ? .person : .organization)
        return (full.core.joined(separator: " "), type)
    }

    func trimmed(_ v: DocView, _ r: Range<Int>) -> Range<Int> {
        var a = r.lowerBound
        while a < r.upperBound - 1, !v.toks[a].cls.isDisjoint(with: SpeakerIndex.leading) || v.toks[a].kind != .word { a += 1 }
        return a..<r.upperBound
    }

    /// The fullest mention of the same entity: the latest one before with the
    /// same last word and all of this one's words, else the first after.
    func fullest(_ m: Mention, at pos: Int) -> Mention {
        guard let last = m.core.last?.lowercased() else { return m }
        var best: Mention? = nil
        var after: Mention? = nil
        for x in mentions where x.core.count > m.core.count && x.core.last?.lowercased() == last {
            guard m.core.allSatisfy({ w in x.core.contains { $0.lowercased() == w.lowercased() } }) else { continue }
            if x.toks.lowerBound < pos {
                if best == nil || x.core.count >= best!.core.count { best = x }
            } else if after == nil {
                after = x
            }
        }
        return best ?? after ?? m
    }

    /// he/she: the latest person named before; they/it: the latest organization
    /// (or, for they, group). Names inside quotations or the claim do not count.
    func resolvePronoun(_ v: DocView, _ p: Tok, before pos: Int, exclude: [Range<Int>]) -> String? {
        let personal = p.cls.contains(.male) || p.cls.contains(.female) || p.cls.contains(.firstPerson)
        var i = mentions.count - 1
        while i >= 0, mentions[i].toks.lowerBound >= pos { i -= 1 }
        var seen = 0
        while i >= 0, seen < 60 {
            let m = mentions[i]
            i -= 1; seen += 1
            if exclude.contains(where: { $0.contains(m.toks.lowerBound) }) { continue }
            if personal ? m.person : (m.organization || !m.person) {
                return fullest(m, at: m.toks.lowerBound).core.joined(separator: " ")
            }
        }
        return nil
    }
}
