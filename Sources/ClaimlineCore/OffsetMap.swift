/// Maps offsets between a normalized text and the text it came from.
/// Only the places where the two differ are stored, as pieces: the normalized
/// range `norm` replaced the original range `orig` (either may be empty).
/// Outside the pieces the texts agree character for character.
public struct OffsetMap: Hashable, Sendable {
    public struct Piece: Hashable, Sendable {
        public var norm: Span
        public var orig: Span
        public init(norm: Span, orig: Span) { self.norm = norm; self.orig = orig }
    }

    /// Sorted, non-overlapping, in both coordinates.
    public private(set) var pieces: [Piece]

    public init(pieces: [Piece] = []) { self.pieces = pieces }
    public var isIdentity: Bool { pieces.isEmpty }

    public mutating func append(norm: Span, orig: Span) { pieces.append(Piece(norm: norm, orig: orig)) }

    // MARK: normalized -> original

    /// Where a span starting at normalized offset `n` starts in the original.
    public func originalStart(_ n: Int) -> Int {
        guard let k = lastPiece(startingAtOrBefore: n, original: false) else { return n }
        let p = pieces[k]
        if n < p.norm.end { return p.orig.start }
        return n - p.norm.end + p.orig.end
    }

    /// Where a span ending at normalized offset `n` ends in the original.
    public func originalEnd(_ n: Int) -> Int {
        guard let k = lastPiece(startingBefore: n, original: false) else { return n }
        let p = pieces[k]
        if n <= p.norm.end { return p.orig.end }
        return n - p.norm.end + p.orig.end
    }

    public func original(_ s: Span) -> Span {
        let a = originalStart(s.start)
        return Span(a, max(a, originalEnd(s.end)))
    }

    // MARK: original -> normalized

    public func normalizedStart(_ o: Int) -> Int {
        guard let k = lastPiece(startingAtOrBefore: o, original: true) else { return o }
        let p = pieces[k]
        if o < p.orig.end { return p.norm.start }
        return o - p.orig.end + p.norm.end
    }

    public func normalizedEnd(_ o: Int) -> Int {
        guard let k = lastPiece(startingBefore: o, original: true) else { return o }
        let p = pieces[k]
        if o <= p.orig.end { return p.norm.end }
        return o - p.orig.end + p.norm.end
    }

    public func normalized(_ s: Span) -> Span {
        let a = normalizedStart(s.start)
        return Span(a, max(a, normalizedEnd(s.end)))
    }

    // Binary searches over piece starts. For equal starts (an empty piece
    // followed by another) the last one wins. `original` selects the start
    // compared (a Bool, not a key path: key paths cost a runtime lookup per call).
    @inline(__always) private func start(_ k: Int, _ original: Bool) -> Int { original ? pieces[k].orig.start : pieces[k].norm.start }

    private func lastPiece(startingAtOrBefore x: Int, original: Bool) -> Int? {
        var lo = 0, hi = pieces.count
        while lo < hi { let m = (lo + hi) / 2; if start(m, original) <= x { lo = m + 1 } else { hi = m } }
        return lo == 0 ? nil : lo - 1
    }

    private func lastPiece(startingBefore x: Int, original: Bool) -> Int? {
        var lo = 0, hi = pieces.count
        while lo < hi { let m = (lo + hi) / 2; if start(m, original) < x { lo = m + 1 } else { hi = m } }
        return lo == 0 ? nil : lo - 1
    }
}
