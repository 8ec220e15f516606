import ClaimlineCore
import CLibXML2

/// Reads title, date, author, canonical URL and language from a page's
/// `<head>`, JSON-LD and `<time>` elements.
enum MetadataReader {
    static func read(_ doc: htmlDocPtr) -> DocumentMeta {
        var m = DocumentMeta()
        var ogTitle: String?, titleTag: String?, dates: [String] = [], authors: [String] = []
        var ld: [JSONValue] = []
        guard let root = xmlDocGetRootElement(doc) else { return m }
        m.language = HTMLTree.attribute(root, "lang").map { String($0.prefix(16)) }
        var stack: [(xmlNodePtr, Int)] = [(root, 0)]
        while let (n, depth) = stack.popLast() {
            if n.pointee.type == XML_ELEMENT_NODE {
                switch HTMLTree.name(n).lowercased() {
                case "title": if titleTag == nil { titleTag = HTMLTree.text(n) }
                case "meta":
                    let key = (HTMLTree.attribute(n, "property") ?? HTMLTree.attribute(n, "name") ?? HTMLTree.attribute(n, "itemprop") ?? "").lowercased()
                    let content = HTMLTree.attribute(n, "content")
                    switch key {
                    case "og:title": ogTitle = content
                    case "article:published_time", "datepublished", "date", "pubdate", "publishdate", "dc.date.issued", "sailthru.date", "parsely-pub-date":
                        if let c = content { dates.append(c) }
                    case "author", "article:author", "dc.creator", "byl": if let c = content, !c.hasPrefix("http") { authors.append(c) }
                    case "og:url": if m.url == nil { m.url = content }
                    default: break
                    }
                case "link":
                    if HTMLTree.attribute(n, "rel")?.lowercased() == "canonical", let h = HTMLTree.attribute(n, "href") { m.url = h }
                case "script":
                    if HTMLTree.attribute(n, "type")?.lowercased() == "application/ld+json",
                       let v = try? JSONParser.parse(Array(HTMLTree.text(n).utf8)) { ld.append(v) }
                    continue
                case "time":
                    if let d = HTMLTree.attribute(n, "datetime") { dates.append(d) }
                case "style", "svg": continue
                default: break
                }
            }
            if depth < 256 {
                var kids: [xmlNodePtr] = []
                var c = n.pointee.children
                while let k = c { if k.pointee.type == XML_ELEMENT_NODE { kids.append(k) }; c = k.pointee.next }
                for k in kids.reversed() { stack.append((k, depth + 1)) }
            }
        }
        for v in ld { readJSONLD(v, dates: &dates, authors: &authors, title: &ogTitle) }
        m.title = (ogTitle ?? titleTag).map { $0.trimmingSpaces }.flatMap { $0.isEmpty ? nil : $0 }
        m.date = dates.lazy.compactMap(DateParsing.iso8601).first
        if !authors.isEmpty {
            var seen = Set<String>()
            m.author = authors.map { $0.trimmingSpaces }.filter { !$0.isEmpty && seen.insert($0).inserted }.joined(separator: ", ")
        }
        return m
    }

    /// Dates first (datePublished before others), authors and headline from JSON-LD.
    static func readJSONLD(_ v: JSONValue, dates: inout [String], authors: inout [String], title: inout String?) {
        switch v {
        case .array(let a): for x in a { readJSONLD(x, dates: &dates, authors: &authors, title: &title) }
        case .object(let o):
            if let g = o["@graph"] { readJSONLD(g, dates: &dates, authors: &authors, title: &title) }
            if let d = o["datePublished"]?.string { dates.insert(d, at: 0) }
            if let h = o["headline"]?.string, title == nil { title = h }
            switch o["author"] {
            case .string(let s)?: authors.append(s)
            case .object(let a)?: if let s = a["name"]?.string { authors.append(s) }
            case .array(let arr)?:
                for x in arr { if let s = x["name"]?.string ?? x.string { authors.append(s) } }
            default: break
            }
        default: break
        }
    }
}

/// Reads the dates pages carry into ISO-8601.
public enum DateParsing {
    /// `2017-07-30`, `2017-07-30T10:00:00Z`, `2017-07-30 10:00`, `July 30, 2017`, `30 July 2017`.
    public static func iso8601(_ raw: String) -> String? {
        let s = raw.trimmingSpaces
        let u = Array(s.unicodeScalars)
        func digits(_ a: Int, _ n: Int) -> Int? {
            guard a + n <= u.count else { return nil }
            var v = 0
            for k in a..<(a + n) { guard let d = u[k].properties.numericType != nil ? Int(String(u[k])) : nil else { return nil }; v = v * 10 + d }
            return v
        }
        if let y = digits(0, 4), u.count >= 10, u[4] == "-", let mo = digits(5, 2), u[7] == "-", let d = digits(8, 2),
           (1...12).contains(mo), (1...31).contains(d), y > 1800 {
            var out = String(format4(y)) + "-" + two(mo) + "-" + two(d)
            if u.count >= 16, u[10] == "T" || u[10] == " ", let h = digits(11, 2), u[13] == ":", let mi = digits(14, 2) {
                out += "T" + two(h) + ":" + two(mi)
                if u.count >= 19, u[16] == ":", let sec = digits(17, 2) { out += ":" + two(sec) } else { out += ":00" }
                let rest = String(String.UnicodeScalarView(u[min(u.count, 19)...]))
                if let z = timezone(rest) { out += z }
            }
            return out
        }
        return wordDate(s)
    }

    static func timezone(_ rest: String) -> String? {
        var r = rest
        if r.hasPrefix(".") { r = String(r.drop(while: { $0 == "." || $0.isNumber })) }
        if r.hasPrefix("Z") { return "Z" }
        let u = Array(r.unicodeScalars)
        if u.count >= 6, u[0] == "+" || u[0] == "-", u[3] == ":" { return String(String.UnicodeScalarView(u[0..<6])) }
        if u.count >= 5, u[0] == "+" || u[0] == "-", u[1...4].allSatisfy({ $0.properties.numericType != nil }) {
            return String(u[0]) + String(String.UnicodeScalarView(u[1...2])) + ":" + String(String.UnicodeScalarView(u[3...4]))
        }
        return nil
    }

    static let months = ["jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12]

    static func wordDate(_ s: String) -> String? {
        let words = s.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber })
        var month: Int?, day: Int?, year: Int?
        for w in words {
            if month == nil, w.count >= 3, let m = months[String(w.prefix(3))] { month = m; continue }
            if let v = Int(w) {
                if v > 1800 && v < 2200 && year == nil { year = v } else if v >= 1 && v <= 31 && day == nil { day = v }
            }
        }
        guard let y = year, let m = month, let d = day else { return nil }
        return format4(y) + "-" + two(m) + "-" + two(d)
    }

    static func two(_ v: Int) -> String { v < 10 ? "0\(v)" : "\(v)" }
    static func format4(_ v: Int) -> String { String(v) }
}
