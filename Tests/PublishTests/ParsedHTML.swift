import CLibXML2

/// An HTML page parsed by libxml2 into plain Swift values, to test what the
/// report writes as a browser would read it.
struct Element {
    var name: String
    var attributes: [String: String]
    var children: [Element]
    /// Text directly inside this element and its descendants, in order.
    var text: String

    func all(_ match: (Element) -> Bool) -> [Element] {
        (match(self) ? [self] : []) + children.flatMap { $0.all(match) }
    }
    func all(_ name: String) -> [Element] { all { $0.name == name } }
    var classes: Set<String> { Set((attributes["class"] ?? "").split(separator: " ").map(String.init)) }
}

enum ParsedHTML {
    /// The `<html>` element, or nil when libxml2 finds no document.
    static func parse(_ html: String) -> Element? {
        let bytes = Array(html.utf8)
        let options = Int32(HTML_PARSE_NONET.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue)
        let doc = bytes.withUnsafeBufferPointer { b in
            b.baseAddress!.withMemoryRebound(to: CChar.self, capacity: b.count) { htmlReadMemory($0, Int32(b.count), nil, "UTF-8", options) }
        }
        guard let doc else { return nil }
        defer { xmlFreeDoc(doc) }
        return xmlDocGetRootElement(doc).map(element)
    }

    private static func element(_ n: xmlNodePtr) -> Element {
        var attributes: [String: String] = [:]
        var a = n.pointee.properties
        while let attr = a {
            var value = ""
            var c = attr.pointee.children
            while let t = c { if let s = t.pointee.content { value += String(cString: s) }; c = t.pointee.next }
            attributes[String(cString: attr.pointee.name)] = value
            a = attr.pointee.next
        }
        var children: [Element] = []
        var text = ""
        var c = n.pointee.children
        while let k = c {
            if k.pointee.type == XML_ELEMENT_NODE {
                let e = element(k)
                children.append(e)
                text += e.text
            } else if k.pointee.type == XML_TEXT_NODE || k.pointee.type == XML_CDATA_SECTION_NODE, let s = k.pointee.content {
                text += String(cString: s)
            }
            c = k.pointee.next
        }
        return Element(name: String(cString: n.pointee.name), attributes: attributes, children: children, text: text)
    }
}
