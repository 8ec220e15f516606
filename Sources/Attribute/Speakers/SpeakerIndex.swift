import ClaimlineCore

/// A name in the text: a run of capitalised words.
struct Mention {
    var toks: Range<Int>
    /// The tokens of the name without titles or determiners (`Vladimir Putin`).
    var core: Range<Int>
    /// How many words the core has.
    var words: Int
    /// The lowercase hash of its last word, without a possessive `'s`.
    var lastHash: UInt64
    var person: Bool
    var organization: Bool
    /// Said by a title before the name or by its first name (`Mrs Clinton`, `Hillary Clinton`).
    var gender: PersonNames.Gender = .unknown
    /// A title or role stood before the name (`Rep. Sander M. Levin`, `florist Sam Greene`).
    var titled = false
    /// It owns the name after it (`Barack Obama's America`, `CNN's Tara
    /// Setmayer`): not taken for a person, yet maybe one.
    var owner = false
    /// Words inside it that no name has (`Minority Outreach Undone By
    /// Trump`): a headline or a title, no one's fuller name.
    var headline = false
    /// The title written before the name (`Sen.` of `Sen. Marco Rubio`), in
    /// full (`SpeakerIndex.fullTitle`), or 0.
    var title: UInt64 = 0

    /// The hashes of the core's words (made when two names are compared).
    func hashes(_ v: DocView) -> [UInt64] {
        var out: [UInt64] = []
        appendHashes(v, to: &out)
        return out
    }

    func appendHashes(_ v: DocView, to out: inout [UInt64]) {
        for t in core where v.toks[t].kind == .word { out.append(SpeakerIndex.baseHash(v, t)) }
    }
}

/// Names in a document and how sources link to them: short forms (`Mr
/// Putin`, `Putin`) resolve to the fullest name of the entity (`Vladimir
/// Putin`), pronouns to the latest compatible mention before them, nominal
/// sources such as `the post` to the speaker of the claim they continue.
/// Strings are made only for the speakers written.
struct SpeakerIndex {
    /// In text order, never overlapping.
    private(set) var mentions: [Mention] = []
    /// Distinct names (`Clarke`, `Tom Clarke`): the words of each (flat,
    /// `formWords[formWordStart[f]..<formWordStart[f + 1]]`) and its mentions
    /// in text order (`formMentions[formMentionStart[f]..<formMentionStart[f + 1]]`).
    private var formWords: [UInt64] = []
    private var formWordStart: [Int32] = [0]
    private var formMentions: [Int32] = []
    private var formMentionStart: [Int32] = []
    /// The names ending in each last word, chained in order of appearance: a
    /// lookup costs the few names that can match, not every mention, so a
    /// long document costs in proportion to its size.
    private var byLast = LastWordIndex(count: 0)
    private var nextSameLast: [Int32] = []

    init(_ v: DocView) {
        for u in v.units {
            var k = u.toks.lowerBound
            while k < u.toks.upperBound {
                guard SpeakerIndex.capitalised(v.toks[k]) else { k += 1; continue }
                var e = k
                while e + 1 < u.toks.upperBound {
                    if SpeakerIndex.capitalised(v.toks[e + 1]) { e += 1; continue }
                    if e + 2 < u.toks.upperBound, SpeakerIndex.particleInName(v, e + 1) { e += 1; continue }
                    if e + 2 < u.toks.upperBound, v.toks[e + 1].word == Lex.period,
                       v.toks[e].cls.contains(.title) || SpeakerIndex.isInitial(v.toks[e]),
                       SpeakerIndex.capitalised(v.toks[e + 2]) { e += 2; continue }
                    break
                }
                var a = k
                // A word of time alone may be a surname (`Day said`): kept, it
                // is a person when a fuller name ends in it (`markIfPerson`),
                // and dropped when none does.
                while a <= e, !(a == e && PersonNames.timeSurnames[v.toks[a].word]),
                      !v.toks[a].cls.isDisjoint(with: SpeakerIndex.leading) || SpeakerIndex.notNames[v.toks[a].word]
                        || SpeakerIndex.beforeNames[v.toks[a].word] || (a == u.toks.lowerBound && a < e && SpeakerIndex.opensSentenceAsVerb(v, a)) { a += 1 }
                // `The Post's Dana Milbank`: two names, the owner's and the
                // person's; a longer run is a headline (`... Is Over Marco Rubio's Same Old Speech`).
                let owned = a <= e ? SpeakerIndex.ownedName(v, a..<(e + 1)).flatMap { $0 - a <= 3 ? $0 : nil } : nil
                // An owner right before a name is nearly always an outlet or a
                // place (`CNN's Tara Setmayer`, `France's Marine Le Pen`), not a person.
                if let owned, !v.toks[a].inQuote, var m = SpeakerIndex.mention(v, a..<owned) { m.person = false; m.owner = true; mentions.append(m) }
                let b = owned ?? a
                if b <= e, !v.toks[b].inQuote, let m = SpeakerIndex.mention(v, b..<(e + 1)) { mentions.append(m) }
                k = e + 1
            }
        }
        guard !mentions.isEmpty else { return }
        byLast = LastWordIndex(count: mentions.count)
        // A single word is a person when it is the surname of a fuller name
        // seen. A title seen with it (`President Obama`) types it as a person
        // (`speaker`), but gives pronouns no new name to stand for.
        for m in mentions where m.person && m.words >= 2 { byLast.markSurname(m.lastHash) }
        for m in mentions where m.person && m.words == 1 && m.titled { byLast.markTitled(m.lastHash) }
        let names = byLast
        for i in mentions.indices where mentions[i].words == 1 { SpeakerIndex.markIfPerson(v, &mentions[i], names) }
        // A word of time kept alone (`In May`) stays only as a surname (`Day said`).
        mentions.removeAll { m in !m.person && m.words == 1 && m.toks.count == 1 && PersonNames.timeSurnames[v.toks[m.core.lowerBound].word] }
        guard !mentions.isEmpty else { return }
        // Each mention's name form: among the forms with its last word, the one with its words.
        var formOf = [Int32](repeating: 0, count: mentions.count)
        var words: [UInt64] = []
        for (i, m) in mentions.enumerated() {
            words.removeAll(keepingCapacity: true)
            m.appendHashes(v, to: &words)
            var f = byLast.first(m.lastHash)
            var lastOfChain: Int32 = -1
            while f >= 0 && !formWords[Int(formWordStart[Int(f)])..<Int(formWordStart[Int(f) + 1])].elementsEqual(words) {
                lastOfChain = f
                f = nextSameLast[Int(f)]
            }
            if f < 0 {
                f = Int32(nextSameLast.count)
                formWords += words
                formWordStart.append(Int32(formWords.count))
                nextSameLast.append(-1)
                if lastOfChain >= 0 { nextSameLast[Int(lastOfChain)] = f } else { byLast.setFirst(m.lastHash, f) }
            }
            formOf[i] = f
        }
        // Mentions grouped by form, each group in text order.
        formMentionStart = [Int32](repeating: 0, count: nextSameLast.count + 1)
        for f in formOf { formMentionStart[Int(f) + 1] += 1 }
        for f in 0..<nextSameLast.count { formMentionStart[f + 1] += formMentionStart[f] }
        var fill = formMentionStart
        formMentions = [Int32](repeating: 0, count: mentions.count)
        for (i, f) in formOf.enumerated() { formMentions[Int(fill[Int(f)])] = Int32(i); fill[Int(f)] += 1 }
    }

    /// A one-word mention, not an organization, is a person when it is a
    /// surname seen with a fuller name or a title, or a first name of known
    /// gender that is no one's surname here (`Trump's wife, Melania`).
    // Static, with the index passed in: a method of `self` given `&mentions[i]`
    // would copy `self`, and with it the whole mentions array, at every call.
    private static func markIfPerson(_ v: DocView, _ m: inout Mention, _ byLast: LastWordIndex, titledToo: Bool = false) {
        guard m.words == 1, !m.organization, !m.person else { return }
        if byLast.isSurname(m.lastHash) || (titledToo && byLast.isTitled(m.lastHash)) {
            m.person = true
        } else if SpeakerIndex.capitalised(v.toks[m.core.lowerBound]), case let g = PersonNames.gender[m.lastHash], g != .unknown {
            m.person = true
            if m.gender == .unknown { m.gender = g }
        }
    }

    /// The person a title phrase stands for (`the senator`, `The Florida
    /// senator`): the latest person named before `pos` (none in `exclude`),
    /// when written somewhere with the same title (`vice president` is not
    /// `president`) and, near that, the phrase's capitalised words (`Florida
    /// Sen. Marco Rubio`). The latest person, not the latest so titled: after
    /// `Obama said ...`, `The president also said` is Obama even where
    /// `World Bank President Jim Yong Kim` came between; and when the latest
    /// person holds no such title, nobody (a wrong name is worse than none).
    func lastTitled(_ v: DocView, _ src: Range<Int>, before pos: Int, exclude: [Range<Int>]) -> Mention? {
        let title = SpeakerIndex.title(v, at: src.upperBound - 1)
        let names = src.filter { SpeakerIndex.capitalised(v.toks[$0]) && !v.toks[$0].cls.contains(.determiner) }.map { v.toks[$0].word }
        // The mentions with `m`'s last word, through the index of name forms.
        func holds(_ m: Mention) -> Bool {
            var f = byLast.first(m.lastHash)
            while f >= 0 {
                defer { f = nextSameLast[Int(f)] }
                for k in formMentions[Int(formMentionStart[Int(f)])..<Int(formMentionStart[Int(f) + 1])] {
                    let t = mentions[Int(k)]
                    guard t.title != 0, t.title == title else { continue }
                    let near = max(0, t.toks.lowerBound - 2)..<min(v.toks.count, t.toks.upperBound + 4)
                    if names.allSatisfy({ w in near.contains { v.toks[$0].word == w } }) { return true }
                }
            }
            return false
        }
        var i = firstMention({ $0.toks.lowerBound }, atLeast: pos) - 1
        var seen = 0
        while i >= 0, seen < 60 {
            let m = mentions[i]
            i -= 1; seen += 1
            // A surname seen with a title is a person here too (`President Obama ... Obama said`).
            guard m.person || byLast.isTitled(m.lastHash), !exclude.contains(where: { $0.contains(m.toks.lowerBound) }) else { continue }
            return holds(m) ? m : nil
        }
        return nil
    }

    /// The title at token `t` in full (`sen` is `senator`, `gov` `governor`),
    /// with the title word before it (`vice president`, `prime minister`).
    static func title(_ v: DocView, at t: Int) -> UInt64 {
        let w = fullTitle(v.toks[t].word)
        guard t > 0, v.toks[t - 1].kind == .word, v.toks[t - 1].cls.contains(.title) else { return w }
        return WordHash.seed ^ (fullTitle(v.toks[t - 1].word) &* 31) ^ w
    }

    /// A title in full: `sen` is `senator`, `gov` `governor`, `rep` `representative`.
    static func fullTitle(_ w: UInt64) -> UInt64 { titleAbbreviations[w] ?? w }

    static let titleAbbreviations: [UInt64: UInt64] = {
        let pairs = [("sen", "senator"), ("sen.", "senator"), ("gov", "governor"), ("gov.", "governor"),
                     ("rep", "representative"), ("rep.", "representative"), ("congressman", "representative"),
                     ("congresswoman", "representative"), ("pres", "president"), ("pres.", "president"),
                     ("gen", "general"), ("gen.", "general"), ("sec", "secretary"), ("sec.", "secretary")]
        return Dictionary(uniqueKeysWithValues: pairs.map { (WordHash.of($0.0), WordHash.of($0.1)) })
    }()

    /// The index of the first mention whose `key` is at least `x` (keys grow with the index).
    func firstMention(_ key: (Mention) -> Int, atLeast x: Int) -> Int {
        partitionPoint(mentions.indices) { key(mentions[$0]) < x }
    }

    /// The last mention ending at or before `x`.
    private func lastMention(endingBy x: Int) -> Mention? {
        let k = firstMention({ $0.toks.upperBound }, atLeast: x + 1)
        return k > 0 ? mentions[k - 1] : nil
    }

    /// The mention starting at `x`, if any.
    private func mention(startingAt x: Int) -> Mention? {
        let k = firstMention({ $0.toks.lowerBound }, atLeast: x)
        return k < mentions.count && mentions[k].toks.lowerBound == x ? mentions[k] : nil
    }

    /// `Theresa May`, `Kristen Day`: a capitalised word of time right after
    /// a first name of known gender is a surname, not a date.
    static func isTimeSurname(_ v: DocView, _ k: Int) -> Bool { k > 0 && isTimeSurname(v.toks[k], after: v.toks[k - 1]) }

    @inline(__always) static func isTimeSurname(_ t: Tok, after p: Tok) -> Bool {
        PersonNames.timeSurnames[t.word] && capitalised(t) && capitalised(p) && PersonNames.gender[p.word] != .unknown
    }

    /// Words that start a capitalised run without being part of the name.
    static let leading: WordClass = [.determiner, .preposition, .conjunction, .pronoun, .objectPronoun, .adverb, .relative,
                                     .auxiliary, .negation, .time, .possessive]

    /// Word classes no word inside a person's name has.
    static let notInNames: WordClass = [.preposition, .conjunction, .negation, .determiner]

    /// Capitalised words that begin sentences and are no names in news text
    /// (`There's no doubt`: a pronoun after it resolved to `There`); a word
    /// table, whose filter answers most words with one test.
    static let notNames = WordTable(words: ["there", "there's", "there’s", "here", "here's", "here’s",
                                            "maybe", "perhaps", "meanwhile", "why", "how", "said", "says", "see"])

    /// Words that open a sentence before a name without being part of it
    /// (`Whatever Apple does`, `Besides Clinton`, `Given Obama's record`).
    /// Kept apart from `notNames`, which source phrases use too.
    static let beforeNames = WordTable(words: ["whatever", "whoever", "however", "besides", "given", "absent", "despite", "unlike"])

    /// A capitalised `-ed` or `-ing` word that opens the sentence before a
    /// name (`Asserting Clinton ...`, `Stated Stone:`), unless it is a first
    /// name (`Jared Kushner`): a verb, not part of the name.
    static func opensSentenceAsVerb(_ v: DocView, _ a: Int) -> Bool {
        let t = v.toks[a]
        guard t.shape == .capitalized, t.end - t.start >= 5, PersonNames.gender[t.word] == .unknown else { return false }
        return v.ends(a, with: "ed") || v.ends(a, with: "ing")
    }

    /// Lowercase particles inside surnames (`Bill de Blasio`, `Ursula von der Leyen`).
    /// A word table, not a Set: it is asked of most lowercase words after a
    /// name, and its filter answers no without hashing the hash again.
    static let particles = WordTable(wordList: "de da di du del della van von der den ter bin ibn al el la le dos das")

    /// Whether `k` is a particle between two capitalised words of a name,
    /// with at most one more particle beside it (`von der`).
    static func particleInName(_ v: DocView, _ k: Int) -> Bool {
        func particle(_ i: Int) -> Bool { i >= 0 && i < v.toks.count && v.toks[i].shape == .lower && particles[v.toks[i].word] }
        func cap(_ i: Int) -> Bool { i >= 0 && i < v.toks.count && capitalised(v.toks[i]) }
        return particle(k) && (cap(k - 1) || particle(k - 1) && cap(k - 2)) && (cap(k + 1) || particle(k + 1) && cap(k + 2))
    }

    /// Words that stand for people left unnamed when they open a sentence.
    static let unnamed: [UInt64] = ["one", "others"].map(WordHash.of)

    /// A middle initial (`Harry M. Reid`, `John F. Kennedy`): one capital letter.
    static func isInitial(_ t: Tok) -> Bool { capitalised(t) && t.end - t.start == 1 }

    @inline(__always) static func capitalised(_ t: Tok) -> Bool {
        t.kind == .word && (t.shape == .capitalized || t.shape == .upper)
    }

    /// A capitalised word with a hyphen before a lowercase letter
    /// (`Angeles-area`, `Clinton-backed`; not `Lopez-Cantera`).
    static func joinsLowercase(_ v: DocView, _ t: Int) -> Bool {
        let x = v.toks[t]
        guard x.kind == .word, x.end - x.start >= 3 else { return false }
        for i in (Int(x.start) + 1)..<(Int(x.end) - 1) where v.s[i] == "-" {
            if v.s[i + 1].properties.isLowercase { return true }
        }
        return false
    }

    /// The hash of a word without a possessive `'s` or `'`.
    static func baseHash(_ v: DocView, _ t: Int) -> UInt64 {
        let x = v.toks[t]
        var end = Int(x.end)
        if end - Int(x.start) > 2, v.s[end - 2] == "'", v.s[end - 1] == "s" || v.s[end - 1] == "S" { end -= 2 }
        else if end - Int(x.start) > 1, v.s[end - 1] == "'" { end -= 1 }
        // The token's own hash when nothing is cut.
        if end == Int(x.end) { return x.word }
        return v.s.withUnsafeBufferPointer { WordHash.of($0, Int(x.start)..<end) }
    }

    static func mention(_ v: DocView, _ whole: Range<Int>) -> Mention? {
        var r = whole
        var titled = false
        // `Los Angeles-area Sanders supporters`, `Texas-based Matt Mackowiak`:
        // a word joined to a lowercase one describes; the name starts after it.
        if let k = r.dropLast().last(where: { joinsLowercase(v, $0) }) { r = (k + 1)..<r.upperBound }
        // `Sen. Ted Cruz of Texas`: the place after a person's name is not part of it.
        if let k = r.first(where: { v.toks[$0].word == Lex.of }), k > r.lowerBound, k + 1 < r.upperBound,
           capitalised(v.toks[k - 1]), v.toks[k - 1].cls.isDisjoint(with: [.title, .organization, .place]),
           v.toks[r.upperBound - 1].cls.contains(.place) || isPlaceName(v, (k + 1)..<r.upperBound),
           r[..<k].contains(where: { PersonNames.gender[v.toks[$0].word] != .unknown || v.toks[$0].cls.contains(.title) }) {
            r = r.lowerBound..<k
        }
        // `Democratic strategist Ann Lee`, `florist Sam Greene`: a role word
        // before the name is not part of it (short particles are: `de Blasio`).
        if let k = r.last(where: { v.toks[$0].kind == .word && v.toks[$0].shape == .lower && v.toks[$0].end - v.toks[$0].start >= 4
                                   && v.toks[$0].cls.isDisjoint(with: Lex.function) }),
           k + 1 < r.upperBound, capitalised(v.toks[k + 1]) { r = (k + 1)..<r.upperBound; titled = true }
        if let n = officeHolder(v, r) { r = n..<r.upperBound; titled = true }
        // A descriptor before two words or more marks a person or a role
        // (`Former Hewlett-Packard CEO Carly Fiorina`); before one it may
        // stand before an adjective (`Presumptive Democratic ...`).
        if let n = pastDescriptors(v, r) {
            r = n..<r.upperBound
            if r.filter({ v.toks[$0].kind == .word }).count >= 2 { titled = true }
        }
        // The role stays in the mention (it may open the sentence); the name is after it.
        let role = pastRole(v, r) ?? r.lowerBound
        if role > r.lowerBound { titled = true }
        var first = -1, last = -1, words = 0
        var org = false
        var lastTitle = -1
        // A title word before an organization word names the organization (`the Justice Department`).
        for t in r where v.toks[t].cls.contains(.title)
            && !(t + 1 < r.upperBound && v.toks[t + 1].cls.contains(.organization) && !v.toks[t + 1].cls.contains(.title)) { lastTitle = t }
        for t in r {
            let x = v.toks[t]
            guard x.kind == .word else { continue }
            // Titles, and a nationality or office before the last title
            // (`Russian President Vladimir Putin`, `House Speaker Paul Ryan`), are not the name.
            if lastTitle >= 0 && t <= lastTitle && t < r.upperBound - 1 { titled = true; continue }
            if t < role { continue }
            if x.cls.contains(.organization) { org = true }
            if first < 0 { first = t }
            last = t; words += 1
        }
        guard first >= 0 else { return nil }
        // Only a title is left (`the Inspector General`): the role is the name.
        if words == 1, first == last, v.toks[last].cls.contains(.title), titled,
           let a = r.first(where: { v.toks[$0].kind == .word && !v.toks[$0].cls.contains(.determiner) }), a < first {
            first = a; words = r.filter { $0 >= a && v.toks[$0].kind == .word }.count; titled = false
        }
        if words == 1 && v.toks[first].shape == .upper { org = true }
        let core = first..<(last + 1)
        // A title and a first name make a person of a name ending like a
        // place's (`Rep. Steve Israel`).
        let namedWithTitle = titled && words >= 2 && PersonNames.gender[v.toks[first].word] != .unknown
        let place = !namedWithTitle && !isTimeSurname(v, last)
            && (!v.toks[last].cls.isDisjoint(with: [.place, .time]) || PersonNames.things[v.toks[last].word]
                                        || (words >= 2 && isPlaceName(v, core)))
        // A title alone stands for its holder (`the President said`).
        // A preposition, conjunction, negation or article inside the run makes
        // it a title or a headline (`Coalition Against Trump`, `Unhappy
        // Campaign Of Paul Manafort`), not a person's name.
        let headline = words >= 3 && (first + 1..<last).contains {
            capitalised(v.toks[$0]) && !isInitial(v.toks[$0]) && !v.toks[$0].cls.isDisjoint(with: SpeakerIndex.notInNames)
        }
        let person = !org && !place && !headline && (titled || (words >= 2 && words <= 3) || v.toks[last].cls.contains(.title))
        var m = Mention(toks: r, core: core, words: words, lastHash: baseHash(v, last), person: person, organization: org)
        m.titled = titled
        m.headline = headline
        if person, titled, let t = (max(whole.lowerBound, first - 4)..<first).last(where: { v.toks[$0].cls.contains(.title) }) {
            m.title = title(v, at: t)
        }
        if person { m.gender = gender(v, whole, core, words: words) }
        return m
    }

    /// Where the name starts past words written before it that are not
    /// part of it: descriptors (`Former`, `Rival`, `Neither`) and, before a
    /// first name, a party word (`Republican Donald Trump`; not `Republican
    /// National Committee`) or the word that opens the sentence (`Comedian
    /// Sarah Silverman was booed`).
    /// Nil when there are none, or nothing would be left.
    static func pastDescriptors(_ v: DocView, _ r: Range<Int>) -> Int? {
        var k = r.lowerBound
        while k + 1 < r.upperBound, v.toks[k].kind == .word {
            let w = v.toks[k].word
            if PersonNames.descriptors[w] { k += 1; continue }
            // Then a first name and at least one more word: a party word
            // anywhere, another word only where capitals open the sentence.
            let opens = k == v.units[Int(v.toks[k].unit)].toks.lowerBound
            if PersonNames.parties[w] || (opens && PersonNames.gender[w] == .unknown), k + 2 < r.upperBound,
               v.toks[k + 2].kind == .word, PersonNames.gender[v.toks[k + 1].word] != .unknown { k += 1; continue }
            break
        }
        return k > r.lowerBound ? k : nil
    }

    /// Where the name starts past a role written before it as capitalised
    /// words that are no first names, two or more (`Navy SEAL Robert Kyle`,
    /// `Maricopa County Recorder Helen Purcell`) or one acronym (`CEO Tim
    /// Cook`), up to a first name with a word after it. Nil when there is
    /// none, or when the word before the first name ends an organization's
    /// or a place's name (`the White House James S. Brady briefing room`).
    static func pastRole(_ v: DocView, _ r: Range<Int>) -> Int? {
        guard r.count >= 3 else { return nil }
        var p = r.lowerBound
        while p < min(r.upperBound, r.lowerBound + 5), v.toks[p].kind == .word, PersonNames.gender[v.toks[p].word] == .unknown { p += 1 }
        guard p > r.lowerBound, p + 1 < r.upperBound, v.toks[p + 1].kind == .word, PersonNames.gender[v.toks[p].word] != .unknown,
              v.toks[p - 1].cls.isDisjoint(with: [.organization, .place]) || PersonNames.parties[v.toks[p - 1].word],
              p - r.lowerBound >= 2 || v.toks[r.lowerBound].shape == .upper else { return nil }
        return p
    }

    /// Whether the core words are a place that reads like a personal name (`New York`).
    static func isPlaceName(_ v: DocView, _ core: Range<Int>) -> Bool {
        var key = PersonNames.placeSeed, n = 0
        for t in core where v.toks[t].kind == .word {
            n += 1
            if n > 4 { return false }
            key = PersonNames.placeStep(key, v.toks[t].word)
        }
        return PersonNames.places[PersonNames.placeKey(end: key)]
    }

    /// A person's gender as the name says it: a gendered title before the
    /// core (`Mrs.`, `Sen.` says nothing), else the first of two or more
    /// core words when it is a first name of one gender. A name of one word
    /// is a surname: unknown (its fuller form may say).
    static func gender(_ v: DocView, _ whole: Range<Int>, _ core: Range<Int>, words: Int) -> PersonNames.Gender {
        var k = core.lowerBound - 1
        while k >= whole.lowerBound, k >= core.lowerBound - 3 {
            let g = PersonNames.titleGender[v.toks[k].word]
            if g != .unknown { return g }
            k -= 1
        }
        return words >= 2 ? PersonNames.gender[v.toks[core.lowerBound].word] : .unknown
    }

    /// Where the name starts after an office with `of` (`Secretary of State
    /// John Kerry`, `Director of National Intelligence James Clapper`): the
    /// last two words, or the last one when only two follow `of`. Nil when
    /// `r` holds no title's `of` and does not follow one.
    static func officeHolder(_ v: DocView, _ r: Range<Int>) -> Int? {
        func titleOf(_ k: Int) -> Bool { k >= 1 && v.toks[k].word == Lex.of && v.toks[k - 1].cls.contains(.title) }
        let of = r.last(where: titleOf) ?? (titleOf(r.lowerBound - 1) ? r.lowerBound - 1 : nil)
        guard let of else { return nil }
        let words = ((of + 1)..<r.upperBound).filter { v.toks[$0].kind == .word }
        guard words.count >= 2, words.allSatisfy({ capitalised(v.toks[$0]) }) else { return nil }
        return words[words.count - min(2, words.count - 1)]
    }

    /// The name as written: its core words, without a final possessive.
    func name(_ v: DocView, _ m: Mention) -> String {
        var words: [Span] = []
        words.reserveCapacity(m.core.count)
        for t in m.core where v.toks[t].kind == .word {
            var sp = v.toks[t].span
            // An initial keeps its period (`Harry M. Reid`).
            if SpeakerIndex.isInitial(v.toks[t]), t + 1 < m.core.upperBound, v.toks[t + 1].word == Lex.period,
               Int(v.toks[t + 1].start) == sp.end { sp.end += 1 }
            words.append(sp)
        }
        // Only the last word's possessive is cut (`Moody's Investors Service`).
        if var sp = words.popLast() {
            if sp.length > 2, v.s[sp.end - 2] == "'", v.s[sp.end - 1] == "s" { sp.end -= 2 } else if sp.length > 1, v.s[sp.end - 1] == "'" { sp.end -= 1 }
            words.append(sp)
        }
        // One String of the words joined by spaces, not one per word.
        return FastText.string(v.s, words, separator: " ")
    }

    /// The canonical speaker and source type of a source phrase.
    func speaker(_ v: DocView, _ src: Range<Int>, exclude: [Range<Int>], previous: (SpeakerRef, SourceType)?) -> (SpeakerRef, SourceType) {
        let head = v.toks[src.upperBound - 1]
        // `Mike Pence, who`: the relative pronoun's speaker, as when it stands alone.
        if src.count > 1, head.cls.contains(.relative) {
            return speaker(v, (src.upperBound - 1)..<src.upperBound, exclude: exclude, previous: previous)
        }
        if src.count == 1, head.cls.contains(.pronoun) {
            return (resolvePronoun(v, head, before: src.lowerBound, exclude: exclude), .pronoun)
        }
        if src.count == 1, head.cls.contains(.relative), let m = lastMention(endingBy: src.lowerBound),
           src.lowerBound - m.toks.upperBound <= 2 {
            // `Bush, who announced ...`: the relative pronoun's antecedent.
            let full = fullest(v, m, at: m.toks.lowerBound)
            return (.name(full), full.person ? .person : .organization)
        }
        if src.count == 1, head.cls.contains(.relative), let np = SpeakerIndex.antecedent(v, src.lowerBound) {
            // `voters who say ...`, `Democrats across the country, who ...`: the
            // phrase the pronoun stands for, read as a source of its own.
            return speaker(v, np, exclude: exclude, previous: previous)
        }
        // `A spokeswoman for the agency`, `Officials at the State Department`:
        // somebody unnamed from a group (unless a name stands beside them).
        if let k = src.first(where: { v.toks[$0].kind == .word && !v.toks[$0].cls.contains(.determiner) }),
           v.toks[k].cls.contains(.anonymous), k + 1 < src.upperBound - 1, Lex.ofPerson.contains(v.toks[k + 1].word) {
            if let byName = appositiveSpeaker(v, src, exclude: exclude) { return byName }
            return (SpeakerRef.text(v.span(src)), .anonymous)
        }
        let firstWord = src.first { v.toks[$0].kind == .word }.map { v.toks[$0] }
        let named = src.contains { SpeakerIndex.capitalised(v.toks[$0]) && !v.toks[$0].cls.contains(.determiner) && $0 != src.lowerBound }
            || (firstWord.map { SpeakerIndex.capitalised($0) && $0.cls.isDisjoint(with: SpeakerIndex.leading) } ?? false)
            // `Day said`: a word of time that is a person's surname here.
            || (firstWord.map { PersonNames.timeSurnames[$0.word] } ?? false) && mention(startingAt: src.lowerBound)?.person == true
        let text = SpeakerRef.text(v.span(src))
        // `Sources said`, `Officials believe`: capitalised only to start the sentence.
        let sentenceStart = src.lowerBound == v.units[Int(head.unit)].toks.lowerBound
        // `One said ...`, `Others argue ...`: somebody not named, not an organization.
        if src.count == 1, sentenceStart, SpeakerIndex.unnamed.contains(head.word) { return (text, .anonymous) }
        let common = src.count == 1 && sentenceStart && !head.cls.isDisjoint(with: [.anonymous, .nominal])
        if !named || head.shape == .lower || common {
            // A role next to a name (`Maria Lopez, the city's finance director`): the name.
            if let byName = appositiveSpeaker(v, src, exclude: exclude) { return byName }
            // A nominal or anonymous phrase: `a senior official`, `sources`, `the post`.
            let definite = firstWord.map { $0.word == Lex.the || $0.cls.contains(.possessive) } ?? false
            if head.cls.contains(.anonymous) && !definite { return (text, .anonymous) }
            // `the post`, `the statement`: the words of the speaker just quoted.
            if head.cls.contains(.medium), definite, let previous, !previous.0.isNone { return (previous.0, .nominal) }
            // `the senator`, `The Florida senator`: the person last named with that title.
            if definite, head.cls.contains(.title), let m = lastTitled(v, src, before: src.lowerBound, exclude: exclude) {
                return (.name(fullest(v, m, at: m.toks.lowerBound, gender: m.gender)), .nominal)
            }
            return (text, head.cls.contains(.organization) && definite ? .organization : .nominal)
        }
        guard var m = SpeakerIndex.mention(v, trimmed(v, src)) else { return (text, .nominal) }
        SpeakerIndex.markIfPerson(v, &m, byLast, titledToo: true)
        let full = fullest(v, m, at: src.lowerBound, gender: m.gender)
        let type: SourceType = m.organization ? .organization : (m.person || full.person ? .person : .organization)
        return (.name(full), type)
    }

    /// The noun phrase a relative pronoun at `r` stands for: the words right
    /// before it (past a comma). A phrase naming nobody after a preposition
    /// or `of` goes with the one before it (`Democrats across the country,
    /// who`, `one Democrat familiar with the talks, who`, `the former
    /// secretary of state, who`); one naming somebody stands alone (`a wave
    /// of alarm among legal experts, who`).
    static func antecedent(_ v: DocView, _ r: Int) -> Range<Int>? {
        let u = v.units[Int(v.toks[r].unit)].toks
        var e = r - 1
        if e >= u.lowerBound, v.toks[e].word == Lex.comma { e -= 1 }
        guard let np = nounPhrase(v, endingAt: e, in: u) else { return nil }
        let p = np.lowerBound - 1
        guard p > u.lowerBound, v.toks[p].cls.contains(.preposition) || v.toks[p].word == Lex.of,
              !namesSomebody(v, np), let outer = nounPhrase(v, endingAt: p - 1, in: u),
              v.toks[p].word == Lex.of || namesSomebody(v, outer) else { return np }
        return outer.lowerBound..<np.upperBound
    }

    /// Up to five words of a noun phrase ending at `e`: nouns, names, numbers
    /// and modifiers, back to a determiner or possessive; never a verb form.
    private static func nounPhrase(_ v: DocView, endingAt e: Int, in u: Range<Int>) -> Range<Int>? {
        guard e >= u.lowerBound, isNounLike(v, e) else { return nil }
        var a = e
        while a - 1 >= u.lowerBound, a > e - 4 {
            let x = v.toks[a - 1]
            if x.kind == .word, x.cls.contains(.determiner) || x.cls.contains(.possessive), !x.inQuote { a -= 1; break }
            // A reporting word ends a phrase as a noun (`secretary of state`), else it is a verb (`said one aide`).
            guard isNounLike(v, a - 1) && !x.cls.contains(.speech) || x.kind == .number else { break }
            a -= 1
        }
        return a..<(e + 1)
    }

    /// A name, a title or a word for people or organisations (`experts`, `the union`).
    private static func namesSomebody(_ v: DocView, _ r: Range<Int>) -> Bool {
        r.contains { v.toks[$0].shape != .lower || !v.toks[$0].cls.isDisjoint(with: [.anonymous, .organization, .title]) }
    }

    /// A word of a noun phrase: no function word or lowercase `-ed`/`-ing`
    /// form (`compared with the 30 percent who`).
    private static func isNounLike(_ v: DocView, _ k: Int) -> Bool {
        let t = v.toks[k]
        guard t.kind == .word, !t.inQuote, t.cls.isDisjoint(with: leading) else { return false }
        guard t.shape == .lower, t.end - t.start >= 4 else { return true }
        return !v.ends(k, with: "ed") && !v.ends(k, with: "ing")
    }

    /// The speaker named beside a role (`Maria Lopez, the city's finance
    /// director`), unless the name is in the claim's content (`exclude`):
    /// that is what was said (`According to recent polls, Trump holds ...`).
    func appositiveSpeaker(_ v: DocView, _ src: Range<Int>, exclude: [Range<Int>]) -> (SpeakerRef, SourceType)? {
        guard let m = appositive(v, src), !exclude.contains(where: { $0.overlaps(m.toks) }) else { return nil }
        return (.name(fullest(v, m, at: m.toks.lowerBound)), m.organization ? .organization : .person)
    }

    /// A name set off by a comma right before or after a phrase.
    func appositive(_ v: DocView, _ src: Range<Int>) -> Mention? {
        // The phrase must read as a role (`the city's finance director`), and the
        // name must not sit in a prepositional phrase (`on Twitter, the embassy`).
        let first = v.toks[src.lowerBound]
        guard first.shape == .lower || first.cls.contains(.determiner) else { return nil }
        func free(_ m: Mention) -> Bool {
            !m.organization && (m.toks.lowerBound == 0 || !v.toks[m.toks.lowerBound - 1].cls.contains(.preposition))
        }
        if src.lowerBound >= 2, v.toks[src.lowerBound - 1].word == Lex.comma,
           let m = lastMention(endingBy: src.lowerBound - 1), m.toks.upperBound == src.lowerBound - 1, free(m) { return m }
        if src.upperBound + 1 < v.toks.count, v.toks[src.upperBound].word == Lex.comma,
           let m = mention(startingAt: src.upperBound + 1), free(m) { return m }
        // Past the group the role belongs to (`A spokeswoman for the agency, Ana Ruiz,`).
        if src.upperBound + 2 < v.toks.count, Lex.ofPerson.contains(v.toks[src.upperBound].word),
           let c = ((src.upperBound + 1)..<min(v.toks.count - 1, src.upperBound + 7)).first(where: { v.toks[$0].kind == .punct }),
           v.toks[c].word == Lex.comma, let m = mention(startingAt: c + 1), free(m) { return m }
        return nil
    }

    /// A source phrase without leading function words, and without an owner
    /// before the name (`Clinton's spokesman Brian Fallon`: `Brian Fallon`).
    func trimmed(_ v: DocView, _ r: Range<Int>) -> Range<Int> {
        var a = r.lowerBound
        while a < r.upperBound - 1, !v.toks[a].cls.isDisjoint(with: SpeakerIndex.leading) || v.toks[a].kind != .word { a += 1 }
        return (SpeakerIndex.ownedName(v, a..<r.upperBound) ?? a)..<r.upperBound
    }

    /// Where the name owned by a possessive begins (`Russia's Vladimir
    /// Putin`, `Clinton's spokesman Brian Fallon`): the first capitalised word
    /// after the last possessive word. Nil when there is none, or when the
    /// words after it name an organization (`Moody's Investors Service`).
    static func ownedName(_ v: DocView, _ r: Range<Int>) -> Int? {
        guard let p = r.dropLast().last(where: { v.toks[$0].kind == .word && v.isPossessive($0) }) else { return nil }
        guard let n = ((p + 1)..<r.upperBound).first(where: { capitalised(v.toks[$0]) }) else { return nil }
        if ((p + 1)..<r.upperBound).contains(where: { v.toks[$0].cls.contains(.organization) }) { return nil }
        return n
    }

    /// The fullest mention of the same entity: the latest one before with the
    /// same last word and all of this one's words, else the first after.
    /// With a known `gender`, names of the other gender are not taken.
    func fullest(_ v: DocView, _ m: Mention, at pos: Int, gender: PersonNames.Gender = .unknown) -> Mention {
        var f = byLast.first(m.lastHash)
        guard f >= 0 else { return m }
        // A party, nation or place word alone names a group or a place, not
        // the longer names ending in it (`Republicans`, not `Latino
        // Republicans`; `Israel`, not `Steve Israel`), but for the places
        // known by two or three words (`Carolina`: `South Carolina`).
        let placeWord = m.words == 1 && v.toks[m.core.upperBound - 1].cls.contains(.place)
        var mine: [UInt64]? = nil
        var best: (words: Int, start: Int, index: Int)? = nil
        var after: (start: Int, index: Int)? = nil
        while f >= 0 {
            defer { f = nextSameLast[Int(f)] }
            let fw = formWords[Int(formWordStart[Int(f)])..<Int(formWordStart[Int(f) + 1])]
            guard fw.count > m.words else { continue }
            if mine == nil { mine = m.hashes(v) }
            guard mine!.allSatisfy({ fw.contains($0) }) else { continue }
            let ms = formMentions[Int(formMentionStart[Int(f)])..<Int(formMentionStart[Int(f) + 1])]
            guard let k = ms.first else { continue }
            let form = mentions[Int(k)]
            if gender != .unknown, form.gender != .unknown, form.gender != gender { continue }
            // No headline is a fuller name (`Minority Outreach Undone By Trump`,
            // `Francois Hollande Says Donald Trump`), nor is an organization a person's (`Team Clinton`).
            if form.headline || (form.words >= 5 && !form.person && !form.organization) { continue }
            if m.person && form.organization { continue }
            if placeWord && !SpeakerIndex.isPlaceName(v, form.core) { continue }
            let lo = partitionPoint(ms.indices) { mentions[Int(ms[$0])].toks.lowerBound < pos }
            if lo > ms.startIndex {
                let k = Int(ms[lo - 1]), start = mentions[k].toks.lowerBound
                if best.map({ fw.count > $0.words || (fw.count == $0.words && start > $0.start) }) ?? true { best = (fw.count, start, k) }
            }
            if lo < ms.endIndex {
                let k = Int(ms[lo]), start = mentions[k].toks.lowerBound
                if after.map({ start < $0.start }) ?? true { after = (start, k) }
            }
        }
        return (best?.index ?? after?.index).map { mentions[$0] } ?? m
    }
}

/// Last words of names (hashes) to the first name form ending in each and
/// whether it is the surname of a fuller person's name: open addressing.
struct LastWordIndex {
    private var keys: [UInt64]
    private var used: [Bool]
    private var firstForm: [Int32]
    private var surname: [Bool]
    /// Whether a one-word person's name with a title ends in it (`President Obama`).
    private var titled: [Bool]
    private let mask: Int

    init(count: Int) {
        var cap = 16
        while cap < count * 2 { cap <<= 1 }
        keys = [UInt64](repeating: 0, count: cap)
        used = [Bool](repeating: false, count: cap)
        firstForm = [Int32](repeating: -1, count: cap)
        surname = used
        titled = used
        mask = cap - 1
    }

    /// The slot of `k`, or the empty one where it would go.
    private func slot(_ k: UInt64) -> Int {
        var i = Int(truncatingIfNeeded: k) & mask
        while used[i] && keys[i] != k { i = (i + 1) & mask }
        return i
    }

    private mutating func insert(_ k: UInt64) -> Int {
        let i = slot(k)
        if !used[i] { used[i] = true; keys[i] = k }
        return i
    }

    mutating func markSurname(_ k: UInt64) { surname[insert(k)] = true }
    func isSurname(_ k: UInt64) -> Bool { let i = slot(k); return used[i] && surname[i] }
    mutating func markTitled(_ k: UInt64) { titled[insert(k)] = true }
    func isTitled(_ k: UInt64) -> Bool { let i = slot(k); return used[i] && titled[i] }
    mutating func setFirst(_ k: UInt64, _ f: Int32) { firstForm[insert(k)] = f }
    func first(_ k: UInt64) -> Int32 { let i = slot(k); return used[i] ? firstForm[i] : -1 }
}

/// A speaker as found, made into a string only for the claims written.
enum SpeakerRef {
    case none
    /// The source's own words (normalized coordinates).
    case text(Span)
    /// A name: its core words, without a final possessive.
    case name(Mention)

    var isNone: Bool { if case .none = self { return true }; return false }

    func string(_ v: DocView, _ index: SpeakerIndex) -> String? {
        switch self {
        case .none: return nil
        case .text(let sp): return FastText.string(v.s, sp)
        case .name(let m): return index.name(v, m)
        }
    }
}
