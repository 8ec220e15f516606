import ClaimlineCore
import CLibXML2

/// HTML through libxml2's HTML parser (no network, no DTD, recover mode):
/// visible text is cut into blocks, the main article is found by scoring
/// containers on text and link density, and page metadata is read.
enum HTMLPage {
    /// A page as bytes from a file: decoded as a browser would first.
    static func ingest(_ bytes: [UInt8], id: String, source: String, url: String?) throws -> IngestedDocument {
        try ingest(utf8: HTMLDecoding.utf8(bytes), id: id, source: source, url: url)
    }

    /// A page already in UTF-8.
    static func ingest(utf8 decoded: [UInt8], id: String, source: String, url: String?) throws -> IngestedDocument {
        let utf8 = MarkupFilter.filtered(decoded)
        guard let doc = HTMLTree.parse(utf8, url: url) else {
            if utf8.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 || $0 == 0x0C }) {
                return IngestedDocument(id: id, source: source, format: .html, text: CodePointText(""), blocks: [], meta: DocumentMeta(url: url))
            }
            throw RecordError.failed("libxml2 could not parse the HTML")
        }
        defer { xmlFreeDoc(doc) }
        var collector = BlockCollector()
        guard let root = xmlDocGetRootElement(doc) else {
            return IngestedDocument(id: id, source: source, format: .html, text: CodePointText(""), blocks: [], meta: DocumentMeta(url: url))
        }
        collector.meta.language = HTMLTree.attribute(root, "lang").map { String(cString: $0).trimmingSpaces }.flatMap { $0.isEmpty ? nil : $0 }
        collector.collect(root)
        let roles = MainContent.select(collector)
        let meta = MetadataReader.read(collector.meta, visible: visible(collector, roles), url: url)
        return assemble(collector, roles, id: id, source: source, meta: meta)
    }

    /// The on-page evidence for metadata: the first `<h1>`, byline and date lines, the article's `<time>`.
    static func visible(_ c: BlockCollector, _ roles: [BlockRole?]) -> MetadataReader.Visible {
        var v = MetadataReader.Visible()
        if let h = c.blocks.first(where: { $0.kind == .heading && $0.level == 1 }) { v.h1 = c.string(h) }
        for b in c.blocks where b.element >= 0 && b.chars < 200 {
            if c.elements[Int(b.element)].hints.byline || c.ancestorIsByline(Int(b.element)) { v.bylines.append(c.string(b)) }
            if v.bylines.count >= 8 { break }
        }
        if let first = roles.firstIndex(where: { $0 != nil }) {
            let root = c.blocks[first].element
            v.articleTime = c.meta.times.first { t in t.element >= 0 && c.isInside(Int32(t.element), near: root) }?.value
        }
        return v
    }

    /// Joins the kept blocks with blank lines into the document text.
    static func assemble(_ c: BlockCollector, _ roles: [BlockRole?], id: String, source: String,
                         meta: DocumentMeta) -> IngestedDocument {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(c.text.count)
        var out: [Block] = []
        var pos = 0
        for (k, b) in c.blocks.enumerated() {
            guard let role = roles[k] else { continue }
            if pos > 0 { bytes.append(0x0A); bytes.append(0x0A); pos += 2 }
            bytes.append(contentsOf: c.text[Int(b.start)..<Int(b.end)])
            out.append(Block(Span(pos, pos + Int(b.chars)), role))
            pos += Int(b.chars)
        }
        let text = CodePointText(String(decoding: bytes, as: UTF8.self))
        // Spans count the code points the collector counted; should any byte
        // not be valid UTF-8 (libxml2 never gives such), count them again.
        if text.count != pos { return recounted(c, roles, id: id, source: source, meta: meta) }
        return IngestedDocument(id: id, source: source, format: .html, text: text, blocks: out, meta: meta)
    }

    static func recounted(_ c: BlockCollector, _ roles: [BlockRole?], id: String, source: String,
                          meta: DocumentMeta) -> IngestedDocument {
        var scalars = String.UnicodeScalarView()
        var out: [Block] = []
        var pos = 0
        for (k, b) in c.blocks.enumerated() {
            guard let role = roles[k] else { continue }
            if pos > 0 { scalars.append("\n"); scalars.append("\n"); pos += 2 }
            let piece = c.string(b).unicodeScalars
            scalars.append(contentsOf: piece)
            out.append(Block(Span(pos, pos + piece.count), role))
            pos += piece.count
        }
        return IngestedDocument(id: id, source: source, format: .html, text: CodePointText(String(scalars)), blocks: out, meta: meta)
    }
}

extension BlockCollector {
    func string(_ b: TextBlock) -> String { String(decoding: text[Int(b.start)..<Int(b.end)], as: UTF8.self) }

    func ancestorIsByline(_ e: Int) -> Bool {
        var x = Int(elements[e].parent), steps = 0
        while x >= 0 && steps < 3 { if elements[x].hints.byline { return true }; x = Int(elements[x].parent); steps += 1 }
        return false
    }

    /// Whether element `e` shares the article's container: it is below the
    /// grandparent of the element holding the article's first block.
    func isInside(_ e: Int32, near first: Int32) -> Bool {
        var top = first, steps = 0
        while steps < 3 && top >= 0 && elements[Int(top)].parent >= 0 { top = elements[Int(top)].parent; steps += 1 }
        var x = e
        while x >= 0 { if x == top { return true }; x = elements[Int(x)].parent }
        return false
    }
}
