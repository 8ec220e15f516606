import ClaimlineCore

/// Finds the article among the blocks of a page.
///
/// 1. Every prose-like block (long, punctuated, few links) scores its
///    containers, the nearest most; containers are weighted by tag and
///    class hints and by their own link density, and the best one is the
///    article's root. Furniture (prunable hints: comments, share tools,
///    related links, footers) neither scores nor is kept.
/// 2. The root's siblings that hold prose too, and the other chunks of an
///    article a template cut up (same tag and class as the root), join it.
/// 3. Inside, blocks are kept in page order unless they are furniture:
///    link lists, link-heavy lines, headings left with nothing under them.
enum MainContent {
    typealias Layout = BlockCollector

    /// Subtree figures shared by the passes.
    struct Totals {
        var chars: [Int], links: [Int]
        func linkDensity(_ e: Int) -> Double { chars[e] == 0 ? 0 : Double(links[e]) / Double(chars[e]) }
    }

    /// The role of each block in the output, or nil to leave it out.
    static func select(_ c: Layout) -> [BlockRole?] {
        let elements = c.elements, blocks = c.blocks
        let n = elements.count
        guard n > 0, !blocks.isEmpty else { return [BlockRole?](repeating: nil, count: blocks.count) }

        // Furniture, inherited top down (a parent always precedes its children).
        var pruned = [Bool](repeating: false, count: n)
        for e in 0..<n {
            let p = Int(elements[e].parent)
            pruned[e] = elements[e].hints.prunable || (p >= 0 && pruned[p])
        }
        // Subtree totals of characters and link characters.
        var t = Totals(chars: [Int](repeating: 0, count: n), links: [Int](repeating: 0, count: n))
        for b in blocks where b.element >= 0 {
            t.chars[Int(b.element)] += b.weight
            t.links[Int(b.element)] += Int(b.linkChars) * b.weight / max(1, Int(b.chars))
        }
        for e in stride(from: n - 1, through: 0, by: -1) {
            let p = Int(elements[e].parent)
            if p >= 0 { t.chars[p] += t.chars[e]; t.links[p] += t.links[e] }
        }

        // Class hints can be wrong about a wrapper (a template's "has-sidebar"
        // on the page's main column): when pruning furniture leaves little
        // prose, or far less than the page holds outside readers' comments,
        // read the page again without it.
        let none = [Bool](repeating: false, count: n)
        var roots = chooseRoots(c, pruned: pruned, t)
        let kept = roots.map { proseWeight(c, $0.keep, pruned: pruned) } ?? 0
        if kept < 1500, let open = chooseRoots(c, pruned: none, t) {
            let all = proseWeight(c, open.keep, pruned: none)
            if roots == nil || (kept < 500 && all > 2 * kept) || (all > 3 * kept && !inComments(open.best, c)) { roots = open }
        }
        guard let chosen = roots else { return fallback(c) }
        return keptBlocks(c, chosen, t)
    }

    static func inComments(_ e: Int, _ c: Layout) -> Bool {
        var x = e
        while x >= 0 { if c.elements[x].hints.comments { return true }; x = Int(c.elements[x].parent) }
        return false
    }

    struct Roots {
        var keep: Set<Int>
        var best: Int
    }

    /// Steps 1 and 2: the best container, its siblings and its chunks.
    static func chooseRoots(_ c: Layout, pruned: [Bool], _ t: Totals) -> Roots? {
        let elements = c.elements
        let n = elements.count
        var score = [Double](repeating: 0, count: n)
        var scored = [Bool](repeating: false, count: n)
        for b in c.blocks {
            let e0 = Int(b.element)
            guard e0 >= 0, !pruned[e0], isProse(b) else { continue }
            let s = proseScore(b)
            var e = paragraphHolder(e0, elements) ? Int(elements[e0].parent) : e0
            var level = 0
            while e >= 0 && level < 5 {
                scored[e] = true
                score[e] += level == 0 ? s : level == 1 ? s / 2 : s / Double(level * 3)
                e = Int(elements[e].parent)
                level += 1
            }
        }
        var best = -1, bestScore = 0.0
        for e in 0..<n where scored[e] {
            let s = score[e] * (1 - t.linkDensity(e)) * hintFactor(elements[e]) * positionFactor(e, c)
            score[e] = s
            if s > bestScore { bestScore = s; best = e }
        }
        guard best >= 0 else { return nil }
        best = climb(best, score: score, scored: scored, elements)
        bestScore = score[best]

        var keep = Set([best])
        let parent = Int(elements[best].parent)
        let threshold = max(10, 0.2 * bestScore)
        let signature = elements[best].signature
        let hasClass = signature != (Layout.noClass ^ UInt32(elements[best].tag.rawValue))
        if parent >= 0 {
            for e in (parent + 1)..<n where Int(elements[e].parent) == parent && e != best && !pruned[e] {
                var s = scored[e] ? score[e] : 0
                if hasClass && elements[e].signature == signature { s += 0.2 * bestScore }
                if s >= threshold { keep.insert(e); continue }
                if isProseElement(e, c, chars: t.chars[e], linkDensity: t.linkDensity(e)) { keep.insert(e) }
            }
        }
        if hasClass {
            for e in 0..<n where elements[e].signature == signature && !pruned[e] && scored[e] && score[e] >= 0.1 * bestScore {
                keep.insert(e)
            }
        }
        return Roots(keep: keep, best: best)
    }

    /// Prose weight of the blocks below the kept elements.
    static func proseWeight(_ c: Layout, _ keep: Set<Int>, pruned: [Bool]) -> Int {
        var w = 0
        for e in keep {
            let el = c.elements[e]
            for k in Int(el.firstBlock)..<Int(el.endBlock) {
                let b = c.blocks[k]
                if isProse(b), b.element >= 0, !pruned[Int(b.element)] || pruned[e] { w += b.weight }
            }
        }
        return w
    }

    /// Step 3: the blocks inside the kept elements, furniture left out.
    static func keptBlocks(_ c: Layout, _ r: Roots, _ t: Totals) -> [BlockRole?] {
        let elements = c.elements, blocks = c.blocks
        let n = elements.count
        var roles = [BlockRole?](repeating: nil, count: blocks.count)
        var inside = [Bool](repeating: false, count: n)
        for e in 0..<n {
            let p = Int(elements[e].parent)
            inside[e] = r.keep.contains(e) || (p >= 0 && inside[p] && !elements[e].hints.prunable)
        }
        // Loose text directly in the root's parent, between kept siblings, reads as their paragraphs.
        let parent = Int(elements[r.best].parent)
        for (k, b) in blocks.enumerated() {
            let e = Int(b.element)
            guard e >= 0 else { continue }
            if inside[e] || (e == parent && isProse(b) && b.linkDensity < 0.25) {
                roles[k] = role(b)
            }
        }
        dropLinkLists(&roles, c, linkDensity: t.linkDensity, inside: inside)
        for (k, b) in blocks.enumerated() where roles[k] != nil {
            if isLinkLine(b) || isFurnitureLine(b, c) { roles[k] = nil }
        }
        dropOrphanHeadings(&roles, blocks)
        dropHeadline(&roles, c)
        return roles
    }

    // MARK: block and container measures

    static func isProse(_ b: Layout.TextBlock) -> Bool {
        b.kind != .heading && b.kind != .caption && b.weight >= 25 && b.linkDensity < 0.5
    }

    /// Readability's paragraph score: one, plus one per comma, plus up to three for length.
    static func proseScore(_ b: Layout.TextBlock) -> Double {
        (1 + Double(b.commas) + min(3, Double(b.weight) / 100)) * (1 - b.linkDensity)
    }

    /// Elements that are a paragraph themselves, whose score goes to the container above.
    static func paragraphHolder(_ e: Int, _ elements: [Layout.Element]) -> Bool {
        switch elements[e].tag {
        case .p, .pre, .li, .dd, .dt, .blockquote, .td, .th, .address, .figcaption, .caption,
             .h1, .h2, .h3, .h4, .h5, .h6:
            return true
        default: return false
        }
    }

    /// Class and tag hints scale a container's score: they choose between
    /// containers with prose but never make one without.
    static func hintFactor(_ el: Layout.Element) -> Double {
        let content: [Double] = [1, 1.25, 1.6, 2.0], boiler: [Double] = [1, 0.8, 0.5, 0.3]
        var f = content[Int(min(el.hints.content, 3))] * boiler[Int(min(el.hints.boiler, 3))]
        switch el.tag {
        case .ol, .ul, .dl, .form: f *= 0.7
        default: break
        }
        return f
    }

    /// Articles start in the first half of a page's text; what starts late
    /// (comments, "more stories") is discounted, by up to a fifth at the end.
    static func positionFactor(_ e: Int, _ c: Layout) -> Double {
        let total = c.weightBefore(c.blocks.count)
        let first = Int(c.elements[e].firstBlock)
        guard total > 0, first < c.blocks.count else { return 1 }
        let before = Double(c.weightBefore(first)) / Double(total)
        return before <= 0.5 ? 1 : 1 - 0.4 * (before - 0.5)
    }

    /// Moves up from the best container while its parent holds clearly more
    /// (the article split over several scored containers).
    static func climb(_ best: Int, score: [Double], scored: [Bool], _ elements: [Layout.Element]) -> Int {
        var top = best
        var last = score[best]
        let threshold = last / 3
        var p = Int(elements[best].parent)
        while p >= 0 && elements[p].tag != .body && elements[p].tag != .html {
            if !scored[p] { p = Int(elements[p].parent); continue }
            if score[p] < threshold { break }
            if score[p] > last { top = p; break }
            last = score[p]
            p = Int(elements[p].parent)
        }
        return top
    }

    /// A sibling of the root that reads as one of its paragraphs: a `<p>`,
    /// or a container holding a single run of text (as Readability reads a
    /// `<div>` without block children), long with few links or a short
    /// sentence without any.
    static func isProseElement(_ e: Int, _ c: Layout, chars: Int, linkDensity: Double) -> Bool {
        let el = c.elements[e]
        let single = el.endBlock == el.firstBlock + 1 && c.blocks[Int(el.firstBlock)].element == Int32(e)
            && c.blocks[Int(el.firstBlock)].kind == .paragraph
            && (c.blocks[Int(el.firstBlock)].words >= 8 || c.blocks[Int(el.firstBlock)].wide >= 20)
        guard el.tag == .p || (single && (el.tag == .div || el.tag == .section)) else { return false }
        if linkDensity < 0.25 && chars > 80 { return true }
        if chars < 80 && chars > 0 && linkDensity == 0 {
            let b = c.blocks[Int(c.elements[e].firstBlock)]
            return c.text[Int(b.end) - 1] == 0x2E
        }
        return false
    }

    static func role(_ b: Layout.TextBlock) -> BlockRole {
        switch b.kind {
        case .paragraph, .preformatted, .cell: return .paragraph
        case .heading: return .heading
        case .listItem: return .listItem
        case .blockquote: return .blockquote
        case .caption: return .caption
        }
    }

    // MARK: furniture inside the article

    /// A line that is mostly link text: navigation, not prose.
    static func isLinkLine(_ b: Layout.TextBlock) -> Bool { b.kind != .heading && b.linkDensity > 0.5 }

    /// A short block that is only a furniture label ("Advertisement"), or a
    /// line of the kinds plain text marks as residue (share prompts,
    /// "Related:" and "Read more" lines, copyright lines, embed code).
    static func isFurnitureLine(_ b: Layout.TextBlock, _ c: Layout) -> Bool {
        guard b.chars <= 160, b.kind != .heading || b.chars <= 48 else { return false }
        let bytes = c.text[Int(b.start)..<Int(b.end)]
        if b.chars <= 48 && FurnitureText.isLabel(bytes) { return true }
        return b.kind != .heading && Residue.lineIsBoilerplate(String(decoding: bytes, as: UTF8.self))
    }

    /// Lists whose text is mostly links (related stories, tags) go.
    static func dropLinkLists(_ roles: inout [BlockRole?], _ c: Layout, linkDensity: (Int) -> Double, inside: [Bool]) {
        for (e, el) in c.elements.enumerated() where inside[e] && (el.tag == .ul || el.tag == .ol || el.tag == .dl) {
            guard linkDensity(e) > 0.5 else { continue }
            for k in Int(el.firstBlock)..<Int(el.endBlock) { roles[k] = nil }
        }
    }

    /// A heading with nothing kept under it (before the next heading of its
    /// level or above) introduced furniture that was dropped.
    static func dropOrphanHeadings(_ roles: inout [BlockRole?], _ blocks: [Layout.TextBlock]) {
        var open: [(index: Int, level: UInt8, body: Bool)] = []
        func close(downTo level: UInt8) {
            while let last = open.last, last.level >= level {
                if !last.body { roles[last.index] = nil }
                open.removeLast()
            }
        }
        for (k, b) in blocks.enumerated() {
            if b.kind == .heading {
                close(downTo: b.level)
                if roles[k] != nil { open.append((k, b.level, false)) }
            } else if roles[k] != nil {
                for i in open.indices { open[i].body = true }
            }
        }
        close(downTo: 0)
    }

    /// The headline (the first `<h1>` before the article text) is the
    /// page's title, given in `meta.title`, not repeated in the body.
    static func dropHeadline(_ roles: inout [BlockRole?], _ c: Layout) {
        let firstBody = roles.indices.first { roles[$0] != nil && c.blocks[$0].kind != .heading } ?? c.blocks.count
        for (k, b) in c.blocks.enumerated() where b.kind == .heading && b.level == 1 {
            if k < firstBody { roles[k] = nil }
            return
        }
    }

    /// No prose anywhere: keep every block that is not furniture.
    static func fallback(_ c: Layout) -> [BlockRole?] {
        var pruned = [Bool](repeating: false, count: c.elements.count)
        for (e, el) in c.elements.enumerated() {
            let p = Int(el.parent)
            pruned[e] = el.hints.prunable || (p >= 0 && pruned[p])
        }
        return c.blocks.map { b in
            let e = Int(b.element)
            return (e >= 0 && pruned[e]) || b.linkDensity > 0.5 ? nil : role(b)
        }
    }
}
