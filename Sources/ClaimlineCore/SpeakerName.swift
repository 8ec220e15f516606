/// A speaker's name compared across documents. Each document's `speaker` is
/// the fullest name seen in that document, so one outlet's `Vladimir Putin`
/// is another's `Putin`: names match when the shorter one ends the longer
/// one, word for word, once case, determiners and titles are set aside.
public struct SpeakerName: Hashable, Sendable {
    /// Lowercased words, without leading determiners and titles.
    public let words: [String]

    public init(_ name: String) {
        var words = name.lowercased()
            .split(whereSeparator: { !($0.isLetter || $0.isNumber || $0 == "'" || $0 == "\u{2019}" || $0 == "-" || $0 == ".") })
            .map { String($0.map { $0 == "\u{2019}" ? "'" : $0 }) }
            .filter { !$0.isEmpty && $0 != "." }
        while let first = words.first, words.count > 1, SpeakerName.leading.contains(first.filter { $0 != "." }) {
            words.removeFirst()
        }
        // Middle initials do not tell names apart (`Harry M. Reid`, `Harry Reid`).
        if words.count > 2 {
            words = words.enumerated().filter { i, w in i == 0 || i == words.count - 1 || w.filter({ $0 != "." }).count > 1 }.map(\.1)
        }
        self.words = words
    }

    /// The word that blocks names for comparison: the surname, or the head noun of an organisation.
    public var key: String { words.last ?? "" }

    public var isEmpty: Bool { words.isEmpty }

    /// True when one name ends the other (`Putin` and `Vladimir Putin`).
    public func matches(_ other: SpeakerName) -> Bool {
        guard !words.isEmpty, !other.words.isEmpty else { return false }
        let (short, long) = words.count <= other.words.count ? (words, other.words) : (other.words, words)
        return long.suffix(short.count).elementsEqual(short)
    }

    /// Determiners and titles that do not tell two speakers apart.
    static let leading: Set<String> = [
        "the", "a", "an", "mr", "mrs", "ms", "miss", "dr", "prof", "professor", "sir", "dame", "lord", "lady",
        "president", "vice", "prime", "minister", "secretary", "senator", "sen", "rep", "representative", "gov",
        "governor", "mayor", "gen", "general", "col", "colonel", "capt", "captain", "judge", "justice", "chancellor",
        "king", "queen", "prince", "princess", "pope", "rev", "reverend", "former", "then-president", "acting",
    ]
}

extension SpeakerName {
    /// For each name, the fullest name it stands for across a batch: `Putin`
    /// becomes `Vladimir Putin` when that is the only longer name it ends.
    /// A short name that ends several different names (`Trump`: `Donald
    /// Trump`, `Melania Trump`) stays as it is.
    public static func canonicalNames(_ names: [String]) -> [String: String] {
        let distinct = Array(Set(names)).sorted()
        let parsed = distinct.map(SpeakerName.init)
        // Names that match end in the same word: each is compared with the
        // names of its own key only (all of them made this quadratic in the
        // batch's speakers).
        var byKey: [String: [Int]] = [:]
        for (j, p) in parsed.enumerated() where !p.isEmpty { byKey[p.key, default: []].append(j) }
        var out: [String: String] = [:]
        for (i, name) in distinct.enumerated() {
            let longer = parsed[i].isEmpty ? [] : byKey[parsed[i].key, default: []].filter { j in
                j != i && parsed[j].words.count > parsed[i].words.count && parsed[i].matches(parsed[j])
            }
            // The longest of the longer names, if every other one is a part of it.
            let best = longer.max { (parsed[$0].words.count, distinct[$1]) < (parsed[$1].words.count, distinct[$0]) }
            if let best, longer.allSatisfy({ parsed[$0].matches(parsed[best]) }) {
                out[name] = distinct[best]
            } else {
                out[name] = name
            }
        }
        return out
    }
}
