#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads a document record or a claim laid out exactly as claimline writes
/// it (its fields in the writer's order, compact or spaced) straight into
/// the record, with no `JSONValue` in between: building and freeing that
/// tree was most of what a stage spent reading its input.
///
/// Every method gives nil at the first thing that differs from that layout
/// or that the general reader (`Record.init(fields:)`) would refuse; the
/// line is then read by the general reader, which accepts any key order and
/// names what is wrong. So this reader never decides what a valid record
/// is: for every line it reads, the general reader gives the same record.
struct CanonicalReader {
    private var c: JSONParser.Cursor

    init(_ buf: UnsafeBufferPointer<UInt8>) { c = JSONParser.Cursor(buf: buf) }

    // MARK: Records

    /// `{"type":T,"version":V,` and the ingest record's fields.
    mutating func ingested(_ type: StaticString, _ version: Int) -> IngestedDocument? {
        guard open(), key("type"), literal(type), next(), key("version"), int() == version, next(),
              key("id"), let id = string(), next(),
              key("source"), let source = string(), next(),
              key("format"), let fmt = string(), let format = DocumentFormat(rawValue: fmt), next(),
              key("text"), let s = string(), next() else { return nil }
        let text = CodePointText(s)
        guard key("blocks"), let blocks = blocks(text.count), next(), key("meta"), let meta = meta() else { return nil }
        return IngestedDocument(id: id, source: source, format: format, text: text, blocks: blocks, meta: meta)
    }

    /// `,"norm":{...}` after the ingest fields.
    mutating func normalized(_ base: IngestedDocument) -> NormalizedDocument? {
        guard next(), key("norm"), open(), key("text"), let s = string(), next() else { return nil }
        let t = CodePointText(s)
        guard key("map"), let map = offsetMap(t.count, base.text.count), close() else { return nil }
        return NormalizedDocument(base: base, norm: NormalizedText(text: t, map: map))
    }

    /// `,"sentences":[...]` after the normalize fields.
    mutating func segmented(_ base: NormalizedDocument) -> SegmentedDocument? {
        guard next(), key("sentences") else { return nil }
        let n = base.text.count, blockCount = base.blocks.count
        var out: [Sentence] = []
        guard array({ r in
            guard r.open(), let sp = r.spanFields(n), r.next(), r.key("block"), let b = r.int(),
                  b >= 0 && b < max(1, blockCount), r.close() else { return false }
            out.append(Sentence(sp, block: b))
            return true
        }) else { return nil }
        return SegmentedDocument(base: base, sentences: out)
    }

    /// `,"quotes":[...],"numbers":[...]` after the segment fields.
    mutating func extracted(_ base: SegmentedDocument) -> ExtractedDocument? {
        let n = base.text.count
        var quotes: [Quote] = []
        guard next(), key("quotes"), array({ r in
            guard r.open(), let sp = r.spanFields(n), r.next(), r.key("text"), r.string() != nil, r.next(),
                  r.key("inner"), r.open(), let inner = r.spanFields(n), r.close(), r.next(),
                  r.key("mark"), let mark = r.string(), r.next(),
                  r.key("group"), let g = r.int(), g >= 0 && g <= quotes.count, r.next(),
                  r.key("open"), let open = r.bool(), r.close() else { return false }
            quotes.append(Quote(span: sp, inner: inner, mark: mark, group: g, open: open))
            return true
        }) else { return nil }
        var numbers: [NumberMention] = []
        guard next(), key("numbers"), array({ r in
            guard let m = r.number(n) else { return false }
            numbers.append(m)
            return true
        }) else { return nil }
        return ExtractedDocument(base: base, quotes: quotes, numbers: numbers)
    }

    /// A claim record, whole.
    mutating func claim() -> Claim? {
        guard open(), key("type"), literal("claim"), next(), key("version"), int() == Claim.version, next(),
              key("doc"), let doc = string(), next(), key("id"), let id = string(), next(),
              key("kind"), let k = string(), let kind = ClaimKind(rawValue: k), next(),
              key("content"), let content = textSpan(), next(),
              key("source"), let source = optional({ $0.textSpan() }), next(),
              key("speaker"), let speaker = optionalString(), next(),
              key("source_type"), let st = string(), let sourceType = SourceType(rawValue: st), next(),
              key("cue"), let cue = optional({ $0.textSpan() }), next(),
              key("score"), let score = double(), next(), key("evidence") else { return nil }
        var evidence: [String] = []
        var numbers: [ClaimNumber] = []
        guard array({ r in
            guard let e = r.string() else { return false }
            evidence.append(e)
            return true
        }), next(), key("numbers"), array({ r in
            guard let m = r.claimNumber() else { return false }
            numbers.append(m)
            return true
        }), next(), key("sentence"), let sentence = int(), end() else { return nil }
        return Claim(doc: doc, id: id, kind: kind, content: content, source: source, speaker: speaker, sourceType: sourceType,
                     cue: cue, score: score, evidence: evidence, numbers: numbers, sentence: sentence)
    }

    /// The closing brace of the record and nothing after it.
    mutating func end() -> Bool {
        guard close() else { return false }
        c.skipSpace()
        return c.i == c.buf.count
    }

    // MARK: Parts

    private mutating func blocks(_ n: Int) -> [Block]? {
        var out: [Block] = []
        let ok = array { r in
            guard r.open(), let sp = r.spanFields(n), r.next(), r.key("role"), let role = r.string(), r.close() else { return false }
            out.append(Block(sp, BlockRole(rawValue: role)))
            return true
        }
        return ok ? out : nil
    }

    private mutating func meta() -> DocumentMeta? {
        guard open(), key("title"), let title = optionalString(), next(), key("date"), let date = optionalString(), next(),
              key("author"), let author = optionalString(), next(), key("url"), let url = optionalString(), next(),
              key("language"), let language = optionalString(), close() else { return nil }
        return DocumentMeta(title: title, date: date, author: author, url: url, language: language)
    }

    /// `[[normStart, normEnd, origStart, origEnd], ...]`, sorted and inside both texts.
    private mutating func offsetMap(_ normCount: Int, _ origCount: Int) -> OffsetMap? {
        var pieces: [OffsetMap.Piece] = []
        var lastN = 0, lastO = 0
        let ok = array { r in
            guard r.byte(UInt8(ascii: "[")), let ns = r.int(), r.byte(UInt8(ascii: ",")), let ne = r.int(), r.byte(UInt8(ascii: ",")),
                  let os = r.int(), r.byte(UInt8(ascii: ",")), let oe = r.int(), r.byte(UInt8(ascii: "]")),
                  ns >= lastN, ne >= ns, os >= lastO, oe >= os, ne <= normCount, oe <= origCount else { return false }
            pieces.append(.init(norm: Span(ns, ne), orig: Span(os, oe)))
            lastN = ne; lastO = oe
            return true
        }
        return ok ? OffsetMap(pieces: pieces) : nil
    }

    /// One number mention as the extract record writes it.
    private mutating func number(_ n: Int) -> NumberMention? {
        guard open(), let span = spanFields(n), next(), key("text"), string() != nil, next(),
              key("value"), let value = double(), next(),
              key("kind"), let k = string(), let kind = NumberKind(rawValue: k), next(),
              key("approx"), let approx = optionalString(), next(),
              key("counts"), let counts = optionalString(), next(),
              key("unit"), let unit = optionalString(), next(), key("numeral") else { return nil }
        var m = NumberMention(span: span, value: value, kind: kind, approx: approx, counts: counts, unit: unit)
        if !null() {
            guard open(), let s = spanFields(n), close(), span.contains(s) else { return nil }
            m.numeral = s
        }
        guard next(), key("denominator") else { return nil }
        if !null() {
            guard open(), let s = spanFields(n), next(), key("value"), let v = double(), close(), span.contains(s) else { return nil }
            m.denominator = Denominator(span: s, value: v)
        }
        return close() ? m : nil
    }

    /// `{"start","end","text"}` as a claim carries a span, the text as long as the span.
    private mutating func textSpan() -> TextSpan? {
        guard open(), let sp = spanFields(Int.max), next(), key("text"), let t = string(), close(),
              t.unicodeScalars.count == sp.length else { return nil }
        return TextSpan(span: sp, text: t)
    }

    /// A number as a claim carries it (no numeral, no denominator).
    private mutating func claimNumber() -> ClaimNumber? {
        guard open(), let span = spanFields(Int.max), next(), key("text"), let text = string(), next(),
              key("value"), let value = double(), next(),
              key("kind"), let k = string(), let kind = NumberKind(rawValue: k), next(),
              key("approx"), let approx = optionalString(), next(),
              key("counts"), let counts = optionalString(), next(),
              key("unit"), let unit = optionalString(), close() else { return nil }
        return ClaimNumber(NumberMention(span: span, value: value, kind: kind, approx: approx, counts: counts, unit: unit), text: text)
    }

    /// `read`'s value, or null (`.some(nil)`).
    private mutating func optional<T>(_ read: (inout CanonicalReader) -> T?) -> T?? {
        if null() { return .some(nil) }
        guard let x = read(&self) else { return nil }
        return .some(x)
    }

    /// `"start":S,"end":E` inside `0...n`, as `Span(json:bound:)` checks.
    private mutating func spanFields(_ n: Int) -> Span? {
        guard key("start"), let s = int(), next(), key("end"), let e = int(), s >= 0, e >= s, e <= n else { return nil }
        return Span(s, e)
    }

    /// `[item, ...]`, each read by `item` (false gives up).
    private mutating func array(_ item: (inout CanonicalReader) -> Bool) -> Bool {
        guard byte(UInt8(ascii: "[")) else { return false }
        if byte(UInt8(ascii: "]")) { return true }
        while true {
            guard item(&self) else { return false }
            if byte(UInt8(ascii: ",")) { continue }
            return byte(UInt8(ascii: "]"))
        }
    }

    // MARK: Tokens

    private mutating func byte(_ b: UInt8) -> Bool {
        c.skipSpace()
        guard c.i < c.buf.count, c.buf[c.i] == b else { return false }
        c.i += 1
        return true
    }

    private mutating func open() -> Bool { byte(UInt8(ascii: "{")) }
    private mutating func close() -> Bool { byte(UInt8(ascii: "}")) }
    private mutating func next() -> Bool { byte(UInt8(ascii: ",")) }

    /// `"name":`, the name plain ASCII as the writer spells it.
    private mutating func key(_ name: StaticString) -> Bool {
        guard literal(name) else { return false }
        return byte(UInt8(ascii: ":"))
    }

    /// A string equal to `s` written without escapes.
    private mutating func literal(_ s: StaticString) -> Bool {
        c.skipSpace()
        let n = s.utf8CodeUnitCount
        guard c.i + n + 2 <= c.buf.count, c.buf[c.i] == UInt8(ascii: "\""), c.buf[c.i + n + 1] == UInt8(ascii: "\""),
              memcmp(c.buf.baseAddress! + c.i + 1, s.utf8Start, n) == 0 else { return false }
        c.i += n + 2
        return true
    }

    private mutating func string() -> String? {
        c.skipSpace()
        guard c.i < c.buf.count, c.buf[c.i] == UInt8(ascii: "\"") else { return nil }
        return try? c.string()
    }

    /// A string, or null (`.some(nil)`).
    private mutating func optionalString() -> String?? {
        if null() { return .some(nil) }
        guard let s = string() else { return nil }
        return .some(s)
    }

    private mutating func null() -> Bool {
        c.skipSpace()
        guard c.i + 4 <= c.buf.count, c.buf[c.i] == UInt8(ascii: "n") else { return false }
        guard (try? c.literal("null")) != nil else { return false }
        return true
    }

    private mutating func bool() -> Bool? {
        c.skipSpace()
        guard c.i < c.buf.count else { return nil }
        if c.buf[c.i] == UInt8(ascii: "t") { return (try? c.literal("true")) != nil ? true : nil }
        if c.buf[c.i] == UInt8(ascii: "f") { return (try? c.literal("false")) != nil ? false : nil }
        return nil
    }

    /// An integer written as one (`5`, not `5.0`: that one the general reader takes).
    private mutating func int() -> Int? {
        c.skipSpace()
        guard c.i < c.buf.count, c.buf[c.i] == UInt8(ascii: "-") || (c.buf[c.i] >= 0x30 && c.buf[c.i] <= 0x39),
              case .int(let v)? = try? c.number() else { return nil }
        return v
    }

    /// A number, as `JSONValue.double` reads it.
    private mutating func double() -> Double? {
        c.skipSpace()
        guard c.i < c.buf.count, c.buf[c.i] == UInt8(ascii: "-") || (c.buf[c.i] >= 0x30 && c.buf[c.i] <= 0x39),
              let v = try? c.number() else { return nil }
        return v.double
    }
}

// MARK: Each document record's reading

extension IngestedDocument {
    public static func decodeCanonical(_ b: UnsafeBufferPointer<UInt8>) -> IngestedDocument? {
        var r = CanonicalReader(b)
        guard let d = r.ingested("ingest", IngestedDocument.version), r.end() else { return nil }
        return d
    }
}

extension NormalizedDocument {
    public static func decodeCanonical(_ b: UnsafeBufferPointer<UInt8>) -> NormalizedDocument? {
        var r = CanonicalReader(b)
        guard let i = r.ingested("normalize", NormalizedDocument.version), let d = r.normalized(i), r.end() else { return nil }
        return d
    }
}

extension SegmentedDocument {
    public static func decodeCanonical(_ b: UnsafeBufferPointer<UInt8>) -> SegmentedDocument? {
        var r = CanonicalReader(b)
        guard let i = r.ingested("segment", SegmentedDocument.version), let nd = r.normalized(i), let d = r.segmented(nd), r.end() else { return nil }
        return d
    }
}

extension Claim {
    public static func decodeCanonical(_ b: UnsafeBufferPointer<UInt8>) -> Claim? {
        var r = CanonicalReader(b)
        return r.claim()
    }
}

extension ExtractedDocument {
    public static func decodeCanonical(_ b: UnsafeBufferPointer<UInt8>) -> ExtractedDocument? {
        var r = CanonicalReader(b)
        guard let i = r.ingested("extract", ExtractedDocument.version), let nd = r.normalized(i), let sd = r.segmented(nd),
              let d = r.extracted(sd), r.end() else { return nil }
        return d
    }
}
