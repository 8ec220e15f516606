import ClaimlineCore

/// A numeral read from tokens `first..<end`, before money, percentages and the
/// context (approximator, counted noun, year or name) are decided.
struct Reading {
    var first: Int
    var end: Int
    var value: Double
    var kind: NumberKind = .cardinal
    /// A bare run of digits with no separators, of this many digits (years and names are such).
    var plainDigits = 0
    /// May go on into number words: `2 million`, `4 thousand 3 hundred`, `1 over three`.
    var open = false
    /// Written in words (`two thirds`), not digits.
    var spelled = false
    /// A fraction or a number with a fraction in it (`two thirds`, `3/4`, `one and a half`).
    var fraction = false
}
