import ClaimlineCore
import CLibXML2

/// Walks libxml2's tree and cuts the visible text into candidate blocks,
/// remembering for each the block element it came from, its link text and
/// the container elements above it, for main-content scoring.
struct BlockCollector {
    struct Candidate {
        var text: String
        var role: BlockRole
        /// The innermost block element holding the text.
        var element: Int
        var chars: Int
        var linkChars: Int
        var headingLevel: Int
        var linkDensity: Double { chars == 0 ? 0 : Double(linkChars) / Double(chars) }
    }

    private(set) var blocks: [Candidate] = []
    /// Per block element: its parent block element (-1 at the top), tag and class hint weight.
    private(set) var parent: [Int] = []
    private(set) var tag: [String] = []
    private(set) var weight: [Int] = []

    private var pending = String.UnicodeScalarView()
    private var pendingLinks = 0
    private var pendingSpace = false

    struct Context {
        var role: BlockRole = .paragraph
        var headingLevel = 0
        var element = -1
        var inLink = false
    }

    static let skipped: Set<String> = ["script", "style", "noscript", "template", "svg", "math", "iframe", "object",
                                       "embed", "canvas", "select", "option", "button", "input", "textarea", "head",
                                       "nav", "audio", "video", "picture", "source", "map", "dialog", "menu"]
    static let blockTags: Set<String> = ["p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5", "h6",
                                         "li", "ul", "ol", "blockquote", "figure", "figcaption", "pre", "table", "tr",
                                         "td", "th", "dl", "dt", "dd", "header", "footer", "aside", "address", "center",
                                         "body", "html", "form", "fieldset", "caption", "tbody", "thead", "hgroup", "details", "summary"]

    mutating func collect(_ root: xmlNodePtr) {
        visit(root, Context(), depth: 0)
        flush(Context())
    }

    private mutating func visit(_ node: xmlNodePtr, _ ctx: Context, depth: Int) {
        var child = node.pointee.children
        let kind = node.pointee.type
        if kind == XML_TEXT_NODE || kind == XML_CDATA_SECTION_NODE {
            if let c = node.pointee.content { appendText(c, link: ctx.inLink) }
            return
        }
        guard kind == XML_ELEMENT_NODE else { return }
        let name = HTMLTree.name(node).lowercased()
        if BlockCollector.skipped.contains(name) || isHidden(node) { return }
        if name == "br" { flush(ctx); return }
        if name == "hr" { flush(ctx); return }
        // Deep trees are read as flat text below this depth, never recursed further.
        let flat = depth > 400
        var inner = ctx
        if name == "a" { inner.inLink = true }
        let isBlock = BlockCollector.blockTags.contains(name) && !flat
        if isBlock {
            flush(ctx)
            let id = parent.count
            parent.append(ctx.element)
            tag.append(name)
            weight.append(BlockCollector.hintWeight(node, tag: name))
            inner.element = id
            switch name {
            case "h1", "h2", "h3", "h4", "h5", "h6":
                inner.role = .heading
                inner.headingLevel = Int(String(name.last!))!
            case "li", "dd", "dt": if ctx.role == .paragraph { inner.role = .listItem }
            case "blockquote": inner.role = .blockquote
            case "figcaption", "caption": inner.role = .caption
            default: break
            }
        }
        while let c = child {
            visit(c, inner, depth: depth + 1)
            child = c.pointee.next
        }
        if isBlock { flush(inner) }
    }

    private mutating func appendText(_ c: UnsafePointer<xmlChar>, link: Bool) {
        var p = c
        var added = 0
        // Decode UTF-8 and collapse whitespace as a browser does.
        let s = String(cString: p)
        for u in s.unicodeScalars {
            if u.properties.isWhitespace {
                pendingSpace = !pending.isEmpty
                continue
            }
            if u.value < 0x20 || u == "\u{FFFE}" { continue }
            if pendingSpace { pending.append(" "); pendingSpace = false; added += 1 }
            pending.append(u)
            added += 1
        }
        if link { pendingLinks += added }
        p = c
        _ = p
    }

    private mutating func flush(_ ctx: Context) {
        defer { pending = String.UnicodeScalarView(); pendingLinks = 0; pendingSpace = false }
        guard !pending.isEmpty else { return }
        let text = String(pending)
        blocks.append(Candidate(text: text, role: ctx.role, element: ctx.element, chars: pending.count,
                                linkChars: min(pendingLinks, pending.count), headingLevel: ctx.headingLevel))
    }

    private func isHidden(_ n: xmlNodePtr) -> Bool {
        if HTMLTree.attribute(n, "hidden") != nil { return true }
        if HTMLTree.attribute(n, "aria-hidden")?.lowercased() == "true" { return true }
        if let style = HTMLTree.attribute(n, "style")?.lowercased().replacingOccurrences(of: " ", with: "") {
            if style.contains("display:none") || style.contains("visibility:hidden") { return true }
        }
        return false
    }

    static let negativeHints = ["comment", "footer", "footnote", "masthead", "menu", "nav", "share", "social", "related",
                                "promo", "sidebar", "widget", "breadcrumb", "cookie", "newsletter", "subscribe", "signup",
                                "advert", "sponsor", "recirc", "outbrain", "taboola", "popup", "modal", "banner", "tags",
                                "pagination", "pager", "toolbar", "login", "author-bio", "more-stories", "trending",
                                "most-popular", "hidden", "skip", "disclaimer", "copyright", "rail"]
    static let positiveHints = ["article", "content", "entry", "story", "post", "body", "main", "text", "prose", "blog"]

    /// Class/id/tag evidence that an element is (or is not) the article.
    static func hintWeight(_ n: xmlNodePtr, tag: String) -> Int {
        var w = 0
        switch tag {
        case "article", "main": w += 25
        case "footer", "aside", "header", "form": w -= 25
        default: break
        }
        let hint = ((HTMLTree.attribute(n, "class") ?? "") + " " + (HTMLTree.attribute(n, "id") ?? "")
            + " " + (HTMLTree.attribute(n, "role") ?? "")).lowercased()
        if hint.count > 1 {
            if negativeHints.contains(where: { hint.contains($0) }) { w -= 25 }
            if positiveHints.contains(where: { hint.contains($0) }) { w += 25 }
        }
        return w
    }
}
