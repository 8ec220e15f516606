import ClaimlineCore

/// One article: its blocks, with every claim's content highlighted in its
/// speaker's colour, sources and cues marked, numbers in bold, and the
/// sentences the article states in its own voice that clusters cite.
struct ArticleView {
    let document: IngestedDocument
    let index: Int
    let claims: [Claim]
    let claimIndices: [Int]
    let palette: SpeakerPalette
    let links: ClusterLinks

    /// Article letters: A, B, ... Z, AA, AB...
    static func letter(_ i: Int) -> String {
        let a = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
        return i < 26 ? String(a[i]) : letter(i / 26 - 1) + String(a[i % 26])
    }

    var title: String {
        if let t = document.meta.title, !t.isEmpty { return t }
        if let b = document.blocks.first(where: { $0.role == .title || $0.role == .heading }) { return document.text[b.span] }
        return document.id
    }

    func render(_ h: inout HTML) {
        h.open("article", [("class", "doc"), ("id", "doc-\(index)"), ("data-doc", document.id)])
        h.raw("<header>")
        h.element("span", [("class", "letter")], text: ArticleView.letter(index))
        h.element("h2", text: title)
        h.open("p", [("class", "meta")])
        let bits = [document.id, document.meta.date, document.meta.author, document.meta.url].compactMap { $0 }.filter { !$0.isEmpty }
        h.text(bits.joined(separator: " · "))
        h.text(" · \(claimIndices.count) claim\(claimIndices.count == 1 ? "" : "s")")
        h.close("p")
        h.raw("</header>\n<div class=\"body\">\n")
        for block in document.blocks { render(block, &h) }
        h.raw("</div>\n</article>\n")
    }

    private func tag(_ role: BlockRole) -> (String, String?) {
        switch role {
        case .title: return ("h3", "title")
        case .heading: return ("h4", nil)
        case .blockquote: return ("blockquote", nil)
        case .caption: return ("p", "caption")
        case .listItem: return ("p", "item")
        case .boilerplate: return ("p", "residue")
        default: return ("p", nil)
        }
    }

    private func render(_ block: Block, _ h: inout HTML) {
        let (name, cls) = tag(block.role)
        h.open(name, [("class", cls)])
        let b = block.span
        let inBlock = claimIndices.filter { i in
            let c = claims[i]
            return c.content.span.overlaps(b) || (c.source?.span.overlaps(b) ?? false) || (c.cue?.span.overlaps(b) ?? false)
        }
        let statements = links.statements.indices.filter { links.statements[$0].doc == index && links.statements[$0].span.overlaps(b) }
        var cuts: Set<Int> = [b.start, b.end]
        func cut(_ s: Span?) {
            guard let s, s.overlaps(b) else { return }
            cuts.insert(max(s.start, b.start)); cuts.insert(min(s.end, b.end))
        }
        for i in inBlock {
            let c = claims[i]
            cut(c.content.span); cut(c.source?.span); cut(c.cue?.span)
            for n in c.numbers { cut(n.mention.span) }
        }
        for j in statements { cut(links.statements[j].span); for n in links.statements[j].numbers { cut(n) } }
        let points = cuts.sorted()
        for (x, y) in zip(points, points.dropFirst()) where y > x {
            piece(Span(x, y), claimsHere: inBlock, statements: statements, &h)
        }
        h.close(name)
        h.raw("\n")
    }

    /// One run of text with the same marks.
    private func piece(_ s: Span, claimsHere: [Int], statements: [Int], _ h: inout HTML) {
        let text = document.text[s]
        let content = claimsHere.filter { claims[$0].content.span.contains(s) }
            .sorted { (claims[$0].content.span.length, $0) < (claims[$1].content.span.length, $1) }
        let sources = claimsHere.filter { claims[$0].source?.span.contains(s) ?? false }
        let cues = claimsHere.filter { claims[$0].cue?.span.contains(s) ?? false }
        let stated = statements.filter { links.statements[$0].span.contains(s) }
        let isNumber = content.contains { i in claims[i].numbers.contains { $0.mention.span.contains(s) } }
            || stated.contains { j in links.statements[j].numbers.contains { $0.contains(s) } }
        guard !content.isEmpty || !sources.isEmpty || !cues.isEmpty || !stated.isEmpty else { h.text(text); return }
        for i in content where claims[i].content.span.start == s.start {
            h.raw("<a class=\"anchor\" id=\"claim-\(i)\"></a>")
        }
        var classes: [String] = []
        if let first = content.first {
            classes += ["p", palette.colourClass(ofClaim: first)]
            if content.count > 1 { classes.append("nest") }
        }
        if let first = sources.first { classes += ["src", "b" + palette.colourClass(ofClaim: first).dropFirst()] }
        if !cues.isEmpty { classes.append("cue") }
        if isNumber { classes.append("num") }
        if !stated.isEmpty { classes.append("st") }
        let summary = (content.first ?? sources.first ?? cues.first).map { summaryText(claims[$0]) }
            ?? "Stated by the article · in \(stated.flatMap { links.statements[$0].clusters }.count) cluster(s)"
        h.open("span", [("class", classes.joined(separator: " ")),
                        ("data-c", content.isEmpty ? nil : content.map(String.init).joined(separator: " ")),
                        ("data-src", sources.isEmpty ? nil : sources.map(String.init).joined(separator: " ")),
                        ("data-cue", cues.isEmpty ? nil : cues.map(String.init).joined(separator: " ")),
                        ("data-st", stated.isEmpty ? nil : stated.map(String.init).joined(separator: " ")),
                        ("title", summary)])
        h.text(text)
        h.close("span")
    }

    /// What a hover shows without the script: speaker, kind, cue, score, numbers.
    private func summaryText(_ c: Claim) -> String {
        var bits = [c.speaker ?? "no speaker", c.kind.rawValue]
        if let cue = c.cue { bits.append("cue “\(cue.text)”") }
        bits.append("score " + ReportData.format(c.score))
        let numbers = c.numbers.map { n in [n.mention.approx, n.text, n.mention.counts].compactMap { $0 }.joined(separator: " ") }
        if !numbers.isEmpty { bits.append(numbers.joined(separator: ", ")) }
        return bits.joined(separator: " · ")
    }
}
