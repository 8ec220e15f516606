/// What a name says of its bearer without the rest of the text: the gender
/// of common first names and titles (so `she` is not resolved to `Donald
/// Trump`), the places that look like two-word personal names (`New York`,
/// `South Carolina`), and the descriptors written before a name (`Former
/// Gov. Jeb Bush`, `Rival Hillary Clinton`) that are not part of it.
enum PersonNames {
    enum Gender: UInt8 { case unknown = 0, male = 1, female = 2 }

    /// First names used (nearly) only for one gender in English-language
    /// news; names common for both (`Chris`, `Kelly`, `Lindsey`, `Jordan`)
    /// and first names that are also common words or places (`Marine`,
    /// `Charlotte`, `Madison`) are left out: unknown is compatible with both.
    static let male = """
        aaron abdullah abraham adam adrian ahmed al alan albert alberto alex alexander alfred allen alvin andre andrew \
        andy angus anthony antonio arnold arthur ashton barack barry bashar ben benjamin bernard bernie bill billy bob bobby \
        boris brad bradley brandon brent bret brett brian bruce bryan buck carl carlos cecil chad charles charlie chuck \
        clarence claude clint cody colin conrad corey craig curt curtis dale dan daniel danny darrell darren dave david \
        dean dennis derek devin dick dmitry don donald doug douglas duncan dwight earl ed eddie edgar edward edwin elijah elliot \
        elliott emmanuel enrique eric erik ernest ernesto eugene evan felix fernando floyd francis francisco francois frank \
        franklin fred frederick gabriel gary gavin gene geoffrey george gerald geraldo gerard gilbert glen glenn gordon \
        grant greg gregory gus guy hamid hank harold harry harvey hassan hector henry herbert herman howard hugh hugo hunter \
        ian igor isaac ivan jack jacob jake james jared jason javier jay jeb jeff jeffrey jeremy jerome jerry jim jimmy joe joel \
        john johnny jon jonathan jorge jose joseph josh joshua juan julian justin karl keith ken kenneth kevin kurt kyle lamar \
        lance larry lawrence leo leon leonard leroy lewis lloyd lou louis luis luke lyndon malcolm manuel marco marcus mario \
        mark marshall martin marvin matt matthew maurice max michael miguel mike mikhail milton mitch mitchell mitt mohammad \
        mohammed moses muhammad nathan nathaniel neil nelson newt nicholas nick nigel noah norman oliver omar orrin oscar owen \
        patrick paul pedro pete peter phil philip phillip preston rafael ralph ramon rand randall randy raul ray raymond reggie \
        reince rex ricardo richard rick ricky rob robby robert roberto rod rodney roger roland ron ronald ross roy rudolph rudy rupert \
        russell ryan salvador samuel scott sean sebastian sergei sergey seth shane shaun shawn sheldon sherrod shinzo \
        simon stan stanley stephen steve steven stewart stuart ted terrence theodore thomas tim timothy todd tom tommy tony \
        travis trent trevor troy tyler victor vince vincent vladimir wade walter warren wayne wesley wilbur willard william \
        willie wilson wolf xavier yusuf zach zachary
        """
    static let female = """
        abby abigail adele adriana agnes aileen alexandra alexis alice alicia alison allison alma amanda amber amelia amy \
        ana andrea angela angelina anita ann anna anne annette annie antoinette april arlene audrey barbara beatrice becky \
        belinda benazir bernadette beth betsy betty beverly beyonce bonnie brenda bridget brittany brooke camila candice \
        carla carly carmen carol carole caroline carolyn catherine cathy cecilia celia charlene chelsea cheryl \
        christiane christina christine cindy claire clara claudia colleen condoleezza connie constance courtney cristina \
        cynthia daisy danielle daphne darlene dawn debbie debora deborah debra delia denise diana diane dianne dolores \
        donna doreen doris dorothy edith eileen elaine eleanor elena elisabeth eliza elizabeth ella ellen eloise elsa emily \
        emma erica erika erin esther ethel eva evelyn faith felicia fiona frances gabriela gabrielle gail gayle \
        geraldine gina ginger gladys gloria grace gretchen gwen gwendolyn hannah harriet heather heidi helen helena \
        hilary hillary holly huma ida ileana ingrid irene iris isabel isabella ivana ivanka jacqueline jane janet janice jeanette \
        jeanine jeanne jennifer jenny jessica jill joan joanna joanne jocelyn josephine joy joyce juanita judith judy julia \
        julie juliet june justine kamala karen karina kate katharine katherine kathleen kathryn kathy katie katrina katy \
        kayla kellyanne kirsten kristen kristin laura lauren leah lena lillian linda lisa liz lois loretta lorraine \
        louise lucia lucy lydia madeleine madeline maggie mandy marcia margaret margarita maria marian marianne marie marilyn \
        marina marjorie marlene marsha martha mary maureen maxine megan megyn melania melanie melinda melissa mia \
        michele michelle mildred miranda miriam molly monica nancy naomi natalie natasha nicole nikki nina nora norma olga \
        olivia oprah pamela patricia patty paula pauline peggy penelope penny phyllis priscilla rachel rebecca renee \
        rhonda rita roberta rosa rosalind rose roseanne rosemary rosie ruth sabrina sally samantha sandra sara sarah selina \
        sharon sheila shelley sherry shirley sonia sophia sophie stacey stephanie sue susan susanna suzanne sylvia \
        tamara tammy tanya tara teresa theresa tiffany tina tulsi ursula valerie vanessa vera veronica vicki \
        vickie victoria viola violet vivian wanda wendy whitney yolanda yulia yvonne zoe
        """

    /// Titles that say the gender of the name after them.
    static let maleTitles = "mr mr. sir lord king prince duke father brother congressman"
    static let femaleTitles = "mrs mrs. ms ms. miss madam madame lady dame queen princess duchess sister congresswoman"

    static let gender = genders(male, .male, female, .female)
    static let titleGender = genders(maleTitles, .male, femaleTitles, .female)

    /// A table of two space-separated word lists; a word in both says nothing.
    static func genders(_ a: String, _ ga: Gender, _ b: String, _ gb: Gender) -> WordTable<Gender> {
        func pairs(_ words: String, _ g: Gender) -> [(UInt64, Gender)] {
            words.split(separator: " ").map { (WordHash.of(String($0)), g) }
        }
        return WordTable(pairs(a, ga) + pairs(b, gb), empty: .unknown, merge: { $0 == $1 ? $0 : .unknown })
    }

    /// Words written before a name that are never part of it (`Former Gov.
    /// Jeb Bush`, `Rival Hillary Clinton`, `Neither Donald Trump nor ...`).
    static let descriptors = WordTable(wordList: "former rival neither either both fellow outside then ex presumptive incumbent top")

    /// Surnames that are also words of time or modals (`Theresa May`,
    /// `Kristen Day`, `Peggy March`, `George Will`): after a first name they
    /// belong to the name.
    static let timeSurnames = WordTable(wordList: "may day march will")

    /// Last words of names that name no one: laws, agreements, wars and
    /// buildings (`the Affordable Care Act`, `the Paris Agreement`, `the
    /// Iraq War`, `the Holocaust Memorial Museum`). Typed like places, for
    /// speakers only (the finders' word classes are left as trained).
    static let things = WordTable(wordList: "act acts agreement agreements treaty accord accords war wars program programs "
        + "programme prison museum republic amendment memorial cathedral revolution doctrine")

    /// Party and ideology words before a first name (`Republican Donald
    /// Trump`, `Democrat Hillary Clinton`); before anything else they may
    /// be part of a name (`Republican National Committee`).
    static let parties = WordTable(wordList: "republican republicans democrat democrats democratic gop independent libertarian "
        + "conservative liberal progressive socialist billionaire")

    /// Places of two or three words that read like a person's name: US
    /// states, large cities and countries. Keyed by `placeKey` of the words.
    static let placeNames = """
        united states|united kingdom|united nations|united arab emirates|new york|new jersey|new hampshire|new mexico|\
        new orleans|new delhi|new zealand|north carolina|south carolina|north dakota|south dakota|west virginia|\
        rhode island|puerto rico|south korea|north korea|south africa|south sudan|saudi arabia|sri lanka|hong kong|\
        costa rica|el salvador|los angeles|san francisco|san diego|san antonio|san jose|san juan|las vegas|\
        salt lake city|kansas city|oklahoma city|carson city|jefferson city|fort worth|fort lauderdale|st louis|\
        st paul|santa fe|santa barbara|santa monica|long island|staten island|palm beach|miami beach|\
        des moines|baton rouge|little rock|grand rapids|green bay|corpus christi|el paso|silicon valley|\
        capitol hill|wall street|white house|great britain|northern ireland|tel aviv|buenos aires|rio de janeiro|\
        sao paulo|mexico city|quebec city|abu dhabi|kuala lumpur|cape town|new england|middle east|east coast|\
        west coast|gulf coast|trump tower|western europe|eastern europe|latin america|north america|\
        south america|central america|southeast asia|east asia|central asia|west bank|gaza strip|persian gulf
        """
    static let places: WordTable<Bool> = {
        let keys = placeNames.split(separator: "|").map { name in
            placeKey(name.split(separator: " ").map { WordHash.of(String($0)) })
        }
        return WordTable(keys.map { ($0, true) }, empty: false, merge: { $0 || $1 })
    }()

    /// One key for a sequence of word hashes (order matters), made a word
    /// at a time: `placeStep` from `placeSeed`, then `placeKey(end:)`.
    static func placeKey(_ hashes: [UInt64]) -> UInt64 { placeKey(end: hashes.reduce(placeSeed, placeStep)) }
    static let placeSeed: UInt64 = 0x9E37_79B9_7F4A_7C15
    @inline(__always) static func placeStep(_ h: UInt64, _ x: UInt64) -> UInt64 {
        let y = (h ^ x) &* 0xBF58_476D_1CE4_E5B9
        return y ^ (y >> 31)
    }
    /// Zero marks an empty slot of a word table.
    @inline(__always) static func placeKey(end h: UInt64) -> UInt64 { h == 0 ? 1 : h }
}
