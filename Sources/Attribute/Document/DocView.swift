import ClaimlineCore

/// How a token is written.
enum Shape: UInt8 {
    case lower, capitalized, upper, number, punct, other
}

/// One token of the body, with what attribution asks of it precomputed:
/// its lowercase word hash, word groups, shape and the quote it lies in.
struct Tok {
    var start: Int32
    var end: Int32
    /// Lowercase hash of the text (for punctuation, of the character).
    var word: UInt64
    var cls: WordClass
    var kind: Token.Kind
    var shape: Shape
    /// The quotation whose words contain this token, or -1.
    var quote: Int32
    /// The quotation this token is a mark of (opening or closing), or -1.
    var mark: Int32
    var unit: Int32
    /// Coarse word group (see `CueFinder.group`), set once quotation marks are known.
    var group: UInt8 = 0

    var span: Span { Span(Int(start), Int(end)) }
    var isWord: Bool { kind == .word }
    var inQuote: Bool { quote >= 0 }
    var isMark: Bool { mark >= 0 }
}

/// A run of sentences read together: one sentence, or several when a
/// quotation runs across their boundary (`"A. B," he said.`).
struct Unit {
    var toks: Range<Int>
    /// Indices into the document's sentences.
    var sentences: Range<Int>
    var block: Int
    var span: Span
    /// True when a quotation mark is among the tokens.
    var hasQuote = false
}

/// A quotation in normalized coordinates, with its tokens.
struct QuoteView {
    var span: Span
    var inner: Span
    var group: Int
    var open: Bool
    var block: Int
    /// Tokens of the words (marks excluded); empty for a quotation nested in another.
    var toks: Range<Int>
    /// Inside another quotation (`"... the 'Trump effect' ..."`): attribution reads the outer one.
    var nested = false
}

/// The document as attribution reads it: the body tokenized once, grouped
/// into units, with quotations marked on the tokens.
struct DocView {
    let s: [Unicode.Scalar]
    var toks: [Tok] = []
    var units: [Unit] = []
    var quotes: [QuoteView] = []
    /// Sentence spans in normalized coordinates (body sentences only are used).
    var sentenceSpans: [Span] = []

    init(_ doc: ExtractedDocument) {
        s = doc.norm.text.scalars
        let map = doc.norm.map
        let blocks = doc.blocks
        sentenceSpans = doc.sentences.map { map.normalized($0.span) }
        var qs: [QuoteView] = doc.quotes.map { q in
            QuoteView(span: map.normalized(q.span), inner: map.normalized(q.inner), group: q.group, open: q.open, block: -1, toks: 0..<0)
        }
        // The extract stage lists quotations in text order; `group` indexes that list.
        // Body sentences, in order.
        var body: [(index: Int, span: Span, block: Int)] = []
        for (k, st) in doc.sentences.enumerated() where blocks.indices.contains(st.block) && blocks[st.block].role.isBody {
            let sp = sentenceSpans[k]
            if !sp.isEmpty { body.append((k, sp, st.block)) }
        }
        // Tokens are written straight into the array's storage, sized for
        // about one token in four characters (English has one in five or
        // six); a document with more moves them to a buffer that grows.
        var bodyLength = 0
        for b in body { bodyLength += b.span.length }
        var grown: TokBuffer? = nil
        toks = [Tok](unsafeUninitializedCapacity: bodyLength / 4 + 16) { mem, n in
            var out = TokBuffer(in: mem)
            tokenize(body, &qs, into: &out)
            if out.ownsMemory { grown = out; n = 0 } else { n = out.count }
        }
        if var g = grown { toks = g.array() }
        markQuotes(&qs)
        quotes = qs
    }

    /// Joins the body sentences into units and tokenizes each.
    private mutating func tokenize(_ body: [(index: Int, span: Span, block: Int)], _ qs: inout [QuoteView],
                                   into out: inout TokBuffer) {
        s.withUnsafeBufferPointer { buf in
            var q = 0
            var i = 0
            while i < body.count {
                var j = i
                // Join the next sentence while a quotation runs across the gap.
                while j + 1 < body.count, body[j + 1].block == body[i].block {
                    let gapStart = body[j].span.end, gapEnd = body[j + 1].span.start
                    while q < qs.count && qs[q].inner.end <= gapStart { q += 1 }
                    var crosses = false
                    var k = q
                    while k < qs.count && qs[k].inner.start < gapStart {
                        if qs[k].inner.end > gapEnd { crosses = true; break }
                        k += 1
                    }
                    if !crosses && (DocView.quoteOpensAfterWords(buf, qs, before: q, body[j].span)
                                    || !attributionTail(buf, after: body[j].span, body[j + 1].span)) { break }
                    j += 1
                }
                let unitIndex = Int32(units.count)
                let first = out.count
                // Sentences of a unit are contiguous but for spaces: one pass over them.
                DocView.appendTokens(buf, Span(body[i].span.start, body[j].span.end), unit: unitIndex, to: &out)
                units.append(Unit(toks: first..<out.count, sentences: body[i].index..<(body[j].index + 1),
                                  block: body[i].block, span: Span(body[i].span.start, body[j].span.end)))
                i = j + 1
            }
        }
    }

    /// Whether the quotation that ends sentence `a` (the last one before
    /// quotation `q`) opened after words of `a` (`he calls her "a wonderful
    /// woman." He adds, "..."`): reported speech with a quoted phrase, so
    /// a `He adds,` after it starts an attribution of its own rather than
    /// being this sentence's tail.
    static func quoteOpensAfterWords(_ buf: UnsafeBufferPointer<Unicode.Scalar>, _ qs: [QuoteView], before q: Int, _ a: Span) -> Bool {
        guard q > 0, qs[q - 1].span.end + 2 >= a.end, qs[q - 1].span.start > a.start else { return false }
        for i in a.start..<qs[q - 1].span.start where DocView.isLetter(buf[i]) || DocView.isDigit(buf[i]) { return true }
        return false
    }

    /// True when a sentence that ends a quotation with `?`, `!` or `.` is
    /// followed by its attribution (`"Why?" Renteria asked reporters.`),
    /// which sentence breaking cuts off after the capitalised name.
    private func attributionTail(_ buf: UnsafeBufferPointer<Unicode.Scalar>, after a: Span, _ b: Span) -> Bool {
        var e = a.end
        while e > a.start, buf[e - 1] == " " { e -= 1 }
        var q = e
        while q > a.start, buf[q - 1] == "\"" || buf[q - 1] == "'" { q -= 1 }
        guard q < e, q > a.start, "?!.".unicodeScalars.contains(buf[q - 1]) else { return false }
        let toks = Tokenizer.tokens(s, in: b.start..<min(b.end, b.start + 200))
        for (k, t) in toks.prefix(5).enumerated() {
            guard t.kind == .word else { return false }
            let h = WordHash.of(buf, t.span.range)
            let cls = WordClass.table[h]
            if cls.contains(.speech) && DocView.isLower(buf[t.span.start]) { return DocView.isShortTail(buf, toks, after: k, b.end) }
            let c = buf[t.span.start]
            if !(DocView.isUpper(c) || cls.contains(.pronoun) || cls.contains(.determiner) || cls.contains(.adverb)) { return false }
        }
        return false
    }

    /// An attribution that ends its sentence (`Renteria asked reporters.`,
    /// `Trump asked, looking far from displeased.`), not a sentence with
    /// reported words of its own (`He said that is a "distortion," ...`):
    /// a comma or at most six words after the reporting word, or at most six
    /// before a report (`O'Malley said at a press conference, according to
    /// the Las Vegas Sun.`: the report is part of the attribution).
    static func isShortTail(_ buf: UnsafeBufferPointer<Unicode.Scalar>, _ toks: [Token], after k: Int, _ end: Int) -> Bool {
        let rest = toks[(k + 1)...]
        if let next = rest.first, next.kind == .punct { return true }
        if let c = rest.prefix(8).firstIndex(where: { $0.kind == .punct && buf[$0.span.start] == "," }), c + 2 < toks.count,
           WordHash.of(buf, toks[c + 1].span.range) == Lex.according, WordHash.of(buf, toks[c + 2].span.range) == Lex.to {
            return true
        }
        return rest.count <= 7 && rest.last.map { $0.span.end >= end - 1 } ?? true
    }

    /// Tokenizes `span` by `Tokenizer`'s rules and appends its tokens with
    /// what attribution needs of each, in one pass (no token list in between):
    /// each character is hashed as the scan takes it into its token.
    private static func appendTokens(_ buf: UnsafeBufferPointer<Unicode.Scalar>, _ span: Span, unit: Int32,
                                     to out: inout TokBuffer) {
        let table = WordClass.table
        var i = span.start
        let end = span.end
        // Once per unit, so each token's offsets convert without a check.
        precondition(end <= Int(Int32.max), "a text too long for 32-bit offsets")
        while i < end {
            let c = buf[i]
            if DocView.isSpace(c) { i += 1; continue }
            var j = i + 1
            var h = mix(WordHash.seed, c)
            // The first inner apostrophe of a word (`he's`), or -1.
            var apostrophe = -1
            let kind: Token.Kind
            if DocView.isDigit(c) {
                while j < end {
                    let x = buf[j]
                    if DocView.isDigit(x) { h = mix(h, x); j += 1; continue }
                    if x == "," || x == "." || x == ":", j + 1 < end, DocView.isDigit(buf[j + 1]) {
                        h = mix(mix(h, x), buf[j + 1]); j += 2; continue
                    }
                    break
                }
                kind = .number
            } else if DocView.isLetter(c) {
                while j < end {
                    j = letterRun(buf, from: j, to: end, &h)
                    guard j < end else { break }
                    let x = buf[j]
                    if DocView.isLetter(x) || DocView.isDigit(x) { h = mix(h, x); j += 1; continue }
                    // Inner apostrophe or hyphen joins letters; a period joins single letters (U.S., a.m.).
                    if x == "'" || x == "-" || x == "\u{2019}", j + 1 < end, DocView.isLetter(buf[j + 1]) {
                        if x == "'" && apostrophe < 0 { apostrophe = j }
                        h = mix(mix(h, x), buf[j + 1]); j += 2; continue
                    }
                    if x == ".", j + 1 < end, DocView.isLetter(buf[j + 1]), j + 2 <= end,
                       j + 2 == end || !DocView.isLetter(buf[j + 2]) || buf[j + 2] == ".", j - i == 1 || buf[j - 2] == "." {
                        h = mix(mix(h, x), buf[j + 1]); j += 2; continue
                    }
                    break
                }
                // A trailing period after dotted initials belongs to them (U.S.).
                if j < end, buf[j] == ".", j - i >= 3, buf[j - 2] == "." { h = mix(h, buf[j]); j += 1 }
                kind = .word
            } else {
                kind = .punct
            }
            appendToken(buf, i..<j, kind, hash: h, apostrophe: apostrophe, unit: unit, table, to: &out)
            i = j
        }
    }

    /// `WordHash.of`'s step for one more character.
    @inline(__always) private static func mix(_ h: UInt64, _ c: Unicode.Scalar) -> UInt64 {
        WordHash.add(h, WordHash.fold(c.value))
    }

    /// Hashes the ASCII letters from `j` into `h`; returns where they stop.
    /// A loop of its own, the common case: letters fold by setting bit 5.
    @inline(__always)
    private static func letterRun(_ buf: UnsafeBufferPointer<Unicode.Scalar>, from j: Int, to end: Int, _ h: inout UInt64) -> Int {
        var k = j, x = h
        while k < end {
            let f = buf[k].value | 32
            guard f &- 97 < 26 else { break }
            x = (x ^ UInt64(f)) &* WordHash.prime
            k &+= 1
        }
        h = x
        return k
    }

    /// A token with its word groups and shape (its quotation is marked later),
    /// made in place (a token returned by value costs a stalled copy); `h` is
    /// `WordHash.of` its characters. Transparent: the optimizer kept it out
    /// of line despite `@inline(__always)`, and the call with its ten
    /// arguments cost more than half of the work.
    @_transparent
    private static func appendToken(_ buf: UnsafeBufferPointer<Unicode.Scalar>, _ r: Range<Int>, _ kind: Token.Kind,
                                    hash h: UInt64, apostrophe: Int, unit: Int32, _ table: WordTable<WordClass>,
                                    to out: inout TokBuffer) {
        assert(h == WordHash.of(buf, r))
        let c0 = buf[r.lowerBound]
        let shape: Shape
        switch kind {
        case .number: shape = .number
        case .punct: shape = .punct
        case .word:
            if DocView.isUpper(c0) {
                shape = r.count > 1 && DocView.isUpper(buf[r.lowerBound + 1]) ? .upper : .capitalized
            } else {
                shape = DocView.isLower(c0) ? .lower : .other
            }
        }
        var cls: WordClass = kind == .word ? table[h] : []
        // A clitic (`he's`, `they're`, `Trump's`): the word's groups are its base's.
        if cls.isEmpty, kind == .word, apostrophe > r.lowerBound {
            cls = table[WordHash.of(buf, r.lowerBound..<apostrophe)]
            if cls.contains(.pronoun) { cls.remove(.determiner) }
        }
        // `US`, `IT`: capitals are names, not the pronouns they spell.
        if shape == .upper { cls.subtract([.pronoun, .objectPronoun, .possessive, .firstPerson]) }
        // The group of a quotation mark is set when marks are known.
        out.append(Tok(start: Int32(truncatingIfNeeded: r.lowerBound), end: Int32(truncatingIfNeeded: r.upperBound), word: h,
                       cls: cls, kind: kind, shape: shape,
                       quote: -1, mark: -1, unit: unit, group: CueFinder.group(kind, h, cls, shape, isMark: false)))
    }

    // `Tokenizer`'s character classes, inlined here.
    @inline(__always) static func isDigit(_ c: Unicode.Scalar) -> Bool { c.value >= 48 && c.value <= 57 }
    @inline(__always) static func isSpace(_ c: Unicode.Scalar) -> Bool {
        c.value == 32 || c.value == 10 || c.value == 9 || c.value == 13 || (c.value > 127 && isOtherSpace(c))
    }
    @inline(__always) static func isLetter(_ c: Unicode.Scalar) -> Bool {
        let v = c.value
        if v < 128 { return (v >= 65 && v <= 90) || (v >= 97 && v <= 122) }
        return isOtherLetter(c)
    }

    // The lookups beyond ASCII, out of line: `Unicode.Scalar.Properties` is a
    // resilient type, and a function that uses it makes stack room for one
    // on every call (a call into the runtime), even when it never looks.
    @inline(never) static func isOtherSpace(_ c: Unicode.Scalar) -> Bool { c.properties.isWhitespace }
    @inline(never) static func isOtherLetter(_ c: Unicode.Scalar) -> Bool { c.properties.isAlphabetic }
    @inline(never) static func isOtherUpper(_ c: Unicode.Scalar) -> Bool { c.properties.isUppercase }
    @inline(never) static func isOtherLower(_ c: Unicode.Scalar) -> Bool { c.properties.isLowercase }

    /// Sets each token's quotation and each quotation's token range.
    private mutating func markQuotes(_ qs: inout [QuoteView]) {
        guard !qs.isEmpty, !toks.isEmpty else { return }
        var outer = -1
        for k in qs.indices {
            if outer >= 0, qs[outer].inner.contains(qs[k].span) { qs[k].nested = true } else { outer = k }
        }
        var t = 0
        for (k, q) in qs.enumerated() where !q.nested {
            while t < toks.count && Int(toks[t].end) <= q.span.start { t += 1 }
            var u = t
            var first = -1, last = -1
            while u < toks.count && Int(toks[u].start) < q.span.end {
                let sp = toks[u].span
                if q.inner.contains(sp) {
                    if toks[u].quote < 0 { toks[u].quote = Int32(k) }
                    if first < 0 { first = u }
                    last = u
                } else if toks[u].kind == .punct {
                    toks[u].mark = Int32(k)
                    toks[u].group = CueFinder.group(toks[u])
                    units[Int(toks[u].unit)].hasQuote = true
                }
                u += 1
            }
            if first >= 0 {
                qs[k].toks = first..<(last + 1)
                qs[k].block = Int(toks[first].unit)
            }
        }
        for k in qs.indices where qs[k].block >= 0 { qs[k].block = units[qs[k].block].block }
    }

    @inline(__always) static func isUpper(_ c: Unicode.Scalar) -> Bool {
        c.value < 128 ? (c.value >= 65 && c.value <= 90) : isOtherUpper(c)
    }
    @inline(__always) static func isLower(_ c: Unicode.Scalar) -> Bool {
        c.value < 128 ? (c.value >= 97 && c.value <= 122) : isOtherLower(c)
    }

    /// Hash of a word's last three letters (tense and number: `-ed`, `-ing`,
    /// `-s`), 0 for other tokens. Made when a feature asks: few tokens are
    /// asked, and a token without it is smaller.
    func suffix(_ t: Int) -> UInt64 {
        guard toks[t].kind == .word else { return 0 }
        return s.withUnsafeBufferPointer { WordHash.suffix($0, Int(toks[t].start)..<Int(toks[t].end), 3) }
    }

    /// Whether token `t` ends with the ASCII letters of `tail`, as written
    /// (`-ed`, `-ing`: a lowercase word so ending reads as a verb form).
    func ends(_ t: Int, with tail: StaticString) -> Bool {
        let e = Int(toks[t].end), n = tail.utf8CodeUnitCount
        guard e - Int(toks[t].start) >= n else { return false }
        return tail.withUTF8Buffer { b in (0..<n).allSatisfy { s[e - n + $0].value == UInt32(b[$0]) } }
    }

    /// Whether token `t` is a word with a possessive `'s` (`Clinton's`;
    /// normalize has made `’` an `'`).
    func isPossessive(_ t: Int) -> Bool { toks[t].end - toks[t].start >= 3 && ends(t, with: "'s") }

    func text(_ a: Int, _ b: Int) -> String { s.string(Span(Int(toks[a].start), Int(toks[b - 1].end))) }
    func span(_ r: Range<Int>) -> Span { Span(Int(toks[r.lowerBound].start), Int(toks[r.upperBound - 1].end)) }
    func scalar(_ t: Int) -> Unicode.Scalar { s[Int(toks[t].start)] }
}

/// A buffer of tokens with no per-append checks beyond capacity (Array's
/// append checks uniqueness each time). It fills memory it is given (an
/// Array's uninitialized storage); past its end, it moves the tokens to
/// memory of its own that grows, read out once as an Array.
struct TokBuffer {
    private var p: UnsafeMutablePointer<Tok>
    private var capacity: Int
    private(set) var count = 0
    private(set) var ownsMemory = false

    init(in memory: UnsafeMutableBufferPointer<Tok>) {
        p = memory.baseAddress!
        capacity = memory.count
    }

    @inline(__always) mutating func append(_ t: Tok) {
        if count == capacity { grow() }
        (p + count).initialize(to: t)
        count += 1
    }

    private mutating func grow() {
        let q = UnsafeMutablePointer<Tok>.allocate(capacity: max(16, capacity * 2))
        q.moveInitialize(from: p, count: count)
        if ownsMemory { p.deallocate() }
        p = q
        capacity = max(16, capacity * 2)
        ownsMemory = true
    }

    /// The tokens as an Array, once they are in memory of its own; that is freed.
    mutating func array() -> [Tok] {
        precondition(ownsMemory)
        let a = Array(UnsafeBufferPointer(start: p, count: count))
        p.deallocate()
        capacity = 0
        return a
    }
}
