/// List numbering: `1.`, `2)`, `3.)`, `(4)`, `a.`, `• 9.`, `⁃10.`, or a bare
/// bullet. A marker's own period is not a sentence end, and when a sentence
/// opens with a marker, the next marker of the same list (`2.` after `1.`,
/// `b.` after `a.`, the same bullet again) starts the next sentence even
/// when the item before it has no final punctuation.
struct ListMarker: Equatable {
    enum Enumerator: Equatable { case none, number(Int), letter(UInt32) }
    var bullet: Unicode.Scalar?
    var enumerator: Enumerator
    /// The characters around the enumerator: `.`, `)`, `.)` or `()`.
    var style: UInt8
    /// Where the marker ends (its spaces not included).
    var end: Int

    static func isBullet(_ c: Unicode.Scalar) -> Bool {
        switch c.value {
        // Dashes are left out: in running text they open asides and dialogue.
        case 0x2022, 0x2023, 0x2043, 0x25E6, 0x25AA, 0x25CF, 0x2219, 0x00B7, 0x25A0, 0x25AB, 0x2A: return true
        default: return false
        }
    }

    /// The marker starting at `i`, when one does and a space follows it.
    static func at(_ t: [Unicode.Scalar], _ i: Int, _ end: Int) -> ListMarker? {
        var j = i
        var bullet: Unicode.Scalar?
        if j < end, isBullet(t[j]) {
            bullet = t[j]; j += 1
            while j < end && t[j] == " " { j += 1 }
        }
        var style: UInt8 = 0
        var open = false
        if j < end, t[j] == "(" { open = true; j += 1 }
        var e: Enumerator = .none
        let d0 = j
        var value = 0
        while j < end, Chars.isDigit(t[j]), j - d0 < 2 { value = value * 10 + Int(t[j].value - 0x30); j += 1 }
        if j > d0 {
            if j < end, Chars.isDigit(t[j]) { return nil }
            e = .number(value)
        } else if j < end, t[j].value < 0x80, Chars.isLetter(t[j]), j + 1 < end, !Chars.isLetter(t[j + 1]) {
            e = .letter(t[j].value); j += 1
        }
        if e != .none {
            if open {
                guard j < end, t[j] == ")" else { return nil }
                style = 4; j += 1
            } else if j < end, t[j] == "." {
                style = 1; j += 1
                if j < end, t[j] == ")" { style = 3; j += 1 }
            } else if j < end, t[j] == ")" {
                style = 2; j += 1
            } else {
                return nil
            }
        } else if bullet == nil || open {
            return nil
        } else {
            j = i + 1
        }
        // A marker is followed by a space and then the item.
        guard j < end, t[j] == " " else { return nil }
        return ListMarker(bullet: bullet, enumerator: e, style: style, end: j)
    }

    /// The marker that would follow this one in the same list.
    func follows(_ prev: ListMarker) -> Bool {
        guard bullet == prev.bullet, style == prev.style else { return false }
        switch (prev.enumerator, enumerator) {
        case (.none, .none): return true
        case let (.number(a), .number(b)): return b == a + 1
        case let (.letter(a), .letter(b)): return b == a + 1
        default: return false
        }
    }

    /// How far an item may run before its successor is no longer looked for
    /// (keeps a block of many marker-led sentences linear).
    static let maxItemLength = 4000

    /// Where the next item of this list starts within `t[from..<end]`: a
    /// following marker preceded by a space.
    func nextItem(_ t: [Unicode.Scalar], from: Int, _ end: Int) -> Int? {
        let first: Unicode.Scalar? = bullet ?? (style == 4 ? "(" : nil)
        let stop = min(end, from + ListMarker.maxItemLength)
        var i = from
        while i < stop {
            let c = t[i]
            if t[i - 1] == " ", first.map({ $0 == c }) ?? true,
               let m = ListMarker.at(t, i, end), m.follows(self) {
                return i
            }
            i += 1
        }
        return nil
    }

    /// True when `t[from..<to]` is nothing but a numbered marker and spaces.
    static func isOnlyMarker(_ t: [Unicode.Scalar], _ from: Int, _ to: Int) -> Bool {
        var a = from
        while a < to && Chars.isSpace(t[a]) { a += 1 }
        guard to - a <= 8, let m = at(t, a, to), m.enumerator != .none else { return false }
        for i in m.end..<to where !Chars.isSpace(t[i]) { return false }
        return true
    }
}
