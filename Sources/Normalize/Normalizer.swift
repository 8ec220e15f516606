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

    private let facts = NFKCFacts.shared

    public init() {}

    public func process(_ doc: IngestedDocument) throws -> NormalizedDocument {
        NormalizedDocument(base: doc, norm: normalize(doc.text))
    }

    public func normalize(_ text: CodePointText) -> NormalizedText {
        let s = text.scalars
        var b = MapBuilder(capacity: s.count, facts: facts)
        var i = 0
        while i < s.count {
            // Fastest path: a run of printable ASCII that NFKC and folding
            // leave alone, copied in one go (most of an English article).
            let run = plainRun(s, from: i, afterSpace: b.out.last == " ")
            if run > i { b.copy(s, i..<run); i = run; continue }
            // Fast path: an ASCII character that no combining mark follows is
            // its own normalization segment and NFKC leaves it alone.
            if s[i].value < 0x80 && (i + 1 == s.count || s[i + 1].value < 0x300) {
                b.ascii(s[i], at: i, next: i + 1 < s.count ? s[i + 1] : nil)
                i += 1
                continue
            }
            let kept = facts.keptRun(s, from: i)
            if kept > i { b.copy(s, i..<kept); i = kept; continue }
            var j = i + 1
            while j < s.count && !facts.boundaryBefore(s[j]) { j += 1 }
            // A character alone in its segment that NFKC keeps needs no copies
            // (curly quotes, dashes, accented letters: most non-ASCII text).
            if j == i + 1, b.single(s[i], at: i) { i = j; continue }
            b.segment(s[i..<j], at: i)
            i = j
        }
        return NormalizedText(text: CodePointText(scalars: b.out), map: OffsetMap(pieces: b.pieces))
    }
}

/// The end of the run of characters from `i` that normalize to themselves
/// one for one: printable ASCII but the backtick, with no space after a
/// space, and not the last before a combining mark (which NFKC may join).
@inline(__always)
func plainRun(_ s: [Unicode.Scalar], from i: Int, afterSpace: Bool) -> Int {
    s.withUnsafeBufferPointer { p in
        var j = i
        var space = afterSpace
        // The first character alone: it carries on from the one before the run.
        guard j < p.count, plainStep(p[j].value, &space) else { return j }
        j += 1
        // Then eight at a time, with no branch inside (English text is mostly
        // such runs). A space is tested against the character before it, so
        // a pair across two chunks is seen too.
        while j + 8 <= p.count {
            var bad: UInt32 = 0
            for k in j..<(j + 8) {
                let v = p[k].value, before = p[k - 1].value
                let range: UInt32 = v &- 0x20 > 0x5F ? 1 : 0, tick: UInt32 = v == 0x60 ? 1 : 0
                let pair: UInt32 = (v ^ 0x20) | (before ^ 0x20) == 0 ? 1 : 0
                bad |= range | tick | pair
            }
            if bad != 0 { break }
            j += 8
        }
        space = p[j - 1].value == 0x20
        while j < p.count, plainStep(p[j].value, &space) { j += 1 }
        if j < p.count, p[j].value >= 0x300 { j -= 1 }
        return j
    }
}

/// Whether `v` continues a plain run, given whether the character before was a space.
@inline(__always)
private func plainStep(_ v: UInt32, _ space: inout Bool) -> Bool {
    if v == 0x20 {
        if space { return false }
        space = true
        return true
    }
    guard v > 0x20, v < 0x80, v != 0x60 else { return false }
    space = false
    return true
}

/// Builds the normalized text and the pieces where its length differs from
/// the original's. Offsets outside pieces move together.
struct MapBuilder {
    var out: [Unicode.Scalar] = []
    var pieces: [OffsetMap.Piece] = []
    let facts: NFKCFacts

    init(capacity: Int, facts: NFKCFacts) {
        self.facts = facts
        out.reserveCapacity(capacity)
    }

    /// Characters that normalize to themselves, copied as they are.
    @inline(__always)
    mutating func copy(_ s: [Unicode.Scalar], _ r: Range<Int>) {
        s.withUnsafeBufferPointer { out.append(contentsOf: UnsafeBufferPointer(rebasing: $0[r])) }
    }

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
        guard facts.isNFKC(f) else { return false }
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
