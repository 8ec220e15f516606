/// Words that introduce what someone said, wrote or believes.
enum Cues {
    static let verbs: Set<String> = [
        "said", "says", "say", "told", "tells", "added", "adds", "claimed", "claims", "insisted", "insists", "stated",
        "states", "noted", "notes", "warned", "warns", "explained", "explains", "confirmed", "confirms", "suggested",
        "suggests", "argued", "argues", "asked", "asks", "wrote", "writes", "tweeted", "tweets", "declared", "declares",
        "announced", "announces", "acknowledged", "acknowledges", "admitted", "admits", "alleged", "alleges", "derided",
        "believe", "believes", "believed", "reported", "reports", "revealed", "reveals", "denied", "denies", "replied",
        "responded", "stressed", "emphasized", "emphasised", "predicted", "promised", "vowed", "conceded", "contended",
        "maintained", "observed", "recalled", "remarked", "predicts", "think", "thinks", "thought", "estimated",
        "estimates", "concluded", "charged", "accused", "agreed", "complained", "cautioned", "continued", "testified",
        "indicated", "pointed", "countered", "disclosed", "hinted", "joked", "mused", "boasted", "lamented", "questioned",
        "wondered", "assured", "urged", "demanded", "telling", "saying", "adding", "arguing", "claiming", "insisting",
        "noting", "warning", "explaining", "stating", "asserted", "asserts", "expects", "expected", "hopes", "fears",
        "feared", "learned", "found", "find", "finds", "show", "shows", "showed",
    ]
    /// Cue verbs that only report speech with an explicit complement (`that`, a quote).
    static let weak: Set<String> = ["learned", "found", "find", "finds", "show", "shows", "showed", "expects", "expected",
                                    "hopes", "fears", "feared", "continued", "pointed", "questioned", "thought", "think", "thinks"]
    static let pronouns: [String: SourceKind] = ["he": .male, "she": .female, "they": .plural, "it": .neuter, "i": .speaker, "we": .plural]
    enum SourceKind { case male, female, plural, neuter, speaker }
}
