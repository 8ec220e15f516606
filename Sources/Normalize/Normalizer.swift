import ClaimlineCore
import CICU

/// The normalize stage: a text for matching, with a map back to `text`.
///
/// Unicode NFKC (through ICU) folds compatibility forms (ligatures, full-width
/// digits, `…`); on top of it, for matching, quote and apostrophe variants
/// become `"` and `'`, dash variants `-`, space variants a plain space (runs of
/// spaces collapse to one), line separators `\n`, and soft hyphens, zero-width
/// characters and BOMs are dropped. Offsets move only where lengths change;
/// `OffsetMap` records those places.
public struct Normalizer: Stage {
    public static let name = "normalize"

    public init() {}

    public func process(_ doc: IngestedDocument) throws -> NormalizedDocument {
        NormalizedDocument(base: doc, norm: normalize(doc.text))
    }

    public func normalize(_ text: CodePointText) -> NormalizedText {
        var b = MapBuilder(capacity: text.count)
        let s = text.scalars
        var folded: [Unicode.Scalar] = []
        var origin: [Int] = []
        folded.reserveCapacity(s.count)
        origin.reserveCapacity(s.count)
        // 1. Per-character folding; dropped characters leave gaps in `origin`.
        var i = 0
        while i < s.count {
            let c = s[i]
            if let f = Fold.fold(c) {
                if f == " ", folded.last == " " { i += 1; continue }      // collapse space runs
                if c == "\r", i + 1 < s.count, s[i + 1] == "\n" { i += 1; continue } // CRLF -> LF
                folded.append(f); origin.append(i)
            }
            i += 1
        }
        // 2. NFKC, one normalization segment at a time, recording length changes.
        var k = 0
        while k < folded.count {
            var j = k + 1
            while j < folded.count && !Fold.boundaryBefore(folded[j]) { j += 1 }
            let origStart = origin[k]
            let origEnd = j < folded.count ? origin[j] : s.count
            // Characters dropped before this segment (between the previous one and here).
            b.skipOriginal(to: origStart)
            if j == k + 1 && folded[k].value < 0x80 {
                b.emit([folded[k]], origEnd: origin[k] + 1)
                b.skipOriginal(to: origEnd)
            } else {
                let seg = Array(folded[k..<j])
                let norm = Fold.nfkc(seg)
                // Characters folded to nothing inside the segment are covered by its piece.
                b.emit(norm, origEnd: origEnd)
            }
            k = j
        }
        b.skipOriginal(to: s.count)
        return NormalizedText(text: CodePointText(scalars: b.out), map: OffsetMap(pieces: b.pieces))
    }
}

/// Builds the normalized text and the pieces where its length differs from
/// the original's.
struct MapBuilder {
    var out: [Unicode.Scalar] = []
    var pieces: [OffsetMap.Piece] = []
    /// Next original offset not yet accounted for.
    var origPos = 0

    init(capacity: Int) { out.reserveCapacity(capacity) }

    /// Original characters up to `o` produced nothing.
    mutating func skipOriginal(to o: Int) {
        guard o > origPos else { return }
        add(norm: Span(out.count, out.count), orig: Span(origPos, o))
        origPos = o
    }

    /// `chars` stand for the original characters from `origPos` to `origEnd`.
    /// Equal lengths need no piece: offsets outside pieces move together.
    mutating func emit(_ chars: [Unicode.Scalar], origEnd: Int) {
        let n0 = out.count
        out.append(contentsOf: chars)
        if chars.count != origEnd - origPos {
            add(norm: Span(n0, out.count), orig: Span(origPos, origEnd))
        }
        origPos = origEnd
    }

    /// Adds a piece, merging it with the previous one when they touch.
    mutating func add(norm: Span, orig: Span) {
        if var last = pieces.last, last.norm.end == norm.start, last.orig.end == orig.start {
            last.norm.end = norm.end; last.orig.end = orig.end
            pieces[pieces.count - 1] = last
        } else {
            pieces.append(OffsetMap.Piece(norm: norm, orig: orig))
        }
    }
}
