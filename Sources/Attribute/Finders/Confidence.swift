/// The final score: a linear model over what the finders said about a
/// claim (their probabilities, the pattern, the kind, the source type),
/// mapped through the isotonic calibration fitted on held-out folds of train.
enum Confidence {
    /// `cuesInUnit`: how many cues the draft's unit holds.
    static func features(_ a: Analysis, _ d: Draft, kind: ClaimKindCode, sourceType: UInt64, cuesInUnit: Int,
                         into f: inout Features) {
        f.removeAll()
        let v = a.view
        let pat = d.pattern.rawValue
        f.add(1)
        f.add(2, pat)
        f.add(3, pat, UInt64(kind.rawValue))
        f.add(4, pat, sourceType)
        var words = 0
        for r in d.parts { for t in r where v.toks[t].kind != .punct { words += 1 } }
        f.add(5, pat, Features.bucket(words))
        f.add(6, UInt64(d.linkedParts > 0 ? 1 : 0), UInt64(kind.rawValue))
        if d.cue >= 0 {
            let c = a.cues[d.cue]
            f.add(7, Features.tenth(c.probability))
            f.add(8, pat, Features.tenth(c.probability))
            f.add(9, v.toks[c.head].word)
            f.add(10, v.toks[c.head].word, pat)
            if let s = a.sources[d.cue]?.speaking {
                f.add(11, Features.tenth(s.probability))
                f.add(12, Features.tenth(s.probability), UInt64(s.before ? 1 : 2))
                f.add(13, sourceType, Features.tenth(s.probability))
            } else {
                f.add(14, pat)
            }
            f.add(15, UInt64(min(cuesInUnit, 4)))
        }
        f.add(16, Features.tenth(d.owner))
        f.add(17, Features.tenth(d.start), Features.tenth(d.end))
        f.add(18, pat, Features.tenth(d.owner))
        f.add(19, UInt64(min(d.linkedParts, 3)), pat)
        f.add(20, UInt64(v.units[d.unit].block == 0 ? 1 : 0))
    }
}

/// Claim kinds as small codes for features.
enum ClaimKindCode: UInt8 { case direct = 1, indirect = 2, mixed = 3 }
