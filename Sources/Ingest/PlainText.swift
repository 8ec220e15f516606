import ClaimlineCore

/// Plain text: the text is kept exactly as decoded; paragraphs become blocks,
/// and the residue web pages leave in text files (image credits, video embed
/// code, share prompts) becomes `boilerplate` blocks rather than being deleted.
enum PlainText {
    static func ingest(_ string: String, id: String, source: String, url: String?) -> IngestedDocument {
        let text = CodePointText(string)
        var meta = DocumentMeta(url: url)
        var blocks: [Block] = []
        for para in paragraphs(text.scalars) {
            for line in split(paragraph: para, in: text.scalars) {
                blocks.append(contentsOf: classify(line, in: text, meta: &meta))
            }
        }
        assignTitleAndHeadings(&blocks, text: text)
        if let t = blocks.first(where: { $0.role == .title }) { meta.title = text[t.span] }
        return IngestedDocument(id: id, source: source, format: .text, text: text, blocks: blocks, meta: meta)
    }

    /// Runs of non-blank lines, trimmed of surrounding spaces.
    static func paragraphs(_ s: [Unicode.Scalar]) -> [Span] {
        var out: [Span] = []
        var i = 0
        let n = s.count
        var paraStart = -1, paraEnd = -1
        while i < n {
            var j = i
            while j < n && s[j] != "\n" { j += 1 }
            let line = trim(Span(i, j), s)
            if line.isEmpty {
                if paraStart >= 0 { out.append(Span(paraStart, paraEnd)); paraStart = -1 }
            } else {
                if paraStart < 0 { paraStart = line.start }
                paraEnd = line.end
            }
            i = j + 1
        }
        if paraStart >= 0 { out.append(Span(paraStart, paraEnd)) }
        return out
    }

    /// A paragraph whose lines look like separate items (short lines of
    /// residue or headings) is split line by line; prose stays one block.
    static func split(paragraph p: Span, in s: [Unicode.Scalar]) -> [Span] {
        var lines: [Span] = []
        var i = p.start
        while i < p.end {
            var j = i
            while j < p.end && s[j] != "\n" { j += 1 }
            let l = trim(Span(i, j), s)
            if !l.isEmpty { lines.append(l) }
            i = j + 1
        }
        if lines.count <= 1 { return [p] }
        let residue = lines.filter { Residue.lineIsBoilerplate(String(String.UnicodeScalarView(s[$0.range]))) }
        return residue.isEmpty ? [p] : lines
    }

    /// Splits inline residue markers out of a line and gives each piece a role.
    static func classify(_ line: Span, in text: CodePointText, meta: inout DocumentMeta) -> [Block] {
        var blocks: [Block] = []
        for piece in Residue.pieces(of: line, in: text.scalars) {
            let span = trim(piece.span, text.scalars)
            if span.isEmpty { continue }
            if let d = piece.date, meta.date == nil { meta.date = d }
            let role: BlockRole = piece.role ?? (Residue.lineIsBoilerplate(text[span]) ? .boilerplate : .paragraph)
            blocks.append(Block(span, role))
        }
        return blocks
    }

    /// The first body block is the title when it reads like a headline; short
    /// unpunctuated lines later on are headings.
    static func assignTitleAndHeadings(_ blocks: inout [Block], text: CodePointText) {
        var seenBody = false
        for k in blocks.indices where blocks[k].role == .paragraph {
            let s = text.scalars[blocks[k].span.range]
            let words = s.split(whereSeparator: { $0 == " " || $0 == "\n" }).count
            let last = s.last!
            let terminal = ".!?\"”’'…:;,".unicodeScalars.contains(last)
            let capital = s.first!.properties.isUppercase || s.first!.properties.numericType != nil
            let next = k + 1 < blocks.count ? blocks[k + 1] : nil
            let followedByProse = next.map { $0.role == .paragraph && $0.span.length > blocks[k].span.length } ?? false
            if !seenBody, words <= 20, !terminal, capital, followedByProse {
                blocks[k].role = .title
            } else if seenBody, words <= 10, !terminal, capital, followedByProse {
                blocks[k].role = .heading
            }
            seenBody = true
        }
    }

    static func trim(_ sp: Span, _ s: [Unicode.Scalar]) -> Span {
        var a = sp.start, b = sp.end
        while a < b && s[a].properties.isWhitespace { a += 1 }
        while b > a && s[b - 1].properties.isWhitespace { b -= 1 }
        return Span(a, b)
    }
}
