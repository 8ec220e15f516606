/// Builds HTML as text. Everything that comes from the input goes through
/// `text(_:)` or an attribute value, both escaped, so no input can open a tag,
/// close an attribute or start a script.
struct HTML {
    private(set) var out = ""

    init(reservingCapacity n: Int = 1 << 16) { out.reserveCapacity(n) }

    /// Markup written by the report itself (never input).
    mutating func raw(_ s: String) { out += s }

    /// Text content, escaped.
    mutating func text(_ s: String) { out += HTML.escape(s) }

    /// `<tag attr="value"...>`, values escaped; nil values are left out.
    mutating func open(_ tag: String, _ attributes: [(String, String?)] = []) {
        out += "<" + tag
        for (k, v) in attributes { if let v { out += " \(k)=\"\(HTML.escape(v))\"" } }
        out += ">"
    }

    mutating func close(_ tag: String) { out += "</\(tag)>" }

    /// `<tag ...>text</tag>`.
    mutating func element(_ tag: String, _ attributes: [(String, String?)] = [], text: String) {
        open(tag, attributes); self.text(text); close(tag)
    }

    /// Escapes the five characters that matter in text and in quoted
    /// attributes, and replaces control characters HTML does not allow.
    static func escape(_ s: String) -> String {
        var needs = false
        for u in s.unicodeScalars where u == "&" || u == "<" || u == ">" || u == "\"" || u == "'" || isControl(u) {
            needs = true; break
        }
        guard needs else { return s }
        var r = String.UnicodeScalarView()
        for u in s.unicodeScalars {
            switch u {
            case "&": r.append(contentsOf: "&amp;".unicodeScalars)
            case "<": r.append(contentsOf: "&lt;".unicodeScalars)
            case ">": r.append(contentsOf: "&gt;".unicodeScalars)
            case "\"": r.append(contentsOf: "&quot;".unicodeScalars)
            case "'": r.append(contentsOf: "&#39;".unicodeScalars)
            default: r.append(isControl(u) ? "\u{FFFD}" : u)
            }
        }
        return String(r)
    }

    private static func isControl(_ u: Unicode.Scalar) -> Bool {
        let v = u.value
        return (v < 0x20 && v != 0x09 && v != 0x0A && v != 0x0D) || (v >= 0x7F && v < 0xA0) || v == 0xFFFE || v == 0xFFFF
    }

    /// JSON for a `<script type="application/json">` block: `<`, `>` and `&`
    /// become `\u003c`..., which JSON reads back the same and HTML never sees.
    static func scriptSafe(json: [UInt8]) -> String {
        var out = [UInt8]()
        out.reserveCapacity(json.count + 64)
        for b in json {
            switch b {
            case UInt8(ascii: "<"): out.append(contentsOf: Array("\\u003c".utf8))
            case UInt8(ascii: ">"): out.append(contentsOf: Array("\\u003e".utf8))
            case UInt8(ascii: "&"): out.append(contentsOf: Array("\\u0026".utf8))
            default: out.append(b)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }
}
