import ClaimlineCore

/// Corrections to ICU's sentence breaks: places ICU splits that are not
/// sentence ends (titles, initials).
enum BoundaryRules {
    /// Titles that precede a name and never end a sentence.
    static let titles: Set<String> = ["mr", "mrs", "ms", "dr", "prof", "gen", "sen", "rep", "gov", "lt", "col", "capt",
                                      "sgt", "st", "rev", "hon", "pres", "supt", "cmdr", "adm", "maj", "brig"]

    static func apply(_ spans: [Span], _ t: [Unicode.Scalar]) -> [Span] {
        guard spans.count > 1 else { return spans }
        var out: [Span] = [spans[0]]
        for s in spans.dropFirst() {
            if shouldJoin(out[out.count - 1], s, t) { out[out.count - 1].end = s.end } else { out.append(s) }
        }
        return out
    }

    /// True when the break between `a` and `b` is not a sentence end.
    static func shouldJoin(_ a: Span, _ b: Span, _ t: [Unicode.Scalar]) -> Bool {
        var e = a.end
        while e > a.start && t[e - 1].properties.isWhitespace { e -= 1 }
        guard e > a.start, t[e - 1] == "." else { return false }
        var w = e - 1
        while w > a.start && t[w - 1].properties.isAlphabetic { w -= 1 }
        let word = String(String.UnicodeScalarView(t[w..<(e - 1)])).lowercased()
        if titles.contains(word) { return true }
        // A single capital initial ("Jonas E. Smith") before a capitalised word.
        if word.count == 1, t[w].properties.isUppercase, (w == a.start || t[w - 1] == " "),
           let f = t[b.start..<b.end].first(where: { !$0.properties.isWhitespace }), f.properties.isUppercase {
            return true
        }
        return false
    }
}
