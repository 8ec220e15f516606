import ClaimlineCore
import CLibXML2

/// HTML through libxml2's HTML parser (no network, no DTD, recover mode):
/// visible text is cut into blocks, the main article is found by scoring
/// containers on text and link density, and page metadata is read.
enum HTMLPage {
    static func ingest(_ bytes: [UInt8], id: String, source: String, url: String?) throws -> IngestedDocument {
        let utf8 = HTMLDecoding.utf8(bytes)
        guard let doc = HTMLTree.parse(utf8, url: url) else {
            if utf8.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) {
                return IngestedDocument(id: id, source: source, format: .html, text: CodePointText(""), blocks: [], meta: DocumentMeta(url: url))
            }
            throw RecordError.failed("libxml2 could not parse the HTML")
        }
        defer { xmlFreeDoc(doc) }
        var meta = MetadataReader.read(doc)
        if meta.url == nil { meta.url = url }
        var collector = BlockCollector()
        if let root = xmlDocGetRootElement(doc) { collector.collect(root) }
        let chosen = MainContent.select(collector)
        return assemble(collector.blocks, chosen: chosen, id: id, source: source, meta: meta)
    }

    /// Joins the kept blocks with blank lines into the document text.
    static func assemble(_ blocks: [BlockCollector.Candidate], chosen: [BlockRole?], id: String, source: String,
                         meta: DocumentMeta) -> IngestedDocument {
        var scalars = String.UnicodeScalarView()
        var out: [Block] = []
        var pos = 0
        var meta = meta
        for (k, c) in blocks.enumerated() {
            guard let role = chosen[k] else { continue }
            if pos > 0 { scalars.append("\n"); scalars.append("\n"); pos += 2 }
            let n = c.text.unicodeScalars.count
            scalars.append(contentsOf: c.text.unicodeScalars)
            out.append(Block(Span(pos, pos + n), role))
            pos += n
            if role == .title && meta.title == nil { meta.title = c.text }
        }
        let text = CodePointText(String(scalars))
        return IngestedDocument(id: id, source: source, format: .html, text: text, blocks: out, meta: meta)
    }
}
