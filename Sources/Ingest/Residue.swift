import ClaimlineCore

/// The code points of a document, read in place (no copies, no Strings).
typealias Scalars = UnsafeBufferPointer<Unicode.Scalar>

/// Recognises what web pages leave behind in text files: image credits and
/// caption labels inline, video-embed lines, share prompts, "Related:" links.
/// Every rule reads the code points in place; letters are compared folded
/// to ASCII lower case (what `lowercased()` gives for the words matched).
enum Residue {
    struct Piece {
        var span: Span
        /// nil: an ordinary paragraph (still checked line-wise).
        var role: BlockRole?
        var date: String?
    }

    /// Markers that start a credit (followed by the holder) or a caption.
    /// Matched case-sensitively, as whole words.
    static let creditMarkers = ["Image copyright", "Image source", "Picture credit", "Photo credit"].map(scalars)
    static let captionMarkers = ["Image caption", "Media caption"].map(scalars)

    /// The pieces of a line, in order: a leading date, credits and caption
    /// labels (boilerplate), captions, and the text between them (role nil).
    static func forEachPiece(of line: Span, in s: Scalars, _ body: (Piece) -> Void) {
        var pos = line.start
        while pos < line.end && s[pos] == " " { pos += 1 }
        // "date 2017-07-30" at the start of a line (scraper residue).
        if let d = leadingDate(s, pos, line.end) {
            body(Piece(span: Span(pos, d.end), role: .boilerplate, date: d.iso))
            pos = d.end
        }
        var mark = nextMarker(s, pos, pos, line.end)
        guard var m = mark else {
            body(Piece(span: Span(pos, line.end), role: nil))
            return
        }
        if m.at > pos { body(Piece(span: Span(pos, m.at), role: nil)) }
        while true {
            let labelEnd = m.at + m.len
            mark = nextMarker(s, pos, labelEnd, line.end)
            let stop = mark?.at ?? line.end
            if m.caption {
                body(Piece(span: Span(m.at, labelEnd), role: .boilerplate))
                body(Piece(span: Span(labelEnd, stop), role: .caption))
            } else if mark != nil {
                body(Piece(span: Span(m.at, stop), role: .boilerplate))
            } else {
                // A credit at the end of a line: the holder is a few capitalised words.
                let holderEnd = capitalisedRun(s, labelEnd, stop, maxWords: 3)
                body(Piece(span: Span(m.at, holderEnd), role: .boilerplate))
                if holderEnd < stop { body(Piece(span: Span(holderEnd, stop), role: nil)) }
            }
            guard let next = mark else { return }
            m = next
        }
    }

    /// Whole lines that are page furniture, not article text (the HTML path's
    /// entry: short blocks of a page go through the same rules).
    static func lineIsBoilerplate(_ line: String) -> Bool {
        Array(line.unicodeScalars).withUnsafeBufferPointer { lineIsBoilerplate($0, Span(0, $0.count)) }
    }

    /// Whole lines that are page furniture, not article text. Most lines are
    /// prose, so the cheap tests (prefixes, the first word) come first and the
    /// one scan of the whole line for embed code last.
    static func lineIsBoilerplate(_ s: Scalars, _ line: Span) -> Bool {
        var a = line.start, b = line.end
        while a < b && isLineSpace(s[a]) { a += 1 }
        while b > a && isLineSpace(s[b - 1]) { b -= 1 }
        if a == b { return false }
        for p in linkPrefixScalars where startsFolded(s, a, b, p) { return true }
        if isOnlyShareWords(s, a, b) { return true }
        let found = scanEmbed(s, a, b)
        if found.code { return true }
        return found.autoplayOrCopy && startsFolded(s, a, b, embedPrefix)
    }

    /// Pieces of video-embed code and players left in text (matched in `scanEmbed`).
    static let iframeOpen = scalars("<iframe"), iframeClose = scalars("</iframe>"), scriptOpen = scalars("<script")
    static let copyCode = scalars("copy this code to your website"), autoplayTwice = scalars("autoplay autoplay")
    /// A line opening with "embed " is a player when it also says "autoplay" or "copy this code".
    static let embedPrefix = scalars("embed ")
    static let autoplay = scalars("autoplay"), copyThisCode = scalars("copy this code")

    static let linkPrefixes = ["related:", "related stories", "read more:", "read more", "more:", "see also:", "watch:",
                               "click here", "sign up for", "subscribe to", "follow us on", "share this", "advertisement",
                               "image copyright", "copyright ©", "© "]
    static let linkPrefixScalars = linkPrefixes.map(scalars)
    static let shareWords: Set<String> = ["play", "facebook", "twitter", "embed", "share", "email", "e-mail", "print",
                                          "whatsapp", "linkedin", "pinterest", "reddit", "messenger", "comments", "comment",
                                          "tweet", "copy", "link", "save", "more", "close", "menu", "video", "advertisement",
                                          "instagram", "youtube", "sms", "mail", "next", "previous"]
    /// The share words by length, as code point values.
    private static let shareWordsByLength: [[[UInt32]]] = {
        var out = [[[UInt32]]](repeating: [], count: 16)
        for w in shareWords { out[w.unicodeScalars.count].append(w.unicodeScalars.map(\.value)) }
        return out
    }()

    // MARK: the line rules

    /// Short lines made only of share/navigation words ("Play Facebook",
    /// "Twitter", "Email | Print"); separators between them do not count.
    static func isOnlyShareWords(_ s: Scalars, _ a: Int, _ b: Int) -> Bool {
        var words = 0, i = a
        while i < b {
            while i < b && s[i] == " " { i += 1 }
            var j = i
            while j < b && s[j] != " " { j += 1 }
            var wa = i, wb = j
            while wa < wb && isSeparator(s[wa]) { wa += 1 }
            while wb > wa && isSeparator(s[wb - 1]) { wb -= 1 }
            if wa < wb {
                words += 1
                if words > 5 || !isShareWord(s, wa, wb) { return false }
            }
            i = j
        }
        return words > 0
    }

    static func isShareWord(_ s: Scalars, _ a: Int, _ b: Int) -> Bool {
        let n = b - a
        guard n < shareWordsByLength.count else { return false }
        candidates: for w in shareWordsByLength[n] {
            for k in 0..<n where fold(s[a + k]) != w[k] { continue candidates }
            return true
        }
        return false
    }

    /// One pass over a line for embed code, and for the words that make an
    /// "embed ..." line a player. Only '<' and "op" (rare in prose, and in
    /// every word looked for) stop the scan; the words are then matched
    /// around them.
    static func scanEmbed(_ s: Scalars, _ a: Int, _ b: Int) -> (code: Bool, autoplayOrCopy: Bool) {
        var player = false
        var i = a
        while true {
            i = ScalarScan.nextTagOrOp(s, i, b)
            if i == b { break }
            if s[i].value == 0x3C {   // '<'
                if matchesFolded(s, i, b, iframeOpen) || matchesFolded(s, i, b, iframeClose) || matchesFolded(s, i, b, scriptOpen) {
                    return (true, true)
                }
            } else {
                // "op": "copy this code ..." starts 1 before it, "autoplay ..." 3 before.
                if i - a >= 1, matchesFolded(s, i - 1, b, copyThisCode) {
                    if matchesFolded(s, i - 1, b, copyCode) { return (true, true) }
                    player = true
                }
                if i - a >= 3, matchesFolded(s, i - 3, b, autoplay) {
                    if matchesFolded(s, i - 3, b, autoplayTwice) { return (true, true) }
                    player = true
                }
            }
            i += 1
        }
        return (false, player)
    }

    // MARK: helpers

    static func scalars(_ s: String) -> [UInt32] { s.unicodeScalars.map(\.value) }

    /// A code point folded as `lowercased()` folds it for matching ASCII
    /// words: A-Z to a-z, and the Kelvin sign to k (the one non-ASCII code
    /// point that lowercases to an ASCII letter; U+0130 lowercases to two
    /// code points, i and a combining dot, which no word here contains).
    @inline(__always) static func fold(_ c: Unicode.Scalar) -> UInt32 {
        let v = c.value
        if v &- 0x41 < 26 { return v | 0x20 }
        return v == 0x212A ? 0x6B : v
    }

    @inline(__always) static func matchesFolded(_ s: Scalars, _ at: Int, _ end: Int, _ word: [UInt32]) -> Bool {
        guard end - at >= word.count else { return false }
        for k in 0..<word.count where fold(s[at + k]) != word[k] { return false }
        return true
    }

    @inline(__always) static func startsFolded(_ s: Scalars, _ a: Int, _ b: Int, _ word: [UInt32]) -> Bool {
        matchesFolded(s, a, b, word)
    }

    /// The spaces a residue line is trimmed of: space, tab, CR, LF, no-break space.
    @inline(__always) static func isLineSpace(_ c: Unicode.Scalar) -> Bool {
        let v = c.value
        return v == 0x20 || v == 0x09 || v == 0x0D || v == 0x0A || v == 0xA0
    }

    /// Separators between share words: ':', '|', '•', '·'.
    @inline(__always) static func isSeparator(_ c: Unicode.Scalar) -> Bool {
        let v = c.value
        return v == 0x3A || v == 0x7C || v == 0x2022 || v == 0xB7
    }

    @inline(__always) static func isAlphabetic(_ c: Unicode.Scalar) -> Bool {
        let v = c.value
        if v < 0x80 { return (v | 0x20) &- 0x61 < 26 }
        return c.properties.isAlphabetic
    }

    /// The next credit or caption marker at or after `at`, as a whole word
    /// (the start of the text searched, `from`, counts as a word boundary).
    static func nextMarker(_ s: Scalars, _ from: Int, _ at: Int, _ to: Int) -> (at: Int, len: Int, caption: Bool)? {
        var i = at
        while true {
            // Every marker starts with I, P or M.
            i = ScalarScan.next(s, i, to, 0x49, 0x50, 0x4D)
            if i >= to { return nil }
            if i == from || !isAlphabetic(s[i - 1]), let m = marker(s, i, to) { return (i, m.len, m.caption) }
            i += 1
        }
    }

    static func marker(_ s: Scalars, _ at: Int, _ to: Int) -> (len: Int, caption: Bool)? {
        func matches(_ m: [UInt32]) -> Bool {
            guard to - at >= m.count else { return false }
            for k in 0..<m.count where s[at + k].value != m[k] { return false }
            return at + m.count == to || !isAlphabetic(s[at + m.count])
        }
        if let m = creditMarkers.first(where: matches) { return (m.count, false) }
        if let m = captionMarkers.first(where: matches) { return (m.count, true) }
        return nil
    }

    static func leadingDate(_ s: Scalars, _ from: Int, _ to: Int) -> (end: Int, iso: String)? {
        let word: [UInt32] = [0x64, 0x61, 0x74, 0x65, 0x20]   // "date "
        guard from + word.count + 10 <= to else { return nil }
        for k in 0..<word.count where fold(s[from + k]) != word[k] { return nil }
        let d = from + word.count
        for k in 0..<10 {
            let c = s[d + k].value
            if k == 4 || k == 7 ? c != 0x2D : c &- 0x30 >= 10 { return nil }
        }
        if d + 10 < to, s[d + 10] != " " { return nil }
        return (d + 10, String(String.UnicodeScalarView(s[d..<(d + 10)])))
    }

    static func capitalisedRun(_ s: Scalars, _ from: Int, _ to: Int, maxWords: Int) -> Int {
        var i = from, words = 0, end = from
        while i < to && words < maxWords {
            while i < to && s[i] == " " { i += 1 }
            guard i < to, s[i].properties.isUppercase else { break }
            while i < to && s[i] != " " { i += 1 }
            end = i; words += 1
        }
        return end
    }
}

extension String {
    var trimmingSpaces: String { trimmingCharacters(in: " \t\r\n\u{00A0}") }

    func trimmingCharacters(in set: String) -> String {
        let chars = Set(set.unicodeScalars)
        let u = unicodeScalars
        guard let a = u.firstIndex(where: { !chars.contains($0) }) else { return "" }
        let b = u.lastIndex(where: { !chars.contains($0) })!
        return String(u[a...b])
    }
}
