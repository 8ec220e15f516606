/// Which person a pronoun stands for: the latest name of a fitting gender,
/// or the subject of its sentence.
extension SpeakerIndex {
    /// Tokens before a pronoun within which a name of no known gender is
    /// taken past one of the other gender (about two sentences).
    static let nearPronoun = 80

    /// Words a sentence's subject may stand after (`But Mr. Lee`).
    static let subjectStart = 3

    /// he/she: the latest person named before whose gender fits (`personFit`),
    /// or the subject of that person's sentence (`subject`); they/it: the
    /// latest organization (or, for they, group) named near; I, we, you:
    /// nobody. Names inside quotations or the claim do not count.
    func resolvePronoun(_ v: DocView, _ p: Tok, before pos: Int, exclude: [Range<Int>], depth: Int = 0) -> SpeakerRef {
        // `you` is the reader, or the one asked in an interview; `I` and `we`
        // outside a quotation the writer of an opinion piece, a letter or an
        // answer: nobody named (the latest name before was nearly always wrong).
        if p.cls.contains(.firstPerson) || p.cls.isDisjoint(with: [.male, .female, .plural, .neuter]) { return .none }
        let personal = p.cls.contains(.male) || p.cls.contains(.female)
        var i = firstMention({ $0.toks.lowerBound }, atLeast: pos) - 1
        var seen = 0
        let last = i
        var fallback: Mention? = nil
        var skipped = false
        var unsure: Mention? = nil
        while i >= 0, seen < 60 {
            let m = mentions[i]
            i -= 1; seen += 1
            if exclude.contains(where: { $0.contains(m.toks.lowerBound) }) { continue }
            if !personal, pos - m.toks.upperBound > SpeakerIndex.nearGroup { break }
            if personal ? m.person : groupFits(v, m, p) {
                guard personal else { return .name(fullest(v, m, at: m.toks.lowerBound)) }
                switch personFit(v, m, p, before: pos, skipped: skipped) {
                case .other: skipped = true
                case .unsure(let full): if unsure == nil { unsure = full }
                case .fits(let full):
                    if let s = subject(v, from: i, p, before: pos, exclude: exclude, skipped: skipped) { return .name(s) }
                    if depth < SpeakerIndex.pronounChain, let s = chained(v, from: i, p, exclude: exclude, depth: depth) { return .name(s) }
                    return .name(full)
                }
                continue
            }
            // A lone name never seen in full (`Clarke`) may still be the person.
            // Not a place, nation or party (`Iowa`, `Republican`).
            if personal, fallback == nil, !m.organization, m.words == 1, last - i <= 8,
               v.toks[m.core.lowerBound].cls.isDisjoint(with: [.place, .time]) { fallback = m }
        }
        return (unsure ?? fallback).map { .name($0) } ?? .none
    }

    /// Tokens before `it` or `they` within which its organization or group
    /// is looked for (about a sentence): further back, the pronoun more
    /// likely stands for a common noun (`supporters ... they`), or for
    /// nothing (`It is not clear that`), and no speaker is better than a
    /// wrong one.
    static let nearGroup = 40

    /// `it` stands for an organization (`The Post ... It reported`); `they`
    /// for one or for a group named in the plural (`Senate Democrats`,
    /// `Progressives`), not for a person, a place or a nationality
    /// (`Kentucky`, `German`).
    func groupFits(_ v: DocView, _ m: Mention, _ p: Tok) -> Bool {
        guard !m.person, !m.headline else { return false }
        if m.organization { return true }
        let last = v.toks[m.core.upperBound - 1]
        guard p.cls.contains(.plural), last.kind == .word, last.end - last.start >= 3,
              v.s[Int(last.end) - 1] == "s", !v.isPossessive(m.core.upperBound - 1) else { return false }
        // A place ending in `s` is no group (`Texas`); a people or party is (`Americans`, `Republicans`).
        guard last.cls.contains(.place), !PersonNames.parties[last.word] else { return true }
        let singular = v.s.withUnsafeBufferPointer { WordHash.of($0, Int(last.start)..<(Int(last.end) - 1)) }
        return WordClass.table[singular].contains(.place)
    }

    /// How a person's mention fits a personal pronoun.
    enum Fit { case fits(Mention), unsure(Mention), other }

    /// `she` is not `Donald Trump`: a name of the other gender does not fit.
    /// Past one (`skipped`), a name of no known gender fits only near the
    /// pronoun and when it surely names a person, titled or a surname
    /// (`..., said Rep. Sander M. Levin ... "...," he said`), not a
    /// headline's capitals; otherwise a name of the pronoun's gender further
    /// back is likelier (the nearest unsure one when there is none). The
    /// fuller name is looked for only when the mention does not say the
    /// gender, and `Mrs. Clinton` keeps to fuller names of hers.
    func personFit(_ v: DocView, _ m: Mention, _ p: Tok, before pos: Int, skipped: Bool) -> Fit {
        let full: Mention? = m.gender == .unknown ? fullest(v, m, at: m.toks.lowerBound) : nil
        let g = m.gender != .unknown ? m.gender : full!.gender
        if !SpeakerIndex.compatible(p, g) { return .other }
        if skipped, g == .unknown, pos - m.toks.lowerBound > SpeakerIndex.nearPronoun || !(m.titled || m.words == 1) {
            return .unsure(full!)
        }
        return .fits(full ?? fullest(v, m, at: m.toks.lowerBound, gender: m.gender))
    }

    /// The subject of the sentence where the latest fitting name (mention
    /// `i + 1`) stands, when that is another person who fits (`Ed Brookover
    /// met members who endorsed Trump. He says ...`: Brookover): a name that
    /// opens the sentence (past at most `subjectStart` words: `Mr.`, `But`)
    /// and surely names a person (its gender known, titled, or a surname).
    /// For `he` and `she` only. Nil when there is none.
    func subject(_ v: DocView, from i: Int, _ p: Tok, before pos: Int, exclude: [Range<Int>], skipped: Bool) -> Mention? {
        // The sentence as segment drew it: a unit may join several (a quotation over them).
        let met = mentions[i + 1]
        let u = v.units[Int(v.toks[met.toks.lowerBound].unit)]
        let at = Int(v.toks[met.toks.lowerBound].start)
        let sentence = u.sentences.first { v.sentenceSpans[$0].start <= at && at < v.sentenceSpans[$0].end }
        let startOffset = sentence.map { v.sentenceSpans[$0].start } ?? u.span.start
        var start = met.toks.lowerBound
        while start > u.toks.lowerBound, Int(v.toks[start - 1].start) >= startOffset { start -= 1 }
        var k = i
        while k >= 0, mentions[k].toks.lowerBound >= start { k -= 1 }
        // The first mention of the sentence, when it is not the one met.
        k += 1
        guard k <= i else { return nil }
        // `In an email, Mr. Trump said ...`: past an opening phrase that
        // names no person, the subject stands after its comma.
        if wordsOutsideQuotes(v, start..<mentions[k].toks.lowerBound) > SpeakerIndex.subjectStart || !mentions[k].person,
           let after = openingPhraseEnd(v, from: start, before: met.toks.lowerBound) {
            while k <= i, mentions[k].toks.lowerBound < after {
                if mentions[k].person { return nil }
                k += 1
            }
            guard k <= i else { return nil }
            start = after
        }
        let m = mentions[k]
        // A title standing for its holder (`Secretary` of `Secretary of State
        // John Kerry`) is the same person; an owner (`Trump's misinformation
        // ..., said Jeffery Hemsley`) is no subject.
        // Past a quotation, a name after a preposition is an object (`"This
        // will be a challenge" for Clinton, said Kunin`), and one after a
        // pronoun no subject (`"...?" she said, but Kevin was drifting off`).
        let before = start..<m.toks.lowerBound
        let pastQuote = before.contains { v.toks[$0].inQuote }
        guard m.person, wordsOutsideQuotes(v, before) <= SpeakerIndex.subjectStart,
              !pastQuote || !v.toks[m.toks.lowerBound - 1].cls.contains(.preposition)
                  && !before.contains(where: { !v.toks[$0].inQuote && v.toks[$0].cls.contains(.pronoun) }),
              !(m.words == 1 && v.toks[m.core.lowerBound].cls.contains(.title)), !v.isPossessive(m.core.upperBound - 1),
              !modifies(v, k),
              !exclude.contains(where: { $0.contains(m.toks.lowerBound) }),
              case .fits(let full) = personFit(v, m, p, before: pos, skipped: skipped),
              full.gender != .unknown || m.titled || m.words == 1 else { return nil }
        return full
    }

    /// The words of `r` outside quotations: a sentence that opens with a
    /// quotation has its subject after it (`"...," Mr. Obama said, not
    /// needing to mention Muhammad Ali.`).
    func wordsOutsideQuotes(_ v: DocView, _ r: Range<Int>) -> Int {
        var n = 0
        for t in r where v.toks[t].kind != .punct && !v.toks[t].inQuote { n += 1 }
        return n
    }

    /// How many pronouns back a pronoun may follow a chain of them.
    static let pronounChain = 2

    /// `"...," he said, explaining why he disagrees with Mr. Trump's stance.
    /// "...," he said.`: when the latest fitting name (mention `i + 1`) is
    /// no subject and its sentence's subject is a pronoun of the same person
    /// (its first word outside quotations, past `and`, `but` or adverbs),
    /// the pronoun continues that one's chain and names whom it names. Not
    /// after a comma, where the name may be what an earlier pronoun stood
    /// for (`When she was a prosecutor, Loretta Lynch ...`), nor when the
    /// name owns words of saying (`Mr. Obama's statement that he ...`). Nil
    /// when there is none or it names nobody.
    func chained(_ v: DocView, from i: Int, _ p: Tok, exclude: [Range<Int>], depth: Int) -> Mention? {
        let met = mentions[i + 1]
        guard met.toks.lowerBound > 0, v.toks[met.toks.lowerBound - 1].word != Lex.comma else { return nil }
        // `Mr. Obama's statement that he ...`: the owner of words is whom they are about.
        let after = met.toks.upperBound
        if v.isPossessive(met.core.upperBound - 1), after < v.toks.count, v.toks[after].cls.contains(.speech) { return nil }
        let u = v.units[Int(v.toks[met.toks.lowerBound].unit)]
        let at = Int(v.toks[met.toks.lowerBound].start)
        guard let sentence = u.sentences.first(where: { v.sentenceSpans[$0].start <= at && at < v.sentenceSpans[$0].end }) else { return nil }
        var k = u.toks.lowerBound
        while k < met.toks.lowerBound, Int(v.toks[k].start) < v.sentenceSpans[sentence].start { k += 1 }
        var words = 0
        while k < met.toks.lowerBound, words <= SpeakerIndex.subjectStart {
            let t = v.toks[k]
            defer { k += 1 }
            if t.inQuote || t.isMark || t.kind == .punct { continue }
            if t.cls.contains(.pronoun) {
                guard t.cls.intersection([.male, .female]) == p.cls.intersection([.male, .female]),
                      !exclude.contains(where: { $0.contains(k) }),
                      case .name(let m) = resolvePronoun(v, t, before: k, exclude: exclude, depth: depth + 1) else { return nil }
                return m
            }
            guard t.word == Lex.and || t.word == Lex.but || !t.cls.isDisjoint(with: [.adverb, .time]) else { return nil }
            words += 1
        }
        return nil
    }

    /// Words an opening phrase may have before its comma (`At a rally in
    /// Louisiana last week,`).
    static let openingPhrase = 12

    /// The token after the comma that closes an opening phrase at `start`
    /// (`In an email,`), or nil when no comma comes within `openingPhrase`
    /// tokens and before `limit`, or a quotation or `that` comes first (a
    /// clause, not a phrase).
    func openingPhraseEnd(_ v: DocView, from start: Int, before limit: Int) -> Int? {
        // A sentence opening with its own subject has no such phrase (`He
        // went on to say that some Democrats, such as ...`).
        if v.toks[start].cls.contains(.pronoun), !v.toks[start].cls.contains(.possessive) { return nil }
        var t = start
        while t < min(limit, start + SpeakerIndex.openingPhrase) {
            let x = v.toks[t]
            if x.isMark || x.inQuote || x.word == Lex.that { return nil }
            if x.word == Lex.comma { return t > start ? t + 1 : nil }
            t += 1
        }
        return nil
    }

    /// Whether mention `k` modifies a person named in full right after it,
    /// past at most three lowercase nouns (`Trump senior communications
    /// adviser Jason Miller`; not `Beck called Palin`, `Trump also attacked
    /// Marco Rubio`, `Obama spoke at the White House`), or stands after a
    /// determiner before a noun (`The Clinton approach is ..., said Katie Harbath`).
    func modifies(_ v: DocView, _ k: Int) -> Bool {
        let m = mentions[k]
        if m.toks.lowerBound > 0, v.toks[m.toks.lowerBound - 1].cls.contains(.determiner), m.toks.upperBound < v.toks.count,
           v.toks[m.toks.upperBound].kind == .word, v.toks[m.toks.upperBound].shape == .lower { return true }
        guard k + 1 < mentions.count, mentions[k + 1].person, mentions[k + 1].words >= 2 else { return false }
        let gap = mentions[k].toks.upperBound..<mentions[k + 1].toks.lowerBound
        guard !gap.isEmpty, gap.count <= 3 else { return false }
        return gap.allSatisfy { t in
            let x = v.toks[t]
            return x.kind == .word && x.shape == .lower && x.cls.isDisjoint(with: Lex.function) && !x.cls.contains(.speech)
                && !v.ends(t, with: "ed")
        }
    }

    /// Whether pronoun `p` can stand for a person of gender `g` (`I`, `we`, and an unknown gender, always).
    static func compatible(_ p: Tok, _ g: PersonNames.Gender) -> Bool {
        switch g {
        case .unknown: return true
        case .male: return !p.cls.contains(.female)
        case .female: return !p.cls.contains(.male)
        }
    }
}
