import ClaimlineCore

/// Finds quotations: straight and curly double quotes, guillemets, single
/// quotes used as quotation marks, `<blockquote>` blocks, and quotes that run
/// over several paragraphs (a paragraph that opens a quote without closing it,
/// continued by the next paragraph when that opens with a quote mark).
enum QuoteFinder {
    enum Direction { case open, close, either }

    struct Mark {
        var at: Int
        var dir: Direction
        var glyph: Unicode.Scalar
    }

    static func find(_ v: BodyView) -> [Quote] {
        var quotes: [Quote] = []
        // The quote left open at the end of the previous body paragraph.
        var carry: Int? = nil
        for b in v.blocks {
            if b.role == .blockquote && !v.norm[b.span.range].contains("\"") {
                let o = v.toOriginal(b.span)
                quotes.append(Quote(span: o, inner: o, mark: "blockquote", group: quotes.count))
                carry = nil
                continue
            }
            let paragraphStart = firstNonSpace(v, b.span.start)
            var open: Mark? = nil
            // A quote opening the paragraph continues the one left open before it.
            func group(_ at: Int) -> Int {
                defer { carry = nil }
                if let c = carry, at == paragraphStart { return quotes[c].group }
                return quotes.count
            }
            for m in doubleMarks(v, b.span) {
                if let o = open, m.dir != .open {
                    let g = group(o.at)
                    quotes.append(Quote(span: v.toOriginal(Span(o.at, m.at + 1)), inner: v.toOriginal(Span(o.at + 1, m.at)),
                                        mark: String(o.glyph), group: g))
                    open = nil
                } else if m.dir != .close {
                    // An opening mark while one is open: the earlier one was stray.
                    open = m
                }
            }
            if let o = open {
                let g = group(o.at)
                quotes.append(Quote(span: v.toOriginal(Span(o.at, b.span.end)), inner: v.toOriginal(Span(o.at + 1, b.span.end)),
                                    mark: String(o.glyph), group: g, open: true))
                carry = quotes.count - 1
            } else {
                carry = nil
            }
        }
        return quotes
    }

    static func firstNonSpace(_ v: BodyView, _ from: Int) -> Int {
        var i = from
        while i < v.norm.count && v.norm[i] == " " { i += 1 }
        return i
    }

    /// The double quote marks of a span with their likely direction: curly
    /// marks say it; straight ones are read from the characters around them.
    static func doubleMarks(_ v: BodyView, _ s: Span) -> [Mark] {
        var out: [Mark] = []
        for i in s.range where v.norm[i] == "\"" {
            let g = v.original(at: i) ?? "\""
            let dir: Direction
            switch g {
            case "\u{201C}", "\u{00AB}", "\u{201E}": dir = .open
            case "\u{201D}", "\u{00BB}": dir = .close
            default:
                let before: Unicode.Scalar? = i > s.start ? v.norm[i - 1] : nil
                let after: Unicode.Scalar? = i + 1 < s.end ? v.norm[i + 1] : nil
                let spaceBefore = before == nil || before!.properties.isWhitespace || "([{-/".unicodeScalars.contains(before!)
                let spaceAfter = after == nil || after!.properties.isWhitespace || ".,;:!?)]}-".unicodeScalars.contains(after!)
                dir = spaceBefore && !spaceAfter ? .open : (!spaceBefore && spaceAfter ? .close : .either)
            }
            out.append(Mark(at: i, dir: dir, glyph: g))
        }
        return out
    }
}
