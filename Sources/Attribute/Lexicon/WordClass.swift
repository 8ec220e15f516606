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
    static let groups: [(WordClass, String)] = [
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
            councilwoman nominee king queen prince pope sir lord dame
            """),
        (.organization, """
            party committee campaign department ministry agency office administration government house senate congress \
            court council commission bureau board university college institute center centre foundation association \
            union news times post journal press network television tv radio magazine company corp corp. inc inc. ltd \
            group bank fund organization organisation army police navy embassy kremlin pentagon cnn nbc abc cbs fox bbc \
            reuters ap msnbc politico poll survey study report coalition alliance federation league club team church \
            school hospital service services watch project council pac
            """),
        (.anonymous, """
            official officials source sources aide aides person people spokesman spokeswoman spokesperson analyst analysts \
            expert experts observer observers insider insiders adviser advisers advisor advisors critic critics supporter \
            supporters official's someone somebody residents witnesses diplomat diplomats staffer staffers operative \
            operatives strategist strategists lawmaker lawmakers officer officers investigators authorities
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
            initially simply specifically explicitly bluntly quickly immediately similarly likewise
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
            january february march april may june july august september october november december jan jan. feb feb. \
            mar mar. apr apr. jun jun. jul jul. aug aug. sept sept. sep sep. oct oct. nov nov. dec dec.
            """),
        (.medium, """
            statement interview tweet twitter facebook email e-mail letter speech release conference call appearance \
            broadcast program show post blog op-ed editorial memo radio television tv video remarks rally
            """),
        (.speech, """
            say says said saying tell tells told telling add adds added adding claim claims claimed claiming insist \
            insists insisted insisting state states stated stating note notes noted noting warn warns warned warning \
            explain explains explained explaining confirm confirms confirmed suggest suggests suggested suggesting \
            argue argues argued arguing ask asks asked asking write writes wrote writing tweet tweets tweeted declare \
            declares declared announce announces announced acknowledge acknowledges acknowledged admit admits admitted \
            allege alleges alleged believe believes believed report reports reported reveal reveals revealed deny \
            denies denied reply replies replied respond responds responded stress stresses stressed emphasize \
            emphasized predict predicts predicted promise promises promised vow vows vowed concede concedes conceded \
            contend contends contended maintain maintains maintained observe observes observed recall recalls recalled \
            remark remarks remarked think thinks thought estimate estimates estimated conclude concludes concluded \
            charge charges charged accuse accuses accused agree agrees agreed complain complains complained caution \
            cautions cautioned testify testifies testified indicate indicates indicated counter counters countered \
            disclose discloses disclosed hint hints hinted joke jokes joked boast boasts boasted lament laments \
            lamented question questioned wonder wonders wondered assure assures assured urge urges urged demand \
            demands demanded assert asserts asserted expect expects expected hope hopes hoped fear fears feared \
            according statement statements interview mention mentions mentioned explain reiterate reiterates \
            reiterated proclaim proclaimed pledge pledges pledged tout touts touted insisted quipped quip quips \
            blasted slammed criticized criticised praised
            """),
    ]
}
