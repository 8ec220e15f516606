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
        let lower = t.lowercased()
        if lower.contains("<iframe") || lower.contains("</iframe>") || lower.contains("<script") { return true }
        if lower.contains("copy this code to your website") || lower.contains("autoplay autoplay") { return true }
        for p in linkPrefixes where lower.hasPrefix(p) { return true }
        // Short lines made only of share/navigation words ("Play Facebook",
        // "Twitter", "Email | Print"); separators between them do not count.
        let words = t.split(separator: " ").map { $0.lowercased().trimmingCharacters(in: ":|•·") }.filter { !$0.isEmpty }
        if !words.isEmpty && words.count <= 5 && words.allSatisfy({ shareWords.contains($0) }) { return true }
        if lower.hasPrefix("embed ") && (lower.contains("autoplay") || lower.contains("copy this code")) { return true }
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
