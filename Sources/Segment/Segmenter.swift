import ClaimlineCore
import CICU

/// The segment stage: sentences from ICU's sentence BreakIterator (with its
/// English abbreviation suppressions) over the normalized text of each block,
/// corrected by `BoundaryRules`, and mapped back to `text` offsets. Blocks are
/// segmented separately, so a sentence never crosses a block boundary.
public struct Segmenter: Stage {
    public static let name = "segment"

    public init() {}

    public func process(_ doc: NormalizedDocument) throws -> SegmentedDocument {
        let norm = doc.norm
        var out: [Sentence] = []
        for (k, block) in doc.blocks.enumerated() {
            let nb = norm.map.normalized(block.span)
            for s in sentences(in: norm.text.scalars, nb) {
                let o = trimmed(norm.map.original(s), doc.text.scalars)
                if !o.isEmpty { out.append(Sentence(o, block: k)) }
            }
        }
        return SegmentedDocument(base: doc, sentences: out)
    }

    /// Sentence spans (normalized coordinates) inside `block`.
    public func sentences(in text: [Unicode.Scalar], _ block: Span) -> [Span] {
        guard !block.isEmpty else { return [] }
        let slice = text[block.range]
        let breaks = ICUSentences.breaks(slice)
        var spans: [Span] = []
        var start = 0
        for b in breaks where b > start {
            spans.append(Span(block.start + start, block.start + b))
            start = b
        }
        if start < slice.count { spans.append(Span(block.start + start, block.end)) }
        return BoundaryRules.apply(spans, text)
    }

    func trimmed(_ s: Span, _ t: [Unicode.Scalar]) -> Span {
        var a = s.start, b = s.end
        while a < b && t[a].properties.isWhitespace { a += 1 }
        while b > a && t[b - 1].properties.isWhitespace { b -= 1 }
        return Span(a, b)
    }
}

/// ICU's sentence breaks as code point offsets.
public enum ICUSentences {
    /// Boundaries after 0 (the last is the slice's length), in code points.
    public static func breaks<C: Collection>(_ slice: C, suppressions: Bool = true) -> [Int] where C.Element == Unicode.Scalar {
        let u = UTF16Text(slice)
        var out = [Int32](repeating: 0, count: max(16, u.units.count / 40))
        while true {
            let n = u.units.withUnsafeBufferPointer { src in
                out.withUnsafeMutableBufferPointer { dst in
                    suppressions
                        ? cicu_sentence_breaks(src.baseAddress, Int32(src.count), dst.baseAddress, Int32(dst.count))
                        : cicu_sentence_breaks_plain(src.baseAddress, Int32(src.count), dst.baseAddress, Int32(dst.count))
                }
            }
            if n < 0 { return [slice.count] }
            if Int(n) > out.count { out = [Int32](repeating: 0, count: Int(n)); continue }
            return out[0..<Int(n)].map { u.pointOffset(Int($0)) }
        }
    }
}
