import ClaimlineCore

/// A quantity as a key: facts with equal keys state the same quantity.
struct QuantityValue: Hashable {
    enum Group: UInt8 { case count, percent, money }
    var group: Group
    /// Currency for money; nil otherwise.
    var unit: String?
    var value: Double

    /// Nil for numbers that are not quantities. `text` is the number as written.
    init?(_ m: NumberMention, text: String? = nil) {
        switch m.kind {
        case .cardinal where QuantityValue.looksLikeYear(m, text: text): return nil
        case .cardinal: group = .count; unit = nil
        case .percent: group = .percent; unit = nil
        case .money: group = .money; unit = m.unit
        default: return nil
        }
        guard m.value.isFinite else { return nil }
        value = m.value
    }

    /// English writes years without a separator and quantities of a thousand
    /// or more with one: a bare four-digit cardinal between 1500 and 2100 is a
    /// year the extract stage did not type (`from 2005 levels`), unless it
    /// counts people (`2000 protesters`) or has an approximator.
    static func looksLikeYear(_ m: NumberMention, text: String?) -> Bool {
        guard let text, m.approx == nil, text.count == 4, text.allSatisfy(\.isASCII), text.allSatisfy(\.isNumber),
              m.value >= 1500 && m.value <= 2100 else { return false }
        return CountedThing(m.counts)?.nounClass == nil
    }

    /// How much an equal value says on its own: `755` is rarely a
    /// coincidence, `2` or `1,000` often is. 2 for three or more significant
    /// digits, 1 for two, 0 for one.
    var specificity: Int {
        var v = abs(value)
        guard v > 0 else { return 0 }
        var scale = 0
        while v != v.rounded(), scale < 6 { v *= 10; scale += 1 }
        var digits = Int(v.rounded())
        while digits >= 10, digits % 10 == 0 { digits /= 10 }
        let significant = String(digits).count
        return significant >= 3 ? 2 : significant == 2 ? 1 : 0
    }
}

/// What an approximator says about the true value.
enum Bound: Equatable {
    case exact, lower, upper, around, magnitude

    init(_ approx: String?) {
        guard let a = approx?.lowercased(), !a.isEmpty else { self = .exact; return }
        if Bound.exactWords.contains(a) { self = .exact }
        else if Bound.lowerWords.contains(where: { a.contains($0) }) { self = .lower }
        else if Bound.upperWords.contains(where: { a.contains($0) }) { self = .upper }
        else if Bound.magnitudeWords.contains(where: { a.hasPrefix($0) }) { self = .magnitude }
        else { self = .around }
    }

    /// A bound that excludes the stated value itself (`more than 3` is not 3).
    var isStrict: Bool { self == .lower || self == .upper }

    /// True when a source saying `other` does not contradict one saying
    /// `self` about `value` (`more than 1,000` admits 1,200, not 755).
    func admits(_ other: Double, stated value: Double) -> Bool {
        switch self {
        case .exact: return other == value
        case .lower: return other >= value
        case .upper: return other <= value
        case .around: return abs(other - value) <= 0.1 * abs(value)
        case .magnitude: return other >= value && other < value * 10
        }
    }

    static let exactWords: Set<String> = ["only", "just", "exactly", "precisely", "a total of", "all"]
    static let lowerWords = ["more than", "over", "above", "at least", "upwards of", "in excess of", "exceeding",
                             "no fewer than", "no less than", "greater than", "plus", "beyond"]
    static let upperWords = ["less than", "fewer than", "under", "below", "up to", "at most", "no more than",
                             "nearly", "almost", "just under", "not quite", "as many as", "as much as"]
    static let magnitudeWords = ["hundreds", "thousands", "millions", "billions", "dozens", "tens", "scores"]
}

/// A claim (or statement) as clusters list it; facts point here.
struct MemberInfo {
    var doc: Int32
    var claim: String?
    var kind: ClusterMember.Kind
    var span: Span
    /// Index into the speaker table, or -1.
    var speaker: Int32
    var sourceType: SourceType
    var score: Double?
    /// Every quantity the member states: a claim that states both of two
    /// numbers contradicts neither.
    var values: [QuantityValue]
}

/// One quantity stated by one member.
struct QuantityFact {
    var member: Int32
    var value: QuantityValue
    var number: ClaimNumber
    var bound: Bound
    var counted: CountedThing?
    /// The content terms around the number (interned ids, sorted, distinct).
    var terms: [Int32]
}

/// The words of one claim, for near-identical words.
struct TextFact {
    var member: Int32
    /// Interned word forms, sorted, distinct.
    var forms: [Int32]
    /// How many of `forms` are content words.
    var contentCount: Int
    /// The first words in order, for the label.
    var leading: [Int32]
}

/// Strings to small integers, so facts hold ids rather than strings.
struct Interner {
    private(set) var strings: [String] = []
    private var ids: [String: Int32] = [:]

    mutating func id(_ s: String) -> Int32 {
        if let i = ids[s] { return i }
        let i = Int32(strings.count)
        strings.append(s)
        ids[s] = i
        return i
    }

    subscript(i: Int32) -> String { strings[Int(i)] }
    var count: Int { strings.count }
}
