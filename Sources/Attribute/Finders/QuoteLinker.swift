/// Quotations outside every claim's content: a quotation continued in the
/// next sentence or paragraph belongs to the claim before it (`"A," he said.
/// "B."`), or to the claim after it (`"A." "B," he said.`); one with no claim
/// near becomes an orphan whose speaker is found in the sentences around it.
enum QuoteLinker {
    static func link(_ a: inout Analysis, _ m: AttributionModel) {
        let v = a.view
        var covered = [Int32](repeating: -1, count: v.toks.count)
        for (d, draft) in a.drafts.enumerated() { for r in draft.parts { for t in r { covered[t] = Int32(d) } } }
        for (ui, u) in v.units.enumerated() where u.hasQuote {
            guard let r = uncoveredQuote(v, u, covered) else { continue }
            var target = -1
            var prepend = false
            // A quotation continued from an earlier paragraph.
            for t in r where v.toks[t].quote >= 0 {
                let q = v.quotes[Int(v.toks[t].quote)]
                if q.group < v.quotes.count, v.quotes[q.group].toks.lowerBound < r.lowerBound {
                    let head = v.quotes[q.group].toks
                    if !head.isEmpty, covered[head.lowerBound] >= 0 { target = Int(covered[head.lowerBound]) }
                }
                break
            }
            if target < 0, ui > 0, v.units[ui - 1].block == u.block, let d = lastDraft(in: v.units[ui - 1], covered) {
                target = d
            }
            if target < 0, ui + 1 < v.units.count, v.units[ui + 1].block == u.block {
                let next = v.units[ui + 1]
                if covered[next.toks.lowerBound] >= 0 || (next.toks.count > 1 && covered[next.toks.lowerBound + 1] >= 0) {
                    target = Int(covered[next.toks.lowerBound] >= 0 ? covered[next.toks.lowerBound] : covered[next.toks.lowerBound + 1])
                    prepend = true
                }
            }
            if target >= 0 {
                a.drafts[target].parts.append(r)
                a.drafts[target].parts.sort { $0.lowerBound < $1.lowerBound }
                a.drafts[target].linkedParts += 1
                _ = prepend
                for t in r { covered[t] = Int32(target) }
            } else {
                var d = Draft(cue: -1, parts: [r], pattern: .orphan, unit: ui)
                d.related = nearbyDraft(a, ui)
                for t in r { covered[t] = Int32(a.drafts.count) }
                a.drafts.append(d)
            }
        }
    }

    /// The quoted tokens of a unit no claim covers, when they are most of it.
    static func uncoveredQuote(_ v: DocView, _ u: Unit, _ covered: [Int32]) -> Range<Int>? {
        var first = -1, last = -1, words = 0, quoted = 0
        for t in u.toks {
            let x = v.toks[t]
            if x.kind != .punct { words += 1 }
            guard x.inQuote || x.isMark, covered[t] < 0 else { continue }
            if x.kind != .punct { quoted += 1 }
            if first < 0 { first = t }
            last = t
        }
        guard first >= 0, quoted >= 2, quoted * 2 >= words else { return nil }
        return first..<(last + 1)
    }

    static func lastDraft(in u: Unit, _ covered: [Int32]) -> Int? {
        var t = u.toks.upperBound - 1
        while t >= u.toks.lowerBound { if covered[t] >= 0 { return Int(covered[t]) }; t -= 1 }
        return nil
    }

    /// The latest claim with a cue in the two units before, in the same block or the one before.
    static func nearbyDraft(_ a: Analysis, _ ui: Int) -> Int {
        var best = -1
        for (d, draft) in a.drafts.enumerated() where draft.cue >= 0 && draft.unit < ui && draft.unit >= ui - 2 {
            if best < 0 || draft.hi > a.drafts[best].hi { best = d }
        }
        return best
    }
}
