import Glibc

/// Keeps hostile markup from making libxml2 slow. libxml2's HTML parser
/// checks each attribute of a start tag against all the earlier ones, which
/// is quadratic in a tag's attribute count (a tag with a million attributes
/// would take hours), so attributes past `maxAttributes` in one tag are cut
/// before parsing. Real pages stay far below the cap and pass unchanged.
enum MarkupGuard {
    static let maxAttributes = 64

    static func bounded(_ html: [UInt8]) -> [UInt8] {
        let cuts = html.withUnsafeBufferPointer { excessAttributes($0) }
        if cuts.isEmpty { return html }
        var out: [UInt8] = []
        out.reserveCapacity(html.count)
        var at = 0
        for r in cuts {
            out.append(contentsOf: html[at..<r.lowerBound])
            at = r.upperBound
        }
        out.append(contentsOf: html[at...])
        return out
    }

    /// Byte ranges of the attributes beyond the cap, tag by tag, in order.
    /// Reads markup as libxml2 does: comments, quoted values, and the raw
    /// text of `<script>` and `<style>` hide what looks like tags inside them.
    static func excessAttributes(_ b: UnsafeBufferPointer<UInt8>) -> [Range<Int>] {
        guard let base = b.baseAddress else { return [] }
        let n = b.count
        var cuts: [Range<Int>] = []
        var i = 0
        func find(_ c: UInt8, from: Int) -> Int {
            guard from < n, let p = memchr(base + from, Int32(c), n - from) else { return n }
            return base.distance(to: p.assumingMemoryBound(to: UInt8.self))
        }
        func isSpace(_ c: UInt8) -> Bool { c == 0x20 || c == 0x09 || c == 0x0A || c == 0x0D || c == 0x0C }
        func isLetter(_ c: UInt8) -> Bool { (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7A }
        /// The index just past `</name` (any case) from `from`, or n.
        func endOfRawText(_ name: [UInt8], from: Int) -> Int {
            var k = from
            while true {
                k = find(0x3C, from: k)
                if k + 1 + name.count >= n { return n }
                if b[k + 1] == 0x2F {
                    var m = 0
                    while m < name.count && (b[k + 2 + m] | 0x20) == name[m] { m += 1 }
                    if m == name.count { return k + 2 + m }
                }
                k += 1
            }
        }
        while i < n {
            i = find(0x3C, from: i)
            guard i + 1 < n else { break }
            let c = b[i + 1]
            if c == 0x21 {
                // <!-- comment --> or <!DOCTYPE ...>
                if i + 3 < n && b[i + 2] == 0x2D && b[i + 3] == 0x2D {
                    var k = i + 4
                    while true {
                        k = find(0x2D, from: k)
                        if k + 2 >= n { i = n; break }
                        if b[k + 1] == 0x2D && b[k + 2] == 0x3E { i = k + 3; break }
                        k += 1
                    }
                } else { i = find(0x3E, from: i + 2) + 1 }
                continue
            }
            guard isLetter(c) else { i += 1; continue }
            // Tag name.
            var k = i + 1
            while k < n && !isSpace(b[k]) && b[k] != 0x3E && b[k] != 0x2F { k += 1 }
            let nameRange = (i + 1)..<k
            var count = 0
            var cutFrom = -1
            // Attributes, up to the '>' outside quotes.
            while k < n {
                while k < n && (isSpace(b[k]) || b[k] == 0x2F) { k += 1 }
                guard k < n, b[k] != 0x3E else { break }
                let attrStart = k
                while k < n && !isSpace(b[k]) && b[k] != 0x3D && b[k] != 0x3E { k += 1 }
                count += 1
                if count == maxAttributes + 1 { cutFrom = attrStart }
                while k < n && isSpace(b[k]) { k += 1 }
                guard k < n, b[k] == 0x3D else { continue }
                k += 1
                while k < n && isSpace(b[k]) { k += 1 }
                guard k < n else { break }
                if b[k] == 0x22 || b[k] == 0x27 {
                    k = find(b[k], from: k + 1) + 1
                } else {
                    while k < n && !isSpace(b[k]) && b[k] != 0x3E { k += 1 }
                }
            }
            if cutFrom >= 0 { cuts.append(cutFrom..<min(k, n)) }
            i = min(k + 1, n)
            let len = nameRange.count
            if len == 6 || len == 5 {
                let name = nameRange.map { b[$0] | 0x20 }
                if name == Array("script".utf8) || name == Array("style".utf8) { i = endOfRawText(name, from: i) }
            }
        }
        return cuts
    }
}
