import ClaimlineCore

/// Finds quotations: straight and curly double quotes, `''` pairs (as some
/// newspapers print double quotes), guillemets, single quotes (as quotation
/// marks, or nested inside double quotes), `<blockquote>` blocks, and quotes
/// that run over several paragraphs: a paragraph that opens a quote without
/// closing it is continued by the next one when that opens with a quote
/// mark, or when its first mark closes the quote.
enum QuoteFinder {
    enum Direction { case open, close, either }

    struct Mark {
        var at: Int
        /// 1, or 2 for `''`.
        var length: Int
        var dir: Direction
        var glyph: String
    }

    /// A quotation before the list is put in text order.
    struct Found {
        var span: Span
        var inner: Span
        var mark: String
        /// The `Found` index of the first quotation of its group.
        var head: Int
        var open: Bool
    }

    static func find(_ v: BodyView) -> [Quote] {
        var found: [Found] = []
        // The quote left open at the end of the previous body paragraph.
        var carry: Int? = nil
        for b in v.blocks {
            if b.role == .blockquote && !v.norm[b.span.range].contains("\"") {
                found.append(Found(span: b.span, inner: b.span, mark: "blockquote", head: found.count, open: false))
                carry = nil
            } else {
                doubleQuotes(v, b.span, &found, &carry)
            }
            singleQuotes(v, b.span, &found)
        }
        return ordered(found, v)
    }

    /// Double quotes of one paragraph, continuing the quote left open before it.
    static func doubleQuotes(_ v: BodyView, _ block: Span, _ found: inout [Found], _ carry: inout Int?) {
        let paragraphStart = firstNonSpace(v, block.start)
        let marks = doubleMarks(v, block)
        var k = 0
        var open: (mark: Mark, head: Int)? = nil
        if let c = carry {
            let head = found[c].head
            if let first = marks.first, first.at == paragraphStart, first.dir != .close {
                // The usual way: the paragraph opens with a quote mark.
                open = (first, head)
                k = 1
            } else if let first = marks.first, first.dir != .open, first.at > paragraphStart {
                // The paragraph's first mark closes the quote.
                found.append(Found(span: Span(paragraphStart, first.at + first.length), inner: Span(paragraphStart, first.at),
                                   mark: found[c].mark, head: head, open: false))
                k = 1
            }
        }
        carry = nil
        while k < marks.count {
            let m = marks[k]
            k += 1
            if let o = open, m.dir != .open {
                found.append(Found(span: Span(o.mark.at, m.at + m.length), inner: Span(o.mark.at + o.mark.length, m.at),
                                   mark: o.mark.glyph, head: o.head, open: false))
                open = nil
            } else if m.dir != .close {
                // An opening mark while one is open: the earlier one was stray.
                open = (m, found.count)
            }
        }
        if let o = open {
            found.append(Found(span: Span(o.mark.at, block.end), inner: Span(o.mark.at + o.mark.length, block.end),
                               mark: o.mark.glyph, head: o.head, open: true))
            carry = found.count - 1
        }
    }

    /// Single quotes used as quotation marks, at the top level (`'We will
    /// win,' he said`) or nested in a double quote: an opening mark before a
    /// letter, the next closing mark after a word, in the same paragraph. An
    /// apostrophe inside a word (`don't`) or before a digit (`'90s`) is not one.
    static func singleQuotes(_ v: BodyView, _ block: Span, _ found: inout [Found]) {
        var open: (at: Int, glyph: String)? = nil
        var i = block.start
        while true {
            i = next(v.norm, from: i, to: block.end, "'", "'")
            guard i < block.end else { break }
            defer { i += 1 }
            // `''` is a double mark.
            if (i + 1 < block.end && v.norm[i + 1] == "'") || (i > block.start && v.norm[i - 1] == "'") { continue }
            let before: Unicode.Scalar? = i > block.start ? v.norm[i - 1] : nil
            let after: Unicode.Scalar? = i + 1 < block.end ? v.norm[i + 1] : nil
            let glyph = v.original(at: i) ?? "'"
            let spaceBefore = before == nil || isSpace(before!) || isOne(of: "([{\"-/", before!)
            let spaceAfter = after == nil || isSpace(after!) || isOne(of: ".,;:!?)]}\"-", after!)
            let letterAfter = after.map(isLetter) ?? false
            let opens = glyph == "\u{2018}" || glyph == "\u{2039}" || (glyph == "'" && spaceBefore && letterAfter)
            let closes = glyph == "\u{203A}" || ((glyph == "\u{2019}" || glyph == "'") && !spaceBefore && spaceAfter)
            if let o = open, closes, i - o.at > 1 {
                found.append(Found(span: Span(o.at, i + 1), inner: Span(o.at + 1, i), mark: o.glyph, head: found.count, open: false))
                open = nil
            } else if opens && spaceBefore || glyph == "\u{2018}" || glyph == "\u{2039}" {
                open = (i, String(glyph))
            }
        }
    }

    /// In text order, with each group named by the index of its first quote.
    static func ordered(_ found: [Found], _ v: BodyView) -> [Quote] {
        let order = found.indices.sorted { (found[$0].span.start, -found[$0].span.end) < (found[$1].span.start, -found[$1].span.end) }
        var position = [Int](repeating: 0, count: found.count)
        for (k, i) in order.enumerated() { position[i] = k }
        return order.map { i in
            let f = found[i]
            return Quote(span: v.toOriginal(f.span), inner: v.toOriginal(f.inner), mark: f.mark,
                         group: min(position[f.head], position[i]), open: f.open)
        }
    }

    // Character tests with ASCII answered inline (Unicode's White_Space and
    // Alphabetic there are the obvious ones); beyond, the tokenizer's table.
    @inline(__always) static func isSpace(_ c: Unicode.Scalar) -> Bool {
        c.value < 0x80 ? c.value == 32 || (c.value >= 9 && c.value <= 13) : ScalarFlags.of(c) & ScalarFlags.whitespace != 0
    }
    @inline(__always) static func isLetter(_ c: Unicode.Scalar) -> Bool {
        c.value < 0x80 ? (c.value | 32) &- 97 < 26 : ScalarFlags.of(c) & ScalarFlags.alphabetic != 0
    }

    /// Whether `c` is one of the (ASCII) characters of `set`.
    @inline(__always) static func isOne(of set: StaticString, _ c: Unicode.Scalar) -> Bool {
        c.value < 0x80 && set.withUTF8Buffer { $0.contains(UInt8(truncatingIfNeeded: c.value)) }
    }

    /// The first index from `from` below `end` holding `a` or `b`, else
    /// `end`: a tight loop over the text, which is mostly neither.
    @inline(__always)
    static func next(_ s: [Unicode.Scalar], from: Int, to end: Int, _ a: Unicode.Scalar, _ b: Unicode.Scalar) -> Int {
        s.withUnsafeBufferPointer { p in
            let end = min(end, p.count)
            var i = from
            // Eight characters compared at once while none is either.
            if let base = p.baseAddress {
                let va = SIMD8<UInt32>(repeating: a.value), vb = SIMD8<UInt32>(repeating: b.value)
                while i + 8 <= end {
                    let x = UnsafeRawPointer(base + i).loadUnaligned(as: SIMD8<UInt32>.self)
                    if any((x .== va) .| (x .== vb)) { break }
                    i += 8
                }
            }
            while i < end && p[i] != a && p[i] != b { i += 1 }
            return i
        }
    }

    static func firstNonSpace(_ v: BodyView, _ from: Int) -> Int {
        var i = from
        while i < v.norm.count && v.norm[i] == " " { i += 1 }
        return i
    }

    /// The double quote marks of a span (`"`, and `''` pairs) with their
    /// likely direction: curly marks and guillemets say it; straight ones are
    /// read from the characters around them.
    static func doubleMarks(_ v: BodyView, _ s: Span) -> [Mark] {
        var out: [Mark] = []
        var i = s.start
        while true {
            i = next(v.norm, from: i, to: s.end, "\"", "'")
            guard i < s.end else { break }
            let c = v.norm[i]
            let pair = c == "'" && i + 1 < s.end && v.norm[i + 1] == "'"
            guard c == "\"" || pair else { i += 1; continue }
            let length = pair ? 2 : 1
            let g = v.original(at: i) ?? "\""
            var dir: Direction
            switch g {
            case "\u{201C}", "\u{00AB}", "\u{201E}": dir = .open
            case "\u{201D}", "\u{00BB}": dir = .close
            default: dir = .either
            }
            let before: Unicode.Scalar? = i > s.start ? v.norm[i - 1] : nil
            let after: Unicode.Scalar? = i + length < s.end ? v.norm[i + length] : nil
            let spaceBefore = before == nil || isSpace(before!) || isOne(of: "([{-/", before!)
            let spaceAfter = after == nil || isSpace(after!) || isOne(of: ".,;:!?)]}-", after!)
            let context: Direction = spaceBefore && !spaceAfter ? .open : (!spaceBefore && spaceAfter ? .close : .either)
            if dir == .either {
                dir = context
                // `''` between letters is not a quote (`rock''n''roll` is rare; a typo more likely).
                if pair && dir == .either { i += length; continue }
            } else if context != .either, context != dir, before.map({ !isOne(of: "\"'", $0) }) ?? true,
                      after.map({ !isOne(of: "\"'", $0) }) ?? true {
                // A curly mark typed the wrong way round (`... for her here,“ said
                // Clyburn`): where it stands says more than its shape.
                dir = context
            }
            out.append(Mark(at: i, length: length, dir: dir, glyph: pair ? "''" : String(g)))
            i += length
        }
        return out
    }
}
