import ClaimlineCore

/// What a page says about itself, as met during the tree walk.
struct PageMetadata {
    /// Kept of each repeated source (times, microdata, JSON-LD scripts).
    static let maxEach = 16
    var language: String?
    var titleTag: String?
    /// `<meta>` name/property/itemprop (lowercased) and content.
    var metaTags: [(key: String, value: String)] = []
    var canonical: String?
    var jsonLD: [String] = []
    /// `<time datetime>` values with the block element they are in.
    var times: [(value: String, element: Int)] = []
    var itempropDates: [String] = []
    var itempropAuthors: [String] = []
}

/// Chooses title, date, author(s), canonical URL and language from what the
/// page declares, in order of trust: JSON-LD and `<meta>` first, then the
/// visible page (`<time datetime>`, the first `<h1>`, the byline).
enum MetadataReader {
    struct Visible {
        var h1: String?
        /// Texts of bylines and date lines, in page order.
        var bylines: [String] = []
        /// The `<time>` value inside the article, if any.
        var articleTime: String?
    }

    static func read(_ page: PageMetadata, visible: Visible, url: String?) -> DocumentMeta {
        var m = DocumentMeta()
        var ld = LinkedData()
        for s in page.jsonLD {
            if let v = try? JSONParser.parse(Array(s.utf8)) { ld.read(v, depth: 0) }
        }
        let tags = Dictionary(page.metaTags.map { ($0.key, $0.value) }, uniquingKeysWith: { first, _ in first })
        func tag(_ keys: String...) -> String? { keys.lazy.compactMap { tags[$0]?.trimmingSpaces }.first { !$0.isEmpty } }

        m.title = tag("og:title", "twitter:title") ?? ld.headline ?? page.titleTag.flatMap { cleanTitle($0, h1: visible.h1, site: tag("og:site_name")) }
            ?? visible.h1
        m.title = m.title.map(collapse).flatMap { $0.isEmpty ? nil : $0 }

        let declared = ld.published + [tag("article:published_time", "og:published_time", "datepublished", "pubdate",
                                           "publishdate", "publish-date", "publish_date", "dc.date.issued",
                                           "dcterms.issued", "dcterms.created", "dc.date", "date", "sailthru.date",
                                           "parsely-pub-date", "article.published", "original-publish-date")].compactMap { $0 }
            + page.itempropDates
        m.date = declared.lazy.compactMap(DateParsing.iso8601).first
            ?? visible.articleTime.flatMap(DateParsing.iso8601)
            ?? page.times.lazy.compactMap { DateParsing.iso8601($0.value) }.first
            ?? visible.bylines.lazy.compactMap(DateParsing.find).first

        var authors = ld.authors
        if authors.isEmpty {
            for key in ["author", "article:author", "dc.creator", "byl", "parsely-author", "sailthru.author"] {
                if let a = tags[key], !a.hasPrefix("http") { authors.append(a) }
            }
        }
        if authors.isEmpty { authors = page.itempropAuthors }
        if authors.isEmpty, let by = visible.bylines.lazy.compactMap(bylineAuthor).first { authors = [by] }
        m.author = joinNames(authors)

        m.url = page.canonical ?? tag("og:url") ?? ld.url ?? url
        m.language = page.language ?? tag("content-language", "og:locale")?.replacingUnderscores ?? ld.language
        m.language = m.language.map { String($0.prefix(16)) }
        return m
    }

    /// `<title>` without the site name: the `<h1>` when the title holds it,
    /// else the title minus a last part of a few words after ` | `, ` - `,
    /// ` – `, ` — ` or ` :: ` (or the part that is `og:site_name`).
    static func cleanTitle(_ t: String, h1: String?, site: String?) -> String? {
        let title = collapse(t)
        if let h = h1.map(collapse), h.count >= 10, title.contains(h) { return h }
        for sep in [" | ", " – ", " — ", " - ", " :: ", " · "] {
            guard let r = title.range(of: sep, options: .backwards) else { continue }
            let head = String(title[..<r.lowerBound]), tail = String(title[r.upperBound...])
            let isSite = site.map { tail.lowercased() == $0.lowercased() } ?? false
            if isSite || (tail.split(separator: " ").count <= 4 && head.split(separator: " ").count >= 2) { return head }
        }
        return title.isEmpty ? nil : title
    }

    /// "By Jane Doe and John Roe, Reuters" gives "Jane Doe and John Roe".
    static func bylineAuthor(_ s: String) -> String? {
        let t = collapse(s)
        guard t.count < 120 else { return nil }
        let lower = t.lowercased()
        guard lower.hasPrefix("by ") else { return nil }
        var name = String(t.dropFirst(3))
        for stop in [",", "|", " - ", " – ", "\n", " updated", " published", " on "] {
            if let r = name.range(of: stop) { name = String(name[..<r.lowerBound]) }
        }
        name = name.trimmingSpaces
        return name.isEmpty || name.count > 80 ? nil : name
    }

    static func joinNames(_ names: [String]) -> String? {
        var seen = Set<String>()
        let clean = names.map { collapse($0) }.filter { !$0.isEmpty && $0.count < 120 && seen.insert($0.lowercased()).inserted }
        return clean.isEmpty ? nil : clean.joined(separator: ", ")
    }

    static func collapse(_ s: String) -> String {
        s.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" || $0 == "\r" || $0 == "\u{00A0}" })
            .joined(separator: " ")
    }
}

/// The parts of schema.org JSON-LD ingest uses: the article's headline,
/// publication date, authors, URL and language.
struct LinkedData {
    var articleHeadline: String?, pageHeadline: String?
    var headline: String? { articleHeadline ?? pageHeadline }
    var published: [String] = []
    var authors: [String] = []
    var url: String?
    var language: String?

    static let articleTypes: Set<String> = ["Article", "NewsArticle", "BlogPosting", "ReportageNewsArticle", "AnalysisNewsArticle",
                                            "OpinionNewsArticle", "ReviewNewsArticle", "BackgroundNewsArticle", "TechArticle",
                                            "ScholarlyArticle", "Report", "LiveBlogPosting", "SocialMediaPosting", "Review",
                                            "Recipe", "WebPage", "ItemPage", "CreativeWork"]
    /// Types that describe the page around an article rather than the article.
    static let pageTypes: Set<String> = ["WebPage", "ItemPage", "CreativeWork"]

    mutating func read(_ v: JSONValue, depth: Int) {
        guard depth < 16 else { return }
        switch v {
        case .array(let a): for x in a.prefix(200) { read(x, depth: depth + 1) }
        case .object(let o):
            if let g = o["@graph"] { read(g, depth: depth + 1) }
            let types: [String] = o["@type"]?.string.map { [$0] } ?? o["@type"]?.array?.compactMap(\.string) ?? []
            guard types.contains(where: LinkedData.articleTypes.contains) else { return }
            // An article outranks the WebPage around it.
            let isPage = types.allSatisfy(LinkedData.pageTypes.contains)
            if let d = o["datePublished"]?.string { if isPage { published.append(d) } else { published.insert(d, at: 0) } }
            if let h = o["headline"]?.string {
                if isPage { pageHeadline = pageHeadline ?? h } else { articleHeadline = articleHeadline ?? h }
            }
            if url == nil, let u = o["url"]?.string ?? o["mainEntityOfPage"]?["@id"]?.string ?? o["mainEntityOfPage"]?.string { url = u }
            if language == nil, let l = o["inLanguage"]?.string { language = l }
            if !isPage { readAuthors(o["author"] ?? o["creator"]) }
        default: break
        }
    }

    mutating func readAuthors(_ v: JSONValue?) {
        switch v {
        case .string(let s)?: if !s.hasPrefix("http") { authors.append(s) }
        case .object(let a)?: if let s = a["name"]?.string { authors.append(s) }
        case .array(let arr)?: for x in arr.prefix(20) { readAuthors(x) }
        default: break
        }
    }
}

extension String {
    var replacingUnderscores: String { String(map { $0 == "_" ? "-" : $0 }) }
}
