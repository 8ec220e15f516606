/// What a number counts, as corroboration compares it: the head noun of the
/// extract stage's `counts` in its singular form, and the class it falls in.
/// `755 staff`, `755 diplomats` and `755 people` count the same thing (people)
/// in different words; `755 votes` does not.
struct CountedThing: Hashable {
    /// Singular, lowercased head noun (`diplomat`).
    var lemma: String
    /// `person` for nouns that count individual people; nil when the noun is in no class.
    var nounClass: String?

    init?(_ counts: String?) {
        guard let counts else { return nil }
        let words = counts.split(whereSeparator: { !$0.isLetter && $0 != "-" && $0 != "'" })
        guard let head = words.last, !head.isEmpty else { return nil }
        let raw = String(head)
        lemma = CountedThing.singular(raw.lowercased())
        nounClass = CountedThing.isPerson(raw: raw, lemma: lemma) ? "person" : nil
    }

    init(lemma: String, nounClass: String?) { self.lemma = lemma; self.nounClass = nounClass }

    /// The same noun, or two nouns of one class. Nouns in no class match only themselves.
    func agrees(with other: CountedThing) -> Bool {
        lemma == other.lemma || (nounClass != nil && nounClass == other.nounClass)
    }

    /// The key two agreeing things share: their class, or the noun itself.
    var blockKey: String { nounClass ?? lemma }

    static func singular(_ w: String) -> String {
        if let s = irregular[w] { return s }
        if w.hasSuffix("ies"), w.count > 4 { return String(w.dropLast(3)) + "y" }
        if w.hasSuffix("sses") || w.hasSuffix("xes") || w.hasSuffix("ches") || w.hasSuffix("shes") { return String(w.dropLast(2)) }
        if w.hasSuffix("s"), !w.hasSuffix("ss"), !w.hasSuffix("us"), !w.hasSuffix("is"), w.count > 3 { return String(w.dropLast()) }
        return w
    }

    /// A noun of people: in the list of common ones, an agent noun of a
    /// listed group, or a capitalised demonym (`Americans`, `Russians`).
    static func isPerson(raw: String, lemma: String) -> Bool {
        if people.contains(lemma) { return true }
        if let first = raw.first, first.isUppercase, lemma.hasSuffix("an") || lemma.hasSuffix("ese") || lemma.hasSuffix("i") {
            return true
        }
        return false
    }

    static let irregular: [String: String] = [
        "people": "person", "persons": "person", "men": "man", "women": "woman", "children": "child",
        "policemen": "policeman", "policewomen": "policewoman", "staff": "staff", "personnel": "personnel",
        "police": "police", "crew": "crew", "troops": "troop", "lives": "life", "wives": "wife",
    ]

    /// Nouns that count individual people. Groups of people (families,
    /// households, teams) count something else and are left out.
    static let people: Set<String> = [
        "person", "individual", "human", "staff", "staffer", "employee", "worker", "personnel", "official",
        "officer", "diplomat", "spy", "agent", "envoy", "ambassador", "consul", "member", "resident", "citizen",
        "civilian", "national", "inhabitant", "soldier", "troop", "servicemember", "marine", "sailor", "airman",
        "child", "kid", "baby", "infant", "adult", "man", "woman", "boy", "girl", "teenager", "youth", "student",
        "pupil", "teacher", "professor", "patient", "doctor", "nurse", "victim", "survivor", "casualty", "migrant",
        "refugee", "immigrant", "asylum-seeker", "passenger", "voter", "protester", "protestor", "demonstrator",
        "journalist", "reporter", "lawmaker", "legislator", "senator", "congressman", "congresswoman", "delegate",
        "politician", "minister", "player", "fan", "customer", "consumer", "user", "prisoner", "inmate", "detainee",
        "hostage", "suspect", "militant", "fighter", "rebel", "insurgent", "police", "policeman", "policewoman",
        "firefighter", "volunteer", "contractor", "consultant", "expert", "scientist", "researcher", "engineer",
        "farmer", "miner", "driver", "pilot", "crew", "veteran", "retiree", "pensioner", "tourist", "visitor",
        "participant", "attendee", "applicant", "candidate", "employee", "executive", "manager", "director",
        "banker", "lawyer", "judge", "juror", "witness", "worshipper", "pilgrim", "athlete", "coach", "actor",
        "artist", "author", "writer", "nominee", "recruit", "trainee", "apprentice", "guard", "officeholder",
    ]
}
