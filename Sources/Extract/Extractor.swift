import ClaimlineCore

/// The extract stage: quotations and numbers in the article body.
/// Works on the normalized text (quote and dash variants folded) and writes
/// spans in `text` coordinates. Boilerplate blocks are skipped.
public struct Extractor: Stage {
    public static let name = "extract"

    public init() {}

    public func process(_ doc: SegmentedDocument) throws -> ExtractedDocument {
        let view = BodyView(doc)
        let quotes = QuoteFinder.find(view)
        let numbers = NumberFinder.find(view)
        return ExtractedDocument(base: doc, quotes: quotes, numbers: numbers)
    }

    /// The parts of the stage, for `claimline-bench extract`.
    package enum Part: CaseIterable { case bodyView, quotes, numberFilter, numberTokens, numbers }

    /// One part alone on a document (after the body view it needs); returns a
    /// count of what it found, for the benchmark's checksum.
    package static func run(_ part: Part, on doc: SegmentedDocument) -> Int {
        let view = BodyView(doc)
        switch part {
        case .bodyView: return view.blocks.count
        case .quotes: return QuoteFinder.find(view).count
        case .numberFilter: return view.blocks.reduce(0) { $0 + (NumberPrefilter.mayHoldNumber(view.norm, in: $1.span.range) ? 1 : 0) }
        case .numberTokens: return view.blocks.reduce(0) { $0 + NumberTokens.tokens(view.norm, in: $1.span.range).count }
        case .numbers: return NumberFinder.find(view).count
        }
    }
}

/// The document as the finders see it: normalized text, original text, and
/// the body blocks in both coordinates.
struct BodyView {
    let norm: [Unicode.Scalar]
    let orig: [Unicode.Scalar]
    let map: OffsetMap
    /// Body blocks: (index in doc.blocks, role, span in normalized text).
    let blocks: [(index: Int, role: BlockRole, span: Span)]

    init(_ doc: SegmentedDocument) {
        // Through `base` rather than the records' dynamic members, which are
        // key paths built at run time on each use.
        norm = doc.base.norm.text.scalars
        orig = doc.base.base.text.scalars
        map = doc.base.norm.map
        // Most texts normalize to the same length (no pieces): then the
        // offsets are the same, and the map need not be asked.
        let m = map, identity = map.isIdentity
        blocks = doc.base.base.blocks.enumerated().compactMap { k, b in
            b.role.isBody ? (k, b.role, identity ? Span(b.span.start, max(b.span.start, b.span.end)) : m.normalized(b.span)) : nil
        }
    }

    /// The original character at normalized offset `n` (for curly-quote direction).
    func original(at n: Int) -> Unicode.Scalar? {
        let o = map.isIdentity ? n : map.originalStart(n)
        return o < orig.count ? orig[o] : nil
    }

    func toOriginal(_ s: Span) -> Span { map.isIdentity ? Span(s.start, max(s.start, s.end)) : map.original(s) }
}
