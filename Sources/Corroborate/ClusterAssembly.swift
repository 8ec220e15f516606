import ClaimlineCore

extension Corroborator {
    /// Compares the facts that share a bucket, joins those the rules accept,
    /// and returns the clusters, most widely supported first.
    public func clusters() -> [Cluster] {
        let written: (Draft) -> Bool = { d in
            d.hasConflict || (d.memberCount >= 2 && d.documents.count >= options.minimumDocuments)
        }
        let quantityClusters = quantityDrafts().filter(written)
        var drafts = quantityClusters + withoutRepeats(quoteDrafts().filter(written), of: quantityClusters)
        drafts.sort(by: Draft.precedes)
        var idOfGroup: [Int: String] = [:]
        for (i, d) in drafts.enumerated() where d.kind == .quantity { idOfGroup[d.group] = "C\(i + 1)" }
        return drafts.enumerated().map { i, d in d.cluster(id: "C\(i + 1)", idOfGroup: idOfGroup) }
    }

    /// Quote clusters that only repeat a quantity cluster (the same claims,
    /// already grouped by their number) are left out, unless they have a conflict.
    private func withoutRepeats(_ quotes: [Draft], of quantities: [Draft]) -> [Draft] {
        var clustersOf: [Int32: Set<Int>] = [:]
        for (i, d) in quantities.enumerated() { for e in d.entries { clustersOf[e.member, default: []].insert(i) } }
        return quotes.filter { q in
            guard !q.hasConflict else { return true }
            let common = q.entries.reduce(clustersOf[q.entries[0].member] ?? []) { $0.intersection(clustersOf[$1.member] ?? []) }
            return common.isEmpty
        }
    }

    // MARK: quantity clusters

    private func quantityDrafts() -> [Draft] {
        var uf = UnionFind(count: quantities.count)
        var rules = [UInt8](repeating: 0, count: quantities.count)
        // Pairs already in one cluster are not compared again; buckets come in a
        // fixed order, so the pairs that joined them (the evidence) are the same every run.
        joinBuckets.forEachPair { a, b in
            guard uf.find(a) != uf.find(b) else { return }
            let x = quantities[Int(a)], y = quantities[Int(b)]
            guard let rule = quantityRules.join(x, y, link: link(x, y)) else { return }
            uf.union(a, b)
            let bit = Draft.ruleBit(rule)
            rules[Int(a)] |= bit; rules[Int(b)] |= bit
        }
        var conflicting: [(Int32, Int32)] = []
        var compared = Set<UInt64>()
        conflictBuckets.forEachPair { a, b in
            guard compared.insert(UInt64(UInt32(min(a, b))) << 32 | UInt64(UInt32(max(a, b)))).inserted else { return }
            let x = quantities[Int(a)], y = quantities[Int(b)]
            // One article rarely disputes itself: two numbers in one document are two facts.
            guard members[Int(x.member)].doc != members[Int(y.member)].doc else { return }
            if quantityRules.conflict(x, y, aMember: members[Int(x.member)], bMember: members[Int(y.member)], link: link(x, y)) {
                conflicting.append((a, b))
            }
        }
        let groups = uf.groups()
        var groupOfFact = [Int](repeating: 0, count: quantities.count)
        for (g, facts) in groups.enumerated() { for f in facts { groupOfFact[Int(f)] = g } }
        // Conflicts between groups, each with the facts on the other side; a pair is seen once per shared bucket.
        var against: [Int: [Int: Set<Int32>]] = [:]
        for (a, b) in conflicting {
            let ga = groupOfFact[Int(a)], gb = groupOfFact[Int(b)]
            guard ga != gb else { continue }
            against[ga, default: [:]][gb, default: []].insert(b)
            against[gb, default: [:]][ga, default: []].insert(a)
        }
        var drafts = groups.enumerated().map { g, facts in quantityDraft(group: g, facts: facts, rules: rules) }
        for (g, others) in against {
            drafts[g].valueConflicts = others.map { other, facts in
                ValueConflict(group: other, value: drafts[other].value ?? 0, facts: facts.sorted().map { quantities[Int($0)] })
            }
        }
        return drafts
    }

    private func quantityDraft(group: Int, facts: [Int32], rules: [UInt8]) -> Draft {
        let fs = facts.map { quantities[Int($0)] }
        var d = Draft(kind: .quantity, group: group, owner: self)
        d.entries = fs.map { Entry(member: $0.member, number: $0.number) }
        d.rules = facts.reduce(0) { $0 | rules[Int($1)] }
        let first = fs.min { a, b in position(a.member, a.number.mention.span) < position(b.member, b.number.mention.span) }!
        d.value = first.value.value
        let counts = Set(fs.compactMap { $0.number.mention.counts?.lowercased() })
        let classes = Set(fs.compactMap { $0.counted?.nounClass })
        d.quantity = ClusterQuantity(value: first.value.value, kind: first.number.mention.kind, unit: first.value.unit,
                                     counts: counts.sorted(), countedClass: classes.count == 1 ? classes.first : nil)
        let inOrder = facts.sorted { position(quantities[Int($0)].member, quantities[Int($0)].number.mention.span)
            < position(quantities[Int($1)].member, quantities[Int($1)].number.mention.span) }
        let noun = mostCommon(inOrder.compactMap { quantities[Int($0)].number.mention.counts?.lowercased() })
        d.label = [first.number.mention.approx, first.number.text, noun].compactMap { $0 }.joined(separator: " ")
        d.finish()
        return d
    }

    // MARK: quote clusters

    private func quoteDrafts() -> [Draft] {
        var uf = UnionFind(count: texts.count)
        var rules = [UInt8](repeating: 0, count: texts.count)
        let isContent: (Int32) -> Bool = { formIsContent[Int($0)] }
        textBuckets.forEachPair { a, b in
            guard uf.find(a) != uf.find(b) else { return }
            let x = texts[Int(a)], y = texts[Int(b)]
            let mx = members[Int(x.member)], my = members[Int(y.member)]
            // Near-identical words that give different numbers are a value conflict, not one quote.
            // (Sets only when both have values: most quotes give none.)
            if !mx.values.isEmpty && !my.values.isEmpty {
                let vx = Set(mx.values), vy = Set(my.values)
                guard vx.isSubset(of: vy) || vy.isSubset(of: vx) else { return }
            }
            let same = sameSpeaker(mx, my)
            guard let rule = textRules.join(x, y, sameSpeaker: same, isContent: isContent) else { return }
            uf.union(a, b)
            let bit = Draft.ruleBit(rule)
            rules[Int(a)] |= bit; rules[Int(b)] |= bit
        }
        return uf.groups().filter { $0.count >= 2 }.enumerated().map { g, facts in
            var d = Draft(kind: .quote, group: g, owner: self)
            d.entries = facts.map { Entry(member: texts[Int($0)].member, number: nil) }
            d.rules = facts.reduce(0) { $0 | rules[Int($1)] }
            let shortest = facts.map { texts[Int($0)] }.min { ($0.forms.count, $0.member) < ($1.forms.count, $1.member) }!
            d.label = shortest.leading.map { forms[$0] }.joined(separator: " ")
            d.finish()
            return d
        }
    }
}

/// One member of a draft: a member, and for quantities the number that put it there.
struct Entry {
    var member: Int32
    var number: ClaimNumber?
}

struct ValueConflict {
    var group: Int
    var value: Double
    var facts: [QuantityFact]
}

/// A cluster before it has an id and its place in the file.
struct Draft {
    let kind: ClusterKind
    let group: Int
    let owner: Corroborator
    var entries: [Entry] = []
    var rules: UInt8 = 0
    var label = ""
    var value: Double?
    var quantity: ClusterQuantity?
    var documents: [Int32] = []
    var speakerGroups: [SpeakerGroup] = []
    var valueConflicts: [ValueConflict] = []

    init(kind: ClusterKind, group: Int, owner: Corroborator) { self.kind = kind; self.group = group; self.owner = owner }

    var memberCount: Int { entries.count }
    var hasConflict: Bool { !valueConflicts.isEmpty || speakerConflict }
    var namedGroups: [SpeakerGroup] { speakerGroups.filter(\.named) }

    /// The same words given to different named speakers by different documents
    /// (two speakers inside one document is the attribution disagreeing with itself).
    var speakerConflict: Bool {
        guard kind == .quote else { return false }
        let docs = namedGroups.map { Set($0.members.map { owner.members[Int($0)].doc }) }
        for i in docs.indices { for j in docs.indices where j > i { if docs[i].count > 1 || docs[i] != docs[j] { return true } } }
        return false
    }

    /// Sorts the entries into document order and gathers documents and speakers.
    mutating func finish() {
        let owner = self.owner
        entries.sort { owner.position($0.member, $0.number?.mention.span) < owner.position($1.member, $1.number?.mention.span) }
        var seen = Set<Int32>()
        documents = entries.map { owner.members[Int($0.member)].doc }.filter { seen.insert($0).inserted }
        speakerGroups = SpeakerGroup.groups(entries.map(\.member), owner)
    }

    static func precedes(_ a: Draft, _ b: Draft) -> Bool {
        if a.documents.count != b.documents.count { return a.documents.count > b.documents.count }
        if a.kind != b.kind { return a.kind == .quantity }
        if a.entries.count != b.entries.count { return a.entries.count > b.entries.count }
        let pa = a.owner.position(a.entries[0].member, a.entries[0].number?.mention.span)
        let pb = b.owner.position(b.entries[0].member, b.entries[0].number?.mention.span)
        if pa != pb { return pa < pb }
        return a.label < b.label
    }

    static let ruleNames = ["quantity+speaker", "quantity+context", "quantity+document", "words+speaker", "words"]
    static func ruleBit(_ rule: String) -> UInt8 { UInt8(1) << UInt8(ruleNames.firstIndex(of: rule)!) }

    func cluster(id: String, idOfGroup: [Int: String]) -> Cluster {
        let members = entries.map { owner.member($0.member, number: $0.number) }
        var conflicts: [ClusterConflict] = []
        for c in valueConflicts.sorted(by: { ($0.value, $0.group) < ($1.value, $1.group) }) {
            var entries = c.facts.map { Entry(member: $0.member, number: $0.number) }
            entries.sort { owner.position($0.member, $0.number?.mention.span) < owner.position($1.member, $1.number?.mention.span) }
            var seen = Set<Int32>()
            let docs = entries.map { owner.members[Int($0.member)].doc }.filter { seen.insert($0).inserted }
            conflicts.append(ClusterConflict(kind: .value, cluster: idOfGroup[c.group], value: c.value,
                                             speakers: SpeakerGroup.groups(entries.map(\.member), owner).map(\.name).sorted(),
                                             documents: docs.map { owner.documents[$0] },
                                             members: entries.map { owner.member($0.member, number: $0.number) }))
        }
        let named = namedGroups
        if speakerConflict {
            // The words are given to several people: the best-supported speaker is the cluster's, the rest conflict.
            let main = named.max { ($0.members.count, -$0.first) < ($1.members.count, -$1.first) }!
            let others = named.filter { $0.first != main.first }
            let otherMembers = Set(others.flatMap(\.members))
            let entriesOff = entries.filter { otherMembers.contains($0.member) }
            var seen = Set<Int32>()
            let docs = entriesOff.map { owner.members[Int($0.member)].doc }.filter { seen.insert($0).inserted }
            conflicts.append(ClusterConflict(kind: .speaker, cluster: nil, value: nil, speakers: named.map(\.name).sorted(),
                                             documents: docs.map { owner.documents[$0] },
                                             members: entriesOff.map { owner.member($0.member, number: $0.number) }))
        }
        let evidence = Draft.ruleNames.enumerated().filter { rules & (UInt8(1) << UInt8($0.offset)) != 0 }.map(\.element)
        return Cluster(id: id, kind: kind, label: label, quantity: quantity, members: members,
                       documents: documents.map { owner.documents[$0] }, speakers: speakerGroups.map(\.name).sorted(),
                       conflicts: conflicts, evidence: evidence)
    }
}

/// The speakers of some members, names that match merged under their fullest form.
struct SpeakerGroup {
    var name: String
    var words: Int
    var named: Bool
    var members: [Int32]
    /// The first member, to break ties the same way every run.
    var first: Int32

    static func groups(_ members: [Int32], _ owner: Corroborator) -> [SpeakerGroup] {
        var out: [SpeakerGroup] = []
        var names: [SpeakerName?] = []
        for m in members {
            let info = owner.members[Int(m)]
            guard info.speaker >= 0 else { continue }
            let raw = owner.speakerNames[info.speaker]
            let name = owner.namedSpeakers[Int(info.speaker)]
            let i = out.indices.first { i in
                if let name, let other = names[i] { return name.matches(other) }
                return name == nil && names[i] == nil && out[i].name.lowercased() == raw.lowercased()
            }
            if let i {
                out[i].members.append(m)
                if let name, name.words.count > out[i].words { out[i].name = raw; out[i].words = name.words.count; names[i] = name }
            } else {
                out.append(SpeakerGroup(name: raw, words: name?.words.count ?? 0, named: name != nil, members: [m], first: m))
                names.append(name)
            }
        }
        return out
    }
}

extension Corroborator {
    /// Where a member stands in the batch: document order, then text order.
    func position(_ member: Int32, _ at: Span?) -> (Int32, Int, Int, Int) {
        let m = members[Int(member)]
        return (m.doc, m.span.start, at?.start ?? 0, m.span.end)
    }

    func member(_ m: Int32, number: ClaimNumber?) -> ClusterMember {
        let info = members[Int(m)]
        return ClusterMember(doc: documents[info.doc], claim: info.claim, kind: info.kind, span: info.span, number: number,
                             speaker: info.speaker >= 0 ? speakerNames[info.speaker] : nil,
                             sourceType: info.sourceType, score: info.score)
    }
}

/// The most frequent string; among equals, the one seen first.
func mostCommon(_ xs: [String]) -> String? {
    var counts: [String: Int] = [:]
    for x in xs { counts[x, default: 0] += 1 }
    var best: String? = nil
    for x in xs where best == nil || counts[x]! > counts[best!]! { best = x }
    return best
}
