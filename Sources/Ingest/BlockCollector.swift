import CLibXML2
import Glibc

/// One pass over libxml2's tree, without recursion (a page nested 100,000
/// levels deep is walked like any other): the visible text is cut into
/// blocks at block-element boundaries, with the figures main-content scoring
/// needs, and the block elements are recorded with their parent, tag and
/// class hints. Page metadata met on the way is collected in `meta`.
///
/// Text is handled as libxml2's UTF-8 bytes: whitespace is collapsed as a
/// browser renders it, and characters, words, links and punctuation are
/// counted on the bytes, so no String is made until a block is kept.
struct BlockCollector {
    enum Kind: UInt8 { case paragraph, heading, listItem, blockquote, caption, preformatted, cell }

    struct TextBlock {
        /// Byte range in `text`.
        var start: Int32, end: Int32
        var chars: Int32
        var linkChars: Int32
        var words: Int32
        /// Characters of East Asian scripts (dense: one may be a word).
        var wide: Int32
        /// Sentence-final punctuation and commas.
        var stops: Int16, commas: Int16
        /// The innermost block element holding the text.
        var element: Int32
        var kind: Kind
        var level: UInt8

        var linkDensity: Double { chars == 0 ? 0 : Double(linkChars) / Double(chars) }
        /// Length in Latin-letter terms: a CJK character carries about three letters' worth.
        var weight: Int { Int(chars) + 2 * Int(wide) }
    }

    struct Element {
        var parent: Int32
        var tag: HTMLTag
        var hints: ClassHints
        /// Tag and class together, to find the other parts of an article cut into chunks.
        var signature: UInt32
        /// The blocks below this element: `firstBlock..<endBlock`.
        var firstBlock: Int32, endBlock: Int32
    }

    private(set) var text: [UInt8] = []
    private(set) var blocks: [TextBlock] = []
    /// Text weight of the blocks before each block (for positions in the page).
    private(set) var weightPrefix: [Int] = [0]
    private(set) var elements: [Element] = []
    var meta = PageMetadata()

    private var tags = NameCache<HTMLTag>(HTMLTag.lookup)
    private var hintCache: [UInt64: ClassHints] = [:]
    /// The signature of an element without a class is this, combined with its tag.
    static let noClass: UInt32 = 2_166_136_261
    private var attributes = NameCache<HTMLAttribute>(HTMLAttribute.lookup)

    // The block being filled.
    private var blockStart = 0
    private var chars: Int32 = 0, linkChars: Int32 = 0, words: Int32 = 0, wide: Int32 = 0
    private var stops: Int16 = 0, commas: Int16 = 0
    private var pendingSpace = false, pendingBreak = false
    private var breaks = 0

    private struct Context {
        var element: Int32 = -1
        var kind: Kind = .paragraph
        var level: UInt8 = 0
        var inLink = false
        var inHead = false
        var preformatted = false
    }

    private struct Frame {
        var node: xmlNodePtr
        var outer: Context
        var inner: Context
        var isBlock: Bool
    }

    init() { text.reserveCapacity(1 << 16) }

    mutating func collect(_ root: xmlNodePtr) {
        var stack: [Frame] = []
        var ctx = Context()
        var node = root
        walk: while true {
            if let inner = enter(node, ctx), let child = node.pointee.children {
                stack.append(Frame(node: node, outer: ctx, inner: inner, isBlock: inner.element != ctx.element))
                ctx = inner
                node = child
                continue
            }
            // Leave `node`, then the ancestors that have no next sibling.
            while true {
                if node == root { break walk }
                if let next = node.pointee.next { node = next; continue walk }
                guard let f = stack.popLast() else { break walk }
                if f.isBlock { closeBlock(f.inner) }
                ctx = f.outer
                node = f.node
            }
        }
        while let f = stack.popLast() { if f.isBlock { closeBlock(f.inner) } }
        flush(ctx)
    }

    /// Handles a node on the way down; returns the context for its children,
    /// or nil when they are not to be visited.
    private mutating func enter(_ node: xmlNodePtr, _ ctx: Context) -> Context? {
        switch node.pointee.type {
        case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
            if !ctx.inHead, let c = node.pointee.content { append(c, ctx) }
            return nil
        case XML_ELEMENT_NODE:
            break
        default:
            return nil
        }
        guard let name = node.pointee.name else { return nil }
        let tag = tags.kind(name)
        var inner = ctx
        switch tag {
        case .meta: readMeta(node); return nil
        case .link: readLink(node); return nil
        case .title: if meta.titleTag == nil { meta.titleTag = HTMLTree.text(node) }; return nil
        case .script: readScript(node); return nil
        case .head: inner.inHead = true; return inner
        case .br:
            breaks += 1
            if breaks >= 2 { flush(ctx) } else if chars > 0 { pendingBreak = true }
            return nil
        case .hr: flush(ctx); return nil
        default: break
        }
        if tag.isSkipped { return nil }
        let a = readAttributes(node, tag)
        if a.hidden { return nil }
        if ctx.inHead { return nil }
        if tag == .a { inner.inLink = true }
        if tag == .time, let d = a.datetime, meta.times.count < PageMetadata.maxEach { meta.times.append((d, Int(ctx.element))) }
        guard tag.isBlock else { return inner }

        flush(ctx)
        let id = Int32(elements.count)
        elements.append(Element(parent: ctx.element, tag: tag, hints: a.hints, signature: a.signature,
                                firstBlock: Int32(blocks.count), endBlock: Int32(blocks.count)))
        inner.element = id
        switch tag {
        case .h1, .h2, .h3, .h4, .h5, .h6:
            inner.kind = .heading; inner.level = UInt8(tag.headingLevel)
        case .li, .dd, .dt:
            if ctx.kind == .paragraph || ctx.kind == .cell { inner.kind = .listItem }
        case .blockquote: if ctx.kind != .caption { inner.kind = .blockquote }
        case .figcaption, .caption: inner.kind = .caption
        case .pre: inner.preformatted = true; if ctx.kind == .paragraph { inner.kind = .preformatted }
        case .td, .th: if ctx.kind == .paragraph { inner.kind = .cell }
        default: break
        }
        return inner
    }

    func weightBefore(_ block: Int) -> Int { weightPrefix[block] }

    private mutating func closeBlock(_ inner: Context) {
        flush(inner)
        elements[Int(inner.element)].endBlock = Int32(blocks.count)
    }

    // MARK: text

    /// Appends a text node's bytes, collapsing whitespace and counting as it goes.
    private mutating func append(_ content: UnsafePointer<xmlChar>, _ ctx: Context) {
        var p = content
        var added: Int32 = 0
        while true {
            let b = p.pointee
            if b == 0 { break }
            p += 1
            if b <= 0x20 {
                if b == 0x20 || b == 0x09 || b == 0x0C || b == 0x0D {
                    pendingSpace = true
                } else if b == 0x0A {
                    if ctx.preformatted && chars > 0 { pendingBreak = true } else { pendingSpace = true }
                }
                continue
            }
            if chars > 0 || added > 0 {
                if pendingBreak { text.append(0x0A); pendingBreak = false; pendingSpace = false; added += 1; words += 1 }
                else if pendingSpace { text.append(0x20); pendingSpace = false; added += 1; words += 1 }
            } else {
                pendingBreak = false; pendingSpace = false
                if words == 0 { words = 1 }
            }
            breaks = 0
            text.append(b)
            if b < 0x80 {
                added += 1
                if b == 0x2E || b == 0x21 || b == 0x3F { stops &+= 1 } else if b == 0x2C { commas &+= 1 }
            } else if b >= 0xC0 {
                added += 1
                if b >= 0xD8 { countWide(b, p) }
            }
        }
        chars += added
        if ctx.inLink { linkChars += added }
    }

    /// Punctuation and density of non-Latin scripts, from a lead byte and what follows it.
    @inline(__always) private mutating func countWide(_ lead: UInt8, _ next: UnsafePointer<xmlChar>) {
        let b1 = next[0]
        switch lead {
        case 0xE3:
            wide += 1
            if b1 == 0x80 { let b2 = next[1]; if b2 == 0x82 { stops &+= 1 } else if b2 == 0x81 { commas &+= 1 } }
        case 0xE4...0xED: wide += 1
        case 0xEF:
            if b1 == 0xBC { let b2 = next[1]; if b2 == 0x81 || b2 == 0x9F { stops &+= 1 } else if b2 == 0x8C { commas &+= 1 } }
        case 0xD8: if b1 == 0x8C { commas &+= 1 }
        case 0xDB: if b1 == 0x94 { stops &+= 1 }
        case 0xE0: if b1 == 0xA5 && next[1] == 0xA4 { stops &+= 1 }
        default: break
        }
    }

    /// Ends the block being filled (if it holds text) as a block of `ctx`.
    private mutating func flush(_ ctx: Context) {
        defer {
            blockStart = text.count
            chars = 0; linkChars = 0; words = 0; wide = 0; stops = 0; commas = 0
            pendingSpace = false; pendingBreak = false; breaks = 0
        }
        guard chars > 0 else { return }
        weightPrefix.append(weightPrefix[weightPrefix.count - 1] + Int(chars) + 2 * Int(wide))
        blocks.append(TextBlock(start: Int32(blockStart), end: Int32(text.count), chars: chars,
                                linkChars: min(linkChars, chars), words: words, wide: wide, stops: stops,
                                commas: commas, element: ctx.element, kind: ctx.kind, level: ctx.level))
    }

    // MARK: attributes

    private struct Attributes {
        var hints = ClassHints.none
        var signature: UInt32 = 0
        var hidden = false
        var datetime: String?
    }

    private mutating func readAttributes(_ node: xmlNodePtr, _ tag: HTMLTag) -> Attributes {
        var out = Attributes()
        var signature: UInt32 = BlockCollector.noClass ^ UInt32(tag.rawValue)
        var attr = node.pointee.properties
        while let at = attr {
            attr = at.pointee.next
            guard let name = at.pointee.name else { continue }
            let kind = attributes.kind(name)
            if kind == .other { continue }
            let value = HTMLTree.value(at)
            switch kind {
            case .class, .id:
                // Inline markup is read only for hiding and credit classes.
                guard let v = value, tag != .body, tag != .html, tag.isBlock || kind == .class else { continue }
                // Class names repeat across a page: each distinct value is read once.
                var hash: UInt64 = 14_695_981_039_346_656_037
                var n = 0
                while v[n] != 0 { hash = (hash ^ UInt64(v[n])) &* 1_099_511_628_211; n += 1 }
                if kind == .class { signature = UInt32(truncatingIfNeeded: hash ^ (hash >> 32)) ^ UInt32(tag.rawValue) }
                let key = hash ^ (kind == .id ? 1 : 0)
                let h: ClassHints
                if let cached = hintCache[key] { h = cached } else {
                    h = ClassHints.read(v, count: n)
                    hintCache[key] = h
                }
                // Inline markup keeps its text unless it hides it or is a photo credit.
                if tag.isBlock { out.hints.merge(h) } else if h.hidden || h.credit { out.hidden = true }
            case .role:
                if let v = value { out.hints.merge(ClassHints.readRole(v, count: strlen(v))) }
            case .style:
                if let v = value, HTMLTree.styleHides(v) { out.hidden = true }
            case .hidden:
                out.hidden = true
            case .itemprop:
                if let v = value { readItemprop(node, v) ; if HTMLTree.equals(v, "articleBody") { out.hints.content = 3 } }
            case .datetime:
                if tag == .time, let v = value { out.datetime = String(cString: v) }
            default: break
            }
        }
        if out.hints.hidden { out.hidden = true }
        switch tag {
        case .article: out.hints.content = max(out.hints.content, 1)
        case .main: out.hints.content = max(out.hints.content, 1)
        case .aside, .footer, .header: out.hints.boiler = max(out.hints.boiler, 3)
        case .form: out.hints.boiler = max(out.hints.boiler, 1)
        default: break
        }
        out.signature = signature
        return out
    }

    // MARK: metadata

    private mutating func readMeta(_ node: xmlNodePtr) {
        var key: UnsafePointer<UInt8>?, content: UnsafePointer<UInt8>?
        var attr = node.pointee.properties
        while let at = attr {
            attr = at.pointee.next
            guard let name = at.pointee.name else { continue }
            switch attributes.kind(name) {
            case .property, .name, .itemprop: if key == nil { key = HTMLTree.value(at) }
            case .content: content = HTMLTree.value(at)
            case .httpEquiv: key = HTMLTree.value(at)
            default: break
            }
        }
        guard let k = key, let c = content, k.pointee != 0, meta.metaTags.count < 512 else { return }
        meta.metaTags.append((HTMLTree.lowercased(k), String(cString: c)))
    }

    private mutating func readLink(_ node: xmlNodePtr) {
        guard meta.canonical == nil, let rel = HTMLTree.attribute(node, "rel"), HTMLTree.lowercased(rel) == "canonical",
              let href = HTMLTree.attribute(node, "href") else { return }
        meta.canonical = String(cString: href)
    }

    private mutating func readScript(_ node: xmlNodePtr) {
        guard meta.jsonLD.count < PageMetadata.maxEach, let type = HTMLTree.attribute(node, "type"),
              HTMLTree.lowercased(type) == "application/ld+json" else { return }
        meta.jsonLD.append(HTMLTree.text(node))
    }

    /// Microdata outside `<meta>`: `itemprop="datePublished"` and `"author"` on visible elements.
    private mutating func readItemprop(_ node: xmlNodePtr, _ v: UnsafePointer<UInt8>) {
        // A few are plenty; reading the text of nested ones without end would be quadratic.
        if HTMLTree.equals(v, "datePublished") && meta.itempropDates.count < PageMetadata.maxEach {
            if let d = HTMLTree.attribute(node, "datetime") ?? HTMLTree.attribute(node, "content") {
                meta.itempropDates.append(String(cString: d))
            } else if node.pointee.name.map({ tags.kind($0) }) != .meta {
                meta.itempropDates.append(HTMLTree.text(node))
            }
        } else if HTMLTree.equals(v, "author") && meta.itempropAuthors.count < PageMetadata.maxEach {
            if let c = HTMLTree.attribute(node, "content") { meta.itempropAuthors.append(String(cString: c)) }
            else { meta.itempropAuthors.append(HTMLTree.text(node)) }
        }
    }
}
