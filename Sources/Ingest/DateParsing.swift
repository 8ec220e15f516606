/// Reads the dates pages carry into ISO-8601.
public enum DateParsing {
    /// `2017-07-30`, `2017-07-30T10:00:00Z` (kept with its time), `2017/07/30`,
    /// `30.07.2017`, `July 30, 2017`, `30 July 2017`, `Jul. 30, 2017 10:00`.
    /// Nil when no whole date is found.
    public static func iso8601(_ raw: String) -> String? {
        let u = Array(raw.utf8.prefix(200))
        var i = 0
        while i < u.count && (u[i] == 0x20 || u[i] == 0x09 || u[i] == 0x0A || u[i] == 0x0D) { i += 1 }
        if let iso = numeric(u, from: i) { return iso }
        return wordDate(u)
    }

    /// A date inside running text (a byline): the first `yyyy-mm-dd` or
    /// month-name date in it. Numeric dates in other orders are ambiguous and skipped.
    public static func find(in text: String) -> String? {
        let u = Array(text.utf8.prefix(300))
        var i = 0
        while i + 10 <= u.count {
            if isDigit(u[i]) && (i == 0 || !isDigit(u[i - 1])), let d = numeric(u, from: i), d.count >= 10 {
                return String(d.prefix(10))
            }
            i += 1
        }
        return wordDate(u)
    }

    // MARK: numeric forms

    static func numeric(_ u: [UInt8], from i: Int) -> String? {
        func digits(_ a: Int, _ n: Int) -> Int? {
            guard a >= 0, a + n <= u.count else { return nil }
            var v = 0
            for k in a..<(a + n) { guard isDigit(u[k]) else { return nil }; v = v * 10 + Int(u[k] - 0x30) }
            return v
        }
        // yyyy-mm-dd or yyyy/mm/dd, optionally with a time.
        if let y = digits(i, 4), i + 10 <= u.count, u[i + 4] == 0x2D || u[i + 4] == 0x2F, u[i + 7] == u[i + 4],
           let mo = digits(i + 5, 2), let d = digits(i + 8, 2), valid(y, mo, d) {
            if i + 10 < u.count, isDigit(u[i + 10]) { return nil }
            var out = ymd(y, mo, d)
            let t = i + 11
            if t + 5 <= u.count, u[t - 1] == 0x54 || u[t - 1] == 0x20, let h = digits(t, 2), u[t + 2] == 0x3A,
               let mi = digits(t + 3, 2), h < 24, mi < 60 {
                var sec = 0, rest = t + 5
                if rest + 3 <= u.count, u[rest] == 0x3A, let s = digits(rest + 1, 2), s < 61 { sec = s; rest += 3 }
                out += "T" + two(h) + ":" + two(mi) + ":" + two(sec)
                if let z = zone(u, rest) { out += z }
            }
            return out
        }
        // dd.mm.yyyy (the European order; the US order uses slashes and is ambiguous).
        if let d = digits(i, 2), i + 10 <= u.count, u[i + 2] == 0x2E, u[i + 5] == 0x2E, let mo = digits(i + 3, 2),
           let y = digits(i + 6, 4), valid(y, mo, d) {
            return ymd(y, mo, d)
        }
        return nil
    }

    /// `Z`, `+01:00`, `+0100`, after optional fractional seconds.
    static func zone(_ u: [UInt8], _ from: Int) -> String? {
        var i = from
        if i < u.count, u[i] == 0x2E { i += 1; while i < u.count && isDigit(u[i]) { i += 1 } }
        guard i < u.count else { return nil }
        if u[i] == 0x5A { return "Z" }
        guard u[i] == 0x2B || u[i] == 0x2D, i + 3 <= u.count, isDigit(u[i + 1]), isDigit(u[i + 2]) else { return nil }
        let sign = u[i] == 0x2B ? "+" : "-"
        let hh = String(decoding: u[(i + 1)...(i + 2)], as: UTF8.self)
        var j = i + 3
        if j < u.count, u[j] == 0x3A { j += 1 }
        let mm = j + 2 <= u.count && isDigit(u[j]) && isDigit(u[j + 1]) ? String(decoding: u[j...(j + 1)], as: UTF8.self) : "00"
        return sign + hh + ":" + mm
    }

    // MARK: month names

    static let months: [String: Int] = [
        "jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3, "apr": 4, "april": 4, "may": 5,
        "jun": 6, "june": 6, "jul": 7, "july": 7, "aug": 8, "august": 8, "sep": 9, "sept": 9, "september": 9,
        "oct": 10, "october": 10, "nov": 11, "november": 11, "dec": 12, "december": 12,
    ]

    /// `July 30, 2017`, `30 July 2017`, `Sun 30 Jul 2017`: a month name with a
    /// day number and a year next to it.
    static func wordDate(_ u: [UInt8]) -> String? {
        // Words: runs of letters or of digits.
        var words: [(String, Bool)] = []
        var i = 0
        while i < u.count && words.count < 60 {
            let c = u[i]
            if isLetter(c) || isDigit(c) {
                var j = i
                let digit = isDigit(c)
                while j < u.count && (digit ? isDigit(u[j]) : isLetter(u[j])) { j += 1 }
                words.append((String(decoding: u[i..<j], as: UTF8.self).lowercased(), digit))
                i = j
            } else { i += 1 }
        }
        for (k, w) in words.enumerated() {
            guard !w.1, let m = months[w.0] else { continue }
            // Month day year, or day month year.
            func number(_ at: Int) -> Int? { at >= 0 && at < words.count && words[at].1 ? Int(words[at].0) : nil }
            if let d = number(k + 1), let y = number(k + 2), words[k + 2].0.count == 4, valid(y, m, d) { return ymd(y, m, d) }
            if let d = number(k - 1), let y = number(k + 1), words[k + 1].0.count == 4, valid(y, m, d) { return ymd(y, m, d) }
        }
        return nil
    }

    static func valid(_ y: Int, _ m: Int, _ d: Int) -> Bool { y > 1800 && y < 2200 && (1...12).contains(m) && (1...31).contains(d) }
    static func ymd(_ y: Int, _ m: Int, _ d: Int) -> String { String(y) + "-" + two(m) + "-" + two(d) }
    static func two(_ v: Int) -> String { v < 10 ? "0\(v)" : "\(v)" }
    @inline(__always) static func isDigit(_ c: UInt8) -> Bool { c >= 0x30 && c <= 0x39 }
    @inline(__always) static func isLetter(_ c: UInt8) -> Bool { (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7A }
}
