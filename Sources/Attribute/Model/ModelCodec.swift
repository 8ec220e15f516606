/// The model file: a compact binary form (weights quantized to 16 bits,
/// feature indices delta-coded) carried as base64 text in a Swift source.
package enum ModelCodec {
    static let magic: [UInt8] = Array("CLAM".utf8) + [2]

    package static func encode(_ m: AttributionModel) -> [UInt8] {
        var out = magic
        putVarint(&out, UInt64(m.cueWordList.count))
        for w in m.cueWordList { let b = Array(w.utf8); putVarint(&out, UInt64(b.count)); out += b }
        for x in [m.cueThreshold, m.sourceThreshold, m.emitThreshold, m.sureCueThreshold] { putDouble(&out, x) }
        putVarint(&out, UInt64(m.calibration.xs.count))
        for (x, y) in zip(m.calibration.xs, m.calibration.ys) { putDouble(&out, x); putDouble(&out, y) }
        for lm in [m.cue, m.source, m.owner, m.start, m.end, m.link, m.score] { encode(lm, &out) }
        return out
    }

    package static func decode(_ b: [UInt8]) -> AttributionModel? {
        guard b.count > magic.count, Array(b[0..<magic.count]) == magic else { return nil }
        var r = Reader(bytes: b, at: magic.count)
        guard let n = r.varint() else { return nil }
        var words: [String] = []
        for _ in 0..<n {
            guard let len = r.varint(), let bytes = r.take(Int(len)) else { return nil }
            words.append(String(decoding: bytes, as: UTF8.self))
        }
        guard let ct = r.double(), let st = r.double(), let et = r.double(), let sure = r.double(), let cn = r.varint() else { return nil }
        var xs: [Double] = [], ys: [Double] = []
        for _ in 0..<cn { guard let x = r.double(), let y = r.double() else { return nil }; xs.append(x); ys.append(y) }
        var models: [LinearModel] = []
        for _ in 0..<7 { guard let lm = decodeModel(&r) else { return nil }; models.append(lm) }
        var m = AttributionModel(cueWordList: words, cue: models[0], source: models[1], owner: models[2], start: models[3],
                                 end: models[4], link: models[5], score: models[6], calibration: Calibration(xs: xs, ys: ys),
                                 cueThreshold: ct, sourceThreshold: st, emitThreshold: et)
        m.sureCueThreshold = sure
        return m
    }

    /// The model as it will be after a round trip through the file.
    package static func quantized(_ m: LinearModel) -> LinearModel {
        var b: [UInt8] = []
        encode(m, &b)
        var r = Reader(bytes: b, at: 0)
        return decodeModel(&r)!
    }

    static func encode(_ m: LinearModel, _ out: inout [UInt8]) {
        let ws = m.weights
        let maxAbs = ws.reduce(Float(0)) { max($0, abs($1.1)) }
        let scale = maxAbs > 0 ? maxAbs / 32767 : 1
        let q = ws.compactMap { (k, w) -> (UInt32, Int16)? in
            let x = Int16(clamping: Int((w / scale).rounded()))
            return x == 0 ? nil : (k, x)
        }
        putFloat(&out, m.bias)
        putFloat(&out, scale)
        putVarint(&out, UInt64(q.count))
        var prev: UInt32 = 0
        for (k, x) in q {
            putVarint(&out, UInt64(k - prev)); prev = k
            let z = UInt64(bitPattern: Int64(x) << 1 ^ Int64(x) >> 63)
            putVarint(&out, z)
        }
    }

    static func decodeModel(_ r: inout Reader) -> LinearModel? {
        guard let bias = r.float(), let scale = r.float(), let n = r.varint() else { return nil }
        var codes: [(UInt32, Int16)] = []
        codes.reserveCapacity(Int(n))
        var k: UInt32 = 0
        for _ in 0..<n {
            guard let d = r.varint(), let z = r.varint() else { return nil }
            k += UInt32(d)
            let x = Int64(bitPattern: z >> 1) ^ -Int64(bitPattern: z & 1)
            guard let code = Int16(exactly: x) else { return nil }
            codes.append((k, code))
        }
        return LinearModel(bias: bias, scale: scale, codes: codes)
    }

    static func putVarint(_ out: inout [UInt8], _ v: UInt64) {
        var v = v
        while v >= 0x80 { out.append(UInt8(v & 0x7F) | 0x80); v >>= 7 }
        out.append(UInt8(v))
    }
    static func putFloat(_ out: inout [UInt8], _ x: Float) { withUnsafeBytes(of: x.bitPattern.littleEndian) { out += $0 } }
    static func putDouble(_ out: inout [UInt8], _ x: Double) { withUnsafeBytes(of: x.bitPattern.littleEndian) { out += $0 } }

    struct Reader {
        let bytes: [UInt8]
        var at: Int
        mutating func varint() -> UInt64? {
            var v: UInt64 = 0, shift: UInt64 = 0
            while at < bytes.count, shift < 64 {
                let b = bytes[at]; at += 1
                v |= UInt64(b & 0x7F) << shift
                if b < 0x80 { return v }
                shift += 7
            }
            return nil
        }
        mutating func take(_ n: Int) -> ArraySlice<UInt8>? {
            guard n >= 0, at + n <= bytes.count else { return nil }
            defer { at += n }
            return bytes[at..<(at + n)]
        }
        mutating func float() -> Float? {
            guard let b = take(4) else { return nil }
            var u: UInt32 = 0
            for (i, x) in b.enumerated() { u |= UInt32(x) << (8 * UInt32(i)) }
            return Float(bitPattern: u)
        }
        mutating func double() -> Double? {
            guard let b = take(8) else { return nil }
            var u: UInt64 = 0
            for (i, x) in b.enumerated() { u |= UInt64(x) << (8 * UInt64(i)) }
            return Double(bitPattern: u)
        }
    }

    // MARK: base64

    static let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8)

    package static func base64(_ b: [UInt8]) -> String {
        var out: [UInt8] = []
        out.reserveCapacity((b.count + 2) / 3 * 4)
        var i = 0
        while i + 2 < b.count {
            let n = UInt32(b[i]) << 16 | UInt32(b[i + 1]) << 8 | UInt32(b[i + 2])
            for s in [18, 12, 6, 0] { out.append(alphabet[Int((n >> UInt32(s)) & 63)]) }
            i += 3
        }
        let rest = b.count - i
        if rest > 0 {
            let n = UInt32(b[i]) << 16 | (rest > 1 ? UInt32(b[i + 1]) << 8 : 0)
            out.append(alphabet[Int((n >> 18) & 63)]); out.append(alphabet[Int((n >> 12) & 63)])
            out.append(rest > 1 ? alphabet[Int((n >> 6) & 63)] : UInt8(ascii: "="))
            out.append(UInt8(ascii: "="))
        }
        return String(decoding: out, as: UTF8.self)
    }

    package static func unbase64(_ s: String) -> [UInt8] {
        var table = [UInt8](repeating: 255, count: 256)
        for (i, c) in alphabet.enumerated() { table[Int(c)] = UInt8(i) }
        // Over the UTF-8 bytes in place, into storage sized once (the model
        // is half a megabyte of text, decoded as each process starts).
        var s = s
        return s.withUTF8 { b in
            [UInt8](unsafeUninitializedCapacity: b.count / 4 * 3 + 3) { out, count in
                var acc: UInt32 = 0, bits = 0, k = 0
                for c in b {
                    let v = table[Int(c)]
                    if v == 255 { continue }
                    acc = acc << 6 | UInt32(v); bits += 6
                    if bits >= 8 { bits -= 8; out[k] = UInt8((acc >> UInt32(bits)) & 0xFF); k += 1 }
                }
                count = k
            }
        }
    }
}
