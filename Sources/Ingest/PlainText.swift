import ClaimlineCore

/// Plain text: the text is kept exactly as decoded; paragraphs become blocks,
/// and the residue web pages leave in text files (image credits, video embed
/// code, share prompts) becomes `boilerplate` blocks rather than being deleted.
/// One pass over the code points finds the lines and paragraphs; the residue
/// rules read the code points in place, so the cost is linear in the text.
enum PlainText {
    static func ingest(_ string: String, id: String, source: String, url: String?) -> IngestedDocument {
        let text = CodePointText(string)
        var meta = DocumentMeta(url: url)
        let blocks = text.scalars.withUnsafeBufferPointer { s -> [Block] in
            var blocks: [Block] = []
            forEachParagraph(s) { lines in
                // A line as long as a paragraph means a paragraph on each line
                // (no blank line between), not prose wrapped by hand: then the
                // lines are not joined.
                let onePerLine = lines.count > 1 && lines.contains { $0.length > PlainText.longestWrappedLine }
                var previousLineEnd = -1
                for line in lines {
                    classify(line, in: s, previousLineEnd: onePerLine ? -1 : previousLineEnd, meta: &meta, into: &blocks)
                    previousLineEnd = line.end
                }
            }
            assignTitleAndHeadings(&blocks, s)
            return blocks
        }
        if let t = blocks.first(where: { $0.role == .title }) { meta.title = text[t.span] }
        return IngestedDocument(id: id, source: source, format: .text, text: text, blocks: blocks, meta: meta)
    }

    /// Code points; text wrapped by hand (mail, plain-text archives) keeps
    /// its lines to 80 or so, while a paragraph per line runs to hundreds.
    static let longestWrappedLine = 160

    /// Calls `body` with the lines (trimmed of surrounding white space) of
    /// each run of non-blank lines. Lines end at LF only.
    static func forEachParagraph(_ s: Scalars, _ body: ([Span]) -> Void) {
        var lines: [Span] = []
        var i = 0
        let n = s.count
        while i < n {
            let j = ScalarScan.next(s, i, n, 0x0A)
            let line = trim(Span(i, j), s)
            if line.isEmpty {
                if !lines.isEmpty { body(lines); lines.removeAll(keepingCapacity: true) }
            } else {
                lines.append(line)
            }
            i = j + 1
        }
        if !lines.isEmpty { body(lines) }
    }

    /// Gives each piece of a line a role. The residue rules are line rules:
    /// a residue line (or the residue at the start of one) becomes its own
    /// block, and the prose between residue stays whole across the line
    /// ends of its paragraph, so a hard-wrapped sentence is never cut.
    /// `previousLineEnd` is where the paragraph's previous line ended (-1
    /// for its first line).
    static func classify(_ line: Span, in s: Scalars, previousLineEnd: Int, meta: inout DocumentMeta, into blocks: inout [Block]) {
        Residue.forEachPiece(of: line, in: s) { piece in
            let span = trim(piece.span, s)
            if span.isEmpty { return }
            if let d = piece.date, meta.date == nil { meta.date = d }
            let role: BlockRole = piece.role ?? (Residue.lineIsBoilerplate(s, span) ? .boilerplate : .paragraph)
            if role == .paragraph, span.start == line.start, let last = blocks.last,
               last.span.end == previousLineEnd, last.role == .paragraph {
                blocks[blocks.count - 1].span.end = span.end
            } else {
                blocks.append(Block(span, role))
            }
        }
    }

    /// The first body block is the title when it reads like a headline; short
    /// unpunctuated lines later on are headings.
    static func assignTitleAndHeadings(_ blocks: inout [Block], _ s: Scalars) {
        var seenBody = false
        for k in blocks.indices where blocks[k].role == .paragraph {
            let span = blocks[k].span
            let wasBody = seenBody
            seenBody = true
            if isTerminal(s[span.end - 1]) || !startsCapital(s[span.start]) { continue }
            guard k + 1 < blocks.count, blocks[k + 1].role == .paragraph, blocks[k + 1].span.length > span.length else { continue }
            let limit = wasBody ? 10 : 20
            if wordCount(s, span, atMost: limit + 1) <= limit { blocks[k].role = wasBody ? .heading : .title }
        }
    }

    /// A headline does not end like a sentence or a clause.
    static func isTerminal(_ c: Unicode.Scalar) -> Bool {
        switch c.value {
        case 0x2E, 0x21, 0x3F, 0x22, 0x27, 0x3A, 0x3B, 0x2C, 0x201D, 0x2019, 0x2026: return true   // . ! ? " ' : ; , ” ’ …
        default: return false
        }
    }

    static func startsCapital(_ c: Unicode.Scalar) -> Bool {
        let v = c.value
        if v < 0x80 { return v &- 0x41 < 26 || v &- 0x30 < 10 }
        return c.properties.isUppercase || c.properties.numericType != nil
    }

    /// Words separated by spaces or line ends, counted up to `atMost`.
    static func wordCount(_ s: Scalars, _ span: Span, atMost: Int) -> Int {
        var words = 0, inWord = false
        for i in span.range {
            let sep = s[i] == " " || s[i] == "\n"
            if !sep && !inWord { words += 1; if words >= atMost { return words } }
            inWord = !sep
        }
        return words
    }

    static func trim(_ sp: Span, _ s: Scalars) -> Span {
        var a = sp.start, b = sp.end
        while a < b && isWhitespace(s[a]) { a += 1 }
        while b > a && isWhitespace(s[b - 1]) { b -= 1 }
        return Span(a, b)
    }

    /// Unicode White_Space, with ASCII answered without a property lookup.
    @inline(__always) static func isWhitespace(_ c: Unicode.Scalar) -> Bool {
        let v = c.value
        if v < 0x80 { return v == 0x20 || v &- 0x09 < 5 }
        return c.properties.isWhitespace
    }
}
