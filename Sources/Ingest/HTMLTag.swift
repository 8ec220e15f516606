import CLibXML2

/// The HTML elements ingest treats differently from plain inline markup.
/// libxml2's HTML parser lowercases element and attribute names, so names
/// are matched as lowercase UTF-8 bytes.
enum HTMLTag: UInt8, CaseIterable {
    case other
    // Inline elements with a meaning of their own.
    case a, time, img, span, code
    case br, hr, wbr
    // Block containers.
    case html, body, div, p, section, article, main, header, footer, aside, nav, address, center, hgroup
    case h1, h2, h3, h4, h5, h6
    case ul, ol, li, dl, dt, dd, menu, dir
    case blockquote, pre, figure, figcaption, caption, details, summary, fieldset, legend, form
    case table, thead, tbody, tfoot, tr, td, th
    // Page metadata.
    case head, title, meta, link, script
    // Never visible text.
    case style, noscript, template, svg, math, iframe, object, embed, canvas, select, option, optgroup
    case datalist, button, input, textarea, audio, video, source, track, picture, map, area, dialog
    case frame, frameset, noframes, noembed, applet, param, base, label

    var name: String { HTMLTag.names[Int(rawValue)] }

    static let names: [String] = allCases.map { "\($0)" }

    /// Subtrees whose text a reader never sees (or that hold no article text).
    var isSkipped: Bool { HTMLTag.skipped[Int(rawValue)] }
    /// Elements that start and end a block of text.
    var isBlock: Bool { HTMLTag.block[Int(rawValue)] }

    var headingLevel: Int {
        switch self {
        case .h1: return 1
        case .h2: return 2
        case .h3: return 3
        case .h4: return 4
        case .h5: return 5
        case .h6: return 6
        default: return 0
        }
    }

    private static let skipped: [Bool] = allCases.map {
        switch $0 {
        case .head, .title, .script, .style, .noscript, .template, .svg, .math, .iframe, .object, .embed, .canvas,
             .select, .option, .optgroup, .datalist, .button, .input, .textarea, .audio, .video, .source, .track,
             .picture, .map, .area, .dialog, .frame, .frameset, .noframes, .noembed, .applet, .param, .base,
             .nav, .menu, .meta, .link:
            return true
        default: return false
        }
    }

    private static let block: [Bool] = allCases.map {
        switch $0 {
        case .other, .a, .time, .img, .span, .code, .br, .wbr, .label: return false
        default: return true
        }
    }

    /// The tag for an element name, by its bytes.
    static func lookup(_ name: UnsafePointer<xmlChar>) -> HTMLTag {
        var len = 0
        while name[len] != 0 { len += 1; if len > 10 { return .other } }
        guard len > 0, let candidates = byLength[len] else { return .other }
        for (bytes, tag) in candidates where bytes[0] == name[0] {
            var k = 1
            while k < len && bytes[k] == name[k] { k += 1 }
            if k == len { return tag }
        }
        return .other
    }

    private static let byLength: [Int: [([UInt8], HTMLTag)]] = {
        var d: [Int: [([UInt8], HTMLTag)]] = [:]
        for t in allCases where t != .other { d[t.name.utf8.count, default: []].append((Array(t.name.utf8), t)) }
        return d
    }()
}

/// Attributes ingest reads.
enum HTMLAttribute: UInt8 {
    case other, id, `class`, style, hidden, ariaHidden, role, itemprop, property, name, content, datetime, rel, href
    case type, lang, httpEquiv, charset

    static func lookup(_ name: UnsafePointer<xmlChar>) -> HTMLAttribute {
        var len = 0
        while name[len] != 0 { len += 1; if len > 11 { return .other } }
        for (bytes, a) in table where bytes.count == len && bytes[0] == name[0] {
            var k = 1
            while k < len && bytes[k] == name[k] { k += 1 }
            if k == len { return a }
        }
        return .other
    }

    private static let table: [([UInt8], HTMLAttribute)] = ([
        ("id", .id), ("class", .class), ("style", .style), ("hidden", .hidden), ("aria-hidden", .ariaHidden),
        ("role", .role), ("itemprop", .itemprop), ("property", .property), ("name", .name), ("content", .content),
        ("datetime", .datetime), ("rel", .rel), ("href", .href), ("type", .type), ("lang", .lang),
        ("http-equiv", .httpEquiv), ("charset", .charset),
    ] as [(String, HTMLAttribute)]).map { (Array($0.0.utf8), $0.1) }
}

/// Maps the interned name pointers of one document's elements (or
/// attributes) to their kind, so each distinct name is compared byte by byte
/// once. libxml2 interns names in the document's dictionary; names that are
/// not interned still resolve correctly, only without the shortcut.
struct NameCache<Kind: RawRepresentable> where Kind.RawValue == UInt8 {
    private var keys: [UInt]
    private var values: [UInt8]
    private var count = 0
    private let resolve: (UnsafePointer<xmlChar>) -> Kind

    init(_ resolve: @escaping (UnsafePointer<xmlChar>) -> Kind) {
        self.resolve = resolve
        keys = [UInt](repeating: 0, count: 256)
        values = [UInt8](repeating: 0, count: 256)
    }

    @inline(__always) mutating func kind(_ name: UnsafePointer<xmlChar>) -> Kind {
        let key = UInt(bitPattern: name)
        let mask = keys.count - 1
        var slot = Int(truncatingIfNeeded: (key >> 3) &* 0x9E37_79B9) & mask
        while true {
            let k = keys[slot]
            if k == key { return Kind(rawValue: values[slot])! }
            if k == 0 { break }
            slot = (slot + 1) & mask
        }
        let kind = resolve(name)
        // A document with very many distinct names (not interned) stops caching
        // rather than growing the table without bound.
        if count < 1 << 14 {
            if (count + 1) * 2 > keys.count { grow() ; return insert(key, kind) }
            keys[slot] = key; values[slot] = kind.rawValue; count += 1
        }
        return kind
    }

    private mutating func insert(_ key: UInt, _ kind: Kind) -> Kind {
        let mask = keys.count - 1
        var slot = Int(truncatingIfNeeded: (key >> 3) &* 0x9E37_79B9) & mask
        while keys[slot] != 0 { slot = (slot + 1) & mask }
        keys[slot] = key; values[slot] = kind.rawValue; count += 1
        return kind
    }

    private mutating func grow() {
        let oldKeys = keys, oldValues = values
        keys = [UInt](repeating: 0, count: oldKeys.count * 2)
        values = [UInt8](repeating: 0, count: oldKeys.count * 2)
        count = 0
        for (k, v) in zip(oldKeys, oldValues) where k != 0 { _ = insert(k, Kind(rawValue: v)!) }
    }
}
