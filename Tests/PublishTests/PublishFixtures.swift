import ClaimlineCore

/// A small batch written for these tests: two articles, claims on them found
/// by their words, and a cluster joining them; the first article is hostile
/// (markup, quotes and ampersands in its text and its speaker's name).
struct PublishBatch {
    var documents: [IngestedDocument] = []
    var claims: [Claim] = []
    var clusters: [Cluster] = []

    static let hostile = "Dr <b>Ann</b> \"O'Hara\" & co said 27 referees were sacked. <script>alert('x')</script>\nThe league, she added, \"will appeal, twice\"."
    static let plain = "Ann O'Hara told the paper that 27 referees had been sacked after the inquiry."

    init() {
        let a = document("a&b", PublishBatch.hostile, title: "Referees <sacked>")
        let b = document("b", PublishBatch.plain, title: nil)
        documents = [a, b]
        let c0 = claim(a, 0, "27 referees were sacked", speaker: "Ann \"O'Hara\" <b>", source: "Dr <b>Ann</b> \"O'Hara\" & co", cue: "said",
                       numbers: [("27", 27, "referees")])
        let c1 = claim(a, 1, "will appeal, twice", speaker: nil, source: nil, cue: "added", kind: .direct)
        let c2 = claim(b, 0, "27 referees had been sacked after the inquiry", speaker: "Ann O'Hara", source: "Ann O'Hara", cue: "told",
                       numbers: [("27", 27, "referees")])
        claims = [c0, c1, c2]
        let m0 = ClusterMember(doc: a.id, claim: c0.id, kind: .indirect, span: c0.content.span, number: c0.numbers.first,
                               speaker: c0.speaker, sourceType: .person, score: c0.score)
        let m2 = ClusterMember(doc: b.id, claim: c2.id, kind: .indirect, span: c2.content.span, number: c2.numbers.first,
                               speaker: c2.speaker, sourceType: .person, score: c2.score)
        let other = ClusterMember(doc: b.id, claim: nil, kind: .statement, span: Span(0, 10), number: nil, speaker: nil,
                                  sourceType: .unattributed, score: nil)
        clusters = [Cluster(id: "C1", kind: .quantity, label: "27 <referees>", quantity: ClusterQuantity(value: 27, kind: .cardinal, unit: nil,
                                                                                                       counts: ["referees"], countedClass: "person"),
                            members: [m0, m2], documents: [a.id, b.id], speakers: ["Ann O'Hara"],
                            conflicts: [ClusterConflict(kind: .value, cluster: nil, value: 28, speakers: [], documents: ["b"], members: [other])],
                            evidence: ["quantity+speaker"])]
    }

    func document(_ id: String, _ text: String, title: String?) -> IngestedDocument {
        let t = CodePointText(text)
        var blocks: [Block] = [], start = 0
        for (i, c) in t.scalars.enumerated() where c == "\n" { blocks.append(Block(Span(start, i), .paragraph)); start = i + 1 }
        blocks.append(Block(Span(start, t.count), .paragraph))
        return IngestedDocument(id: id, source: "test", format: .text, text: t, blocks: blocks,
                                meta: DocumentMeta(title: title, date: "2024-05-01"))
    }

    func span(_ s: String, in d: IngestedDocument) -> Span {
        let n = Array(s.unicodeScalars), h = d.text.scalars
        let i = (0...(h.count - n.count)).first { h[$0..<($0 + n.count)].elementsEqual(n) }!
        return Span(i, i + n.count)
    }

    func claim(_ d: IngestedDocument, _ n: Int, _ content: String, speaker: String?, source: String?, cue: String?,
               kind: ClaimKind = .indirect, numbers: [(String, Double, String)] = []) -> Claim {
        let c = span(content, in: d)
        let ns = numbers.map { x -> ClaimNumber in
            let s = span(x.0, in: d)
            return ClaimNumber(NumberMention(span: s, value: x.1, kind: .cardinal, counts: x.2), in: d.text)
        }
        return Claim(doc: d.id, id: "\(d.id)#\(n)", kind: kind, content: TextSpan(c, in: d.text),
                     source: source.map { TextSpan(span($0, in: d), in: d.text) }, speaker: speaker,
                     sourceType: speaker == nil ? .unattributed : .person, cue: cue.map { TextSpan(span($0, in: d), in: d.text) },
                     score: 0.75, evidence: ["test, \"quoted\""], numbers: ns, sentence: 0)
    }
}
