/// Writes compact JSON into a byte buffer, fields in the order they are
/// written, so the same record always gives the same bytes.
///
/// The buffer is the writer's own memory, not an Array: a record is hundreds
/// of small appends, and Array's uniqueness and capacity checks on each one
/// cost more than the bytes. Non-copyable, so two writers never share it.
public struct JSONWriter: ~Copyable {
    private var base: UnsafeMutablePointer<UInt8>
    private var count = 0
    private var capacity: Int
    /// One bit per open container, the innermost highest: set until its
    /// first member is written. Containers nested deeper than 64 keep theirs
    /// in `deeper` (no allocation for the records the pipeline writes).
    private var firstBits: UInt64 = 0
    private var depth = 0
    private var deeper: [Bool] = []
    private var afterKey = false

    public init(reservingCapacity n: Int = 256) {
        capacity = max(16, n)
        base = .allocate(capacity: capacity)
    }

    deinit { base.deallocate() }

    /// What has been written so far.
    public var bytes: [UInt8] { Array(UnsafeBufferPointer(start: base, count: count)) }

    public mutating func reset() {
        count = 0
        firstBits = 0
        depth = 0
        deeper.removeAll(keepingCapacity: true)
        afterKey = false
    }

    /// Room for `n` more bytes.
    @inline(__always) private mutating func reserve(_ n: Int) {
        if count &+ n > capacity { grow(count + n) }
    }

    private mutating func grow(_ needed: Int) {
        var c = capacity * 2
        while c < needed { c *= 2 }
        let q = UnsafeMutablePointer<UInt8>.allocate(capacity: c)
        q.update(from: base, count: count)
        base.deallocate()
        base = q
        capacity = c
    }

    @inline(__always) private mutating func put(_ b: UInt8) {
        reserve(1)
        base[count] = b
        count &+= 1
    }

    @inline(__always) private mutating func put(_ a: UInt8, _ b: UInt8) {
        reserve(2)
        base[count] = a
        base[count &+ 1] = b
        count &+= 2
    }

    @inline(__always) private mutating func put(_ b: UnsafeBufferPointer<UInt8>) {
        guard let src = b.baseAddress, b.count > 0 else { return }
        reserve(b.count)
        (base + count).update(from: src, count: b.count)
        count &+= b.count
    }

    @inline(__always) private mutating func separate() {
        if afterKey { afterKey = false; return }
        if depth == 0 { return }
        if depth <= 64 {
            let bit: UInt64 = 1 &<< UInt64(depth &- 1)
            if firstBits & bit != 0 { firstBits &= ~bit } else { put(UInt8(ascii: ",")) }
        } else {
            if deeper[depth - 65] { deeper[depth - 65] = false } else { put(UInt8(ascii: ",")) }
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

    public mutating func beginObject() { separate(); put(UInt8(ascii: "{")); open() }
    public mutating func endObject() { close(); put(UInt8(ascii: "}")) }
    public mutating func beginArray() { separate(); put(UInt8(ascii: "[")); open() }
    public mutating func endArray() { close(); put(UInt8(ascii: "]")) }

    public mutating func key(_ k: String) {
        separate()
        writeString(k)
        put(UInt8(ascii: ":"))
        afterKey = true
    }

    /// A key spelled in the code (`"start"`): its bytes copied with the quotes
    /// and colon, no String made; escaped as `key` does if it ever needs it.
    /// Inlined where this module writes a record, so the key's length is a
    /// constant there and only its own copy is left.
    @inline(__always)
    public mutating func key(static k: StaticString) {
        separate()
        if k.hasPointerRepresentation, putPlainKey(k.utf8Start, k.utf8CodeUnitCount) { afterKey = true; return }
        otherKey(k)
    }

    /// A key of another length, or one that needs escaping.
    @inline(never)
    private mutating func otherKey(_ k: StaticString) {
        if k.hasPointerRepresentation {
            // Copied and checked in one loop (keys are a few bytes: a call
            // to memcpy costs more); nothing is kept if a byte needs escaping.
            let src = k.utf8Start, n = k.utf8CodeUnitCount
            reserve(n &+ 3)
            let dst = base + count
            dst[0] = 0x22
            var plain = true
            for i in 0..<n {
                let c = src[i]
                if c < 0x20 || c == 0x22 || c == 0x5C { plain = false; break }
                dst[i &+ 1] = c
            }
            if plain {
                dst[n &+ 1] = 0x22
                dst[n &+ 2] = UInt8(ascii: ":")
                count &+= n &+ 3
                afterKey = true
                return
            }
        }
        writeString(k.description)
        put(UInt8(ascii: ":"))
        afterKey = true
    }

    /// A key of 2 to 16 bytes as two loads that overlap unless its length
    /// is a power of two, tested eight bytes at a time and stored as loaded,
    /// with the quotes and colon. False, with nothing kept, for other
    /// lengths or a byte that needs escaping.
    @inline(__always) private mutating func putPlainKey(_ src: UnsafePointer<UInt8>, _ n: Int) -> Bool {
        guard n >= 2, n <= 16 else { return false }
        let from = UnsafeRawPointer(src)
        reserve(n &+ 3)
        let to = UnsafeMutableRawPointer(base + count)
        if n >= 8 {
            let a = from.loadUnaligned(as: UInt64.self), b = from.loadUnaligned(fromByteOffset: n &- 8, as: UInt64.self)
            if JSONWriter.mayNeedEscape(a) || JSONWriter.mayNeedEscape(b) { return false }
            to.storeBytes(of: a, toByteOffset: 1, as: UInt64.self)
            to.storeBytes(of: b, toByteOffset: n &- 7, as: UInt64.self)
        } else if n >= 4 {
            let a = from.loadUnaligned(as: UInt32.self), b = from.loadUnaligned(fromByteOffset: n &- 4, as: UInt32.self)
            if JSONWriter.mayNeedEscape(UInt64(a) | UInt64(b) << 32) { return false }
            to.storeBytes(of: a, toByteOffset: 1, as: UInt32.self)
            to.storeBytes(of: b, toByteOffset: n &- 3, as: UInt32.self)
        } else {
            let a = from.loadUnaligned(as: UInt16.self), b = from.loadUnaligned(fromByteOffset: n &- 2, as: UInt16.self)
            // The four high bytes, never tested as key bytes, are plain letters.
            if JSONWriter.mayNeedEscape(UInt64(a) | UInt64(b) << 16 | 0x4141_4141_0000_0000) { return false }
            to.storeBytes(of: a, toByteOffset: 1, as: UInt16.self)
            to.storeBytes(of: b, toByteOffset: n &- 1, as: UInt16.self)
        }
        to.storeBytes(of: 0x22, as: UInt8.self)
        to.storeBytes(of: 0x22, toByteOffset: n &+ 1, as: UInt8.self)
        to.storeBytes(of: UInt8(ascii: ":"), toByteOffset: n &+ 2, as: UInt8.self)
        count &+= n &+ 3
        return true
    }

    public mutating func null() { separate(); putLiteral("null") }
    public mutating func bool(_ b: Bool) { separate(); putLiteral(b ? "true" : "false") }

    @inline(__always) private mutating func putLiteral(_ s: StaticString) {
        put(UnsafeBufferPointer(start: s.utf8Start, count: s.utf8CodeUnitCount))
    }

    public mutating func int(_ i: Int) { separate(); appendInt(i) }

    /// The decimal digits of `i` (as `String(i)` spells it), with no String made.
    @inline(__always) private mutating func appendInt(_ i: Int) {
        if i >= 0 && i < 10 { put(0x30 &+ UInt8(truncatingIfNeeded: i)); return }
        reserve(20)
        var n = i.magnitude
        // Offsets and counts have a few digits: told by comparisons, not divisions.
        var digits = n < 100 ? (n < 10 ? 1 : 2) : (n < 10_000 ? (n < 1000 ? 3 : 4) : 5)
        if n >= 100_000 {
            var m = n / 100_000
            repeat { digits &+= 1; m /= 10 } while m > 0
        }
        if i < 0 { base[count] = 0x2D; count &+= 1 }
        var k = count &+ digits
        // Two digits a step.
        while n >= 10 {
            let r = n % 100
            n /= 100
            base[k &- 1] = 0x30 &+ UInt8(truncatingIfNeeded: r % 10)
            base[k &- 2] = 0x30 &+ UInt8(truncatingIfNeeded: r / 10)
            k &-= 2
        }
        if k > count { base[k &- 1] = 0x30 &+ UInt8(truncatingIfNeeded: n) }
        count &+= digits
    }

    /// Integral values within 2^53 are written without a fraction ("755",
    /// not "755.0"); others in Swift's shortest round-trip form.
    public mutating func double(_ d: Double) {
        separate()
        if !d.isFinite { putLiteral("null"); return }
        if d == d.rounded(), abs(d) < 9.007_199_254_740_992e15 {
            appendInt(Int(d))
        } else if let k = Self.tenThousandths(d) {
            appendFraction(k)
        } else {
            var s = "\(d)"
            s.withUTF8 { put($0) }
        }
    }

    /// `k` when `d` is the Double nearest `k / 10000` for `k` in 1...9999
    /// (scores are rounded so). Its shortest round-trip form, Swift's, is
    /// then `0.` and the four digits of `k` without trailing zeros, written
    /// without making a String (a test checks every `k`).
    @inline(__always) static func tenThousandths(_ d: Double) -> Int? {
        guard d > 0, d < 1 else { return nil }
        let k = Int((d * 1e4).rounded())
        return Double(k) / 1e4 == d ? k : nil
    }

    private mutating func appendFraction(_ k: Int) {
        var digits = 4, n = k
        while n % 10 == 0 { n /= 10; digits -= 1 }
        reserve(6)
        base[count] = UInt8(ascii: "0"); base[count &+ 1] = UInt8(ascii: ".")
        var i = count &+ 1 &+ digits
        for _ in 0..<digits { base[i] = 0x30 &+ UInt8(truncatingIfNeeded: n % 10); n /= 10; i &-= 1 }
        count &+= 2 &+ digits
    }

    public mutating func string(_ s: String) { separate(); writeString(s) }

    /// A string given as code points (a slice of a document's text).
    public mutating func string<C: Collection>(scalars: C) where C.Element == Unicode.Scalar {
        separate()
        put(0x22)
        for sc in scalars { appendEscaped(sc) }
        put(0x22)
    }

    /// A slice of a document's code points, the same bytes as the String of
    /// them gives (a test checks this), without making that String.
    public mutating func string(scalars: ArraySlice<Unicode.Scalar>) {
        separate()
        put(0x22)
        scalars.withUnsafeBufferPointer { writeEscaped(scalars: $0) }
        put(0x22)
    }

    /// Eight code points at a time: while they are ASCII that needs no
    /// escaping (most text), their low bytes packed into one word, tested
    /// and stored at once; else those eight one by one, into room made once.
    private mutating func writeEscaped(scalars p: UnsafeBufferPointer<Unicode.Scalar>) {
        guard let start = p.baseAddress else { return }
        let n = p.count
        var i = 0
        #if _endian(little)
        let raw = UnsafeRawPointer(start)
        while i &+ 8 <= n {
            let at = raw + i &* 4
            let a = at.loadUnaligned(as: UInt64.self), b = at.loadUnaligned(fromByteOffset: 8, as: UInt64.self)
            let c = at.loadUnaligned(fromByteOffset: 16, as: UInt64.self), d = at.loadUnaligned(fromByteOffset: 24, as: UInt64.self)
            reserve(8 &* 6)
            // Two code points a word: ASCII when no bit above the low seven of each is set.
            if (a | b | c | d) & 0xFFFF_FF80_FFFF_FF80 == 0 {
                let packed = JSONWriter.pack(a) | JSONWriter.pack(b) &<< 16 | JSONWriter.pack(c) &<< 32 | JSONWriter.pack(d) &<< 48
                if !JSONWriter.mayNeedEscape(packed) {
                    UnsafeMutableRawPointer(base + count).storeBytes(of: packed, as: UInt64.self)
                    count &+= 8
                    i &+= 8
                    continue
                }
            }
            for k in 0..<8 { putEscaped(start[i &+ k]) }
            i &+= 8
        }
        #endif
        while i < n {
            reserve(6)
            putEscaped(start[i])
            i &+= 1
        }
    }

    /// One code point, escaped as `appendEscaped` does, into room reserved
    /// for it (six bytes: `\u001F`).
    @inline(__always) private mutating func putEscaped(_ c: Unicode.Scalar) {
        let v = c.value
        if v < 0x80 {
            if v >= 0x20 && v != 0x22 && v != 0x5C { base[count] = UInt8(truncatingIfNeeded: v); count &+= 1 } else { appendEscapedByte(UInt8(truncatingIfNeeded: v)) }
        } else if v < 0x800 {
            base[count] = 0xC0 | UInt8(truncatingIfNeeded: v &>> 6)
            base[count &+ 1] = 0x80 | UInt8(truncatingIfNeeded: v & 0x3F)
            count &+= 2
        } else if v < 0x10000 {
            base[count] = 0xE0 | UInt8(truncatingIfNeeded: v &>> 12)
            base[count &+ 1] = 0x80 | UInt8(truncatingIfNeeded: v &>> 6 & 0x3F)
            base[count &+ 2] = 0x80 | UInt8(truncatingIfNeeded: v & 0x3F)
            count &+= 3
        } else {
            base[count] = 0xF0 | UInt8(truncatingIfNeeded: v &>> 18)
            base[count &+ 1] = 0x80 | UInt8(truncatingIfNeeded: v &>> 12 & 0x3F)
            base[count &+ 2] = 0x80 | UInt8(truncatingIfNeeded: v &>> 6 & 0x3F)
            base[count &+ 3] = 0x80 | UInt8(truncatingIfNeeded: v & 0x3F)
            count &+= 4
        }
    }

    /// The two ASCII code points of a word as two bytes.
    @inline(__always) private static func pack(_ x: UInt64) -> UInt64 { x & 0xFF | (x &>> 24) & 0xFF00 }

    public mutating func raw(_ json: [UInt8]) { separate(); json.withUnsafeBufferPointer { put($0) } }

    // Conveniences for the common "key: value" pairs.
    @inline(__always)
    public mutating func field(_ k: StaticString, _ v: String) { key(static: k); string(v) }
    @inline(__always)
    public mutating func field(_ k: StaticString, _ v: String?) { key(static: k); if let v { string(v) } else { null() } }
    @inline(__always)
    public mutating func field(_ k: StaticString, _ v: Int) { key(static: k); int(v) }
    @inline(__always)
    public mutating func field(_ k: StaticString, _ v: Double) { key(static: k); double(v) }
    @inline(__always)
    public mutating func field(_ k: StaticString, _ v: Double?) { key(static: k); if let v { double(v) } else { null() } }
    @inline(__always)
    public mutating func field(_ k: StaticString, _ v: Bool) { key(static: k); bool(v) }

    private mutating func writeString(_ s: String) {
        put(0x22)
        // A native string's bytes in place; others (bridged) made contiguous in a copy.
        if s.utf8.withContiguousStorageIfAvailable({ writeEscaped($0) }) == nil {
            var s = s
            s.withUTF8 { writeEscaped($0) }
        }
        put(0x22)
    }

    private mutating func writeEscaped(_ b: UnsafeBufferPointer<UInt8>) {
        // Copy runs that need no escaping in one go; eight bytes are
        // tested at a time while none of them may need it.
        guard let start = b.baseAddress else { return }
        let n = b.count
        var run = 0
        var i = 0
        while i < n {
            while i + 8 <= n, !JSONWriter.mayNeedEscape(UnsafeRawPointer(start + i).loadUnaligned(as: UInt64.self)) { i += 8 }
            guard i < n else { break }
            // Fewer than eight left: the last eight bytes, read again, may all be plain.
            if i + 8 > n, n >= 8, !JSONWriter.mayNeedEscape(UnsafeRawPointer(start + n - 8).loadUnaligned(as: UInt64.self)) { break }
            let c = b[i]
            if c < 0x20 || c == 0x22 || c == 0x5C {
                if i > run { put(UnsafeBufferPointer(rebasing: b[run..<i])) }
                appendEscapedByte(c)
                run = i + 1
            }
            i += 1
        }
        if n > run { put(UnsafeBufferPointer(rebasing: b[run..<n])) }
    }

    /// False only when none of the eight bytes of `x` is below 0x20, `"` or
    /// `\\` (a true answer is checked byte by byte).
    @inline(__always) static func mayNeedEscape(_ x: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
        let quote = x ^ (ones &* 0x22), backslash = x ^ (ones &* 0x5C)
        let control = (x &- ones &* 0x20) & ~x
        let zero = ((quote &- ones) & ~quote) | ((backslash &- ones) & ~backslash)
        return (control | zero) & highs != 0
    }

    @inline(__always) private mutating func appendEscapedByte(_ b: UInt8) {
        switch b {
        case 0x22: put(0x5C, 0x22)
        case 0x5C: put(0x5C, 0x5C)
        case 0x0A: put(0x5C, UInt8(ascii: "n"))
        case 0x0D: put(0x5C, UInt8(ascii: "r"))
        case 0x09: put(0x5C, UInt8(ascii: "t"))
        case 0..<0x20:
            putLiteral("\\u00")
            put(hexDigit(b >> 4), hexDigit(b & 0xF))
        default: put(b)
        }
    }

    @inline(__always) private mutating func appendEscaped(_ c: Unicode.Scalar) {
        if c.value < 0x80 { appendEscapedByte(UInt8(c.value)) } else { UTF8.encode(c) { put($0) } }
    }

    @inline(__always) private func hexDigit(_ n: UInt8) -> UInt8 { n < 10 ? 0x30 + n : 0x61 + n - 10 }
}
