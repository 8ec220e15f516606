import CLibXML2

/// Thin helpers over libxml2: parsing and reading nodes' bytes.
enum HTMLTree {
    /// Recover from broken markup; never touch the network; no DTD or implied
    /// doctype; no limit on depth (the walk does not recurse), so deeply
    /// nested pages are read to the end instead of being cut off at 256 levels.
    static let parseOptions = Int32(HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NONET.rawValue | HTML_PARSE_NOERROR.rawValue
        | HTML_PARSE_NOWARNING.rawValue | HTML_PARSE_COMPACT.rawValue | HTML_PARSE_IGNORE_ENC.rawValue
        | HTML_PARSE_NODEFDTD.rawValue | XML_PARSE_HUGE.rawValue)

    /// Parses UTF-8 HTML. The caller frees the result with xmlFreeDoc.
    static func parse(_ utf8: [UInt8], url: String?) -> htmlDocPtr? {
        guard !utf8.isEmpty else { return nil }
        return utf8.withUnsafeBufferPointer { b in
            b.baseAddress!.withMemoryRebound(to: CChar.self, capacity: b.count) { p in
                htmlReadMemory(p, Int32(clamping: b.count), url, "UTF-8", parseOptions)
            }
        }
    }

    /// An attribute's value as libxml2 stores it (its first text child).
    @inline(__always) static func value(_ attr: xmlAttrPtr) -> UnsafePointer<UInt8>? {
        guard let c = attr.pointee.children, let s = c.pointee.content else { return nil }
        return UnsafePointer(s)
    }

    /// The value of attribute `key` (a lowercase name; libxml2 lowercases HTML attribute names).
    static func attribute(_ n: xmlNodePtr, _ key: StaticString) -> UnsafePointer<UInt8>? {
        var a = n.pointee.properties
        while let attr = a {
            if let nm = attr.pointee.name, equalsExactly(nm, key) { return value(attr) }
            a = attr.pointee.next
        }
        return nil
    }

    /// All text below `n`, concatenated.
    static func text(_ n: xmlNodePtr) -> String {
        guard let c = xmlNodeGetContent(n) else { return "" }
        defer { xmlFree(c) }
        return String(cString: c)
    }

    /// ASCII case-insensitive equality of a C string with `s`.
    static func equals(_ p: UnsafePointer<UInt8>, _ s: StaticString) -> Bool {
        let n = s.utf8CodeUnitCount
        let q = s.utf8Start
        for i in 0..<n {
            var c = p[i]
            if c == 0 { return false }
            if c >= 0x41 && c <= 0x5A { c += 32 }
            var d = q[i]
            if d >= 0x41 && d <= 0x5A { d += 32 }
            if c != d { return false }
        }
        return p[n] == 0
    }

    static func equalsExactly(_ p: UnsafePointer<UInt8>, _ s: StaticString) -> Bool {
        let n = s.utf8CodeUnitCount
        let q = s.utf8Start
        for i in 0..<n where p[i] != q[i] { return false }
        return p[n] == 0
    }

    /// A C string lowercased (ASCII) as a String, trimmed of spaces.
    static func lowercased(_ p: UnsafePointer<UInt8>) -> String {
        var bytes: [UInt8] = []
        var i = 0
        while p[i] != 0 && i < 4096 {
            let c = p[i]
            bytes.append(c >= 0x41 && c <= 0x5A ? c + 32 : c)
            i += 1
        }
        while let f = bytes.first, f <= 0x20 { bytes.removeFirst() }
        while let l = bytes.last, l <= 0x20 { bytes.removeLast() }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Whether an inline style hides the element (`display:none`, `visibility:hidden`).
    static func styleHides(_ p: UnsafePointer<UInt8>) -> Bool {
        // Squash spaces and case, then look for the two declarations.
        var buf = [UInt8]()
        var i = 0
        while p[i] != 0 && i < 2048 {
            var c = p[i]
            i += 1
            if c == 0x20 || c == 0x09 || c == 0x0A || c == 0x0D { continue }
            if c >= 0x41 && c <= 0x5A { c += 32 }
            buf.append(c)
        }
        return contains(buf, "display:none") || contains(buf, "visibility:hidden")
    }

    static func contains(_ hay: [UInt8], _ needle: StaticString) -> Bool {
        let n = needle.utf8CodeUnitCount
        guard hay.count >= n else { return false }
        let q = needle.utf8Start
        outer: for i in 0...(hay.count - n) {
            for k in 0..<n where hay[i + k] != q[k] { continue outer }
            return true
        }
        return false
    }
}
