/// Hashes of single words and marks the rules test for, as literals (so
/// reading them costs nothing; a test checks each against `WordHash.of`).
enum Lex {
    static let that: UInt64 = 0x256CADEF3232570C  // that
    static let according: UInt64 = 0x22069A7DCA739B67  // according
    static let to: UInt64 = 0x08C83907B56AC0A4  // to
    static let comma: UInt64 = 0xAF63A14C8601884B  // ,
    static let colon: UInt64 = 0xAF63B74C8601ADAD  // :
    static let period: UInt64 = 0xAF63A34C86018BB1  // .
    static let quote: UInt64 = 0xAF639F4C860184E5  // \"
    static let apostrophe: UInt64 = 0xAF639A4C86017C66  // '
    static let semicolon: UInt64 = 0xAF63B64C8601ABFA  // ;
    static let dash: UInt64 = 0xAF63A04C86018698  // -
    static let slash: UInt64 = 0xAF63A24C860189FE  // /
    static let question: UInt64 = 0xAF63B24C8601A52E  // ?
    static let exclamation: UInt64 = 0xAF639C4C86017FCC  // !
    static let openParen: UInt64 = 0xAF63A54C86018F17  // (
    static let closeParen: UInt64 = 0xAF63A44C86018D64  // )
    static let possessiveS: UInt64 = 0x07BB4507B485D7AF  // 's
    static let s: UInt64 = 0xAF63EE4C86020B22  // s
    static let and: UInt64 = 0xE6F79719051FF286  // and
    static let but: UInt64 = 0x00611E19135A72CC  // but
    static let of: UInt64 = 0x08B06007B5567108  // of
    static let the: UInt64 = 0x56F5C9194461D57C  // the
    static let a: UInt64 = 0xAF63DC4C8601EC8C  // a
    static let an: UInt64 = 0x089C3807B5458406  // an
    static let said: UInt64 = 0x096E4D18BF89481C  // said
    static let before: UInt64 = 0xD89AA06245AFB2BE  // before
    static let after: UInt64 = 0xBF82010F6F71EAE9  // after
    static let while_: UInt64 = 0xCE87A3885811296E  // while
    static let it: UInt64 = 0x08B73E07B55C55F0  // it
    static let whose: UInt64 = 0xE0EDE18862CB0A23  // whose
    /// `put it`, the idiom of quoting (`as one analyst put it,`).
    static let put: [UInt64] = ["put", "puts", "putting"].map(WordHash.of)
    /// Prepositions that tie a person to a group (`a spokeswoman for`, `officials from`, `aides to`).
    static let ofPerson: [UInt64] = ["for", "from", "at", "of", "with", "in", "to"].map(WordHash.of)

    /// Words that may sit inside a cue around its head (`has said`, `according to`,
    /// `pointed out`): auxiliaries, adverbs, negation and prepositions.
    static let cueGlue = WordClass(rawValue: WordClass.auxiliary.rawValue | WordClass.adverb.rawValue | WordClass.negation.rawValue | WordClass.preposition.rawValue)
    /// Words that are never the head of a cue.
    static let function: WordClass = [.pronoun, .objectPronoun, .determiner, .auxiliary, .preposition, .conjunction,
                                      .relative, .negation]

    @inline(__always) static func isSentenceEnd(_ w: UInt64) -> Bool { w == period || w == question || w == exclamation }
    /// `before`, `after`, `while`: a subordinator a participle of saying
    /// follows as an act of its own (`said before adding`).
    @inline(__always) static func isTimeSubordinator(_ w: UInt64) -> Bool { w == before || w == after || w == while_ }
    @inline(__always) static func isClausePunct(_ w: UInt64) -> Bool {
        w == comma || w == semicolon || w == dash || w == colon || w == openParen || w == closeParen
    }
}
