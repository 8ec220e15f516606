import ClaimlineCore

/// The document as attribution reads it: normalized text, tokens per
/// sentence, and the entities seen so far for linking speakers.
struct AttributionContext {
    let doc: ExtractedDocument
    let s: [Unicode.Scalar]
    let map: OffsetMap
    /// Body sentences in normalized coordinates.
    let sentences: [(index: Int, span: Span)]
    let quotes: [(quote: Quote, inner: Span, span: Span)]
    let entities: EntityIndex

    init(_ doc: ExtractedDocument) {
        self.doc = doc
        s = doc.norm.text.scalars
        map = doc.norm.map
        let m = map
        let blocks = doc.blocks
        sentences = doc.sentences.enumerated().compactMap { k, st in
            blocks.indices.contains(st.block) && blocks[st.block].role.isBody ? (k, m.normalized(st.span)) : nil
        }
        quotes = doc.quotes.map { ($0, m.normalized($0.inner), m.normalized($0.span)) }
        entities = EntityIndex(s, sentences: sentences.map(\.span))
    }

    func word(_ t: Token) -> String { s.string(t.span).lowercased() }
    func text(_ sp: Span) -> String { s.string(sp) }

    func sentenceIndex(containing n: Int) -> Int? {
        sentences.first(where: { $0.span.start <= n && n < $0.span.end })?.index
    }

    /// Builds the output claim: spans back in `text` coordinates.
    func claim(_ c: Candidate, index: Int) -> Claim {
        let text = doc.text
        let content = trim(map.original(c.content), text.scalars)
        let source = c.source.map { TextSpan(map.original($0), in: text) }
        let cue = c.cue.map { TextSpan(map.original($0), in: text) }
        let (speaker, type) = c.source.map { entities.speaker(for: $0, in: s) } ?? (nil, .unattributed)
        let numbers = doc.numbers.filter { content.contains($0.span) }.map { ClaimNumber($0, in: text) }
        return Claim(doc: doc.id, id: "\(doc.id)#\(index)", kind: c.kind, content: TextSpan(content, in: text),
                     source: source, speaker: speaker, sourceType: type, cue: cue, score: c.score,
                     evidence: [c.rule], numbers: numbers, sentence: sentenceIndex(containing: c.content.start) ?? 0)
    }

    func trim(_ sp: Span, _ t: [Unicode.Scalar]) -> Span {
        var a = sp.start, b = sp.end
        while a < b && t[a].properties.isWhitespace { a += 1 }
        while b > a && t[b - 1].properties.isWhitespace { b -= 1 }
        return Span(a, b)
    }
}
