/// Turns bytes into text the way a reader would see them: a BOM wins, then
/// valid UTF-8, then Windows-1252 (what "Latin-1" files almost always are).
enum TextDecoding {
    enum Encoding: String { case utf8 = "UTF-8", utf16le = "UTF-16LE", utf16be = "UTF-16BE", windows1252 = "windows-1252" }

    /// The encoding a BOM announces, and the BOM's length.
    static func bom(_ b: [UInt8]) -> (Encoding, Int)? {
        if b.count >= 3 && b[0] == 0xEF && b[1] == 0xBB && b[2] == 0xBF { return (.utf8, 3) }
        if b.count >= 2 && b[0] == 0xFF && b[1] == 0xFE { return (.utf16le, 2) }
        if b.count >= 2 && b[0] == 0xFE && b[1] == 0xFF { return (.utf16be, 2) }
        return nil
    }

    /// UTF-16 without a byte order mark: most characters of a text are
    /// ASCII, so one byte of each pair (the high byte) is NUL and the other
    /// almost never is, and the units read as text, not control codes.
    static func utf16WithoutBOM(_ b: [UInt8]) -> Encoding? {
        let n = min(b.count, BinaryData.head) & ~1
        guard n >= 8 else { return nil }
        var evenNUL = 0, oddNUL = 0
        for i in stride(from: 0, to: n, by: 2) {
            if b[i] == 0 { evenNUL += 1 }
            if b[i + 1] == 0 { oddNUL += 1 }
        }
        let pairs = n / 2
        let enc: Encoding
        if oddNUL * 10 >= pairs * 4 && evenNUL * 50 <= pairs { enc = .utf16le }
        else if evenNUL * 10 >= pairs * 4 && oddNUL * 50 <= pairs { enc = .utf16be }
        else { return nil }
        var control = 0
        for i in stride(from: 0, to: n, by: 2) {
            let u = enc == .utf16le ? UInt16(b[i + 1]) << 8 | UInt16(b[i]) : UInt16(b[i]) << 8 | UInt16(b[i + 1])
            if u < 0x20 && (1 << UInt32(u)) & BinaryData.textControls == 0 { control += 1 }
        }
        return control * 100 > pairs ? nil : enc
    }

    /// UTF-16 as UTF-8 behind a UTF-8 mark, so that what reads the bytes
    /// next (the HTML sniffer and decoder, the text decoder) reads the
    /// characters they hold.
    static func utf8(_ b: [UInt8], from enc: Encoding) -> [UInt8] {
        let n = bom(b)?.1 ?? 0
        return [0xEF, 0xBB, 0xBF] + Array(decode(b[n...], as: enc).utf8)
    }

    /// Decodes plain text (UTF-16 without a mark is turned into UTF-8 before,
    /// by `utf8(_:from:)`). Never fails: undecodable bytes become U+FFFD.
    static func decode(_ b: [UInt8]) -> String {
        if let (enc, n) = bom(b) { return decode(b[n...], as: enc) }
        if let s = String(validating: b, as: UTF8.self) { return s }
        // Mostly UTF-8 with a few bad bytes reads better as UTF-8 repaired.
        if looksMostlyUTF8(b) { return String(decoding: b, as: UTF8.self) }
        return decode(b[...], as: .windows1252)
    }

    static func decode(_ b: ArraySlice<UInt8>, as enc: Encoding) -> String {
        switch enc {
        case .utf8: return String(decoding: b, as: UTF8.self)
        case .utf16le, .utf16be:
            var units = [UInt16](); units.reserveCapacity(b.count / 2)
            var i = b.startIndex
            while i + 1 < b.endIndex {
                let lo = UInt16(b[i]), hi = UInt16(b[i + 1])
                units.append(enc == .utf16le ? hi << 8 | lo : lo << 8 | hi)
                i += 2
            }
            return String(decoding: units, as: UTF16.self)
        case .windows1252:
            var s = String.UnicodeScalarView()
            for byte in b { s.append(windows1252(byte)) }
            return String(s)
        }
    }

    /// Windows-1252: Latin-1 with printable characters in 0x80-0x9F.
    static func windows1252(_ b: UInt8) -> Unicode.Scalar {
        if b < 0x80 || b >= 0xA0 { return Unicode.Scalar(b) }
        let table: [UInt32] = [0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
                               0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0xFFFD, 0x017D, 0xFFFD,
                               0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
                               0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178]
        return Unicode.Scalar(table[Int(b - 0x80)])!
    }

    /// True when multi-byte UTF-8 sequences clearly outnumber stray high bytes.
    static func looksMostlyUTF8(_ b: [UInt8]) -> Bool {
        var good = 0, bad = 0, i = 0
        while i < b.count {
            let c = b[i]
            if c < 0x80 { i += 1; continue }
            let n = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC2 ? 2 : 0
            if n > 0, i + n <= b.count, (1..<n).allSatisfy({ b[i + $0] & 0xC0 == 0x80 }) { good += 1; i += n } else { bad += 1; i += 1 }
        }
        return good > 4 * bad
    }
}
