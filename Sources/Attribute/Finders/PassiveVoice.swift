/// `Sanders was asked ...`, `Duterte has been called "the Trump of the
/// East"`, `Priebus was said to be "furious"`: the subject of a passive cue
/// is not who spoke. PolNeAR gives such a cue the agent after `by` as its
/// source (`was asked by host John Dickerson`), or none.
enum PassiveVoice {
    /// Forms of `be` that make a participle after them passive.
    static let be = Set(["is", "are", "was", "were", "be", "been", "being"].map(WordHash.of))

    /// Participles whose subject is only spoken of. Not `quoted`, `heard` or
    /// `recorded` (`Braynard is quoted as saying`: the subject spoke).
    static let participles = Set([
        "asked", "called", "dubbed", "described", "labeled", "labelled", "branded", "nicknamed", "named",
        "seen", "viewed", "regarded", "considered", "deemed", "thought", "believed", "known",
        "said", "told", "reported", "rumored", "rumoured", "alleged", "accused", "criticized", "criticised",
        "praised", "urged", "warned", "advised", "invited", "pressed", "challenged", "questioned",
    ].map(WordHash.of))

    /// Whether cue `c` is passive: a form of `be` in it or right before it,
    /// then only auxiliaries, adverbs or negation up to its head, a
    /// participle of `participles`, not followed by `to have` or `as` and a
    /// word of saying.
    static func isPassive(_ v: DocView, _ c: CueRun) -> Bool {
        guard participles.contains(v.toks[c.head].word) else { return false }
        let u = v.units[c.unit].toks
        // `Trump is reported to have said ...`, `is seen as saying`: the subject spoke after all.
        let h = c.head
        if h + 3 < u.upperBound, v.toks[h + 1].word == Lex.to, v.toks[h + 2].word == have, v.toks[h + 3].cls.contains(.speech) { return false }
        if h + 2 < u.upperBound, v.toks[h + 1].word == asWord, v.toks[h + 2].cls.contains(.speech) { return false }
        var k = c.head - 1
        while k >= u.lowerBound, k >= c.toks.lowerBound - 2 {
            let t = v.toks[k]
            if be.contains(t.word) { return true }
            guard t.kind == .word, !t.cls.isDisjoint(with: [.auxiliary, .adverb, .negation]) else { return false }
            k -= 1
        }
        return false
    }

    /// The token `by` after passive cue `c` (past adverbs), whose object is
    /// the agent; nil when there is none.
    static func by(_ v: DocView, _ c: CueRun) -> Int? {
        let u = v.units[c.unit].toks
        var k = c.toks.upperBound
        while k < u.upperBound, v.toks[k].kind == .word, v.toks[k].cls.contains(.adverb) { k += 1 }
        return k < u.upperBound && v.toks[k].word == by ? k : nil
    }

    static let by = WordHash.of("by")
    static let have = WordHash.of("have")
    static let asWord = WordHash.of("as")

    /// Tokens after `by` within which the agent's head stands (`by Fox
    /// Business moderator Gerard Baker`).
    static let agentReach = 8
}
