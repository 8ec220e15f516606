import ClaimlineCore

/// Recognises what web pages leave behind in text files: image credits and
/// caption labels inline, video-embed lines, share prompts, "Related:" links.
enum Residue {
    struct Piece {
        var span: Span
        /// nil: an ordinary paragraph (still checked line-wise).
        var role: BlockRole?
        var date: String?
    }

    /// Markers that start a credit (followed by the holder) or a caption.
    static let creditMarkers = ["Image copyright", "Image source", "Picture credit", "Photo credit"]
    static let captionMarkers = ["Image caption", "Media caption", "Caption"]

    static func pieces(of line: Span, in s: [Unicode.Scalar]) -> [Piece] {
        var out: [Piece] = []
        var pos = line.start
        while pos < line.end && s[pos] == " " { pos += 1 }
        // "date 2017-07-30" at the start of a line (scraper residue).
        if let d = leadingDate(s, pos, line.end) {
            out.append(Piece(span: Span(pos, d.end), role: .boilerplate, date: d.iso))
            pos = d.end
        }
        var marks: [(at: Int, len: Int, caption: Bool)] = []
        for m in creditMarkers { for at in occurrences(m, s, pos, line.end) { marks.append((at, m.unicodeScalars.count, false)) } }
        for m in captionMarkers where m != "Caption" { for at in occurrences(m, s, pos, line.end) { marks.append((at, m.unicodeScalars.count, true)) } }
        marks.sort { $0.at < $1.at }
        if marks.isEmpty {
            out.append(Piece(span: Span(pos, line.end), role: nil))
            return out
        }
        if marks[0].at > pos { out.append(Piece(span: Span(pos, marks[0].at), role: nil)) }
        for (k, m) in marks.enumerated() {
            let stop = k + 1 < marks.count ? marks[k + 1].at : line.end
            let labelEnd = m.at + m.len
            if m.caption {
                out.append(Piece(span: Span(m.at, labelEnd), role: .boilerplate))
                out.append(Piece(span: Span(labelEnd, stop), role: .caption))
            } else if k + 1 < marks.count {
                out.append(Piece(span: Span(m.at, stop), role: .boilerplate))
            } else {
                // A credit at the end of a line: the holder is a few capitalised words.
                let holderEnd = capitalisedRun(s, labelEnd, stop, maxWords: 3)
                out.append(Piece(span: Span(m.at, holderEnd), role: .boilerplate))
                if holderEnd < stop { out.append(Piece(span: Span(holderEnd, stop), role: nil)) }
            }
        }
        return out
    }

    /// Whole lines that are page furniture, not article text.
    static func lineIsBoilerplate(_ line: String) -> Bool {
        let t = line.trimmingSpaces
        if t.isEmpty { return false }
        // Read as lowercase UTF-8 bytes: one conversion per line, no Foundation searches.
        let lower = Array(t.lowercased().utf8)
        for code in embedCode where contains(lower, code) { return true }
        for p in linkPrefixBytes where lower.starts(with: p) { return true }
        // Short lines made only of share/navigation words ("Play Facebook",
        // "Twitter", "Email | Print"); separators between them do not count.
        var words = 0, allShare = true
        for w in lower.split(separator: 0x20) {
            let word = trimSeparators(w)
            if word.isEmpty { continue }
            words += 1
            if words > 5 || !shareWordBytes.contains(Array(word)) { allShare = false; break }
        }
        if allShare && words > 0 { return true }
        if lower.starts(with: Array("embed ".utf8)) && (contains(lower, Array("autoplay".utf8)) || contains(lower, Array("copy this code".utf8))) {
            return true
        }
        return false
    }

    /// Pieces of video-embed code and players left in text.
    static let embedCode: [[UInt8]] = ["<iframe", "</iframe>", "<script", "copy this code to your website", "autoplay autoplay"]
        .map { Array($0.utf8) }
    static let linkPrefixBytes = linkPrefixes.map { Array($0.utf8) }
    private static let shareWordBytes = Set(shareWords.map { Array($0.utf8) })

    /// A word without the separators around it: ':', '|', '•', '·'.
    static func trimSeparators(_ w: ArraySlice<UInt8>) -> ArraySlice<UInt8> {
        var w = w
        while true {
            if let f = w.first, f == 0x3A || f == 0x7C { w = w.dropFirst(); continue }
            if let l = w.last, l == 0x3A || l == 0x7C { w = w.dropLast(); continue }
            if w.starts(with: [0xE2, 0x80, 0xA2]) { w = w.dropFirst(3); continue }
            if w.starts(with: [0xC2, 0xB7]) { w = w.dropFirst(2); continue }
            if w.count >= 3, w.suffix(3).elementsEqual([0xE2, 0x80, 0xA2]) { w = w.dropLast(3); continue }
            if w.count >= 2, w.suffix(2).elementsEqual([0xC2, 0xB7]) { w = w.dropLast(2); continue }
            return w
        }
    }

    static func contains(_ hay: [UInt8], _ needle: [UInt8]) -> Bool {
        guard !needle.isEmpty, hay.count >= needle.count else { return false }
        let first = needle[0]
        var i = 0
        while i + needle.count <= hay.count {
            if hay[i] == first {
                var k = 1
                while k < needle.count && hay[i + k] == needle[k] { k += 1 }
                if k == needle.count { return true }
            }
            i += 1
        }
        return false
    }

    static let linkPrefixes = ["related:", "related stories", "read more:", "read more", "more:", "see also:", "watch:",
                               "click here", "sign up for", "subscribe to", "follow us on", "share this", "advertisement",
                               "image copyright", "copyright ©", "© "]
    static let shareWords: Set<String> = ["play", "facebook", "twitter", "embed", "share", "email", "e-mail", "print",
                                          "whatsapp", "linkedin", "pinterest", "reddit", "messenger", "comments", "comment",
                                          "tweet", "copy", "link", "save", "more", "close", "menu", "video", "advertisement",
                                          "instagram", "youtube", "sms", "mail", "next", "previous"]

    // MARK: helpers

    static func leadingDate(_ s: [Unicode.Scalar], _ from: Int, _ to: Int) -> (end: Int, iso: String)? {
        let word = Array("date ".unicodeScalars)
        guard from + word.count + 10 <= to else { return nil }
        for k in 0..<word.count where s[from + k].properties.lowercaseMapping != String(word[k]) { return nil }
        let d = from + word.count
        let pattern = Array("dddd-dd-dd".unicodeScalars)
        for k in 0..<10 {
            let c = s[d + k]
            if pattern[k] == "d" ? !(c >= "0" && c <= "9") : c != "-" { return nil }
        }
        if d + 10 < to, s[d + 10] != " " { return nil }
        return (d + 10, String(String.UnicodeScalarView(s[d..<(d + 10)])))
    }

    static func occurrences(_ needle: String, _ s: [Unicode.Scalar], _ from: Int, _ to: Int) -> [Int] {
        let n = Array(needle.unicodeScalars)
        guard n.count <= to - from else { return [] }
        var out: [Int] = []
        var i = from
        while i + n.count <= to {
            if s[i] == n[0], (1..<n.count).allSatisfy({ s[i + $0] == n[$0] }),
               i == from || !s[i - 1].properties.isAlphabetic,
               i + n.count == to || !s[i + n.count].properties.isAlphabetic {
                out.append(i); i += n.count
            } else { i += 1 }
        }
        return out
    }

    static func capitalisedRun(_ s: [Unicode.Scalar], _ from: Int, _ to: Int, maxWords: Int) -> Int {
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
