import ClaimlineCore
@testable import Corroborate

/// A document written for a test, and claims on it found by their words.
struct TestArticle {
    let id: String
    let text: CodePointText
    private(set) var claims: [Claim] = []

    init(_ id: String, _ text: String) { self.id = id; self.text = CodePointText(text) }

    /// The span of the first occurrence of `s` (after `from`).
    func span(of s: String, from: Int = 0) -> Span {
        let needle = Array(s.unicodeScalars), hay = text.scalars
        for i in from...(hay.count - needle.count) where hay[i..<(i + needle.count)].elementsEqual(needle) {
            return Span(i, i + needle.count)
        }
        fatalError("\(s) is not in \(id)")
    }

    /// A number mention on the first occurrence of `s`.
    func number(_ s: String, _ value: Double, counts: String? = nil, approx: String? = nil,
                kind: NumberKind = .cardinal, unit: String? = nil, from: Int = 0) -> NumberMention {
        NumberMention(span: span(of: s, from: from), value: value, kind: kind, approx: approx, counts: counts, unit: unit)
    }

    /// Adds a claim whose content is the first occurrence of `content`; `numbers` are found inside it.
    @discardableResult
    mutating func claim(_ content: String, speaker: String?, type: SourceType = .person, kind: ClaimKind = .indirect,
                        numbers: [(String, Double, String?, String?)] = []) -> Claim {
        let c = span(of: content)
        let mentions = numbers.map { n in
            ClaimNumber(NumberMention(span: span(of: n.0, from: c.start), value: n.1, kind: .cardinal, approx: n.3, counts: n.2), in: text)
        }
        let claim = Claim(doc: id, id: "\(id)#\(claims.count)", kind: kind, content: TextSpan(c, in: text), source: nil,
                          speaker: speaker, sourceType: speaker == nil ? .unattributed : type, cue: nil, score: 0.7,
                          evidence: ["test"], numbers: mentions, sentence: 0)
        claims.append(claim)
        return claim
    }

    /// The article as the extract stage writes it: one paragraph block per
    /// line, one sentence per line, and the given numbers.
    func extracted(numbers: [NumberMention]) -> ExtractedDocument {
        var blocks: [Block] = [], start = 0
        for (i, c) in text.scalars.enumerated() where c == "\n" {
            if i > start { blocks.append(Block(Span(start, i), .paragraph)) }
            start = i + 1
        }
        if text.count > start { blocks.append(Block(Span(start, text.count), .paragraph)) }
        let doc = IngestedDocument(id: id, source: "test", format: .text, text: text, blocks: blocks, meta: DocumentMeta())
        let norm = NormalizedDocument(base: doc, norm: NormalizedText(text: text, map: OffsetMap()))
        let seg = SegmentedDocument(base: norm, sentences: blocks.enumerated().map { Sentence($1.span, block: $0) })
        return ExtractedDocument(base: seg, quotes: [], numbers: numbers)
    }
}

/// Clusters of the claims of `articles`, with statements from `extracted`.
func clusters(_ articles: [TestArticle], statements: [ExtractedDocument] = [],
              options: CorroborationOptions = CorroborationOptions()) -> [Cluster] {
    var c = Corroborator(options: options)
    for a in articles { for claim in a.claims { c.add(claim) } }
    for d in statements { c.addStatements(of: d) }
    return c.clusters()
}

extension Cluster {
    var claimIDs: Set<String> { Set(members.compactMap(\.claim)) }
}
