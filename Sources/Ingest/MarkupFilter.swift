import Glibc

/// What libxml2 is given: the page with two kinds of bytes cut out, found
/// by one scan that reads markup as libxml2 does (comments, quoted values,
/// and the raw text of `<script>` and `<style>`, which end only at their
/// own end tag).
///
/// - The bodies of scripts and styles (often half a news page's bytes):
///   libxml2 would read them character by character into elements ingest
///   never looks at. JSON-LD scripts, which ingest reads, are kept.
/// - Attributes past `maxAttributes` in one start tag: libxml2 checks each
///   attribute of a tag against all the earlier ones, which is quadratic in
///   their count (a tag with a million attributes would take hours).
///   Real pages stay far below the cap.
enum MarkupFilter {
    static let maxAttributes = 64

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
            let nameLength = k - i - 1
            let raw: StaticString? = nameLength == 6 && matches(i + 1, "script") ? "script"
                : nameLength == 5 && matches(i + 1, "style") ? "style" : nil
            var count = 0
            var cutFrom = -1
            var slashBeforeEnd = false
            var jsonLD = false
            // Attributes, up to the '>' outside quotes.
            while k < n {
                slashBeforeEnd = false
                while k < n && (isSpace(b[k]) || b[k] == 0x2F) { slashBeforeEnd = b[k] == 0x2F; k += 1 }
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
                let valueStart = k
                if b[k] == 0x22 || b[k] == 0x27 {
                    k = find(b[k], from: k + 1) + 1
                } else {
                    while k < n && !isSpace(b[k]) && b[k] != 0x3E { k += 1 }
                }
                if raw != nil && !jsonLD { jsonLD = containsLDJSON(b, valueStart, min(k, n)) }
            }
            if cutFrom >= 0 { cuts.append(cutFrom..<min(k, n)) }
            i = min(k + 1, n)
            // A script or style (unless closed by "/>", which libxml2 honours)
            // runs as raw text to its end tag.
            if let name = raw, !slashBeforeEnd {
                let end = endOfRawText(name, from: i)
                if !jsonLD && end > i { cuts.append(i..<end) }
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
