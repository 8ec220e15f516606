import ClaimlineCore

/// The speakers of a report, one colour each. Names that match across
/// documents (`Vladimir Putin`, `Putin`) share a group and a colour; claims
/// without a speaker are grey.
struct SpeakerPalette {
    struct Group {
        var name: String
        var colour: Int
        var claims: Int
    }

    /// Distinct colours, readable behind black text; the report's CSS defines `.s0`...
    static let colours = ["#ffd166", "#8ecae6", "#b8e0a8", "#f4a7b9", "#cdb4f5", "#ffb38a",
                          "#9ee6d8", "#e9c46a", "#a5b4fc", "#f9a8d4", "#bef264", "#fca5a5"]
    static let unattributedColour = "#d9d9d9"

    private(set) var groups: [Group] = []
    /// The group of each claim, -1 for claims without a speaker.
    private(set) var groupOfClaim: [Int] = []

    init(_ claims: [Claim]) {
        var names: [(name: String, words: SpeakerName?, count: Int)] = []
        var nameIndex: [String: Int] = [:]
        var counts: [String: Int] = [:]
        for c in claims { if let s = c.speaker, !s.isEmpty { counts[s, default: 0] += 1 } }
        // The groups a name can join, indexed (a scan of every group per
        // name was quadratic in the batch's speakers): groups with words by
        // their last word (names that match share it), and by lowercased
        // name the first group without words and the first of any kind.
        var byKey: [String: [Int]] = [:]
        var wordlessByName: [String: Int] = [:]
        var anyByName: [String: Int] = [:]
        // Fullest names first, so short forms join the group of their full name.
        for (s, n) in counts.sorted(by: { ($1.key.count, $0.key) < ($0.key.count, $1.key) }) {
            let w = SpeakerName(s)
            let lower = s.lowercased()
            // The first group that matches: by words when both have some, else by lowercased name.
            let joined: Int?
            if w.isEmpty {
                joined = anyByName[lower]
            } else {
                let byWords = byKey[w.key]?.first { names[$0].words!.matches(w) }
                joined = [byWords, wordlessByName[lower]].compactMap { $0 }.min()
            }
            if let i = joined {
                names[i].count += n
                nameIndex[s] = i
            } else {
                let i = names.count
                nameIndex[s] = i
                names.append((s, w.isEmpty ? nil : w, n))
                if w.isEmpty { wordlessByName[lower] = wordlessByName[lower] ?? i } else { byKey[w.key, default: []].append(i) }
                anyByName[lower] = anyByName[lower] ?? i
            }
        }
        // Most quoted first: they get the first colours.
        let order = names.indices.sorted { (names[$1].count, names[$0].name) < (names[$0].count, names[$1].name) }
        var rankOf = [Int](repeating: 0, count: names.count)
        for (rank, i) in order.enumerated() {
            groups.append(Group(name: names[i].name, colour: rank % SpeakerPalette.colours.count, claims: names[i].count))
            rankOf[i] = rank
        }
        groupOfClaim = claims.map { c in
            guard let s = c.speaker, let i = nameIndex[s] else { return -1 }
            return rankOf[i]
        }
    }

    func colourClass(ofClaim i: Int) -> String {
        let g = groupOfClaim[i]
        return g < 0 ? "su" : "s\(groups[g].colour)"
    }
}
