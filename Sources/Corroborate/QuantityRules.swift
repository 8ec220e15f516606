import ClaimlineCore

/// When two quantity facts state the same fact, and when they contradict
/// each other. Evidence is counted in points, each a separate reason two
/// claims are about one thing; a pair needs a link (the same speaker, the
/// same document, or a shared content word near the number) and enough points.
struct QuantityRules {
    /// Points two facts with equal values need to join.
    var joinPoints = 4
    /// Points two facts with different values need to conflict.
    var conflictPoints = 4
    /// Share of their context terms two conflicting facts must have in common
    /// (Jaccard): a conflict alarms a fact-checker, so the contexts must be
    /// nearly the same, not just about the same people.
    var conflictSimilarity = 0.4

    /// What links two facts beyond their number.
    struct Link {
        var sameSpeaker: Bool
        var sameDocument: Bool
        var sharedTerms: Int
        var any: Bool { sameSpeaker || sameDocument || sharedTerms > 0 }
    }

    /// The rule that joins `a` and `b` (equal values), or nil.
    func join(_ a: QuantityFact, _ b: QuantityFact, link: Link) -> String? {
        guard a.value == b.value, link.any else { return nil }
        var points = 0
        switch (a.counted, b.counted) {
        case let (x?, y?):
            guard x.agrees(with: y) else { return nil }  // 755 votes are not 755 diplomats
            points += 1
        default: break  // one side does not say what it counts
        }
        if a.bound != .exact && a.bound == b.bound { points += 1 }
        else if a.bound.isStrict != b.bound.isStrict || (a.bound.isStrict && a.bound != b.bound) {
            points -= 1  // "more than three" is not "three", nor "nearly three"
        }
        points += a.value.specificity
        points += min(link.sharedTerms, 3)
        if link.sameSpeaker { points += 2 }
        if link.sameDocument { points += 1 }
        guard points >= joinPoints else { return nil }
        return link.sameSpeaker ? "quantity+speaker" : link.sharedTerms > 0 ? "quantity+context" : "quantity+document"
    }

    /// True when `a` and `b` give different numbers for the same counted
    /// thing in the same context. `a` and `b` belong to different members.
    func conflict(_ a: QuantityFact, _ b: QuantityFact, aMember: MemberInfo, bMember: MemberInfo, link: Link) -> Bool {
        guard a.value.group == b.value.group, a.value.unit == b.value.unit, a.value.value != b.value.value else { return false }
        guard let x = a.counted, let y = b.counted, x.agrees(with: y) else { return false }
        // A claim that states both numbers tells them apart rather than disputing either.
        if aMember.values.contains(b.value) || bMember.values.contains(a.value) { return false }
        if a.bound.admits(b.value.value, stated: a.value.value) || b.bound.admits(a.value.value, stated: b.value.value) { return false }
        let union = a.terms.count + b.terms.count - link.sharedTerms
        guard link.sharedTerms >= 2, Double(link.sharedTerms) >= conflictSimilarity * Double(union) else { return false }
        var points = min(link.sharedTerms, 3)
        if x.lemma == y.lemma { points += 1 }
        if link.sameSpeaker { points += 2 }
        return points >= conflictPoints
    }
}
