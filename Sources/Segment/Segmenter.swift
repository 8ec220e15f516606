import ClaimlineCore

/// The segment stage: sentences from ICU's sentence BreakIterator over the
/// normalized text of each block, decided by `BoundaryRules`, and mapped
/// back to `text` offsets. Blocks are segmented separately, so a sentence
/// never crosses a block boundary (a heading or caption without final
/// punctuation is a sentence of its own).
public struct Segmenter: Stage {
    public static let name = "segment"

    public init() {}

    public func process(_ doc: NormalizedDocument) throws -> SegmentedDocument {
        let norm = doc.norm
        let orig = doc.text.scalars
        var work = Work()
        var out: [Sentence] = []
        out.reserveCapacity(doc.text.count / 80)
        for (k, block) in doc.blocks.enumerated() {
            let nb = norm.map.normalized(block.span)
            guard nb.end <= norm.text.count else {
                throw RecordError.malformed("block \(k) (\(block.span)) maps to \(nb) in norm.text of length \(norm.text.count): norm.map does not match the texts")
            }
            sentences(in: norm.text.scalars, nb, &work)
            for s in work.spans {
                let o = trimmed(norm.map.original(s), orig)
                if !o.isEmpty { out.append(Sentence(o, block: k)) }
            }
        }
        return SegmentedDocument(base: doc, sentences: out)
    }

    /// Sentence spans (normalized coordinates) inside `block`, trimmed of spaces.
    public func sentences(in text: [Unicode.Scalar], _ block: Span) -> [Span] {
        var work = Work()
        sentences(in: text, block, &work)
        return work.spans
    }

    /// Buffers reused from block to block.
    struct Work {
        var icu = ICUSentences.Buffers()
        var candidates: [Int] = []
        var spans: [Span] = []
    }

    func sentences(in t: [Unicode.Scalar], _ block: Span, _ work: inout Work) {
        work.spans.removeAll(keepingCapacity: true)
        guard !block.isEmpty else { return }
        ICUSentences.candidates(t, block, &work.icu, into: &work.candidates)
        var scan = BlockScan(t: t, block: block)
        for b in work.candidates { scan.offer(b, into: &work.spans) }
        scan.finish(into: &work.spans)
    }

    func trimmed(_ s: Span, _ t: [Unicode.Scalar]) -> Span {
        var a = s.start, b = s.end
        while a < b && Chars.isSpace(t[a]) { a += 1 }
        while b > a && Chars.isSpace(t[b - 1]) { b -= 1 }
        return Span(a, b)
    }
}

/// Walks one block's candidates in order, keeping the sentence start, and
/// adds the boundaries ICU cannot see: list items and caption labels.
struct BlockScan {
    let t: [Unicode.Scalar]
    let block: Span
    let rules: BoundaryRules
    /// Where the current sentence starts.
    var start: Int
    /// A boundary the sentence's own start calls for (the next list item,
    /// the end of a caption label), if any.
    var forced: Int?

    init(t: [Unicode.Scalar], block: Span) {
        self.t = t
        self.block = block
        rules = BoundaryRules(t: t, block: block)
        start = block.start
        forced = nil
        forced = forcedBoundary()
    }

    mutating func offer(_ b: Int, into out: inout [Span]) {
        while let f = forced, f <= b { emit(f, into: &out) }
        guard b > start, b < block.end else { return }
        if case .keep(let at) = rules.decide(start: start, candidate: b) { emit(at, into: &out) }
    }

    mutating func finish(into out: inout [Span]) {
        while let f = forced, f < block.end { emit(f, into: &out) }
        emit(block.end, into: &out)
    }

    private mutating func emit(_ b: Int, into out: inout [Span]) {
        guard b > start else { forced = nil; return }
        var a = start, e = b
        while a < e && Chars.isSpace(t[a]) { a += 1 }
        while e > a && Chars.isSpace(t[e - 1]) { e -= 1 }
        if e > a { out.append(Span(a, e)) }
        start = b
        forced = b < block.end ? forcedBoundary() : nil
    }

    /// The next item of a list this sentence opens, or the end of a caption
    /// label that opens the block.
    private func forcedBoundary() -> Int? {
        let a = References.skipSpaces(t, start, block.end)
        if let m = ListMarker.at(t, a, block.end) { return m.nextItem(t, from: m.end, block.end) }
        if a == References.skipSpaces(t, block.start, block.end) { return CaptionLabel.end(t, a, block.end) }
        return nil
    }
}

/// `Figure 1.6 The map of ...`: a caption's label and number, then its text.
/// The label is a sentence of its own, as a heading would be.
enum CaptionLabel {
    /// Where the caption text starts, when `t[a...]` opens with a label.
    static func end(_ t: [Unicode.Scalar], _ a: Int, _ end: Int) -> Int? {
        guard a < end, Chars.isUpper(t[a]) else { return nil }
        var j = a + 1
        while j < end && Chars.isLetter(t[j]) { j += 1 }
        guard WordLists.contains(WordLists.labels, t, a, j) else { return nil }
        if j < end && t[j] == "." { j += 1 }
        guard j < end, t[j] == " " else { return nil }
        j += 1
        let n = j
        while j < end && (Chars.isDigit(t[j]) || ((t[j] == "." || t[j] == "-") && j > n && j + 1 < end && Chars.isDigit(t[j + 1]))) { j += 1 }
        guard j > n else { return nil }
        if j < end, Chars.isLower(t[j]), j + 1 < end, t[j + 1] == " " { j += 1 }   // `3a`
        guard j + 1 < end, t[j] == " ", Chars.isUpper(t[j + 1]) else { return nil }
        return j + 1
    }
}
