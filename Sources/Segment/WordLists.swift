/// Closed classes of English words the rules consult, as packed keys.
enum WordLists {
    /// Words that, capitalized after an abbreviation's period, start a new
    /// sentence: pronouns, determiners, conjunctions, prepositions,
    /// auxiliaries, wh-words, sentence adverbs and interjections. None of them
    /// is a name, so `U.S. Government` continues while `U.S. How ...` does not.
    static let starterWords = """
        i he she it we they you me him us them this that these those there here his her its their our my your
        one someone everyone nobody nothing something everything anyone anything
        the a an some many most all each every any both several few such another other others much more no
        and but or so yet nor however meanwhile still then now also instead although though while when where what
        why how who whom whose which if as after before since because once unless until thus therefore hence
        moreover indeed perhaps maybe later earlier finally today yesterday tomorrow tonight
        yes oh well yeah okay ok please let thanks sure not never even only just
        in on at for from by with without to of under over during despite according among between into through
        throughout about against unlike upon within along across behind beyond around
        is are was were be been being do does did can could will would shall should may might must has have had
        isn aren wasn weren don doesn didn couldn won wouldn shouldn hasn haven hadn
        """
    /// Verbs of saying that close a quotation (`"Why?" Smith asked.`).
    static let reportingVerbs = """
        said says asked asks replied replies added adds told tells wrote writes cried shouted yelled whispered
        exclaimed answered continued explained noted insisted argued recalled remarked muttered screamed demanded
        declared responded laughed sighed
        """
    /// Prepositions that open a fronted time phrase (`At 5 a.m. Mr. Smith ...`).
    static let timePrepositions = "at by from until till before after around about since on"
    /// Capitalized words that go on a clock time: zones, days, months
    /// (`7 p.m. Eastern`, `9 a.m. Friday`).
    static let timeWords = """
        eastern central pacific mountain atlantic est edt cst cdt mst mdt pst pdt et ct mt pt gmt utc bst cet cest
        monday tuesday wednesday thursday friday saturday sunday
        january february march april may june july august september october november december
        """
    /// Words that label a figure or table and its number in a caption.
    static let captionLabels = "figure fig table chart map plate exhibit graph diagram illustration"

    static let starters = keys(starterWords)
    static let reporting = keys(reportingVerbs)
    static let prepositions = keys(timePrepositions)
    static let labels = keys(captionLabels)
    static let times = keys(timeWords)

    static func keys(_ words: String) -> KeyTable<Bool> {
        KeyTable(words.split(whereSeparator: { $0 == " " || $0 == "\n" }).compactMap {
            WordKey.make(String($0), lowercased: true).map { ($0, true) }
        })
    }

    static func isStarter(_ w: String) -> Bool { WordKey.make(w, lowercased: true).map(starters.contains) ?? false }

    /// True when `t[from..<to]`, in any case, is in `set`.
    @inline(__always) static func contains(_ set: KeyTable<Bool>, _ t: [Unicode.Scalar], _ from: Int, _ to: Int) -> Bool {
        guard let k = WordKey.make(t, from, to, lowercased: true) else { return false }
        return set.contains(k)
    }
}
