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
        let s = text.scalars
        var b = MapBuilder(capacity: s.count)
        var i = 0
        while i < s.count {
            // A run of printable ASCII (no backtick, no second space in a
            // row, no combining mark after its last character) is copied as
            // it is: each character would take the fast path below unchanged.
            var k = i
            var space = b.out.last == " "
            while k < s.count {
                let v = s[k].value
                if v < 0x20 || v >= 0x7F || v == 0x60 { break }
                if v == 0x20 { if space { break }; space = true } else { space = false }
                k += 1
            }
            if k < s.count && k > i && s[k].value >= 0x300 { k -= 1 }
            if k > i {
                b.out.append(contentsOf: s[i..<k])
                i = k
                continue
            }
            // Fast path: an ASCII character that no combining mark follows is
            // its own normalization segment and NFKC leaves it alone.
            if s[i].value < 0x80 && (i + 1 == s.count || s[i + 1].value < 0x300) {
                b.ascii(s[i], at: i, next: i + 1 < s.count ? s[i + 1] : nil)
                i += 1
                continue
            }
            var j = i + 1
            while j < s.count && !Fold.boundaryBefore(s[j]) { j += 1 }
            // A character alone in its segment that NFKC keeps needs no copies
            // (curly quotes, dashes, accented letters: most non-ASCII text).
            if j == i + 1, b.single(s[i], at: i) { i = j; continue }
            b.segment(s[i..<j], at: i)
            i = j
        }
        return NormalizedText(text: CodePointText(scalars: b.out), map: OffsetMap(pieces: b.pieces))
    }
}

/// Builds the normalized text and the pieces where its length differs from
/// the original's. Offsets outside pieces move together.
struct MapBuilder {
    var out: [Unicode.Scalar] = []
    var pieces: [OffsetMap.Piece] = []

    init(capacity: Int) { out.reserveCapacity(capacity) }

    /// One ASCII character at original offset `i`.
    @inline(__always)
    mutating func ascii(_ c: Unicode.Scalar, at i: Int, next: Unicode.Scalar?) {
        var f = c
        if c.value < 0x20 || c.value == 0x60 {
            if c == "\r" && next == "\n" { drop(at: i); return }   // CRLF -> LF
            f = Fold.fold(c) ?? c
        }
        if f == " " && out.last == " " { drop(at: i); return }      // collapse space runs
        out.append(f)
    }

    /// A non-ASCII character that is its own normalization segment, when
    /// folding or NFKC leaves it one character long; false to take the
    /// general path.
    @inline(__always)
    mutating func single(_ c: Unicode.Scalar, at i: Int) -> Bool {
        guard let f = Fold.fold(c) else { drop(at: i); return true }
        if f.value < 0x80 {
            if f == " " && out.last == " " { drop(at: i); return true }
            out.append(f)
            return true
        }
        guard Fold.isNFKC(f) else { return false }
        out.append(f)
        return true
    }

    /// A normalization segment starting at original offset `i`: folded, then NFKC.
    mutating func segment(_ seg: ArraySlice<Unicode.Scalar>, at i: Int) {
        var folded: [Unicode.Scalar] = []
        folded.reserveCapacity(seg.count)
        for c in seg {
            guard let f = Fold.fold(c) else { continue }
            if f == " " && (folded.last ?? out.last) == " " { continue }
            folded.append(f)
        }
        let norm = folded.isEmpty ? folded : Fold.nfkc(folded)
        let n0 = out.count
        out.append(contentsOf: norm)
        if norm.count != seg.count { add(norm: Span(n0, out.count), orig: Span(i, i + seg.count)) }
    }

    /// The original character at `i` produced nothing.
    mutating func drop(at i: Int) { add(norm: Span(out.count, out.count), orig: Span(i, i + 1)) }

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
