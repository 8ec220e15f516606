import ClaimlineCore
import CICU

/// ICU's sentence BreakIterator: the candidate boundaries the rules start from.
public enum ICUSentences {
    /// Buffers reused across the blocks of a document.
    struct Buffers {
        /// The block's UTF-16 is `units[0..<unitCount]` (the array only grows).
        var units: [UInt16] = []
        var unitCount = 0
        var breaks = [Int32](repeating: 0, count: 64)
        /// Code point offset of each UTF-16 unit; filled only for text with
        /// characters outside the BMP.
        var pointOfUnit: [Int32] = []
    }

    /// ICU's breaks in `t[block]` (its bare rules, without the suppression
    /// filter: the rules decide on abbreviations) as absolute offsets, the
    /// last being `block.end`. A line break inside the block is hidden from
    /// ICU when the line goes on in lower case or after a comma (a wrapped
    /// line); any other line break ends a sentence, as ICU has it.
    static func candidates(_ t: [Unicode.Scalar], _ block: Span, _ buf: inout Buffers, into out: inout [Int]) {
        out.removeAll(keepingCapacity: true)
        guard !block.isEmpty else { return }
        let supplementary = fillUnits(t, block, &buf)
        let n = Int32(buf.unitCount)
        var count: Int32 = 0
        while true {
            count = buf.units.withUnsafeBufferPointer { src in
                buf.breaks.withUnsafeMutableBufferPointer { dst in
                    cicu_sentence_breaks_plain(src.baseAddress, n, dst.baseAddress, Int32(dst.count))
                }
            }
            if count < 0 { out.append(block.end); return }
            if Int(count) <= buf.breaks.count { break }
            buf.breaks = [Int32](repeating: 0, count: Int(count))
        }
        for k in 0..<Int(count) {
            let u = Int(buf.breaks[k])
            out.append(block.start + (supplementary ? Int(buf.pointOfUnit[u]) : u))
        }
        if out.last != block.end { out.append(block.end) }
    }

    /// UTF-16 of the block for ICU; true when it has supplementary characters.
    private static func fillUnits(_ t: [Unicode.Scalar], _ block: Span, _ buf: inout Buffers) -> Bool {
        // Fast path: every character in the BMP, one unit each, written in place.
        if buf.units.count < block.length { buf.units = [UInt16](repeating: 0, count: block.length) }
        // A loop the compiler can vectorize, then a pass for line breaks.
        let n = block.length, base = block.start
        let bmp: Bool = t.withUnsafeBufferPointer { whole in
            buf.units.withUnsafeMutableBufferPointer { dst in
                let src = UnsafeBufferPointer(rebasing: whole[block.range])
                var high: UInt32 = 0, lineBreaks: UInt32 = 0
                for k in 0..<n {
                    let v = src[k].value
                    high |= v
                    lineBreaks |= v == 0x0A ? 1 : 0
                    dst[k] = UInt16(truncatingIfNeeded: v)
                }
                guard high < 0x10000 else { return false }
                if lineBreaks != 0 {
                    for k in 0..<n where dst[k] == 0x0A && isWrapped(t, base + k, block) { dst[k] = 0x20 }
                }
                return true
            }
        }
        if bmp {
            buf.unitCount = block.length
            return false
        }
        buf.units.removeAll(keepingCapacity: true)
        buf.pointOfUnit.removeAll(keepingCapacity: true)
        for i in block.range {
            let v = t[i].value
            let p = Int32(i - block.start)
            buf.pointOfUnit.append(p)
            if v < 0x10000 {
                buf.units.append(v == 0x0A && isWrapped(t, i, block) ? 0x20 : UInt16(v))
            } else {
                let w = v - 0x10000
                buf.units.append(UInt16(0xD800 + (w >> 10)))
                buf.units.append(UInt16(0xDC00 + (w & 0x3FF)))
                buf.pointOfUnit.append(p)
            }
        }
        buf.pointOfUnit.append(Int32(block.length))
        buf.unitCount = buf.units.count
        return true
    }

    /// A line break inside a sentence: the next line starts in lower case, or
    /// this one ends with a comma.
    static func isWrapped(_ t: [Unicode.Scalar], _ i: Int, _ block: Span) -> Bool {
        var j = i + 1
        while j < block.end && t[j] == " " { j += 1 }
        if j < block.end && Chars.isLower(t[j]) { return true }
        var k = i - 1
        while k >= block.start && t[k] == " " { k -= 1 }
        return k >= block.start && t[k] == ","
    }

    /// ICU's own boundaries of a text (after 0; the last is the length), in
    /// code points: with its English abbreviation suppressions, or its bare
    /// rules. For comparisons and benchmarks; the stage uses `candidates`.
    public static func breaks<C: Collection>(_ slice: C, suppressions: Bool = true) -> [Int] where C.Element == Unicode.Scalar {
        let u = UTF16Text(slice)
        var out = [Int32](repeating: 0, count: max(16, u.units.count / 40))
        while true {
            let n = u.units.withUnsafeBufferPointer { src in
                out.withUnsafeMutableBufferPointer { dst in
                    suppressions
                        ? cicu_sentence_breaks(src.baseAddress, Int32(src.count), dst.baseAddress, Int32(dst.count))
                        : cicu_sentence_breaks_plain(src.baseAddress, Int32(src.count), dst.baseAddress, Int32(dst.count))
                }
            }
            if n < 0 { return [slice.count] }
            if Int(n) > out.count { out = [Int32](repeating: 0, count: Int(n)); continue }
            return out[0..<Int(n)].map { u.pointOffset(Int($0)) }
        }
    }
}
