/// Telling a document's text from other files' data. A text may hold a
/// stray NUL or control byte (a scraper's glitch, a truncated write) and is
/// kept, byte for byte; data is refused with what it looks like. Three
/// signs, in order: a byte order mark (text), a file signature (data), and
/// the share of control bytes in the first 4 KB: text has almost none,
/// compressed or encrypted data about one byte in ten.
enum BinaryData {
    /// How much of the start is read.
    static let head = 4096

    /// What the bytes of a document are.
    enum Kind: Equatable {
        case text
        /// UTF-16 (told by its mark or by its NUL high bytes): to be turned into UTF-8.
        case utf16(TextDecoding.Encoding)
        /// Not text or HTML; the reason says what it looks like.
        case data(String)
    }

    static func kind(_ b: [UInt8]) -> Kind {
        if let (enc, _) = TextDecoding.bom(b) { return enc == .utf8 ? .text : .utf16(enc) }
        if let kind = signature(b) { return .data("\(kind), not text or HTML") }
        let n = min(b.count, head)
        let control = controlBytes(b, n)
        if control == 0 { return .text }
        if let enc = TextDecoding.utf16WithoutBOM(b) { return .utf16(enc) }
        // Random-looking data has about 1 control byte in 10, a text with
        // glitches a few in a thousand: past 1 in 20 (and a stray two), data.
        if control > 2 && control * 20 > n {
            return .data("binary data (\(control) control bytes such as NUL in the first \(n) bytes), not text or HTML")
        }
        return .text
    }

    /// The bytes WHATWG's MIME sniffing calls binary: C0 controls other
    /// than tab, line feed, form feed, carriage return and escape.
    static func controlBytes(_ b: [UInt8], _ n: Int) -> Int {
        b.withUnsafeBufferPointer { p in
            var count = 0, i = 0
            if let base = p.baseAddress {
                // Eight bytes at a time: a word with no byte under 0x20 (most of
                // a text) is passed at once; the others are looked at byte by byte.
                let raw = UnsafeRawPointer(base)
                while n - i >= 8 {
                    let x = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
                    if (x &- 0x2020_2020_2020_2020) & ~x & 0x8080_8080_8080_8080 != 0 {
                        for k in i..<(i + 8) { count &+= isControl(p[k]) ? 1 : 0 }
                    }
                    i &+= 8
                }
            }
            while i < n { count &+= isControl(p[i]) ? 1 : 0; i &+= 1 }
            return count
        }
    }

    @inline(__always) static func isControl(_ c: UInt8) -> Bool {
        c < 0x20 && (UInt32(1) << UInt32(c)) & textControls == 0
    }

    /// Tab, LF, FF, CR, ESC as a bit set over 0x00-0x1F.
    static let textControls: UInt32 = 1 << 0x09 | 1 << 0x0A | 1 << 0x0C | 1 << 0x0D | 1 << 0x1B

    /// What the file's first bytes announce, for the formats a crawl brings
    /// back instead of pages (documents, images, archives, media, programs).
    static func signature(_ b: [UInt8]) -> String? {
        func at(_ offset: Int, _ bytes: [UInt8]) -> Bool {
            b.count >= offset + bytes.count && b[offset..<(offset + bytes.count)].elementsEqual(bytes)
        }
        func at(_ offset: Int, _ ascii: String) -> Bool { at(offset, Array(ascii.utf8)) }
        if at(0, "%PDF-") { return "a PDF document" }
        if at(0, [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) { return "a PNG image" }
        if at(0, [0xFF, 0xD8, 0xFF]) { return "a JPEG image" }
        if at(0, "GIF87a") || at(0, "GIF89a") { return "a GIF image" }
        if at(0, "RIFF") && (at(8, "WEBP") || at(8, "WAVE") || at(8, "AVI ")) { return "a RIFF media file (WebP, WAV or AVI)" }
        if at(4, "ftyp") { return "an ISO media file (MP4, MOV, HEIC)" }
        if at(0, [0x1A, 0x45, 0xDF, 0xA3]) { return "a Matroska or WebM video" }
        if at(0, "OggS") { return "an Ogg media file" }
        if at(0, "ID3") && b.count > 3 && b[3] < 0x10 { return "an MP3 audio file" }
        if at(0, [0x50, 0x4B, 0x03, 0x04]) { return "a ZIP archive (or a Word, Excel or EPUB file)" }
        if at(0, [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) { return "an old Microsoft Office file" }
        if at(0, [0x1F, 0x8B]) { return "gzip data still compressed (compressed twice?)" }
        if at(0, "BZh") && at(4, [0x31, 0x41, 0x59, 0x26, 0x53, 0x59]) { return "bzip2 data" }
        if at(0, [0xFD, 0x37, 0x7A, 0x58, 0x5A, 0x00]) { return "xz data" }
        if at(0, [0x28, 0xB5, 0x2F, 0xFD]) { return "zstd data" }
        if at(0, [0x37, 0x7A, 0xBC, 0xAF, 0x27, 0x1C]) { return "a 7-Zip archive" }
        if at(0, "SQLite format 3\0") { return "an SQLite database" }
        if at(0, [0x7F, 0x45, 0x4C, 0x46]) { return "an ELF program" }
        return nil
    }
}
