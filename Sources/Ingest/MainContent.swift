import ClaimlineCore

/// Finds the article among the candidate blocks: containers are scored by the
/// prose below them (long, comma-rich, few links), the best container and its
/// strong siblings are kept, and link-heavy or negatively hinted blocks inside
/// them are dropped.
enum MainContent {
    /// The role of each candidate in the output, or nil to leave it out.
    static func select(_ c: BlockCollector) -> [BlockRole?] {
        let n = c.parent.count
        guard n > 0 else { return c.blocks.map { _ in nil } }
        var score = [Double](repeating: 0, count: n)
        for b in c.blocks where b.role != .heading && b.chars >= 25 && b.element >= 0 {
            let commas = b.text.unicodeScalars.reduce(0) { $0 + ($1 == "," ? 1 : 0) }
            let s = (1 + Double(commas) + min(3, Double(b.chars) / 100)) * (1 - b.linkDensity)
            var e = c.parent[b.element], level = 1
            // The block's own element (a <p>) passes its score up to its containers.
            if c.tag[b.element] != "p" && c.tag[b.element] != "li" { e = b.element; level = 1 }
            while e >= 0 && level <= 3 {
                score[e] += s / Double(level)
                e = c.parent[e]; level += 1
            }
        }
        var best = -1, bestScore = 0.0
        for e in 0..<n where score[e] > 0 {
            let s = score[e] * (1 + Double(c.weight[e]) / 100)
            if s > bestScore { bestScore = s; best = e }
        }
        guard best >= 0 else { return c.blocks.map { $0.chars > 0 ? $0.role : nil } }

        // Siblings of the best container that hold prose too.
        let bestParent = c.parent[best]
        var keep = Set([best])
        for e in 0..<n where c.parent[e] == bestParent && e != best && bestParent >= 0 {
            if score[e] * (1 + Double(c.weight[e]) / 100) >= max(5, 0.2 * bestScore) { keep.insert(e) }
        }

        var roles = [BlockRole?](repeating: nil, count: c.blocks.count)
        var titleDone = false
        for (k, b) in c.blocks.enumerated() {
            if !titleDone && b.role == .heading && b.headingLevel == 1 {
                roles[k] = .title; titleDone = true; continue
            }
            guard let top = keptAncestor(b.element, keep, c) else { continue }
            if hasNegativeHint(b.element, below: top, c) { continue }
            if b.linkDensity > 0.5 && b.chars < 300 { continue }
            roles[k] = b.role
        }
        return roles
    }

    static func keptAncestor(_ e: Int, _ keep: Set<Int>, _ c: BlockCollector) -> Int? {
        var x = e
        while x >= 0 { if keep.contains(x) { return x }; x = c.parent[x] }
        return nil
    }

    static func hasNegativeHint(_ e: Int, below top: Int, _ c: BlockCollector) -> Bool {
        var x = e
        while x >= 0 && x != top { if c.weight[x] < 0 { return true }; x = c.parent[x] }
        return false
    }
}
