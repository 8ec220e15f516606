/// Hashes of single words and marks the rules test for.
enum Lex {
    static let that = WordHash.of("that")
    static let according = WordHash.of("according")
    static let to = WordHash.of("to")
    static let comma = WordHash.of(",")
    static let colon = WordHash.of(":")
    static let period = WordHash.of(".")
    static let quote = WordHash.of("\"")
    static let apostrophe = WordHash.of("'")
    static let semicolon = WordHash.of(";")
    static let dash = WordHash.of("-")
    static let question = WordHash.of("?")
    static let exclamation = WordHash.of("!")
    static let openParen = WordHash.of("(")
    static let closeParen = WordHash.of(")")
    static let possessiveS = WordHash.of("'s")
    static let s = WordHash.of("s")
    static let and = WordHash.of("and")
    static let of = WordHash.of("of")
    static let the = WordHash.of("the")
    static let a = WordHash.of("a")
    static let an = WordHash.of("an")
    static let said = WordHash.of("said")

    /// Words that may sit inside a cue around its head (`has said`, `according to`,
    /// `pointed out`): auxiliaries, adverbs, negation and prepositions.
    static let cueGlue: WordClass = [.auxiliary, .adverb, .negation, .preposition]
    /// Words that are never the head of a cue.
    static let function: WordClass = [.pronoun, .objectPronoun, .determiner, .auxiliary, .preposition, .conjunction,
                                      .relative, .negation]

    @inline(__always) static func isSentenceEnd(_ w: UInt64) -> Bool { w == period || w == question || w == exclamation }
    @inline(__always) static func isClausePunct(_ w: UInt64) -> Bool {
        w == comma || w == semicolon || w == dash || w == colon || w == openParen || w == closeParen
    }
}
