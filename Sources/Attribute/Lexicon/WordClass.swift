/// Closed-class and semantic word groups attribution reads, as bits on each
/// token (looked up once per token from one table).
struct WordClass: OptionSet, Hashable, Sendable {
    let rawValue: UInt32
    init(rawValue: UInt32) { self.rawValue = rawValue }

    static let pronoun = WordClass(rawValue: 1 << 0)
    static let male = WordClass(rawValue: 1 << 1)
    static let female = WordClass(rawValue: 1 << 2)
    static let plural = WordClass(rawValue: 1 << 3)
    static let neuter = WordClass(rawValue: 1 << 4)
    static let firstPerson = WordClass(rawValue: 1 << 5)
    static let determiner = WordClass(rawValue: 1 << 6)
    static let title = WordClass(rawValue: 1 << 7)
    static let organization = WordClass(rawValue: 1 << 8)
    static let anonymous = WordClass(rawValue: 1 << 9)
    static let auxiliary = WordClass(rawValue: 1 << 10)
    static let adverb = WordClass(rawValue: 1 << 11)
    static let preposition = WordClass(rawValue: 1 << 12)
    static let conjunction = WordClass(rawValue: 1 << 13)
    static let relative = WordClass(rawValue: 1 << 14)
    static let tell = WordClass(rawValue: 1 << 15)
    static let time = WordClass(rawValue: 1 << 16)
    static let speech = WordClass(rawValue: 1 << 17)
    static let nominal = WordClass(rawValue: 1 << 18)
    static let objectPronoun = WordClass(rawValue: 1 << 19)
    static let possessive = WordClass(rawValue: 1 << 20)
    static let negation = WordClass(rawValue: 1 << 21)
    static let medium = WordClass(rawValue: 1 << 22)
    /// Last words of place names (`Main Street`, `Cook County`), and of other
    /// names no person's ends in (events, nationalities, parties, countries,
    /// US states: `Democratic National Convention`, `South Korean`).
    /// Read only to tell whether a name is a person's.
    static let place = WordClass(rawValue: 1 << 23)

    /// The word groups, built once.
    static let table: WordTable<WordClass> = {
        var pairs: [(UInt64, WordClass)] = []
        for (cls, words) in WordLists.groups {
            for w in words.split(separator: " ") { pairs.append((WordHash.of(String(w)), cls)) }
        }
        return WordTable(pairs, empty: [], merge: { $0.union($1) })
    }()
}

/// The words of each group. Reporting verbs are the general English ones;
/// the trained cue model adds the words it learned.
enum WordLists {
    static let groups: [(WordClass, String)] = fixed + [(.speech, ReportingVerbs.inflected.joined(separator: " "))]

    static let fixed: [(WordClass, String)] = [
        ([.pronoun, .male], "he"),
        ([.objectPronoun, .male], "him himself"),
        ([.possessive, .male, .determiner], "his"),
        ([.pronoun, .female], "she"),
        ([.objectPronoun, .female, .possessive, .determiner], "her"),
        ([.objectPronoun, .female], "herself"),
        ([.pronoun, .plural], "they"),
        ([.objectPronoun, .plural], "them themselves"),
        ([.possessive, .plural, .determiner], "their"),
        ([.pronoun, .neuter], "it"),
        ([.possessive, .neuter, .determiner], "its"),
        ([.pronoun, .firstPerson], "i we"),
        ([.objectPronoun, .firstPerson], "me us"),
        ([.possessive, .firstPerson, .determiner], "my our"),
        ([.pronoun], "you"),
        ([.objectPronoun], "you"),
        (.determiner, "the a an this that these those some many several few both each every any no another other all most"),
        (.title, """
            mr mr. mrs mrs. ms ms. dr dr. sen sen. senator rep rep. representative gov gov. governor president pres pres. \
            vice secretary minister prime chancellor premier judge justice mayor gen gen. general adm adm. admiral col col. \
            lt lt. capt capt. sgt sgt. maj maj. prof prof. professor rev rev. chairman chairwoman chair speaker leader \
            ambassador attorney commissioner director chief sheriff candidate congressman congresswoman councilman \
            councilwoman councillor councilor coach nominee king queen prince pope sir lord dame
            """),
        (.organization, """
            party committee campaign department ministry agency office administration government house senate congress \
            court council commission bureau board university college institute center centre foundation association \
            union news times post journal press network television tv radio magazine company corp corp. inc inc. ltd \
            group bank fund organization organisation army police navy embassy kremlin pentagon cnn nbc abc cbs fox bbc \
            reuters ap msnbc politico poll survey study report coalition alliance federation league club team church \
            school hospital service services watch project council pac nations gazette tribune herald chronicle \
            observer examiner telegraph inquirer dispatch courier ledger sentinel bulletin capital partners \
            securities equities holdings investments associates advisors analytics ventures technologies \
            industries airlines pharmaceuticals
            """),
        (.place, """
            street avenue road boulevard square county city state province district region river lake mountain \
            mountains island islands valley bay beach coast center centre building tower bridge airport station \
            port harbor harbour village town township heights falls springs canyon desert forest ocean sea gulf \
            peninsula stadium arena plaza mall highway freeway parkway \
            convention conventions conference summit caucus caucuses primary primaries debate debates rally \
            festival olympics parade ceremony election elections \
            american americans mexican mexicans korean koreans chinese japanese german germans british \
            russian russians iranian iranians iraqi iraqis syrian syrians israeli israelis palestinian palestinians \
            cubans canadian canadians african africans european europeans asian asians latino latinos \
            hispanic hispanics muslim muslims jewish catholic catholics evangelical evangelicals arab arabs \
            democratic republican republicans democrats \
            germany korea china russia iran iraq syria israel mexico canada cuba france britain england japan \
            india pakistan afghanistan libya egypt turkey ukraine europe asia africa venezuela brazil italy spain \
            alabama alaska arizona arkansas california colorado connecticut delaware florida hawaii idaho illinois \
            indiana iowa kansas kentucky louisiana maine maryland massachusetts michigan minnesota mississippi \
            missouri nebraska nevada ohio oklahoma oregon pennsylvania tennessee texas utah vermont wisconsin wyoming
            """),
        (.anonymous, """
            official officials source sources aide aides person people spokesman spokeswoman spokesperson analyst analysts \
            expert experts observer observers insider insiders adviser advisers advisor advisors critic critics supporter \
            supporters official's someone somebody residents witnesses diplomat diplomats staffer staffers operative \
            operatives strategist strategists lawmaker lawmakers officer officers investigators authorities \
            opponent opponents protester protesters activist activists economist economists researcher researchers \
            scientist scientists lawyer lawyers prosecutor prosecutors organizers organisers voters campaigners
            """),
        (.nominal, """
            campaign statement report post tweet letter memo poll survey study document documents paper editorial \
            article book video ad ads speech filing lawsuit complaint press release transcript website site blog page \
            administration government department agency company firm group organization committee
            """),
        (.auxiliary, "has have had is was were are am be been being will would could should can may might must did does do shall 's 've 'd 'll"),
        (.adverb, """
            also later repeatedly previously again once often recently publicly privately never still reportedly then \
            just further even already frequently long first last separately subsequently earlier flatly openly \
            initially simply specifically explicitly bluntly quickly immediately similarly likewise now \
            finally later soon however instead too
            """),
        (.negation, "not n't never no"),
        (.preposition, """
            in on at by for with from of to about into onto over under after before during since until than through \
            against among between without within upon via per across behind beyond toward towards amid despite like
            """),
        (.conjunction, """
            and but or nor so yet while whereas because although though if unless when whenever as since after before \
            until once where prompting
            """),
        (.relative, "who whom whose which that where what"),
        (.tell, "told tell tells telling informed inform informs assured assure assures reminded remind reminds warned warn warns urged asked ask asks asking"),
        (.time, """
            monday tuesday wednesday thursday friday saturday sunday today yesterday tonight tomorrow morning afternoon \
            evening night week weekend month year earlier later recently last this next ago day days weeks months years \
            hour hours minute minutes decade decades \
            january february march april may june july august september october november december jan jan. feb feb. \
            mar mar. apr apr. jun jun. jul jul. aug aug. sept sept. sep sep. oct oct. nov nov. dec dec.
            """),
        (.medium, """
            statement interview tweet twitter facebook email e-mail letter speech release conference call appearance \
            broadcast program show post blog op-ed editorial memo radio television tv video remarks rally
            """),
        (.speech, """
            according statement statements interview remarks told tells telling said says saying wrote written \
            thought felt saw seen knew known meant heard spoke spoken shot fired went broke quipped
            """),
    ]
}

/// General English verbs of saying, believing and intending, as bases;
/// their inflections are made by the usual spelling rules.
enum ReportingVerbs {
    static let bases = """
        say tell add claim insist state note warn explain confirm suggest argue ask write tweet declare announce \
        acknowledge admit allege believe report reveal deny reply respond stress emphasize emphasise predict promise vow \
        concede contend maintain observe recall remark think estimate conclude charge accuse agree complain caution \
        testify indicate counter disclose hint joke boast lament question wonder assure urge demand assert expect hope \
        fear mention reiterate proclaim pledge tout blast slam criticize criticise praise imply pronounce describe dub \
        label brand condemn blame defend recount reckon signal propose recommend advise plead beg hail laud decry \
        deplore scoff quip retort snap muse ponder speculate guess figure suspect doubt challenge dispute rebut refute \
        reject dismiss confess divulge relay convey express voice underline underscore highlight comment cite quote \
        reference refer remember detail outline characterize characterise portray depict frame term nickname \
        compliment congratulate thank applaud commend endorse champion advocate lobby reason aver inform notify alert \
        remind reassure swear guarantee threaten forecast project calculate anticipate wish worry feel consider regard \
        view demonstrate prove verify recognize recognise concur disagree object protest grumble gripe bemoan regret \
        apologize apologise inquire query request implore command instruct post blog email message shout yell scream \
        chant cheer boo mock ridicule deride taunt tease praise welcome celebrate acclaim insinuate surmise contend \
        vouch attest certify declare decree rule find judge assess evaluate calculate summarize summarise clarify \
        elaborate specify stipulate concede grant acknowledge opine riff rant gush exclaim beam
        """.split(separator: " ").map(String.init).filter { !$0.isEmpty }

    static let inflected: [String] = bases.flatMap(forms)

    static func forms(_ b: String) -> [String] {
        let vowels = Set("aeiou")
        var out = [b]
        if b.hasSuffix("e") {
            out += [b + "s", b + "d", String(b.dropLast()) + "ing"]
        } else if b.hasSuffix("y"), let p = b.dropLast().last, !vowels.contains(p) {
            out += [String(b.dropLast()) + "ies", String(b.dropLast()) + "ied", b + "ing"]
        } else if b.hasSuffix("s") || b.hasSuffix("sh") || b.hasSuffix("ch") || b.hasSuffix("x") {
            out += [b + "es", b + "ed", b + "ing"]
        } else {
            out += [b + "s", b + "ed", b + "ing"]
            // A short verb ending consonant-vowel-consonant doubles it (`admit` -> `admitted`).
            let c = Array(b)
            if c.count >= 3, !vowels.contains(c[c.count - 1]), vowels.contains(c[c.count - 2]), !vowels.contains(c[c.count - 3]),
               !"wxy".contains(c[c.count - 1]) {
                out += [b + String(c[c.count - 1]) + "ed", b + String(c[c.count - 1]) + "ing"]
            }
        }
        return out
    }
}
