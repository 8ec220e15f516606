import Glibc

/// What libxml2 is given: the page without the bytes ingest never reads,
/// found by one scan that reads markup as libxml2 does (comments, quoted
/// values, and the raw text of `<script>` and `<style>`, which end only at
/// their own end tag). libxml2 then builds far fewer nodes.
///
/// - Comments, and the bodies of scripts and styles (often half a news
///   page's bytes), except JSON-LD scripts, which ingest reads.
/// - Attributes ingest does not read (`src`, `srcset`, `data-*`, `on*`,
///   `aria-*`...); the ones it reads are listed in `kept`. This also keeps
///   hostile markup linear: libxml2 checks each attribute of a tag against
///   all the distinct earlier ones, quadratic in their number (a tag with a
///   million distinct attributes would take hours), and no tag keeps more
///   than the few distinct names of `kept`.
enum MarkupFilter {
    /// The attributes ingest reads (`href` only on `<link>`, for the canonical URL).
    static let kept: [StaticString] = ["id", "class", "style", "hidden", "role", "itemprop", "property", "name", "content",
                                       "datetime", "rel", "type", "lang", "http-equiv", "charset"]

    static func filtered(_ html: [UInt8]) -> [UInt8] {
        let cuts = html.withUnsafeBufferPointer { ranges($0) }
        if cuts.isEmpty { return html }
        var out: [UInt8] = []
        out.reserveCapacity(html.count - cuts.reduce(0) { $0 + $1.count })
        var at = 0
        for r in cuts {
            out.append(contentsOf: html[at..<r.lowerBound])
            at = r.upperBound
        }
        out.append(contentsOf: html[at...])
        return out
    }

    /// The byte ranges to cut, in order and disjoint.
    static func ranges(_ b: UnsafeBufferPointer<UInt8>) -> [Range<Int>] {
        guard let base = b.baseAddress else { return [] }
        let n = b.count
        var cuts: [Range<Int>] = []
        func cut(_ r: Range<Int>) {
            guard !r.isEmpty else { return }
            if let last = cuts.last, last.upperBound == r.lowerBound { cuts[cuts.count - 1] = last.lowerBound..<r.upperBound }
            else { cuts.append(r) }
        }
        var i = 0
        func find(_ c: UInt8, from: Int) -> Int {
            guard from < n, let p = memchr(base + from, Int32(c), n - from) else { return n }
            return base.distance(to: p.assumingMemoryBound(to: UInt8.self))
        }
        func isSpace(_ c: UInt8) -> Bool { c == 0x20 || c == 0x09 || c == 0x0A || c == 0x0D || c == 0x0C }
        func isLetter(_ c: UInt8) -> Bool { (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7A }
        /// Whether `b[at...]` starts with `word` (lowercase ASCII), in any case.
        func matches(_ at: Int, _ word: StaticString) -> Bool {
            let w = word.utf8Start, len = word.utf8CodeUnitCount
            guard at + len <= n else { return false }
            for k in 0..<len where b[at + k] | 0x20 != w[k] { return false }
            return true
        }
        /// Whether the attribute named `b[from..<to]` is one ingest reads.
        func isKept(_ from: Int, _ to: Int, link: Bool) -> Bool {
            let len = to - from
            if link && len == 4 && matches(from, "href") { return true }
            for name in kept where name.utf8CodeUnitCount == len && matches(from, name) { return true }
            return false
        }
        /// The index of `</name` (any case) from `from`, or n: where libxml2 ends raw text.
        func endOfRawText(_ name: StaticString, from: Int) -> Int {
            var k = from
            while true {
                k = find(0x3C, from: k)
                if k + 1 >= n { return n }
                if b[k + 1] == 0x2F && matches(k + 2, name) { return k }
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
                    let start = i
                    var k = i + 4
                    while true {
                        k = find(0x2D, from: k)
                        if k + 2 >= n { i = n; break }
                        if b[k + 1] == 0x2D && b[k + 2] == 0x3E { i = k + 3; break }
                        k += 1
                    }
                    cut(start..<i)
                } else { i = find(0x3E, from: i + 2) + 1 }
                continue
            }
            guard isLetter(c) else { i += 1; continue }
            // Tag name.
            var k = i + 1
            while k < n && !isSpace(b[k]) && b[k] != 0x3E && b[k] != 0x2F { k += 1 }
            let nameLength = k - i - 1
            let raw: StaticString? = nameLength == 6 && matches(i + 1, "script") ? "script"
                : nameLength == 5 && matches(i + 1, "style") ? "style" : nil
            let isLink = nameLength == 4 && matches(i + 1, "link")
            var slashBeforeEnd = false
            var jsonLD = false
            // Attributes, up to the '>' outside quotes.
            while k < n {
                slashBeforeEnd = false
                while k < n && (isSpace(b[k]) || b[k] == 0x2F) { slashBeforeEnd = b[k] == 0x2F; k += 1 }
                guard k < n, b[k] != 0x3E else { break }
                let attrStart = k
                while k < n && !isSpace(b[k]) && b[k] != 0x3D && b[k] != 0x3E { k += 1 }
                let read = isKept(attrStart, k, link: isLink)
                var attrEnd = k
                while k < n && isSpace(b[k]) { k += 1 }
                if k < n, b[k] == 0x3D {
                    k += 1
                    while k < n && isSpace(b[k]) { k += 1 }
                    guard k < n else { break }
                    let valueStart = k
                    if b[k] == 0x22 || b[k] == 0x27 {
                        k = min(find(b[k], from: k + 1) + 1, n)
                    } else {
                        while k < n && !isSpace(b[k]) && b[k] != 0x3E { k += 1 }
                    }
                    attrEnd = k
                    if raw != nil && !jsonLD { jsonLD = containsLDJSON(b, valueStart, k) }
                }
                if !read { cut(attrStart..<attrEnd) }
            }
            i = min(k + 1, n)
            // A script or style (unless closed by "/>", which libxml2 honours)
            // runs as raw text to its end tag.
            if let name = raw, !slashBeforeEnd {
                let end = endOfRawText(name, from: i)
                if !jsonLD { cut(i..<end) }
                i = end
            }
        }
        return cuts
    }

    /// Whether `b[from..<to]` holds "ld+json" (any case): a JSON-LD script's type.
    static func containsLDJSON(_ b: UnsafeBufferPointer<UInt8>, _ from: Int, _ to: Int) -> Bool {
        let w: StaticString = "ld+json"
        let p = w.utf8Start, len = w.utf8CodeUnitCount
        var i = from
        while i + len <= to {
            var k = 0
            while k < len && b[i + k] | 0x20 == p[k] { k += 1 }
            if k == len { return true }
            i += 1
        }
        return false
    }
}
