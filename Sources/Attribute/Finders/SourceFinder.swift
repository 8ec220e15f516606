/// The source of a cue: the phrase naming who said it.
struct SourcePick {
    /// The token the source model was surest of.
    var head: Int
    var toks: Range<Int>
    var probability: Double
    var before: Bool
    /// The subject of a passive cue (`Sanders was asked`): it bounds the
    /// content but did not speak, so a claim takes the agent (`by host John
    /// Dickerson`), if any, as its source instead.
    var spokenOf = false
    var agent: (head: Int, toks: Range<Int>, probability: Double)? = nil

    /// Who spoke, as the claim gives it: the source, or a passive cue's agent.
    var speaking: SourcePick? {
        guard spokenOf else { return self }
        return agent.map { SourcePick(head: $0.head, toks: $0.toks, probability: $0.probability, before: false) }
    }
}

/// What the source features need of a cue, worked out once per cue.
struct CueContext {
    var word: UInt64
    var lastWord: UInt64
    var suffix: UInt64
    var commaBefore: Bool
    var afterQuote: Bool
    var tell: Bool
    /// The first nominal word of the unit (its likely subject), or -1.
    var firstNominal: Int
    /// The features' hashing steps over the cue's own values, by side
    /// (before, after), done once for all its candidates.
    var f6: (UInt32, UInt32), f21: (UInt32, UInt32)
    var f7: (Features.Mixed2, Features.Mixed2), f8: (Features.Mixed2, Features.Mixed2)
    var f18: (Features.Mixed2, Features.Mixed2), f22: (Features.Mixed2, Features.Mixed2)
    var f24: (Features.Mixed2, Features.Mixed2), f20: Features.Mixed

    init(_ v: DocView, _ c: CueRun, _ inCue: [Bool]) {
        let u = v.units[c.unit].toks
        word = v.toks[c.head].word
        lastWord = v.toks[c.toks.upperBound - 1].word
        suffix = v.suffix(c.head)
        commaBefore = c.toks.lowerBound - 1 >= u.lowerBound && v.toks[c.toks.lowerBound - 1].word == Lex.comma
        afterQuote = c.toks.lowerBound - 1 >= u.lowerBound && (v.toks[c.toks.lowerBound - 1].isMark
            || (c.toks.lowerBound - 2 >= u.lowerBound && v.toks[c.toks.lowerBound - 2].isMark))
        tell = v.toks[c.head].cls.contains(.tell)
        firstNominal = -1
        for k in u where v.toks[k].kind != .punct && !v.toks[k].inQuote {
            let x = v.toks[k]
            if x.cls.contains(.pronoun) || (x.cls.isDisjoint(with: Lex.function) && !x.cls.contains(.time) && !x.cls.contains(.adverb) && !inCue[k]) {
                firstNominal = k; break
            }
        }
        let (w, lw, sx) = (word, lastWord, suffix)
        let quote: UInt64 = afterQuote ? 1 : 2, comma: UInt64 = commaBefore ? 1 : 2, told: UInt64 = tell ? 1 : 2
        func both<T>(_ make: (UInt64) -> T) -> (T, T) { (make(1), make(2)) }
        f6 = both { Features.index(6, w, $0, 0) }
        f7 = both { Features.mixed(Features.mixed(7, w), $0) }
        f8 = both { Features.mixed(Features.mixed(8, lw), $0) }
        f18 = both { Features.mixed(Features.mixed(18, $0), quote) }
        f20 = Features.mixed(20, w)
        f21 = both { Features.index(21, $0, comma, sx) }
        f22 = both { Features.mixed(Features.mixed(22, sx), $0) }
        f24 = both { Features.mixed(Features.mixed(24, told), $0) }
    }
}

/// What lies between a candidate word and its cue.
struct Between {
    var commas = 0, marks = 0, cues = 0, thats = 0, names = 0, ends = 0, nouns = 0
    var adjacent = true

    mutating func add(_ b: Tok, inCue: Bool) {
        if !(b.cls.contains(.auxiliary) || b.cls.contains(.adverb) || b.cls.contains(.negation)) { adjacent = false }
        if b.kind == .punct {
            if b.word == Lex.comma { commas += 1 } else if b.isMark { marks += 1 } else if Lex.isSentenceEnd(b.word) { ends += 1 }
        } else if inCue { cues += 1 } else if b.word == Lex.that { thats += 1 } else if b.kind == .word {
            if b.shape == .capitalized || b.shape == .upper { names += 1 }
            if b.cls.isDisjoint(with: SourceFinder.notHead) { nouns += 1 }
        }
    }
}

/// Picks the source of each cue: every word near the cue (not in a quote,
/// not in a cue) is scored by the source model as a word of the source; the
/// best one, when sure enough, is widened to its noun phrase.
enum SourceFinder {
    static let leftWindow = 20
    static let rightWindow = 10
    static let notHead: WordClass = [.preposition, .conjunction, .auxiliary, .negation, .adverb]

    /// Calls `body` for each word that may be the source's head, nearest
    /// first on each side, with what lies between it and the cue.
    static func forEachCandidate(_ v: DocView, _ c: CueRun, _ cx: CueContext, _ inCue: [Bool], afterOnly: Bool = false,
                                 _ body: (Int, Between) -> Void) {
        let u = v.units[c.unit].toks
        var between = Between()
        var j = c.toks.lowerBound - 1
        let end = afterOnly ? c.toks.lowerBound : max(u.lowerBound, c.toks.lowerBound - leftWindow)
        while j >= end {
            let t = v.toks[j]
            if isCandidate(v, j, inCue[j]) { body(j, between) }
            between.add(t, inCue: inCue[j])
            j -= 1
        }
        // The unit's subject beyond the window (`Clinton pitched her plan as
        // ... a ladder to the middle class, noting that ...`).
        let subject = cx.firstNominal
        if !afterOnly, subject >= u.lowerBound, subject < end {
            while j > subject { between.add(v.toks[j], inCue: inCue[j]); j -= 1 }
            if isCandidate(v, subject, inCue[subject]) { body(subject, between) }
        }
        between = Between()
        j = clauseSubjectEnd(v, c, inCue)
        while j < min(u.upperBound, c.toks.upperBound + rightWindow) {
            let t = v.toks[j]
            if isCandidate(v, j, inCue[j]) { body(j, between) }
            between.add(t, inCue: inCue[j])
            j += 1
        }
    }

    /// Where the source may start after the cue: past the subject of a
    /// reported clause (`said the council was ...`: the words before `was`
    /// are what is reported, not who reports it).
    static func clauseSubjectEnd(_ v: DocView, _ c: CueRun, _ inCue: [Bool]) -> Int {
        let u = v.units[c.unit].toks
        var k = c.toks.upperBound
        while k < min(u.upperBound, c.toks.upperBound + 6) {
            let t = v.toks[k]
            if t.kind == .punct || t.inQuote || inCue[k] { break }
            if t.cls.contains(.auxiliary), k > c.toks.upperBound { return k }
            k += 1
        }
        return c.toks.upperBound
    }

    @inline(__always) static func isCandidate(_ v: DocView, _ j: Int, _ inCue: Bool) -> Bool {
        let t = v.toks[j]
        guard t.kind != .punct, !t.inQuote, !inCue, t.word != Lex.that else { return false }
        // Relative pronouns are sources in PolNeAR (`Bush, who announced ...`).
        guard t.cls.isDisjoint(with: notHead) || t.cls.contains(.pronoun) || t.cls.contains(.relative) else { return false }
        return !isLyAdverb(v, j)
    }

    /// A lowercase `-ly` word of six letters or more that no determiner or
    /// possessive goes with (`Clinton, exasperated, famously responded`,
    /// `then loudly asked`): an adverb the lexicon does not list, no one who
    /// speaks (`the family said`, `his ally says` stay candidates).
    @inline(__always) static func isLyAdverb(_ v: DocView, _ j: Int) -> Bool {
        let t = v.toks[j]
        guard t.shape == .lower, t.end - t.start >= 6, v.ends(j, with: "ly") else { return false }
        guard t.cls.isDisjoint(with: [.nominal, .anonymous, .title, .organization]) else { return false }
        return !(j > 0 && (v.toks[j - 1].cls.contains(.determiner) || v.toks[j - 1].cls.contains(.possessive)))
    }

    /// Where candidate `j` stands against its cue: what its features (and
    /// `SourceBounds.margin`, which scores them without listing them) start from.
    struct CandidatePlace {
        let tok: Tok
        let unit: Range<Int>
        let before: Bool
        let side: UInt64
        let dist: UInt64

        @inline(__always) init(_ v: DocView, _ c: CueRun, _ j: Int) {
            tok = v.toks[j]
            unit = v.units[c.unit].toks
            before = j < c.toks.lowerBound
            side = before ? 1 : 2
            dist = Features.bucket(before ? c.toks.lowerBound - j : j - c.toks.upperBound + 1)
        }

        /// The value for the candidate's side of a (before, after) pair.
        @inline(__always) func bySide<T>(_ p: (T, T)) -> T { before ? p.0 : p.1 }
    }

    /// The features of candidate `j`; those of the cue's own values finish
    /// the hashing `cx` began (the same indices, in the same order).
    static func features(_ v: DocView, _ c: CueRun, _ cx: CueContext, _ j: Int, _ bt: Between, into f: inout Features) {
        f.removeAll()
        let at = CandidatePlace(v, c, j)
        let (t, u, side, dist) = (at.tok, at.unit, at.side, at.dist)
        let g = CueFinder.wordGroup(t)
        f.add(1)
        f.add(2, side, dist)
        f.add(3, side, t.word)
        f.add(4, side, UInt64(t.shape.rawValue), UInt64(g))
        let prev = j - 1 >= u.lowerBound ? CueFinder.wordGroup(v.toks[j - 1]) : 0
        let next = j + 1 < u.upperBound ? CueFinder.wordGroup(v.toks[j + 1]) : 0
        f.add(5, side, UInt64(prev), UInt64(next))
        f.add(index: at.bySide(cx.f6))
        f.add(index: Features.index(at.bySide(cx.f7), dist))
        f.add(index: Features.index(at.bySide(cx.f8), dist))
        let (commas, marks, cues, thats, names, ends, nouns) = (bt.commas, bt.marks, bt.cues, bt.thats, bt.names, bt.ends, bt.nouns)
        f.add(9, side, UInt64(min(commas, 3)), UInt64(min(marks, 2)))
        f.add(10, side, UInt64(min(cues, 1)), UInt64(min(thats, 1)))
        f.add(11, side, UInt64(min(ends, 1)), UInt64(min(nouns, 3)))
        f.add(12, side, UInt64(g), UInt64(min(nouns, 2)))
        f.add(13, side, UInt64(min(names, 2)), UInt64(t.shape.rawValue))
        if j + 1 < u.upperBound { f.add(14, t.word, v.toks[j + 1].word) }
        if j - 1 >= u.lowerBound { f.add(15, v.toks[j - 1].word, side) }
        f.flag(16, j == u.lowerBound)
        f.add(17, side, UInt64(t.cls.rawValue & (WordClass.title.rawValue | WordClass.organization.rawValue
            | WordClass.anonymous.rawValue | WordClass.pronoun.rawValue | WordClass.nominal.rawValue)))
        // `"...," X said` / `"...," said X`.
        f.add(index: Features.index(at.bySide(cx.f18), dist))
        f.add(19, side, UInt64(nouns == 0 ? 1 : 2), UInt64(g))
        f.add(index: Features.index(Features.mixed(cx.f20, UInt64(g)), side))
        // The sentence's subject: the first nominal word of the unit (`Fiorina
        // ..., saying ...` takes the subject of the main clause).
        f.add(index: j == cx.firstNominal ? cx.f21.0 : cx.f21.1)
        f.add(index: Features.index(at.bySide(cx.f22), dist))
        // Only auxiliaries or adverbs between the word and the cue (`Trump has also said`).
        f.add(23, side, UInt64(bt.adjacent ? 1 : 2), UInt64(g))
        f.add(index: Features.index(at.bySide(cx.f24), UInt64(g)))
    }

    static func pick(_ v: DocView, _ c: CueRun, _ m: AttributionModel, _ inCue: [Bool]) -> SourcePick? {
        var f = Features()
        return pick(v, c, m, inCue, &f)
    }

    /// `exhaustive` scores every candidate in full (the reference for the
    /// bounds that let the others be given up early).
    static func pick(_ v: DocView, _ c: CueRun, _ m: AttributionModel, _ inCue: [Bool], _ f: inout Features,
                     exhaustive: Bool = false, afterOnly: Bool = false, passive: Bool = true) -> SourcePick? {
        // A passive cue's subject did not speak: the agent, if any, did.
        if passive, !afterOnly, PassiveVoice.isPassive(v, c) {
            guard var subject = pick(v, c, m, inCue, &f, exhaustive: exhaustive, passive: false) else { return nil }
            subject.spokenOf = true
            if let by = PassiveVoice.by(v, c), let a = pick(v, c, m, inCue, &f, exhaustive: exhaustive, afterOnly: true),
               a.head > by, a.head - by <= PassiveVoice.agentReach { subject.agent = (a.head, a.toks, a.probability) }
            return subject
        }
        var best = -1
        var bestP = 0.0
        var bestZ = -Float.infinity
        let cx = CueContext(v, c, inCue)
        // What the candidates need of the model, taken out once (the closures would copy it all).
        let source = m.source, bounds = m.sourceBounds, floor = LinearModel.floor(threshold: m.sourceThreshold)
        var cut = SourceFinder.cut(floor: floor, bestZ: bestZ)
        source.withWeights { w in
            let cw = CueWeights(cx, w)
            forEachCandidate(v, c, cx, inCue, afterOnly: afterOnly) { j, bt in
                let z: Float
                if exhaustive {
                    features(v, c, cx, j, bt, into: &f)
                    z = source.margin(f)
                } else {
                    guard let x = margin(v, c, cx, cw, j, bt, source.bias, w, bounds, below: cut) else { return }
                    z = x
                }
                // Below the best margin, within ±20, a candidate can neither win
                // nor tie: there the sigmoid of distinct Float margins gives
                // distinct Doubles. Its probability (an exp) is not needed.
                if z < bestZ && z > -20 && bestZ < 20 { return }
                let p = LinearModel.sigmoid(Double(z))
                if p > bestP || (p == bestP && j < best) {
                    bestP = p; best = j; bestZ = z
                    cut = SourceFinder.cut(floor: floor, bestZ: bestZ)
                }
            }
        }
        guard best >= 0, bestP >= m.sourceThreshold else { return nil }
        let before = best < c.toks.lowerBound
        let u = v.units[c.unit].toks
        let limit = before ? u.lowerBound..<c.toks.lowerBound : c.toks.upperBound..<u.upperBound
        if let name = nameBeforePartyTag(v, best, limit) ?? nameBeforePlace(v, best, limit) { best = name }
        var toks = phrase(v, best, limit, inCue)
        if let wide = reportPhrase(v, c, toks, limit, inCue) { toks = wide }
        if namesNobody(v, toks) { return nil }
        return SourcePick(head: best, toks: toks, probability: bestP, before: before)
    }

    /// `According to early results of exit polls conducted for the AP, ...`:
    /// a report's source runs to the comma before what it reports (as
    /// PolNeAR draws it), when at most `ReportChain.maxPhrase` plain tokens
    /// lie between; nil else.
    static func reportPhrase(_ v: DocView, _ c: CueRun, _ toks: Range<Int>, _ limit: Range<Int>, _ inCue: [Bool]) -> Range<Int>? {
        guard ReportChain.isAccordingTo(v, c), toks.lowerBound >= c.toks.upperBound else { return nil }
        var k = toks.upperBound
        while k < min(limit.upperBound, toks.upperBound + ReportChain.maxPhrase) {
            let x = v.toks[k]
            if x.word == Lex.comma { return k > toks.upperBound ? toks.lowerBound..<k : nil }
            if !ReportChain.isPlain(x, inCue: inCue[k]) { return nil }
            k += 1
        }
        return nil
    }

    /// `Sen. Marco Rubio (R-Fla.) said`: a head inside the party and state
    /// after a name stands for the name (whose phrase it then is); nil for
    /// any other head.
    static func nameBeforePartyTag(_ v: DocView, _ j: Int, _ limit: Range<Int>) -> Int? {
        var q = j
        while q > max(limit.lowerBound, j - 4), v.toks[q].word != Lex.openParen, v.toks[q - 1].end == v.toks[q].start { q -= 1 }
        guard q > limit.lowerBound, q < j, v.toks[q].word == Lex.openParen, v.toks[q].end == v.toks[q + 1].start,
              SpeakerIndex.capitalised(v.toks[q - 1]), !v.toks[q - 1].inQuote else { return nil }
        let a = Int(v.toks[q + 1].start)
        guard a + 2 < v.s.count, ["R", "D", "I"].contains(v.s[a]), v.s[a + 1] == "-", v.s[a + 2].properties.isUppercase else { return nil }
        return q - 1
    }

    /// `Sen. Ted Cruz of Texas said`: a place after `of` and a name stands
    /// for the name (not for `the University of Texas`: the word before
    /// `of` names no organization, place or office).
    static func nameBeforePlace(_ v: DocView, _ j: Int, _ limit: Range<Int>) -> Int? {
        guard v.toks[j].cls.contains(.place) else { return nil }
        var q = j
        while q > max(limit.lowerBound, j - 3), SpeakerIndex.capitalised(v.toks[q - 1]) { q -= 1 }
        guard q - 2 >= limit.lowerBound, v.toks[q - 1].word == Lex.of, SpeakerIndex.capitalised(v.toks[q - 2]),
              !v.toks[q - 2].inQuote, v.toks[q - 2].cls.isDisjoint(with: [.title, .organization, .place]) else { return nil }
        return q - 2
    }

    /// `the Residents' Association, whose chair, Tom Byrne, said`: the name
    /// set off after `whose` and its noun is who speaks, not the pronoun.
    static func whoseAppositive(_ v: DocView, _ j: Int, _ limit: Range<Int>, _ inCue: [Bool]) -> Range<Int>? {
        func plain(_ k: Int) -> Bool {
            let x = v.toks[k]
            return x.kind == .word && x.shape == .lower && !inCue[k] && !x.inQuote
        }
        var k = j + 1
        while k < min(limit.upperBound, j + 4), plain(k) { k += 1 }
        guard k > j + 1, k < limit.upperBound, v.toks[k].word == Lex.comma else { return nil }
        var n = k + 1
        while n < limit.upperBound, SpeakerIndex.capitalised(v.toks[n]), !inCue[n], !v.toks[n].inQuote { n += 1 }
        guard n > k + 1, n == limit.upperBound || v.toks[n].word == Lex.comma else { return nil }
        return (k + 1)..<n
    }

    /// A lowercase word that reads as a noun: no function word, adverb, time,
    /// reporting word or `-ed`/`-ing`/`-ly` form.
    static func isPlainNoun(_ v: DocView, _ k: Int, _ inCue: [Bool]) -> Bool {
        let t = v.toks[k]
        guard t.kind == .word, t.shape == .lower, !inCue[k], !t.inQuote,
              t.cls.isDisjoint(with: Lex.function.union([.adverb, .time, .negation, .speech])),
              t.end - t.start >= 3 else { return false }
        let ing = t.end - t.start >= 5 && v.ends(k, with: "ing")
        return !v.ends(k, with: "ed") && !ing && !v.ends(k, with: "ly")
    }

    /// An article alone names nobody (`The hope is ...`, with `hope` the
    /// cue); `Some` and `Many` alone do (`Some argue that ...`).
    static func namesNobody(_ v: DocView, _ toks: Range<Int>) -> Bool {
        guard toks.count == 1 else { return false }
        let w = v.toks[toks.lowerBound].word
        // Nor does a word that opens sentences and is no name (`There`, `Here`, `Maybe`).
        return [Lex.the, Lex.a, Lex.an].contains(w) || SpeakerIndex.notNames[w]
    }

    /// The noun phrase around a head word: the capitalised run it is in, with
    /// titles, and a determiner phrase to its left (`a senior State
    /// Department official`). Pronouns stand alone.
    static func phrase(_ v: DocView, _ j: Int, _ limit: Range<Int>, _ inCue: [Bool]) -> Range<Int> {
        let t = v.toks[j]
        if t.cls.contains(.pronoun) { return j..<(j + 1) }
        // A relative pronoun takes in the phrase it stands for (`Mike Pence,
        // who`): PolNeAR marks either as the source.
        if t.cls.contains(.relative) {
            if t.word == Lex.whose, let name = whoseAppositive(v, j, limit, inCue) { return name }
            guard let ante = SpeakerIndex.antecedent(v, j), ante.lowerBound >= limit.lowerBound else { return j..<(j + 1) }
            return ante.lowerBound..<(j + 1)
        }
        func nameLike(_ k: Int) -> Bool {
            let x = v.toks[k]
            return x.kind == .word && !inCue[k] && (x.shape == .capitalized || x.shape == .upper) && !x.inQuote
                && (!x.cls.contains(.time) || SpeakerIndex.isTimeSurname(v, k))
        }
        func nounLike(_ k: Int) -> Bool {
            let x = v.toks[k]
            return x.kind == .word && !inCue[k] && !x.inQuote
                && (!x.cls.isDisjoint(with: [.anonymous, .organization, .nominal, .title]) || nameLike(k))
        }
        var e = j
        while e + 1 < limit.upperBound, nounLike(e + 1) { e += 1 }
        // Names joined by a slash (`a Reuters/Ipsos poll`).
        while e + 2 < limit.upperBound, v.toks[e + 1].word == Lex.slash, nameLike(e), nameLike(e + 2),
              v.toks[e].end == v.toks[e + 1].start, v.toks[e + 1].end == v.toks[e + 2].start {
            e += 2
            while e + 1 < limit.upperBound, nounLike(e + 1) { e += 1 }
        }
        // From a determiner or modifier, on to the noun it goes with (`the gambling tycoon`).
        if e == j, t.shape == .lower || t.cls.contains(.determiner) {
            var k = j + 1
            while k < min(limit.upperBound, j + 5) {
                let x = v.toks[k]
                guard x.kind == .word, !inCue[k], !x.inQuote, x.cls.isDisjoint(with: SourceFinder.notHead.union([.relative, .time, .pronoun])) else { break }
                e = k; k += 1
                if !x.cls.isDisjoint(with: [.anonymous, .organization, .nominal, .title]) || nameLike(k - 1) { while e + 1 < limit.upperBound, nounLike(e + 1) { e += 1 }; break }
            }
        }
        // `Mr. Trump`, `Sen. John Cornyn` from the title itself: on over its
        // period to the name (the period is a token of its own, so the name
        // was cut off and the speaker came out as `Mr`).
        while e + 2 < limit.upperBound, v.toks[e + 1].word == Lex.period,
              v.toks[e].cls.contains(.title) && v.toks[e].shape != .lower || SpeakerIndex.isInitial(v.toks[e]), nameLike(e + 2) {
            e += 2
            while e + 1 < limit.upperBound, nameLike(e + 1) { e += 1 }
        }
        // `Department of Justice`, `Secretary of State`.
        while e + 2 < limit.upperBound, v.toks[e + 1].word == Lex.of, nameLike(e + 2), nameLike(e) {
            e += 2
            while e + 1 < limit.upperBound, nameLike(e + 1) { e += 1 }
        }
        var a = j
        while a - 1 >= limit.lowerBound {
            if nameLike(a - 1) || (nounLike(a - 1) && v.toks[a - 1].shape != .lower) { a -= 1; continue }
            // A title or role before a name (`Northern League leader Matteo Salvini`).
            if nounLike(a - 1), nameLike(a), !v.toks[a - 1].cls.isDisjoint(with: [.title, .anonymous]) { a -= 1; continue }
            // `Mr. Trump`, `Sen. Warren`: a title's period.
            if a - 2 >= limit.lowerBound, v.toks[a - 1].word == Lex.period,
               v.toks[a - 2].cls.contains(.title) || SpeakerIndex.isInitial(v.toks[a - 2]) { a -= 2; continue }
            // A number joined by a hyphen (`the 43-year-old`).
            if a - 2 >= limit.lowerBound, v.toks[a - 1].word == Lex.dash, v.toks[a - 2].kind == .number,
               v.toks[a - 1].start == v.toks[a - 2].end, v.toks[a].start == v.toks[a - 1].end { a -= 2; continue }
            // A plural possessive before the head (`the farmers' union`).
            if a - 2 >= limit.lowerBound, v.toks[a - 1].word == Lex.apostrophe, v.toks[a - 1].start == v.toks[a - 2].end,
               v.toks[a - 2].kind == .word, !inCue[a - 2], !v.toks[a - 2].inQuote,
               v.s[Int(v.toks[a - 2].end) - 1] == "s" { a -= 2; continue }
            // `Bill de Blasio`: a particle inside the name.
            if a - 2 >= limit.lowerBound, SpeakerIndex.particleInName(v, a - 1) { a -= 1; continue }
            // `Secretary of State John Kerry`: an office with `of`.
            if a - 2 >= limit.lowerBound, v.toks[a - 1].word == Lex.of, v.toks[a - 2].cls.contains(.title),
               v.toks[a - 2].shape != .lower, nameLike(a), !inCue[a - 2] { a -= 2; continue }
            break
        }
        // Plain modifiers before a common noun (`US intelligence agencies`), when
        // what precedes them is not a word that could be a verb.
        if v.toks[a].shape == .lower {
            var k = a - 1, n = 0
            while k >= limit.lowerBound, n < 3 {
                let x = v.toks[k]
                guard x.kind == .word, !inCue[k], !x.inQuote, x.cls.isDisjoint(with: Lex.function.union([.adverb, .time])) else { break }
                k -= 1; n += 1
            }
            let stop = k >= limit.lowerBound ? v.toks[k] : nil
            let clean = stop == nil || stop!.kind == .punct || !stop!.cls.isDisjoint(with: [.determiner, .preposition, .conjunction, .possessive])
            if n > 0, clean { a = k + 1 }
        }
        // A determiner a few words to the left, with only modifiers between
        // (`a senior State Department official`); a name takes only the one
        // right before it (`the White House`, not `this situation Putin`).
        var k = a - 1
        var steps = 0
        let name = v.toks[e].shape != .lower
        while k >= limit.lowerBound, steps < (name ? 1 : 4) {
            let x = v.toks[k]
            if x.kind != .word || inCue[k] || x.inQuote { break }
            if x.cls.contains(.determiner) || x.cls.contains(.possessive) { a = k; break }
            if !x.cls.isDisjoint(with: [.preposition, .conjunction, .auxiliary, .relative, .pronoun, .negation, .adverb]) { break }
            k -= 1; steps += 1
        }
        // Before its cue, a source runs up to it over plain words (`Transport campaigners welcomed`).
        if limit.upperBound < v.toks.count, inCue[limit.upperBound] {
            var k = e + 1
            while k < limit.upperBound, v.toks[k].kind == .word, !v.toks[k].inQuote,
                  v.toks[k].cls.isDisjoint(with: Lex.function.union([.adverb, .time, .negation])) { k += 1 }
            if k == limit.upperBound, k - e <= 3 { e = k - 1 }
        }
        // A name used as a modifier goes on to the nouns it modifies, up to
        // an auxiliary or punctuation (`Democratic voters are`, `a White
        // House pool report.`: the speakers were `Democratic`, `White House`).
        // A possessive name stays the source (`Clinton's struggles`).
        if v.toks[e].shape != .lower, !v.toks[e].cls.contains(.pronoun), !v.isPossessive(e) {
            var k = e + 1, possessive = false
            while k < min(limit.upperBound, e + 3), isPlainNoun(v, k, inCue) {
                k += 1
                // `The Florida senator's answer`: the owner is the source.
                if v.isPossessive(k - 1) { possessive = true; break }
            }
            let stop = k < limit.upperBound ? v.toks[k] : nil
            if k > e + 1, possessive || stop == nil || stop!.kind == .punct || stop!.cls.contains(.auxiliary) { e = k - 1 }
            // On to the name the nouns are a title of (`Democratic front-runner
            // Hillary Clinton`, `Retired ferry captain Lena Moss`).
            else if k > e + 1, !possessive, nameLike(k) {
                e = k
                while e + 1 < limit.upperBound, nameLike(e + 1) { e += 1 }
            }
        }
        // A person-like noun before a prepositional phrase goes with it (`A
        // spokeswoman for the agency`, `Lawmakers from both parties`).
        if a - 2 >= limit.lowerBound, !v.toks[a].cls.contains(.pronoun), Lex.ofPerson.contains(v.toks[a - 1].word) {
            let n = a - 2, x = v.toks[n]
            if x.kind == .word, !inCue[n], !x.inQuote, !x.cls.isDisjoint(with: [.anonymous, .title]) {
                a = n
                if a - 1 >= limit.lowerBound, !inCue[a - 1], v.toks[a - 1].cls.contains(.determiner) || v.toks[a - 1].cls.contains(.possessive) { a -= 1 }
            }
        }
        // A number right before the phrase is part of it (`47 percent said`:
        // the speaker was `percent`).
        if a - 1 >= limit.lowerBound, v.toks[a - 1].kind == .number, !inCue[a - 1], !v.toks[a - 1].inQuote,
           v.toks[a].shape == .lower { a -= 1 }
        if a - 1 >= limit.lowerBound, v.toks[a - 1].word == Lex.according { a = j }
        while a < j, opensSentenceOnly(v.toks[a]) { a += 1 }
        return a..<(e + 1)
    }

    /// A capitalised word that opens a sentence before the name without
    /// being part of it (`But Cox said`, `When the moderator asked`, `Even
    /// HBO`): a conjunction, a preposition, a relative word, a sentence
    /// adverb, or another word that is no name (`SpeakerIndex.notNames`:
    /// `Meanwhile`, `Said`). Determiners stay (`The Post`, `That poll`), as do
    /// negations (`Not everyone agrees`) and other adverbs (`First Lady
    /// Michelle Obama`).
    static func opensSentenceOnly(_ t: Tok) -> Bool {
        guard t.kind == .word, t.shape == .capitalized, !t.cls.contains(.determiner) else { return false }
        return !t.cls.isDisjoint(with: [.conjunction, .preposition, .relative]) || sentenceAdverbs[t.word]
            || SpeakerIndex.notNames[t.word]
    }

    static let sentenceAdverbs = WordTable(words: ["now", "then", "even", "still", "also", "however", "instead"])
}
