/// The largest weight the source model gives each source feature whose
/// values come from a small fixed set (side, distance bucket, word group,
/// shape, small counts), by side. Feature indices are hashes, so these are
/// found by hashing every value the feature can take; a word-valued feature
/// has no such bound and is always looked up.
struct SourceBounds: Sendable {
    /// The weights of the features with one index (the constant, the first word of the unit).
    var w1: Float, w16: Float
    /// By side (before, after): the largest weight of each bounded feature.
    var max2: (Float, Float), max4: (Float, Float), max5: (Float, Float), max9: (Float, Float)
    var max10: (Float, Float), max11: (Float, Float), max12: (Float, Float), max13: (Float, Float)
    var max17: (Float, Float), max18: (Float, Float), max19: (Float, Float), max23: (Float, Float), max24: (Float, Float)
    /// Their sum, by side.
    var rest: (Float, Float)

    /// What a Float sum in another order may differ by, and some: the
    /// margins are sums of about 24 weights below 10 in size.
    static let slack: Float = 1e-3

    static let sides: [UInt64] = [1, 2]
    static let buckets: [UInt64] = [1, 2, 3, 4, 5, 6, 7, 8, 100]
    /// `CueFinder.group` gives 1...18; a missing neighbour is 0.
    static let groups = [UInt64](0...18)
    static let shapes = [UInt64](0...5)
    static let classBits = WordClass.title.rawValue | WordClass.organization.rawValue | WordClass.anonymous.rawValue
        | WordClass.pronoun.rawValue | WordClass.nominal.rawValue

    init(_ m: LinearModel) {
        func w(_ k: UInt32) -> Float { m.weight(k) }
        /// The largest weight of a template over its values, for one side.
        func most(_ side: UInt64, _ index: (UInt64) -> [UInt32]) -> Float {
            index(side).map(w).max() ?? 0
        }
        func bySide(_ index: (UInt64) -> [UInt32]) -> (Float, Float) { (most(1, index), most(2, index)) }
        func grid(_ t: UInt64, _ s: UInt64, _ a: [UInt64], _ b: [UInt64]) -> [UInt32] {
            a.flatMap { x in b.map { y in Features.index(t, s, x, y) } }
        }
        let (g, sh, b) = (SourceBounds.groups, SourceBounds.shapes, SourceBounds.buckets)
        var classes: [UInt64] = []
        var s = SourceBounds.classBits
        while true { classes.append(UInt64(s)); if s == 0 { break }; s = (s - 1) & SourceBounds.classBits }
        w1 = w(Features.index(1, 0, 0, 0))
        w16 = w(Features.index(16, 0, 0, 0))
        max2 = bySide { s in b.map { Features.index(2, s, $0, 0) } }
        max4 = bySide { s in grid(4, s, sh, g) }
        max5 = bySide { s in grid(5, s, g, g) }
        max9 = bySide { s in grid(9, s, [0, 1, 2, 3], [0, 1, 2]) }
        max10 = bySide { s in grid(10, s, [0, 1], [0, 1]) }
        max11 = bySide { s in grid(11, s, [0, 1], [0, 1, 2, 3]) }
        max12 = bySide { s in grid(12, s, g, [0, 1, 2]) }
        max13 = bySide { s in grid(13, s, [0, 1, 2], sh) }
        max17 = bySide { s in classes.map { Features.index(17, s, $0, 0) } }
        max18 = bySide { s in grid(18, s, [1, 2], b) }
        max19 = bySide { s in grid(19, s, [1, 2], g) }
        max23 = bySide { s in grid(23, s, [1, 2], g) }
        max24 = bySide { s in [1, 2].flatMap { told in g.map { Features.index(24, told, s, $0) } } }
        let all = [max2, max4, max5, max9, max10, max11, max12, max13, max17, max18, max19, max23, max24]
        rest = (all.reduce(0) { $0 + $1.0 }, all.reduce(0) { $0 + $1.1 })
    }
}

/// The weights of a cue's own features, the same for every candidate on a side.
struct CueWeights {
    var f6: (Float, Float)
    /// For the unit's first nominal word, and for any other.
    var f21: (Float, Float)

    init(_ cx: CueContext, _ w: WeightLookup) {
        f6 = (w(cx.f6.0), w(cx.f6.1))
        f21 = (w(cx.f21.0), w(cx.f21.1))
    }
}

extension SourceFinder {
    /// The lowest margin a candidate needs to matter to `pick`: one below
    /// the threshold's floor cannot be picked, and one below the best
    /// margin so far can neither win nor tie (within ±20, as there). `floor`
    /// is `LinearModel.floor` of the threshold.
    @inline(__always)
    static func cut(floor: Float, bestZ: Float) -> Float { bestZ < 20 ? max(floor, bestZ) : floor }

    /// The source margin of candidate `j`, equal to `m.source.margin` of
    /// its `features` (the same weights summed in the same order), or nil
    /// as soon as a bound on it falls below `cut`: the word-valued features
    /// are looked up first, then the bounded ones, largest bound first,
    /// each replacing its bound.
    @inline(__always)
    static func margin(_ v: DocView, _ c: CueRun, _ cx: CueContext, _ cw: CueWeights, _ j: Int, _ bt: Between,
                       _ bias: Float, _ w: WeightLookup, _ b: SourceBounds, below cut: Float) -> Float? {
        let at = CandidatePlace(v, c, j)
        let (t, u, side, dist) = (at.tok, at.unit, at.side, at.dist)
        let g = UInt64(CueFinder.wordGroup(t))
        let hasPrev = j - 1 >= u.lowerBound, hasNext = j + 1 < u.upperBound, first = j == u.lowerBound
        let w3 = w(Features.index(3, side, t.word, 0))
        let w6 = at.bySide(cw.f6)
        let w7 = w(Features.index(at.bySide(cx.f7), dist))
        let w8 = w(Features.index(at.bySide(cx.f8), dist))
        let w14 = hasNext ? w(Features.index(14, t.word, v.toks[j + 1].word, 0)) : 0
        let w15 = hasPrev ? w(Features.index(15, v.toks[j - 1].word, side, 0)) : 0
        let w16: Float = first ? b.w16 : 0
        let w20 = w(Features.index(Features.mixed(cx.f20, g), side))
        let w21 = j == cx.firstNominal ? cw.f21.0 : cw.f21.1
        let w22 = w(Features.index(at.bySide(cx.f22), dist))
        var bound = bias + b.w1 + w3 + w6 + w7 + w8 + w14 + w15 + w16 + w20 + w21 + w22
            + at.bySide(b.rest) + SourceBounds.slack
        if bound < cut { return nil }
        /// The weight of a bounded feature, its bound replaced in `bound`.
        @inline(__always) func take(_ k: UInt32, _ most: (Float, Float)) -> Float {
            let x = w(k)
            bound += x - at.bySide(most)
            return x
        }
        let w18 = take(Features.index(at.bySide(cx.f18), dist), b.max18)
        if bound < cut { return nil }
        let prev = hasPrev ? UInt64(CueFinder.wordGroup(v.toks[j - 1])) : 0
        let next = hasNext ? UInt64(CueFinder.wordGroup(v.toks[j + 1])) : 0
        let w5 = take(Features.index(5, side, prev, next), b.max5)
        if bound < cut { return nil }
        let (commas, marks, cues, thats, names, ends, nouns) = (bt.commas, bt.marks, bt.cues, bt.thats, bt.names, bt.ends, bt.nouns)
        let w13 = take(Features.index(13, side, UInt64(min(names, 2)), UInt64(t.shape.rawValue)), b.max13)
        if bound < cut { return nil }
        let w9 = take(Features.index(9, side, UInt64(min(commas, 3)), UInt64(min(marks, 2))), b.max9)
        if bound < cut { return nil }
        let w23 = take(Features.index(23, side, UInt64(bt.adjacent ? 1 : 2), g), b.max23)
        if bound < cut { return nil }
        let w2 = take(Features.index(2, side, dist, 0), b.max2)
        if bound < cut { return nil }
        let w12 = take(Features.index(12, side, g, UInt64(min(nouns, 2))), b.max12)
        if bound < cut { return nil }
        let w17 = take(Features.index(17, side, UInt64(t.cls.rawValue & SourceBounds.classBits), 0), b.max17)
        if bound < cut { return nil }
        let w11 = take(Features.index(11, side, UInt64(min(ends, 1)), UInt64(min(nouns, 3))), b.max11)
        if bound < cut { return nil }
        let w4 = take(Features.index(4, side, UInt64(t.shape.rawValue), g), b.max4)
        if bound < cut { return nil }
        let w10 = take(Features.index(10, side, UInt64(min(cues, 1)), UInt64(min(thats, 1))), b.max10)
        if bound < cut { return nil }
        let w19 = take(Features.index(19, side, UInt64(nouns == 0 ? 1 : 2), g), b.max19)
        if bound < cut { return nil }
        let w24 = take(Features.index(at.bySide(cx.f24), g), b.max24)
        if bound < cut { return nil }
        // In `features`' order, as `margin` sums them.
        var z = bias
        z += b.w1; z += w2; z += w3; z += w4; z += w5; z += w6; z += w7; z += w8
        z += w9; z += w10; z += w11; z += w12; z += w13
        if hasNext { z += w14 }
        if hasPrev { z += w15 }
        if first { z += w16 }
        z += w17; z += w18; z += w19; z += w20; z += w21; z += w22; z += w23; z += w24
        return z
    }
}
