/// Works out how a browser would decode an HTML page (BOM, then the charset
/// declared in the first bytes, then UTF-8 if valid, else Windows-1252) and
/// returns the page as valid UTF-8 for libxml2, so invalid bytes never stop it.
enum HTMLDecoding {
    static func utf8(_ bytes: [UInt8]) -> [UInt8] {
        if let (enc, n) = TextDecoding.bom(bytes) {
            return enc == .utf8 ? repaired(bytes[n...]) : Array(TextDecoding.decode(bytes[n...], as: enc).utf8)
        }
        switch declaredCharset(bytes) {
        case "utf-8", "utf8", nil:
            if let _ = String(validating: bytes, as: UTF8.self) { return bytes }
            return TextDecoding.looksMostlyUTF8(bytes) ? repaired(bytes[...]) : Array(TextDecoding.decode(bytes[...], as: .windows1252).utf8)
        case "utf-16", "utf-16le":
            return Array(TextDecoding.decode(bytes[...], as: .utf16le).utf8)
        case "utf-16be":
            return Array(TextDecoding.decode(bytes[...], as: .utf16be).utf8)
        default:
            // Latin-1, ASCII and Windows-1252 labels all mean Windows-1252 to a
            // browser; other legacy charsets are rare in news and read the same way
            // for their ASCII part.
            if let _ = String(validating: bytes, as: UTF8.self), bytes.contains(where: { $0 >= 0x80 }) { return bytes }
            return Array(TextDecoding.decode(bytes[...], as: .windows1252).utf8)
        }
    }

    static func repaired(_ b: ArraySlice<UInt8>) -> [UInt8] { Array(String(decoding: b, as: UTF8.self).utf8) }

    /// The charset named by `<meta charset>` or `http-equiv` content in the first 4 KB, lowercased.
    static func declaredCharset(_ bytes: [UInt8]) -> String? {
        let head = bytes.prefix(4096).map { $0 >= 0x41 && $0 <= 0x5A ? $0 + 32 : $0 }
        let key = Array("charset".utf8)
        var i = 0
        while i + key.count < head.count {
            if head[i] == key[0] && Array(head[i..<(i + key.count)]) == key {
                var j = i + key.count
                while j < head.count && (head[j] == 0x20 || head[j] == 0x3D || head[j] == 0x22 || head[j] == 0x27) { j += 1 }
                var name: [UInt8] = []
                while j < head.count, name.count < 40 {
                    let c = head[j]
                    if (c >= 0x61 && c <= 0x7A) || (c >= 0x30 && c <= 0x39) || c == 0x2D || c == 0x5F { name.append(c); j += 1 } else { break }
                }
                if !name.isEmpty { return String(decoding: name, as: UTF8.self) }
            }
            i += 1
        }
        return nil
    }
}
