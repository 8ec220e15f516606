import CLibXML2

/// Thin helpers over libxml2's node structs.
enum HTMLTree {
    static let parseOptions = Int32(HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NONET.rawValue | HTML_PARSE_NOERROR.rawValue
        | HTML_PARSE_NOWARNING.rawValue | HTML_PARSE_COMPACT.rawValue | HTML_PARSE_IGNORE_ENC.rawValue
        | HTML_PARSE_NODEFDTD.rawValue)

    /// Parses UTF-8 HTML. The caller frees the result with xmlFreeDoc.
    static func parse(_ utf8: [UInt8], url: String?) -> htmlDocPtr? {
        guard !utf8.isEmpty else { return nil }
        return utf8.withUnsafeBufferPointer { b in
            b.baseAddress!.withMemoryRebound(to: CChar.self, capacity: b.count) { p in
                htmlReadMemory(p, Int32(clamping: b.count), url, "UTF-8", parseOptions)
            }
        }
    }

    @inline(__always) static func name(_ n: xmlNodePtr) -> String {
        guard let p = n.pointee.name else { return "" }
        return String(cString: p)
    }

    /// The value of attribute `key` (lowercase), read without copying the node.
    static func attribute(_ n: xmlNodePtr, _ key: String) -> String? {
        var a = n.pointee.properties
        while let attr = a {
            if let nm = attr.pointee.name, String(cString: nm).lowercased() == key {
                var out = ""
                var c = attr.pointee.children
                while let t = c {
                    if let s = t.pointee.content { out += String(cString: s) }
                    c = t.pointee.next
                }
                return out
            }
            a = attr.pointee.next
        }
        return nil
    }

    /// All text below `n`, concatenated.
    static func text(_ n: xmlNodePtr) -> String {
        guard let c = xmlNodeGetContent(n) else { return "" }
        defer { xmlFreeString(c) }
        return String(cString: c)
    }

    static func xmlFreeString(_ p: UnsafeMutablePointer<xmlChar>) {
        // xmlFree is a function pointer variable in libxml2.
        xmlFree(p)
    }
}
