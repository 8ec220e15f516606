/// The words the number grammar knows, looked up without building Strings:
/// a word of up to 13 ASCII letters is packed, case folded, into a UInt64
/// (base 27), which is an exact key.
struct Lex: Sendable, Equatable {
    /// What a word can be; a word may be several things (`second`, `may`, `us`).
    struct Tags: OptionSet, Sendable, Equatable {
        let rawValue: UInt32
        static let cardinal = Tags(rawValue: 1 << 0)       // one, twenty, hundred, million
        static let ordinal = Tags(rawValue: 1 << 1)        // third, twentieth, hundredth
        static let ordinalPlural = Tags(rawValue: 1 << 2)  // thirds, hundredths (fraction denominators)
        static let part = Tags(rawValue: 1 << 3)           // half, quarter(s), halves: denominators that are not ordinals
        static let vague = Tags(rawValue: 1 << 4)          // hundreds, thousands, dozens
        static let abbreviation = Tags(rawValue: 1 << 5)   // k, bn, mln: scale abbreviations after digits
        static let currency = Tags(rawValue: 1 << 6)       // dollar, yen, cents: currency names
        static let currencyCode = Tags(rawValue: 1 << 13)  // USD, rmb: ISO-style codes
        static let qualifier = Tags(rawValue: 1 << 7)      // us, canadian, hong (kong): before a currency name
        static let month = Tags(rawValue: 1 << 8)
        static let weekday = Tags(rawValue: 1 << 9)
        /// Closed-class words (determiners, pronouns, prepositions, auxiliaries...):
        /// never the counted noun, never the name a number belongs to.
        static let function = Tags(rawValue: 1 << 10)
        /// Words that come before numbers without naming anything (`Only 5`, `Exactly 12`).
        static let notName = Tags(rawValue: 1 << 11)
        static let verbish = Tags(rawValue: 1 << 12)        // said, told: never counted
        /// May begin a mention (a number word, a currency, `percent`, `minus`,
        /// `half`, `a`): derived from the others, for the tokenizer's list of
        /// the tokens the number rules look at.
        static let starter = Tags(rawValue: 1 << 14)
    }

    /// Where a number word sits in a numeral, for composition.
    enum Place: UInt8, Sendable { case none, zero, unit, teen, tens, hundred, scale, dozen }

    var tags: Tags = []
    var word: Word = .other
    var place: Place = .none
    /// The cardinal or ordinal value, the scale of a vague plural or abbreviation.
    var value: Double = 0
    /// Index into `Currency.all` of the currency this word names, and of the one it is the code of.
    var currency: Int16 = -1
    var currencyCode: Int16 = -1
    var month: Int8 = 0
}

/// The lexicon as an open-addressing hash table over the packed keys: one
/// multiply and usually one probe per word (the standard Dictionary's seeded
/// hashing costs more than the rest of a word's lookup).
struct LexTable: Sendable {
    private let keys: [UInt64]
    private let entries: [Lex]
    private let shift: UInt64

    init(_ words: [UInt64: Lex]) {
        var bits: UInt64 = 4
        while (1 << bits) < words.count * 4 { bits += 1 }
        let size = 1 << Int(bits)
        var keys = [UInt64](repeating: 0, count: size)
        var entries = [Lex](repeating: Lex(), count: size)
        shift = 64 - bits
        for (k, e) in words {
            var i = Int((k &* 0x9E37_79B9_7F4A_7C15) >> shift)
            while keys[i] != 0 { i = (i + 1) & (size - 1) }
            keys[i] = k; entries[i] = e
        }
        self.keys = keys; self.entries = entries
    }

    @inline(__always)
    func find(_ k: UInt64) -> Lex? {
        let mask = keys.count - 1
        var i = Int((k &* 0x9E37_79B9_7F4A_7C15) >> shift)
        while true {
            let x = keys[i]
            if x == k { return entries[i] }
            if x == 0 { return nil }
            i = (i + 1) & mask
        }
    }
}

/// Words the grammar tests by identity.
enum Word: UInt8, Sendable {
    case other
    case a, an, and, of, or, the, point, minus, negative, over, out, percent, percents, percentage, per, cent, pct
    case cents, pc, points, more, less, fewer, greater, than, at, least, most, up, to, `as`, many, much, nearly, almost, about
    case around, roughly, approximately, approx, some, under, above, below, estimated, upwards, excess, `in`, close
    case no, not, circa, so, plus, just, shy, maximum, minimum, one, this, that, which, each, every, any, another
    case first, second, half, quarter, quarters, halves, x, e, s, st, nd, rd, th, am, pm, oclock, ago
}

enum NumberLexicon {
    /// The packed key of the letters `s[r]`, or nil when they are not 1...13 ASCII letters.
    @inline(__always)
    static func key(_ s: [Unicode.Scalar], _ r: Range<Int>) -> UInt64? {
        guard r.count >= 1 && r.count <= 16 else { return nil }
        var k: UInt64 = 0
        var n = 0
        for i in r {
            var v = s[i].value
            // Inner periods and apostrophes do not change the word: U.S. = us, a.m. = am, o'clock = oclock.
            if v == 46 || v == 39 { continue }
            if v >= 65 && v <= 90 { v += 32 }
            guard v >= 97 && v <= 122 else { return nil }
            n += 1
            guard n <= 13 else { return nil }
            k = k &* 27 &+ UInt64(v - 96)
        }
        return n > 0 ? k : nil
    }

    /// The key of a word of the tables (0 for one too long to have a key).
    static func key(_ w: String) -> UInt64 {
        let s = Array(w.unicodeScalars)
        return key(s, 0..<s.count) ?? 0
    }

    @inline(__always)
    static func lookup(_ s: [Unicode.Scalar], _ r: Range<Int>) -> Lex? {
        guard let k = key(s, r) else { return nil }
        return table.find(k)
    }

    /// Every word of the lexicon by its key.
    static let entries = build()
    static let table = LexTable(entries)

    private static func build() -> [UInt64: Lex] {
        var t: [UInt64: Lex] = [:]
        func add(_ w: String, _ f: (inout Lex) -> Void) {
            let k = key(w)
            guard k != 0 else { return }
            var e = t[k] ?? Lex()
            f(&e)
            t[k] = e
        }
        let units = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
        let teens = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]
        let tens = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
        let unitOrd = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth"]
        let teenOrd = ["tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth",
                       "eighteenth", "nineteenth"]
        let tensOrd = ["twentieth", "thirtieth", "fortieth", "fiftieth", "sixtieth", "seventieth", "eightieth", "ninetieth"]
        let scales: [(String, Double)] = [("thousand", 1e3), ("million", 1e6), ("billion", 1e9), ("trillion", 1e12),
                                          ("quadrillion", 1e15), ("lakh", 1e5), ("lac", 1e5), ("crore", 1e7)]
        func cardinal(_ w: String, _ p: Lex.Place, _ v: Double) { add(w) { $0.tags.insert(.cardinal); $0.place = p; $0.value = v } }
        func ordinal(_ w: String, _ p: Lex.Place, _ v: Double) {
            add(w) { $0.tags.insert(.ordinal); $0.place = p; $0.value = v }
            add(w + "s") { $0.tags.insert(.ordinalPlural); $0.place = p; $0.value = v }
        }
        for (i, w) in units.enumerated() { cardinal(w, .unit, Double(i + 1)) }
        for (i, w) in teens.enumerated() { cardinal(w, .teen, Double(i + 10)) }
        for (i, w) in tens.enumerated() { cardinal(w, .tens, Double(20 + 10 * i)) }
        for w in ["zero", "nought", "naught", "nil"] { cardinal(w, .zero, 0) }
        cardinal("hundred", .hundred, 100)
        for (w, v) in scales { cardinal(w, .scale, v) }
        for w in ["dozen", "doz"] { cardinal(w, .dozen, 12) }
        for (i, w) in unitOrd.enumerated() { ordinal(w, .unit, Double(i + 1)) }
        for (i, w) in teenOrd.enumerated() { ordinal(w, .teen, Double(i + 10)) }
        for (i, w) in tensOrd.enumerated() { ordinal(w, .tens, Double(20 + 10 * i)) }
        ordinal("hundredth", .hundred, 100)
        for (w, v) in scales.prefix(5) { ordinal(w + "th", .scale, v) }
        for (w, v) in [("half", 2.0), ("halves", 2), ("quarter", 4), ("quarters", 4)] {
            add(w) { $0.tags.insert(.part); $0.value = v }
        }
        for (w, v) in [("tens", 10.0), ("dozens", 12), ("dozs", 12), ("scores", 20), ("hundreds", 100), ("thousands", 1e3),
                       ("millions", 1e6), ("billions", 1e9), ("trillions", 1e12), ("lakhs", 1e5), ("crores", 1e7)] {
            add(w) { $0.tags.insert(.vague); $0.value = v }
        }
        for (w, v) in [("k", 1e3), ("m", 1e6), ("mn", 1e6), ("mil", 1e6), ("mln", 1e6), ("b", 1e9), ("bn", 1e9),
                       ("bln", 1e9), ("g", 1e9), ("tn", 1e12), ("tln", 1e12), ("trn", 1e12)] {
            add(w) { $0.tags.insert(.abbreviation); $0.value = v }
        }
        let months = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
                      "november", "december"]
        for (i, w) in months.enumerated() {
            add(w) { $0.tags.insert(.month); $0.month = Int8(i + 1) }
            if w.count > 4 { add(String(w.prefix(3))) { $0.tags.insert(.month); $0.month = Int8(i + 1) } }
        }
        add("sept") { $0.tags.insert(.month); $0.month = 9 }
        for w in ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"] {
            add(w) { $0.tags.insert(.weekday) }
        }
        for (i, c) in Currency.all.enumerated() {
            for w in c.names { add(w) { $0.tags.insert(.currency); $0.currency = Int16(i) } }
            for w in c.codes { add(w) { $0.tags.insert(.currencyCode); $0.currencyCode = Int16(i) } }
        }
        for w in Currency.qualifierWords { add(w) { $0.tags.insert(.qualifier) } }
        for w in functionWords { add(w) { $0.tags.insert(.function) } }
        for w in notNameWords { add(w) { $0.tags.insert(.notName) } }
        for w in verbs { add(w) { $0.tags.insert(.verbish) } }
        let words: [(String, Word)] = [
            ("a", .a), ("an", .an), ("and", .and), ("of", .of), ("or", .or), ("the", .the), ("point", .point),
            ("minus", .minus), ("negative", .negative), ("over", .over), ("out", .out), ("percent", .percent),
            ("percents", .percents), ("percentage", .percentage), ("per", .per), ("cent", .cent), ("cents", .cents), ("pct", .pct), ("pc", .pc),
            ("points", .points), ("more", .more), ("less", .less), ("fewer", .fewer), ("greater", .greater),
            ("than", .than), ("at", .at), ("least", .least), ("most", .most), ("up", .up), ("to", .to), ("as", .as),
            ("many", .many), ("much", .much), ("nearly", .nearly), ("almost", .almost), ("about", .about),
            ("around", .around), ("roughly", .roughly), ("approximately", .approximately), ("approx", .approx),
            ("some", .some), ("under", .under), ("above", .above), ("below", .below), ("estimated", .estimated),
            ("upwards", .upwards), ("excess", .excess), ("in", .in), ("close", .close), ("no", .no), ("not", .not),
            ("circa", .circa), ("so", .so), ("plus", .plus), ("just", .just), ("shy", .shy), ("maximum", .maximum),
            ("minimum", .minimum), ("one", .one), ("this", .this), ("that", .that), ("which", .which), ("each", .each),
            ("every", .every), ("any", .any), ("another", .another), ("first", .first), ("second", .second),
            ("half", .half), ("quarter", .quarter), ("quarters", .quarters), ("halves", .halves), ("x", .x), ("e", .e),
            ("s", .s), ("st", .st), ("nd", .nd), ("rd", .rd), ("th", .th), ("am", .am), ("pm", .pm), ("ago", .ago), ("oclock", .oclock),
        ]
        for (w, id) in words { add(w) { $0.word = id } }
        let starterWords: Set<Word> = [.percent, .percents, .percentage, .per, .minus, .negative, .half, .quarter, .quarters, .a, .an]
        for (k, e) in t where !e.tags.isDisjoint(with: [.cardinal, .ordinal, .ordinalPlural, .vague, .currency, .currencyCode])
            || starterWords.contains(e.word) {
            t[k]!.tags.insert(.starter)
        }
        return t
    }

    /// Closed-class words: a counted noun phrase stops at them.
    static let functionWords = [
        "a", "an", "the", "this", "that", "these", "those", "my", "your", "his", "her", "its", "our", "their", "some", "any",
        "no", "every", "each", "either", "neither", "all", "both", "few", "many", "much", "more", "most", "less", "least",
        "several", "such", "what", "which", "who", "whom", "whose", "where", "when", "why", "how", "whether", "if", "then",
        "than", "as", "at", "by", "for", "from", "in", "into", "of", "off", "on", "onto", "out", "over", "to", "toward",
        "towards", "under", "up", "upon", "via", "with", "within", "without", "about", "above", "across", "after",
        "against", "along", "among", "around", "before", "behind", "below", "beneath", "beside", "besides", "between",
        "beyond", "but", "down", "during", "except", "inside", "like", "near", "past", "since", "through", "throughout",
        "till", "until", "and", "or", "nor", "so", "yet", "because", "although", "though", "while", "unless", "whereas",
        "i", "you", "he", "she", "it", "we", "they", "me", "him", "us", "them", "myself", "itself", "themselves", "is",
        "am", "are", "was", "were", "be", "been", "being", "has", "have", "had", "having", "do", "does", "did", "will",
        "would", "shall", "should", "can", "could", "may", "might", "must", "not", "also", "still", "just", "only",
        "even", "ever", "never", "now", "already", "again", "here", "there", "too", "very", "quite", "rather", "ago",
        "back", "away", "per", "percent", "cent", "respectively", "apiece", "another", "altogether", "instead",
        "including", "plus", "minus", "vs", "out", "later", "earlier",
    ]

    /// Capitalized words that a following number does not belong to as a name.
    static let notNameWords = [
        "only", "exactly", "precisely", "just", "nearly", "almost", "about", "around", "roughly", "approximately",
        "some", "over", "under", "above", "below", "more", "fewer", "less", "all", "another", "other", "those", "these",
        "the", "its", "their", "his", "her", "our", "my", "your", "no", "number", "nearly", "estimated", "an", "top",
        "page", "pages", "chapter", "step", "aged", "age", "ages", "killed", "injured", "by", "with", "from", "since",
        "until", "at", "on", "in", "to", "of", "for", "and", "or", "but", "than", "between", "circa", "zone",
        "expelled", "including", "said", "says", "cut", "plus", "minus", "total", "totalling", "totaling",
    ]

    /// Verbs that often follow a number and are never what it counts.
    static let verbs = [
        "said", "says", "say", "told", "added", "according", "reported", "died", "die", "dies", "voted", "left", "leave",
        "leaves", "remain", "remained", "remains", "came", "come", "went", "go", "goes", "got", "get", "gets", "made",
        "make", "makes", "took", "take", "takes", "worked", "work", "working", "were", "are", "stood", "rose", "fell",
        "saw", "see", "sees", "won", "lost", "signed", "agreed", "expected", "seems", "seem", "appears", "means",
        "gives", "wants", "needs", "knows", "thinks", "believes", "looks", "shows", "tells", "calls", "runs", "holds",
        "keeps", "leads", "lives", "plays", "stands", "pays", "puts", "brings", "becomes", "includes", "requires",
        "supports", "opposes", "represents", "faces", "is", "was", "has", "had", "will", "would", "could", "can",
    ]
}
