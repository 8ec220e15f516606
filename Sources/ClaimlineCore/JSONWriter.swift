/// Writes compact JSON into a byte buffer, fields in the order they are
/// written, so the same record always gives the same bytes.
public struct JSONWriter {
    public private(set) var bytes: [UInt8] = []
    /// One bit per open container, the innermost highest: set until its
    /// first member is written. Containers nested deeper than 64 keep theirs
    /// in `deeper` (no allocation for the records the pipeline writes).
    private var firstBits: UInt64 = 0
    private var depth = 0
    private var deeper: [Bool] = []
    private var afterKey = false

    public init(reservingCapacity n: Int = 256) { bytes.reserveCapacity(n) }

    public mutating func reset() {
        bytes.removeAll(keepingCapacity: true)
        firstBits = 0
        depth = 0
        deeper.removeAll(keepingCapacity: true)
        afterKey = false
    }

    @inline(__always) private mutating func separate() {
        if afterKey { afterKey = false; return }
        if depth == 0 { return }
        if depth <= 64 {
            let bit: UInt64 = 1 &<< UInt64(depth &- 1)
            if firstBits & bit != 0 { firstBits &= ~bit } else { bytes.append(UInt8(ascii: ",")) }
        } else {
            if deeper[depth - 65] { deeper[depth - 65] = false } else { bytes.append(UInt8(ascii: ",")) }
        }
    }

    @inline(__always) private mutating func open() {
        depth += 1
        if depth <= 64 { firstBits |= 1 &<< UInt64(depth &- 1) } else { deeper.append(true) }
    }

    @inline(__always) private mutating func close() {
        precondition(depth > 0, "no open container to close")
        if depth > 64 { deeper.removeLast() }
        depth -= 1
    }

    public mutating func beginObject() { separate(); bytes.append(UInt8(ascii: "{")); open() }
    public mutating func endObject() { close(); bytes.append(UInt8(ascii: "}")) }
    public mutating func beginArray() { separate(); bytes.append(UInt8(ascii: "[")); open() }
    public mutating func endArray() { close(); bytes.append(UInt8(ascii: "]")) }

    public mutating func key(_ k: String) {
        separate()
        writeString(k)
        bytes.append(UInt8(ascii: ":"))
        afterKey = true
    }

    /// A key spelled in the code (`"start"`): its bytes copied with the quotes
    /// and colon, no String made; escaped as `key` does if it ever needs it.
    public mutating func key(static k: StaticString) {
        separate()
        if k.hasPointerRepresentation {
            let b = UnsafeBufferPointer(start: k.utf8Start, count: k.utf8CodeUnitCount)
            var plain = true
            for c in b where c < 0x20 || c == 0x22 || c == 0x5C { plain = false; break }
            if plain {
                bytes.append(0x22)
                bytes.append(contentsOf: b)
                bytes.append(0x22)
                bytes.append(UInt8(ascii: ":"))
                afterKey = true
                return
            }
        }
        writeString(k.description)
        bytes.append(UInt8(ascii: ":"))
        afterKey = true
    }

    public mutating func null() { separate(); bytes.append(contentsOf: [0x6E, 0x75, 0x6C, 0x6C]) }
    public mutating func bool(_ b: Bool) {
        separate()
        bytes.append(contentsOf: b ? Array("true".utf8) : Array("false".utf8))
    }
    public mutating func int(_ i: Int) { separate(); appendInt(i) }

    /// The decimal digits of `i` (as `String(i)` spells it), with no String made.
    @inline(__always) private mutating func appendInt(_ i: Int) {
        if i >= 0 && i < 10 { bytes.append(0x30 &+ UInt8(truncatingIfNeeded: i)); return }
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 20) { p in
            var n = i.magnitude
            var k = 20
            repeat {
                k -= 1
                p[k] = 0x30 &+ UInt8(truncatingIfNeeded: n % 10)
                n /= 10
            } while n > 0
            if i < 0 { bytes.append(0x2D) }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: p[k..<20]))
        }
    }

    /// Integral values within 2^53 are written without a fraction ("755",
    /// not "755.0"); others in Swift's shortest round-trip form.
    public mutating func double(_ d: Double) {
        separate()
        if !d.isFinite { bytes.append(contentsOf: [0x6E, 0x75, 0x6C, 0x6C]); return }
        if d == d.rounded(), abs(d) < 9.007_199_254_740_992e15 {
            appendInt(Int(d))
        } else {
            bytes.append(contentsOf: "\(d)".utf8)
        }
    }

    public mutating func string(_ s: String) { separate(); writeString(s) }

    /// A string given as code points (a slice of a document's text).
    public mutating func string<C: Collection>(scalars: C) where C.Element == Unicode.Scalar {
        separate()
        bytes.append(0x22)
        for sc in scalars { appendEscaped(sc.value) }
        bytes.append(0x22)
    }

    public mutating func raw(_ json: [UInt8]) { separate(); bytes.append(contentsOf: json) }

    // Conveniences for the common "key: value" pairs.
    public mutating func field(_ k: StaticString, _ v: String) { key(static: k); string(v) }
    public mutating func field(_ k: StaticString, _ v: String?) { key(static: k); if let v { string(v) } else { null() } }
    public mutating func field(_ k: StaticString, _ v: Int) { key(static: k); int(v) }
    public mutating func field(_ k: StaticString, _ v: Double) { key(static: k); double(v) }
    public mutating func field(_ k: StaticString, _ v: Double?) { key(static: k); if let v { double(v) } else { null() } }
    public mutating func field(_ k: StaticString, _ v: Bool) { key(static: k); bool(v) }

    private mutating func writeString(_ s: String) {
        var s = s
        bytes.append(0x22)
        s.withUTF8 { b in
            // Copy runs that need no escaping in one go; eight bytes are
            // tested at a time while none of them may need it.
            guard let base = b.baseAddress else { return }
            let n = b.count
            var run = 0
            var i = 0
            while i < n {
                while i + 8 <= n, !JSONWriter.mayNeedEscape(UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)) { i += 8 }
                guard i < n else { break }
                let c = b[i]
                if c < 0x20 || c == 0x22 || c == 0x5C {
                    if i > run { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: b[run..<i])) }
                    appendEscapedByte(c)
                    run = i + 1
                }
                i += 1
            }
            if n > run { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: b[run..<n])) }
        }
        bytes.append(0x22)
    }

    /// False only when none of the eight bytes of `x` is below 0x20, `"` or
    /// `\\` (a true answer is checked byte by byte).
    @inline(__always) private static func mayNeedEscape(_ x: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
        let quote = x ^ (ones &* 0x22), backslash = x ^ (ones &* 0x5C)
        let control = (x &- ones &* 0x20) & ~x
        let zero = ((quote &- ones) & ~quote) | ((backslash &- ones) & ~backslash)
        return (control | zero) & highs != 0
    }

    @inline(__always) private mutating func appendEscapedByte(_ b: UInt8) {
        switch b {
        case 0x22: bytes.append(0x5C); bytes.append(0x22)
        case 0x5C: bytes.append(0x5C); bytes.append(0x5C)
        case 0x0A: bytes.append(0x5C); bytes.append(UInt8(ascii: "n"))
        case 0x0D: bytes.append(0x5C); bytes.append(UInt8(ascii: "r"))
        case 0x09: bytes.append(0x5C); bytes.append(UInt8(ascii: "t"))
        case 0..<0x20:
            bytes.append(contentsOf: Array("\\u00".utf8))
            bytes.append(hexDigit(b >> 4)); bytes.append(hexDigit(b & 0xF))
        default: bytes.append(b)
        }
    }

    @inline(__always) private mutating func appendEscaped(_ v: UInt32) {
        if v < 0x80 { appendEscapedByte(UInt8(v)) } else { appendUTF8(&bytes, v) }
    }

    @inline(__always) private func hexDigit(_ n: UInt8) -> UInt8 { n < 10 ? 0x30 + n : 0x61 + n - 10 }
}
