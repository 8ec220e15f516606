import ClaimlineCore

/// A token as the number grammar sees it: the shared tokenizer's words split
/// at inner hyphens (`twenty-one`, `12-cent-a-share`) and at a letters-digits
/// seam (`USD115`, `x10`), each word looked up once in the lexicon.
struct NumTok: Equatable {
    enum Kind: UInt8 { case word, digits, punct }
    enum Case: UInt8 { case lower, capitalized, upper, other }

    var start: Int
    var end: Int
    var kind: Kind
    /// No space between this token and the one before it.
    var glued: Bool
    /// Split off the word before it at an inner hyphen.
    var hyphenated: Bool
    var letterCase: Case
    /// Inside a URL or e-mail address: never a number.
    var inAddress = false
    var lex: Lex?

    var tags: Lex.Tags { lex?.tags ?? [] }
    var word: Word { lex?.word ?? .other }
    func has(_ t: Lex.Tags) -> Bool { lex?.tags.contains(t) ?? false }
    var count: Int { end - start }
}

enum NumberTokens {
    /// The tokens of `s[range]`: the shared `Tokenizer`'s words, numbers and
    /// punctuation, split as above, in one pass over the scalars (no token
    /// list in between; a word's case and lexicon key read as it is scanned).
    static func tokens(_ s: [Unicode.Scalar], in range: Range<Int>) -> [NumTok] { scan(s, in: range).toks }

    /// The tokens, and in order the indices of those a mention may start at
    /// (a superset of `NumberText.mayStart`'s, so that the rules need not
    /// visit every token).
    static func scan(_ s: [Unicode.Scalar], in range: Range<Int>) -> (toks: [NumTok], starts: [Int]) {
        var scan = s.withUnsafeBufferPointer { p in
            var scan = TokenScan(p, end: range.upperBound, table: NumberLexicon.table)
            scan.out.reserveCapacity(range.count / 3 + 8)
            scan.starts.reserveCapacity(range.count / 16 + 8)
            scan.run(from: range.lowerBound)
            return scan
        }
        if scan.mayHoldAddress { markAddresses(s, &scan.out) }
        return (scan.out, scan.starts)
    }

    /// Marks the tokens of a space-free run holding `://`, `www.` or `@`.
    static func markAddresses(_ s: [Unicode.Scalar], _ toks: inout [NumTok]) {
        var a = 0
        while a < toks.count {
            var b = a + 1
            while b < toks.count && toks[b].glued { b += 1 }
            if b - a >= 3 && isAddress(s, toks, a, b) {
                for k in a..<b { toks[k].inAddress = true }
            }
            a = b
        }
    }

    private static func isAddress(_ s: [Unicode.Scalar], _ toks: [NumTok], _ a: Int, _ b: Int) -> Bool {
        for k in a..<b where toks[k].kind == .punct {
            let c = s[toks[k].start]
            if c == "@" { return true }
            if c == ":" && k + 2 < b && s[toks[k + 1].start] == "/" && s[toks[k + 2].start] == "/" { return true }
            if c == "." && k > a && toks[k - 1].kind == .word && toks[k - 1].count == 3,
               s[toks[k - 1].start] == "w" || s[toks[k - 1].start] == "W" { return true }
        }
        return false
    }
}

/// One pass of `NumberTokens.tokens` over a block: `Tokenizer.tokens`' rules,
/// each token handed on as it ends. Unicode properties are asked out of line
/// (`isOther...`): a call inside the loops would keep their counters in memory.
private struct TokenScan {
    let p: UnsafeBufferPointer<Unicode.Scalar>
    let end: Int
    let table: LexTable
    var out: [NumTok] = []
    /// Tokens a mention may start at: digits, a currency sign, `.` or `-`
    /// before digits or `.`, a word tagged `starter`, a four-letter capitals
    /// word (`MEUR`), a word before `$` (`US$`).
    var starts: [Int] = []
    /// A `@`, `:` or `www.` was seen: `markAddresses` has work to do.
    var mayHoldAddress = false

    init(_ p: UnsafeBufferPointer<Unicode.Scalar>, end: Int, table: LexTable) {
        self.p = p; self.end = end; self.table = table
    }

    @inline(__always) static func isDigit(_ v: UInt32) -> Bool { v &- 48 < 10 }

    /// Before digits or `.` are appended: a `.` or `-` just before them may be
    /// a decimal point or a minus sign.
    @inline(__always) mutating func signBefore() {
        guard let t = out.last, t.kind == .punct, p[t.start] == "." || p[t.start] == "-", starts.last != out.count - 1 else { return }
        starts.append(out.count - 1)
    }

    /// Appends a digits token, which a mention may start at.
    @inline(__always) mutating func appendDigits(_ start: Int, _ end: Int, glued: Bool) {
        signBefore()
        starts.append(out.count)
        out.append(NumTok(start: start, end: end, kind: .digits, glued: glued, hyphenated: false, letterCase: .other))
    }

    /// Appends a word token, noting it when a mention may start at it.
    @inline(__always) mutating func appendWord(_ t: NumTok) {
        if t.has(.starter) || (t.count == 4 && t.letterCase == .upper) { starts.append(out.count) }
        out.append(t)
    }

    @inline(__always) static func isLetter(_ c: Unicode.Scalar) -> Bool {
        let v = c.value
        if v < 128 { return (v | 32) &- 97 < 26 }
        return isOtherLetter(c)
    }

    @inline(never) static func isOtherLetter(_ c: Unicode.Scalar) -> Bool { ScalarFlags.of(c) & ScalarFlags.alphabetic != 0 }
    @inline(never) static func isOtherSpace(_ c: Unicode.Scalar) -> Bool { ScalarFlags.of(c) & ScalarFlags.whitespace != 0 }

    mutating func run(from start: Int) {
        var i = start
        var previousEnd = -1
        while i < end {
            let c = p[i]
            let v = c.value
            if v < 128 {
                if v == 32 || v == 10 || v == 9 || v == 13 { i += 1; continue }
            } else if Self.isOtherSpace(c) {
                i += 1; continue
            }
            let glued = i == previousEnd
            let j: Int
            if Self.isDigit(v) {
                j = digits(i, glued: glued)
            } else if Self.isLetter(c) {
                j = word(i, glued: glued)
            } else {
                j = i + 1
                if v == 64 || v == 58 { mayHoldAddress = true }  // @ :
                if v == 46, let w = out.last, w.kind == .word, w.count == 3, p[w.start] == "w" || p[w.start] == "W" {
                    mayHoldAddress = true
                }
                if v == 46 { signBefore() }
                if v == 36, let w = out.last, w.kind == .word, starts.last != out.count - 1 { starts.append(out.count - 1) }
                if v == 36 || (v >= 128 && Currency.symbol(c) != nil) { starts.append(out.count) }
                out.append(NumTok(start: i, end: j, kind: .punct, glued: glued, hyphenated: false, letterCase: .other))
            }
            previousEnd = j; i = j
        }
    }

    /// Digits with inner `,` `.` `:` before a digit, as one token, except a
    /// list written with commas (`22,24,26,31`): two commas or more, not
    /// thousands separators, become numbers and commas. Returns the end.
    mutating func digits(_ i: Int, glued: Bool) -> Int {
        var j = i + 1
        var commas = 0, otherMarks = false
        while j < end {
            let d = p[j].value
            if Self.isDigit(d) { j += 1; continue }
            if d == 44 || d == 46 || d == 58, j + 1 < end, Self.isDigit(p[j + 1].value) {
                if d == 44 { commas += 1 } else { otherMarks = true }
                j += 2; continue
            }
            break
        }
        if commas >= 2 && !otherMarks && !DigitValue.groupedByThree(p, i, j, separator: ",") {
            var a = i
            for k in i...j where k == j || p[k] == "," {
                appendDigits(a, k, glued: a == i ? glued : true)
                if k < j { out.append(NumTok(start: k, end: k + 1, kind: .punct, glued: true, hyphenated: false, letterCase: .other)) }
                a = k + 1
            }
        } else {
            appendDigits(i, j, glued: glued)
        }
        return j
    }

    /// The word starting with the letter at `i`: letters and digits, joined by
    /// an inner apostrophe or hyphen before a letter, or a period between
    /// single letters (U.S., a.m.). A word of ASCII letters (with inner periods
    /// and apostrophes), the usual case, gets its case and lexicon key in the
    /// same loop; others are split and read by `parts`. Returns the end.
    mutating func word(_ i: Int, glued: Bool) -> Int {
        var plain = true, hyphens = false
        var upper = 0, letters = 0
        var key: UInt64 = 0
        var j = i
        // Each letter is counted as the loop reaches it: a joining mark steps
        // one place, to the letter after it, which the next turn counts.
        while j < end {
            j = letterRun(from: j, &key, &upper, &letters)
            guard j < end else { break }
            let d = p[j].value
            if Self.isDigit(d) { plain = false; j &+= 1; continue }
            if d < 128 {
                if d == 39 || d == 45 {
                    guard j + 1 < end, Self.isLetter(p[j + 1]) else { break }
                    if d == 45 { hyphens = true; plain = false }
                    j &+= 1; continue
                }
                if d == 46, j + 1 < end, Self.isLetter(p[j + 1]), j + 2 == end || !Self.isLetter(p[j + 2]) || p[j + 2] == ".",
                   j - i == 1 || p[j - 2] == "." {
                    j &+= 1; continue
                }
                break
            }
            if d == 0x2019 {
                guard j + 1 < end, Self.isLetter(p[j + 1]) else { break }
                plain = false; j &+= 1; continue
            }
            guard Self.isOtherLetter(p[j]) else { break }
            plain = false; j &+= 1
        }
        // A trailing period after dotted initials belongs to them (U.S.).
        if j < end, p[j] == ".", j - i >= 3, p[j - 2] == "." { j += 1 }
        if plain {
            let lex = letters <= 13 && j - i <= 16 ? table.find(key) : nil
            appendWord(NumTok(start: i, end: j, kind: .word, glued: glued, hyphenated: false,
                              letterCase: Self.letterCase(upper: upper, lower: letters - upper, firstUpper: p[i].value &- 65 < 26), lex: lex))
        } else {
            parts(i, j, glued: glued, hyphens: hyphens)
        }
        return j
    }

    /// Reads the ASCII letters from `j` into the key and the counts; returns
    /// where they stop. Its own small loop, so that the counters stay in
    /// registers (in `word`'s loop, beside the rarer cases, they were kept in memory).
    @inline(__always)
    func letterRun(from j: Int, _ key: inout UInt64, _ upper: inout Int, _ letters: inout Int) -> Int {
        var k = key, u = upper, n = letters, i = j
        while i < end {
            let d = p[i].value
            // Without a branch on the case: bit 5 clear is a capital.
            let folded = d | 32
            guard folded &- 97 < 26 else { break }
            u &+= Int(((d >> 5) & 1) ^ 1); n &+= 1
            k = k &* 27 &+ UInt64(folded &- 96)
            i &+= 1
        }
        key = k; upper = u; letters = n
        return i
    }

    /// A word split at inner hyphens (`twenty-one`), and a trailing run of
    /// digits split off letters (`USD115`, `x10`, `G20`: two tokens, glued).
    mutating func parts(_ start: Int, _ end: Int, glued: Bool, hyphens: Bool) {
        var a = start
        var first = true
        var i = start
        while i <= end {
            if i == end || (hyphens && p[i] == "-") {
                if i > a { part(a, i, glued: first ? glued : true, hyphenated: !first) }
                first = false
                a = i + 1
            }
            i += 1
        }
    }

    mutating func part(_ start: Int, _ end: Int, glued: Bool, hyphenated: Bool) {
        if Self.isDigit(p[end - 1].value) {
            var d = end
            while d > start && Self.isDigit(p[d - 1].value) { d -= 1 }
            if d > start && (start..<d).allSatisfy({ Self.isLetter(p[$0]) }) {
                appendWord(partWord(start, d, glued: glued, hyphenated: hyphenated))
                appendDigits(d, end, glued: true)
                return
            }
        }
        appendWord(partWord(start, end, glued: glued, hyphenated: hyphenated))
    }

    /// A word part with its letter case and lexicon entry (the key as
    /// `NumberLexicon.key` packs it; none for letters beyond ASCII).
    func partWord(_ start: Int, _ end: Int, glued: Bool, hyphenated: Bool) -> NumTok {
        var upper = 0, lower = 0
        var firstUpper = false
        var key: UInt64 = 0, letters = 0
        var keyed = end - start <= 16
        for i in start..<end {
            let v = p[i].value
            let isUpper: Bool
            if v < 128 {
                isUpper = v &- 65 < 26
                if isUpper { key = key &* 27 &+ UInt64(v &- 64); letters += 1 }
                else if v &- 97 < 26 { lower += 1; key = key &* 27 &+ UInt64(v &- 96); letters += 1 }
                else if v != 46 && v != 39 { keyed = false }
            } else {
                keyed = false
                let f = ScalarFlags.of(p[i])
                isUpper = f & ScalarFlags.uppercase != 0
                if !isUpper && f & ScalarFlags.lowercase != 0 { lower += 1 }
            }
            if isUpper { upper += 1; if i == start { firstUpper = true } }
        }
        let lex = keyed && letters >= 1 && letters <= 13 ? table.find(key) : nil
        return NumTok(start: start, end: end, kind: .word, glued: glued, hyphenated: hyphenated,
                      letterCase: Self.letterCase(upper: upper, lower: lower, firstUpper: firstUpper), lex: lex)
    }

    @inline(__always)
    static func letterCase(upper: Int, lower: Int, firstUpper: Bool) -> NumTok.Case {
        if upper == 0 { return .lower }
        if lower == 0 { return .upper }
        return firstUpper && upper == 1 ? .capitalized : .other
    }
}

/// The Unicode properties the tokenizer asks of characters beyond ASCII, for
/// the Basic Multilingual Plane from a table made on first use (the standard
/// library's lookups cost more than the rest of tokenizing such text).
enum ScalarFlags {
    static let alphabetic: UInt8 = 1, whitespace: UInt8 = 2, uppercase: UInt8 = 4, lowercase: UInt8 = 8

    @inline(__always)
    static func of(_ c: Unicode.Scalar) -> UInt8 { c.value < 0x10000 ? bmp[Int(c.value)] : flags(c) }

    /// Two or three lookups, not four: Unicode derives Alphabetic to include
    /// Uppercase and Lowercase, and no white space is alphabetic (a test
    /// checks this against `allFlags` on the whole plane).
    static func flags(_ c: Unicode.Scalar) -> UInt8 {
        let p = c.properties
        guard p.isAlphabetic else { return p.isWhitespace ? whitespace : 0 }
        return alphabetic | (p.isUppercase ? uppercase : 0) | (p.isLowercase ? lowercase : 0)
    }

    /// The four properties looked up one by one.
    static func allFlags(_ c: Unicode.Scalar) -> UInt8 {
        let p = c.properties
        return (p.isAlphabetic ? alphabetic : 0) | (p.isWhitespace ? whitespace : 0) | (p.isUppercase ? uppercase : 0)
            | (p.isLowercase ? lowercase : 0)
    }

    /// 64 KB, made the first time a text holds a character beyond ASCII.
    /// The blocks below are set without a lookup per character (three
    /// fifths of the plane; asking each cost 39 M instructions per process).
    static let bmp: [UInt8] = {
        var t = [UInt8](repeating: 0, count: 0x10000)
        var v = 0
        while v < 0x10000 {
            if let (r, f) = uniformBlocks.first(where: { $0.0.contains(v) }) {
                for k in r { t[k] = f }
                v = r.upperBound
                continue
            }
            if let c = Unicode.Scalar(UInt32(v)) { t[v] = flags(c) }
            v += 1
        }
        return t
    }()

    /// Blocks of the plane whose characters all have the same flags in the
    /// Unicode data the standard library holds (a test checks every one):
    /// the CJK unified ideographs and Hangul syllables are letters without
    /// case, the surrogates are no characters, private use has no properties.
    static let uniformBlocks: [(Range<Int>, UInt8)] = [
        (0x4E00..<0xA000, alphabetic), (0xAC00..<0xD7A4, alphabetic), (0xD800..<0xE000, 0), (0xE000..<0xF900, 0),
    ]
}
