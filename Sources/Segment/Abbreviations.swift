import CICU

/// How an abbreviation's period behaves before the next word.
enum AbbreviationKind: UInt8 {
    /// Stands before what it qualifies and never ends a sentence: titles
    /// (`Mr.`, `Gen.`) and Latin connectives (`e.g.`, `vs.`, `Smith v. Jones`).
    case prefix
    /// Stands before a number (`No. 5`, `p. 55`, `c. 1818`); otherwise its
    /// period is an ordinary one.
    case number
    /// A clock time (`a.m.`, `P.M.`): ends a sentence before any capital
    /// (`6 P.M. Mr. Smith ...`) but a time zone, day or month, unless the
    /// sentence so far is only a fronted time phrase (`At 5 a.m. Mr. ...`).
    case time
    /// May end a sentence (`Co.`, `etc.`, `U.S.`, `Jan.`): it does when the
    /// next word can only start one (`... and Co. They ...`).
    case general
}

/// The abbreviations the rules know: English lists kept here plus the
/// suppression list ICU's sentence BreakIterator carries for English.
/// Entries written in lower case match any case (`co` is also `Co.`);
/// capitalized entries match exactly (`Ill.` the state, not `ill.`), or in
/// capitals (`GEN.`).
enum Abbreviations {
    static let prefixes = [
        "Mr", "Mrs", "Ms", "Messrs", "Mmes", "Mme", "Mlle", "Dr", "Drs", "Prof", "Profs", "Gen", "Gens", "Sen", "Sens",
        "Rep", "Reps", "Gov", "Govs", "Lt", "Col", "Capt", "Cmdr", "Cdr", "Sgt", "Cpl", "Pvt", "Maj", "Adm", "Brig",
        "Rev", "Hon", "Pres", "Supt", "Msgr", "Atty", "Insp", "Det", "Amb", "Rt", "Lt.Col", "Lt.Cdr", "Lt.Gen",
        "e.g", "i.e", "cf", "vs", "viz", "v",
    ]
    static let numbered = [
        "no", "nos", "N°", "p", "pp", "vol", "vols", "fig", "figs", "ch", "chap", "sec", "secs", "art", "para", "paras",
        "eq", "eqs", "op", "nr", "pt", "pts", "c", "ca", "tel", "ext", "ex",
    ]
    static let times = ["a.m", "p.m"]
    static let general = [
        // Companies, people, places.
        "co", "corp", "inc", "ltd", "bros", "jr", "sr", "esq", "etc", "al", "dept", "depts", "univ", "assn", "assoc",
        "inst", "intl", "natl", "govt", "est", "approx", "apt", "ave", "blvd", "rd", "st", "mt", "ft", "hwy", "pkwy",
        "sq", "bldg", "ste", "misc", "ed", "eds", "trans", "ibid",
        // Units.
        "hr", "hrs", "min", "mins", "yr", "yrs", "wk", "wks", "lb", "lbs", "oz", "gal", "qt", "mi", "doz",
        // Months and days.
        "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
        "Mon", "Tue", "Tues", "Wed", "Thu", "Thur", "Thurs", "Fri", "Sat", "Sun",
        // U.S. states in news style.
        "Ala", "Ariz", "Ark", "Calif", "Colo", "Conn", "Del", "Fla", "Ga", "Ill", "Ind", "Kan", "Kans", "Ky", "La",
        "Md", "Mass", "Mich", "Minn", "Miss", "Mo", "Mont", "Neb", "Nebr", "Nev", "Okla", "Ore", "Pa", "Penn", "Tenn",
        "Tex", "Vt", "Va", "Wash", "Wis", "Wisc", "Wyo",
        // Eras.
        "AD", "BC", "BCE", "CE",
    ]

    /// ICU exceptions that are everyday words in running text, where a period
    /// after them is a sentence end (`Let's Go.`), so they are not used.
    static let icuExceptionsNotUsed: Set<String> = ["Go", "Up", "Job", "Joe", "Long", "Hat", "Link", "Act", "Card", "Cap",
                                                    "Pro", "Jam", "Mart", "Lev"]

    /// Exact-case entries, and lower-case entries matched case-insensitively.
    /// `longest`: the longest entry (longer words are not looked up).
    static let (exact, folded, longest): (KeyTable<AbbreviationKind>, KeyTable<AbbreviationKind>, Int) = build()

    static func build() -> (KeyTable<AbbreviationKind>, KeyTable<AbbreviationKind>, Int) {
        var exact: [(UInt64, AbbreviationKind)] = [], folded: [(UInt64, AbbreviationKind)] = []
        var longest = 0
        func add(_ w: String, _ k: AbbreviationKind) {
            let lower = w.unicodeScalars.first.map { Chars.isLower($0) } ?? false
            guard let key = WordKey.make(w, lowercased: false) else { return }
            longest = max(longest, w.unicodeScalars.count)
            if lower { folded.append((key, k)) } else { exact.append((key, k)) }
        }
        for w in prefixes { add(w, .prefix) }
        for w in numbered { add(w, .number) }
        for w in times { add(w, .time) }
        for w in general { add(w, .general) }
        for w in icuExceptions() {
            let stem = String(w.unicodeScalars.dropLast())
            guard w.hasSuffix("."), stem.unicodeScalars.count > 1, !icuExceptionsNotUsed.contains(stem),
                  !WordLists.isStarter(stem) else { continue }
            add(stem, .general)
        }
        return (KeyTable(exact), KeyTable(folded), longest)
    }

    /// ICU's English sentence-break exceptions (`Mr.`, `U.S.`, ...).
    static func icuExceptions() -> [String] {
        var cap: Int32 = 4096
        while true {
            var buf = [UInt16](repeating: 0, count: Int(cap))
            let n = buf.withUnsafeMutableBufferPointer { cicu_sentence_exceptions("en", $0.baseAddress, cap) }
            if n < 0 { return [] }
            if n > cap { cap = n; continue }
            return buf[0..<Int(n)].split(separator: 0).map { String(decoding: $0, as: UTF16.self) }
        }
    }

    /// The kind of the abbreviation `t[from..<to]` (without its final period).
    static func kind(_ t: [Unicode.Scalar], _ from: Int, _ to: Int) -> AbbreviationKind? {
        guard to - from <= longest, let key = WordKey.make(t, from, to) else { return nil }
        let capital = Chars.isUpper(t[from])
        if capital, let k = exact.value(key) { return k }
        // A single capital is an initial (`P. Smith`), not `p.` or `v.`.
        if !(capital && to - from == 1), let lower = WordKey.make(t, from, to, lowercased: true),
           let k = folded.value(lower) { return k }
        // Headlines and transcripts in capitals: `GEN.` is `Gen.`.
        if capital, to - from > 1, (from..<to).allSatisfy({ !Chars.isLower(t[$0]) }),
           let title = WordKey.make(t, from, to, titlecased: true), let k = exact.value(title) { return k }
        return nil
    }

    /// Letters in groups of one or two joined by periods (`U.S`, `Ph.D`, `a.k.a`).
    static func isDotted(_ t: [Unicode.Scalar], _ from: Int, _ to: Int) -> Bool {
        var run = 0, groups = 0
        for i in from..<to {
            let c = t[i]
            if c == "." {
                if run == 0 { return false }
                groups += 1; run = 0
            } else if Chars.isLetter(c) {
                run += 1
                if run > 2 { return false }
            } else {
                return false
            }
        }
        return run > 0 && groups >= 1
    }
}
