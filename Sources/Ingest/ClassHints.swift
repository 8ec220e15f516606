/// What the class, id and role names of an element say about it: words that
/// mark page furniture (comments, share tools, related links, navigation, ads),
/// words that mark the article, and class names that hide an element.
/// Names are read as lowercase ASCII bytes; the words are general
/// conventions of web templates, not the names of any one site.
struct ClassHints: Equatable {
    /// Evidence that the element is article text: 3 for microdata's
    /// `articleBody`, 2 for an explicit body container ("article-body",
    /// "entry-content"), 1 for a weaker word ("article", "content").
    var content: Int8 = 0
    /// Evidence that it is furniture: 3 for a clear word ("comments",
    /// "related", "share"), 2 for a class that is only a furniture word
    /// ("ad", "tags"), 1 for a weak sign ("modal", a word inside a name).
    var boiler: Int8 = 0
    /// A class name whose only purpose is to hide the element from view.
    var hidden = false
    /// A byline, date or author line (read for metadata, not kept as text).
    var byline = false
    /// Readers' comments: furniture that can hold more prose than the article.
    var comments = false
    /// A photo credit or copyright line (dropped even from inline markup).
    var credit = false

    static let none = ClassHints()

    /// Furniture that the article is never inside: a clear sign not
    /// outweighed by an explicit body name, or a furniture class with no
    /// article word at all.
    var prunable: Bool { (boiler >= 3 && content < 2) || (boiler == 2 && content == 0) }

    mutating func merge(_ o: ClassHints) {
        content = max(content, o.content); boiler = max(boiler, o.boiler); hidden = hidden || o.hidden
        byline = byline || o.byline; comments = comments || o.comments; credit = credit || o.credit
    }

    // MARK: the words

    /// Matched inside the squashed name (letters and digits only, so
    /// "article-body", "article__body" and "articleBody" read alike).
    static let strongContent = words(
        "articlebody", "articletext", "articlecontent", "storybody", "storytext", "storycontent", "entrycontent",
        "entrybody", "postcontent", "postbody", "posttext", "postentry", "bodytext", "textbody", "contentbody",
        "maincontent", "richtext", "articlemain", "newsbody", "newstext", "blogpost", "singlecontent", "pagecontent",
        "articledetail", "articleinner", "storyinner", "embed", "twittertweet", "instagrammedia")
    static let weakContent = words(
        "article", "content", "entry", "story", "post", "body", "main", "text", "prose", "column", "blog", "news")
    static let strongBoiler = words(
        "comment", "disqus", "sidebar", "footer", "breadcrumb", "cookie", "consent", "gdpr", "newsletter", "outbrain",
        "taboola", "popup", "related", "recirc", "trending", "mostpopular", "mostread", "popular", "promo", "sponsor",
        "advert", "social", "share", "sharing", "subscribe", "signup", "pagination", "pager", "masthead", "navbar",
        "navigation", "menu", "morestories", "recommend", "skyscraper", "shoutbox", "byline", "authorbio",
        "authorinfo", "aboutauthor", "authorbox", "tagcloud", "taglist", "tagged", "keywords", "reply", "replies",
        "nocontent", "skiplink", "followus", "jumplink", "printonly", "dateline", "timestamp", "postmeta",
        "entrymeta", "articlemeta", "storymeta", "alsoread", "seealso", "morefrom", "nextarticle", "prevarticle",
        "upnext", "headerwrap", "siteheader", "sitefooter", "topbar", "bottombar", "relatedlinks", "gallerythumbs")
    static let weakBoiler = words(
        "modal", "overlay", "alert", "readmore", "slider", "carousel", "toolbar", "community", "notification",
        "partner", "ticker", "membership", "donate", "banner", "metadata", "login", "widget")
    /// Matched against whole class names, and (weakly) whole words inside names.
    static let boilerTokens = words(
        "ad", "ads", "adv", "advertisement", "nav", "tag", "tags", "rail", "meta", "date", "time", "credit", "credits",
        "print", "extra", "aside", "header", "byline", "author", "share", "social", "teaser", "teasers", "promo",
        "more", "links", "subnav", "dropdown", "hidden", "skip", "sponsored", "inline-ad", "adslot", "adunit", "dfp",
        "gpt", "rating", "offer", "toc")
    /// Words that mark an ad even inside a longer name ("ad-slot", "js_ad-dynamic").
    static let adTokens = words("ad", "ads", "advert", "adverts", "advertisement", "advertising", "adslot", "adunit",
                                "dfp", "sponsored")
    /// Whole class names that only hide an element.
    static let hiding = words(
        "hidden", "hide", "is-hidden", "sr-only", "visually-hidden", "visuallyhidden", "screen-reader-text", "off-screen",
        "screen-reader-only", "screenreader", "offscreen", "u-hidden", "element-invisible", "invisible", "d-none",
        "display-none")
    static let bylineWords = words(
        "byline", "author", "date", "time", "posted", "published", "dateline", "meta", "credit")
    static let creditWords = words("credit", "copyright", "photographer")
    static let commentWords = words("comment", "disqus", "reply", "replies", "discussion")
    static let roles = words(
        "navigation", "banner", "contentinfo", "complementary", "search", "menu", "menubar", "dialog", "alertdialog",
        "toolbar", "tablist", "alert", "status")

    private static func words(_ w: String...) -> [[UInt8]] { w.map { Array($0.utf8) } }

    /// Hints from a class or id value.
    static func read(_ value: UnsafePointer<UInt8>, count: Int) -> ClassHints {
        var h = ClassHints()
        let n = min(count, 512)
        guard n > 0 else { return h }
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: n) { squashed in
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: n) { lower in
                var s = 0
                for i in 0..<n {
                    var c = value[i]
                    if c >= 0x41 && c <= 0x5A { c += 32 }
                    lower[i] = c
                    if (c >= 0x61 && c <= 0x7A) || (c >= 0x30 && c <= 0x39) { squashed[s] = c; s += 1 }
                }
                let found = lexicon.scan(UnsafeBufferPointer(rebasing: squashed[0..<s]))
                if found & Lexicon.strongContent != 0 { h.content = 2 } else if found & Lexicon.weakContent != 0 { h.content = 1 }
                if found & Lexicon.strongBoiler != 0 { h.boiler = 3 } else if found & Lexicon.weakBoiler != 0 { h.boiler = 1 }
                if found & Lexicon.byline != 0 { h.byline = true }
                if found & Lexicon.comments != 0 { h.comments = true }
                if found & Lexicon.credit != 0 { h.credit = true; h.boiler = 3 }
                // Whole class names, then the words inside them.
                var i = 0
                while i < n {
                    while i < n && isSpace(lower[i]) { i += 1 }
                    var j = i
                    while j < n && !isSpace(lower[j]) { j += 1 }
                    if j > i {
                        let cls = UnsafeBufferPointer(rebasing: lower[i..<j])
                        if equalsAny(cls, hiding) { h.hidden = true }
                        if equalsAny(cls, boilerTokens) { h.boiler = max(h.boiler, 2) }
                        var a = i
                        while a < j {
                            while a < j && !isAlnum(lower[a]) { a += 1 }
                            var b = a
                            while b < j && isAlnum(lower[b]) { b += 1 }
                            if b > a {
                                let word = UnsafeBufferPointer(rebasing: lower[a..<b])
                                if equalsAny(word, adTokens) { h.boiler = max(h.boiler, 2) }
                                else if equalsAny(word, boilerTokens) { h.boiler = max(h.boiler, 1) }
                            }
                            a = b
                        }
                    }
                    i = j
                }
            }
        }
        return h
    }

    /// Whether a class value names a hiding class (read alone, for inline elements).
    static func hides(_ value: UnsafePointer<UInt8>, count: Int) -> Bool {
        var i = 0
        let n = min(count, 512)
        while i < n {
            while i < n && isSpace(value[i]) { i += 1 }
            var j = i
            while j < n && !isSpace(value[j]) { j += 1 }
            if j > i && j - i <= 18 {
                var buf: (UInt64, UInt64, UInt64) = (0, 0, 0)
                let found = withUnsafeMutableBytes(of: &buf) { raw -> Bool in
                    for k in i..<j { let c = value[k]; raw[k - i] = c >= 0x41 && c <= 0x5A ? c + 32 : c }
                    return equalsAny(UnsafeBufferPointer(start: raw.baseAddress!.assumingMemoryBound(to: UInt8.self), count: j - i), hiding)
                }
                if found { return true }
            }
            i = j
        }
        return false
    }

    /// Hints from a `role` value.
    static func readRole(_ value: UnsafePointer<UInt8>, count: Int) -> ClassHints {
        var h = ClassHints()
        let n = min(count, 64)
        let v = (0..<n).map { value[$0] >= 0x41 && value[$0] <= 0x5A ? value[$0] + 32 : value[$0] }
        v.withUnsafeBufferPointer { b in
            if equalsAny(b, roles) { h.boiler = 3 }
            if equalsAny(b, words("main", "article")) { h.content = 2 }
        }
        return h
    }

    @inline(__always) static func isSpace(_ c: UInt8) -> Bool { c == 0x20 || c == 0x09 || c == 0x0A || c == 0x0D || c == 0x0C }
    @inline(__always) static func isAlnum(_ c: UInt8) -> Bool { (c >= 0x61 && c <= 0x7A) || (c >= 0x30 && c <= 0x39) }

    static func equalsAny(_ s: UnsafeBufferPointer<UInt8>, _ list: [[UInt8]]) -> Bool {
        for w in list where w.count == s.count && w[0] == s[0] {
            var k = 1
            while k < w.count && w[k] == s[k] { k += 1 }
            if k == w.count { return true }
        }
        return false
    }

    static let lexicon = Lexicon([
        (strongContent, Lexicon.strongContent), (weakContent, Lexicon.weakContent),
        (strongBoiler, Lexicon.strongBoiler), (weakBoiler, Lexicon.weakBoiler), (bylineWords, Lexicon.byline),
        (commentWords, Lexicon.comments), (creditWords, Lexicon.credit),
    ])
}

/// The words searched for inside squashed names (lowercase letters and
/// digits), indexed by their first two characters so one pass over a name
/// finds every word of every list. Stored flat, so scanning touches no
/// shared object (no reference counting across threads).
struct Lexicon {
    static let strongContent = 1, weakContent = 2, strongBoiler = 4, weakBoiler = 8, byline = 16, comments = 32, credit = 64

    /// All words, concatenated; word k is `bytes[start[k]..<start[k + 1]]` with `flags[k]`.
    private let bytes: [UInt8]
    private let start: [Int32]
    private let flags: [Int32]
    /// Words whose first two characters have code c are `order[bucket[c]..<bucket[c + 1]]`.
    private let bucket: [Int32]
    private let order: [Int32]

    init(_ lists: [([[UInt8]], Int)]) {
        var merged: [[UInt8]: Int] = [:]
        for (list, flag) in lists { for w in list where w.count >= 2 { merged[w, default: 0] |= flag } }
        let words = merged.keys.sorted { $0.lexicographicallyPrecedes($1) }
        var bytes: [UInt8] = [], start: [Int32] = [], flags: [Int32] = []
        for w in words { start.append(Int32(bytes.count)); bytes += w; flags.append(Int32(merged[w]!)) }
        start.append(Int32(bytes.count))
        var groups = [[Int32]](repeating: [], count: 36 * 36 + 1)
        for (k, w) in words.enumerated() { groups[Lexicon.code(w[0]) * 36 + Lexicon.code(w[1])].append(Int32(k)) }
        var bucket: [Int32] = [], order: [Int32] = []
        for g in groups { bucket.append(Int32(order.count)); order += g }
        self.bytes = bytes; self.start = start; self.flags = flags; self.bucket = bucket; self.order = order
    }

    @inline(__always) static func code(_ c: UInt8) -> Int { c >= 0x61 ? Int(c - 0x61) : 26 + Int(c &- 0x30) % 10 }

    /// The flags of every word found in `s` (lowercase letters and digits only).
    func scan(_ s: UnsafeBufferPointer<UInt8>) -> Int {
        let n = s.count
        guard n >= 2 else { return 0 }
        var found: Int32 = 0
        bytes.withUnsafeBufferPointer { bytes in
            start.withUnsafeBufferPointer { start in
                bucket.withUnsafeBufferPointer { bucket in
                    order.withUnsafeBufferPointer { order in
                        for i in 0..<(n - 1) {
                            let c = Lexicon.code(s[i]) * 36 + Lexicon.code(s[i + 1])
                            var o = Int(bucket[c])
                            let end = Int(bucket[c + 1])
                            while o < end {
                                let k = Int(order[o])
                                o += 1
                                let a = Int(start[k]), len = Int(start[k + 1]) - a
                                guard len <= n - i else { continue }
                                var j = 2
                                while j < len && bytes[a + j] == s[i + j] { j += 1 }
                                if j == len { found |= flags[k] }
                            }
                        }
                    }
                }
            }
        }
        return Int(found)
    }
}
