import Glibc

/// Works out how a browser would decode an HTML page and returns it as valid
/// UTF-8 for libxml2, so invalid bytes never stop a document:
///
/// 1. a byte-order mark decides;
/// 2. else the charset a `<meta charset>` or `<meta http-equiv content>` in
///    the first 1024 bytes declares, with the WHATWG label rules: Latin-1 and
///    ASCII labels mean Windows-1252, a UTF-16 label in an ASCII-readable
///    page means UTF-8, other legacy charsets go through iconv;
/// 3. else UTF-8 when the bytes are (mostly) UTF-8, otherwise Windows-1252.
///
/// One departure from browsers, in the reader's favour: a page declared as
/// a single-byte legacy charset whose bytes are valid UTF-8 with non-ASCII
/// characters is read as UTF-8 (a mislabelled UTF-8 page), not as mojibake.
/// Bytes invalid in the chosen encoding become U+FFFD.
enum HTMLDecoding {
    static func utf8(_ bytes: [UInt8]) -> [UInt8] {
        if let (enc, n) = TextDecoding.bom(bytes) {
            return enc == .utf8 ? repaired(bytes[n...]) : Array(TextDecoding.decode(bytes[n...], as: enc).utf8)
        }
        let label = declaredCharset(bytes).map(canonical)
        switch label {
        case nil, "utf-8":
            if isValidUTF8(bytes) { return bytes }
            return TextDecoding.looksMostlyUTF8(bytes) ? repaired(bytes[...]) : Array(TextDecoding.decode(bytes[...], as: .windows1252).utf8)
        case "windows-1252":
            if bytes.contains(where: { $0 >= 0x80 }), isValidUTF8(bytes) { return bytes }
            return Array(TextDecoding.decode(bytes[...], as: .windows1252).utf8)
        case let name?:
            if singleByte.contains(name), bytes.contains(where: { $0 >= 0x80 }), isValidUTF8(bytes) { return bytes }
            if let out = Iconv.toUTF8(bytes, from: name) { return out }
            return isValidUTF8(bytes) ? bytes : Array(TextDecoding.decode(bytes[...], as: .windows1252).utf8)
        }
    }

    static func repaired(_ b: ArraySlice<UInt8>) -> [UInt8] { Array(String(decoding: b, as: UTF8.self).utf8) }

    static func isValidUTF8(_ b: [UInt8]) -> Bool {
        // Pure ASCII is the common case of the non-ASCII-free prefix; check it fast.
        b.withUnsafeBufferPointer { p in
            var i = 0
            let n = p.count
            while i + 8 <= n {
                let w = UnsafeRawPointer(p.baseAddress! + i).loadUnaligned(as: UInt64.self)
                if w & 0x8080_8080_8080_8080 != 0 { break }
                i += 8
            }
            return String(validating: UnsafeBufferPointer(rebasing: p[i...]), as: UTF8.self) != nil
        }
    }

    /// Legacy encodings with one byte per character (where valid UTF-8 bytes
    /// are almost certainly a mislabelled UTF-8 page).
    static let singleByte: Set<String> = [
        "windows-1250", "windows-1251", "windows-1253", "windows-1254", "windows-1255", "windows-1256",
        "windows-1257", "windows-1258", "windows-874", "iso-8859-2", "iso-8859-3", "iso-8859-4", "iso-8859-5",
        "iso-8859-6", "iso-8859-7", "iso-8859-8", "iso-8859-10", "iso-8859-13", "iso-8859-14", "iso-8859-15",
        "iso-8859-16", "koi8-r", "koi8-u", "ibm866", "macintosh", "x-mac-cyrillic",
    ]

    /// A charset label as the WHATWG Encoding standard maps it (the common labels).
    static func canonical(_ label: String) -> String {
        switch label {
        case "utf-8", "utf8", "unicode-1-1-utf-8", "unicode11utf8", "unicode20utf8", "x-unicode20utf8",
             // A page whose meta tag could be read as ASCII is not UTF-16.
             "utf-16", "utf-16le", "utf-16be", "unicode", "ucs-2", "unicodefffe", "unicodefeff", "csunicode":
            return "utf-8"
        case "latin1", "iso-8859-1", "iso8859-1", "iso88591", "iso_8859-1", "iso_8859-1:1987", "l1", "cp819",
             "ibm819", "csisolatin1", "iso-ir-100", "ascii", "us-ascii", "ansi_x3.4-1968", "cp1252", "windows-1252",
             "x-cp1252", "x-user-defined":
            return "windows-1252"
        case "iso-8859-9", "iso8859-9", "latin5", "l5", "windows-1254", "cp1254", "x-cp1254": return "windows-1254"
        case "iso-8859-11", "tis-620", "windows-874", "dos-874", "iso8859-11": return "windows-874"
        case "gb2312", "gbk", "chinese", "csgb2312", "x-gbk", "iso-ir-58", "gb_2312", "gb_2312-80", "cp936", "windows-936":
            return "gbk"
        case "gb18030": return "gb18030"
        case "big5", "big5-hkscs", "cn-big5", "csbig5", "x-x-big5": return "big5-hkscs"
        case "shift_jis", "shift-jis", "sjis", "ms_kanji", "ms932", "windows-31j", "x-sjis", "csshiftjis": return "shift_jis"
        case "euc-jp", "cseucpkdfmtjapanese", "x-euc-jp": return "euc-jp"
        case "iso-2022-jp", "csiso2022jp": return "iso-2022-jp"
        case "euc-kr", "ks_c_5601-1987", "ks_c_5601-1989", "ksc5601", "ksc_5601", "windows-949", "cseuckr", "korean":
            return "euc-kr"
        case "cp1250", "x-cp1250": return "windows-1250"
        case "cp1251", "x-cp1251": return "windows-1251"
        case "mac", "macintosh", "csmacintosh", "x-mac-roman": return "macintosh"
        default:
            if label.hasPrefix("iso8859-") { return "iso-8859-" + label.dropFirst(8) }
            if label.hasPrefix("iso_8859-") { return "iso-8859-" + label.dropFirst(9) }
            return label
        }
    }

    /// The charset a `<meta>` tag in the first 1024 bytes declares, lowercased:
    /// `charset=` as an attribute, or inside the `content` of an http-equiv tag.
    static func declaredCharset(_ bytes: [UInt8]) -> String? {
        let head = bytes.prefix(1024).map { $0 >= 0x41 && $0 <= 0x5A ? $0 + 32 : $0 }
        let meta = Array("<meta".utf8), key = Array("charset".utf8)
        var i = 0
        while i + meta.count < head.count {
            guard head[i] == 0x3C, Array(head[i..<(i + meta.count)]) == meta else { i += 1; continue }
            var end = i + meta.count
            var quote: UInt8 = 0
            while end < head.count {
                let c = head[end]
                if quote != 0 { if c == quote { quote = 0 } } else if c == 0x22 || c == 0x27 { quote = c } else if c == 0x3E { break }
                end += 1
            }
            let tag = Array(head[i..<end])
            var j = 0
            while j + key.count < tag.count {
                if Array(tag[j..<(j + key.count)]) == key {
                    var k = j + key.count
                    while k < tag.count && (tag[k] == 0x20 || tag[k] == 0x09) { k += 1 }
                    if k < tag.count && tag[k] == 0x3D {
                        k += 1
                        while k < tag.count && (tag[k] == 0x20 || tag[k] == 0x22 || tag[k] == 0x27) { k += 1 }
                        var name: [UInt8] = []
                        while k < tag.count, name.count < 40 {
                            let c = tag[k]
                            if (c >= 0x61 && c <= 0x7A) || (c >= 0x30 && c <= 0x39) || c == 0x2D || c == 0x5F || c == 0x3A || c == 0x2E {
                                name.append(c); k += 1
                            } else { break }
                        }
                        if !name.isEmpty { return String(decoding: name, as: UTF8.self) }
                    }
                }
                j += 1
            }
            i = end
        }
        return nil
    }
}

/// glibc's iconv for legacy charsets; an invalid byte becomes U+FFFD and
/// decoding goes on.
enum Iconv {
    static func toUTF8(_ input: [UInt8], from charset: String) -> [UInt8]? {
        let name = charset == "big5-hkscs" ? "BIG5-HKSCS" : charset == "shift_jis" ? "CP932" : charset == "euc-kr" ? "CP949"
            : charset.uppercased()
        let cd = iconv_open("UTF-8", name)
        guard let cd, cd != iconv_t(bitPattern: -1) else { return nil }
        defer { iconv_close(cd) }
        var out = [UInt8](repeating: 0, count: input.count * 3 + 16)
        var produced = 0
        var input = input
        input.withUnsafeMutableBufferPointer { inBuf in
            var inPtr: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(inBuf.baseAddress!).assumingMemoryBound(to: CChar.self)
            var inLeft = inBuf.count
            while inLeft > 0 {
                if out.count - produced < 16 { out.append(contentsOf: [UInt8](repeating: 0, count: out.count)) }
                let result: Int = out.withUnsafeMutableBufferPointer { o in
                    var outPtr: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(o.baseAddress! + produced).assumingMemoryBound(to: CChar.self)
                    var outLeft = o.count - produced
                    let r = iconv(cd, &inPtr, &inLeft, &outPtr, &outLeft)
                    produced = o.count - outLeft
                    return r
                }
                if result != -1 { break }
                switch errno {
                case E2BIG: continue
                default:
                    // EILSEQ or EINVAL: a byte that is not valid here.
                    if out.count - produced < 3 { out.append(contentsOf: [UInt8](repeating: 0, count: 16)) }
                    out[produced] = 0xEF; out[produced + 1] = 0xBF; out[produced + 2] = 0xBD
                    produced += 3
                    inPtr = inPtr.map { $0 + 1 }
                    inLeft -= 1
                }
            }
        }
        out.removeSubrange(produced...)
        return out
    }
}
