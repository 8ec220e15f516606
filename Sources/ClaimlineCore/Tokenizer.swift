/// A word-level token of a text.
public struct Token: Hashable, Sendable {
    public enum Kind: UInt8, Sendable {
        /// Letters, with inner apostrophes, hyphens and periods (`don't`, `well-known`, `U.S.`).
        case word
        /// Digits, with inner `,` `.` `:` separators (`1,000`, `3.5`, `5:05`).
        case number
        /// Any other single non-space character.
        case punct
    }
    public var span: Span
    public var kind: Kind
    public init(_ span: Span, _ kind: Kind) { self.span = span; self.kind = kind }
}

/// Splits text into words, numbers and punctuation, in code point offsets.
/// Meant for normalized text (quotes and dashes folded), where `'` and `-`
/// inside a word join it.
public enum Tokenizer {
    public static func tokens(_ s: [Unicode.Scalar], in range: Range<Int>? = nil) -> [Token] {
        let r = range ?? 0..<s.count
        var out: [Token] = []
        out.reserveCapacity(r.count / 5)
        var i = r.lowerBound
        let end = r.upperBound
        while i < end {
            let c = s[i]
            if isSpace(c) { i += 1; continue }
            if isDigit(c) {
                var j = i + 1
                while j < end {
                    if isDigit(s[j]) { j += 1; continue }
                    if (s[j] == "," || s[j] == "." || s[j] == ":"), j + 1 < end, isDigit(s[j + 1]) { j += 2; continue }
                    break
                }
                out.append(Token(Span(i, j), .number))
                i = j
                continue
            }
            if isLetter(c) {
                var j = i + 1
                while j < end {
                    if isLetter(s[j]) || isDigit(s[j]) { j += 1; continue }
                    // Inner apostrophe or hyphen joins letters; a period joins single letters (U.S., a.m.).
                    if (s[j] == "'" || s[j] == "-" || s[j] == "\u{2019}"), j + 1 < end, isLetter(s[j + 1]) { j += 2; continue }
                    if s[j] == ".", j + 1 < end, isLetter(s[j + 1]), j + 2 <= end,
                       (j + 2 == end || !isLetter(s[j + 2]) || s[j + 2] == "."), j - i == 1 || s[j - 2] == "." {
                        j += 2; continue
                    }
                    break
                }
                // A trailing period after dotted initials belongs to them (U.S.).
                if j < end, s[j] == ".", j - i >= 3, s[j - 2] == "." { j += 1 }
                out.append(Token(Span(i, j), .word))
                i = j
                continue
            }
            out.append(Token(Span(i, i + 1), .punct))
            i += 1
        }
        return out
    }

    @inline(__always) public static func isDigit(_ c: Unicode.Scalar) -> Bool { c.value >= 48 && c.value <= 57 }
    @inline(__always) public static func isSpace(_ c: Unicode.Scalar) -> Bool {
        c.value == 32 || c.value == 10 || c.value == 9 || c.value == 13 || (c.value > 127 && c.properties.isWhitespace)
    }
    @inline(__always) public static func isLetter(_ c: Unicode.Scalar) -> Bool {
        let v = c.value
        if v < 128 { return (v >= 65 && v <= 90) || (v >= 97 && v <= 122) }
        return c.properties.isAlphabetic
    }
}

extension Array where Element == Unicode.Scalar {
    /// The text of `span` as a String.
    public func string(_ span: Span) -> String { UTF8Scalars.string(self[span.range]) }
}
