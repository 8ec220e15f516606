/// When two claims give the same words: normalized word overlap, measured
/// against the shorter claim, so a partial quote inside a longer report, or a
/// quote reported with a few words changed, still joins.
struct TextRules {
    /// Fewest words a claim needs to be compared at all.
    var minimumWords = 4
    /// Share of the shorter claim's words the other must have.
    var overlap = 0.8
    /// The same, for two claims by the same speaker (their words differ more
    /// from outlet to outlet, and the speaker is evidence too).
    var sameSpeakerOverlap = 0.6

    /// The rule that joins `a` and `b`, or nil. `isContent` tells content words from stopwords.
    func join(_ a: TextFact, _ b: TextFact, sameSpeaker: Bool, isContent: (Int32) -> Bool) -> String? {
        let (shared, sharedContent) = TextRules.intersection(a.forms, b.forms, isContent)
        let shorter = min(a.forms.count, b.forms.count)
        guard shorter >= minimumWords, sharedContent >= 3 else { return nil }
        let ratio = Double(shared) / Double(shorter)
        if sameSpeaker && shared >= 4 && ratio >= sameSpeakerOverlap { return "words+speaker" }
        if shared >= 5 && ratio >= overlap { return "words" }
        return nil
    }

    /// Sizes of the intersection of two sorted id lists, and of its content part.
    static func intersection(_ a: [Int32], _ b: [Int32], _ isContent: (Int32) -> Bool) -> (Int, Int) {
        var i = 0, j = 0, n = 0, c = 0
        while i < a.count && j < b.count {
            if a[i] == b[j] { n += 1; if isContent(a[i]) { c += 1 }; i += 1; j += 1 }
            else if a[i] < b[j] { i += 1 } else { j += 1 }
        }
        return (n, c)
    }

    /// Size of the intersection of two sorted id lists.
    static func sharedCount(_ a: [Int32], _ b: [Int32]) -> Int { intersection(a, b, { _ in false }).0 }
}
