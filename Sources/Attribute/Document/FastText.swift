import ClaimlineCore

/// Strings from scalar slices through UTF-8, several times faster than
/// appending scalars to a String's scalar view.
enum FastText {
    static func string(_ s: [Unicode.Scalar], _ span: Span) -> String {
        string(s, CollectionOfOne(span), separator: " ")
    }

    /// The spans' text joined by an ASCII separator, as one String.
    static func string<C: Collection>(_ s: [Unicode.Scalar], _ spans: C, separator: Unicode.Scalar) -> String
    where C.Element == Span {
        s.withUnsafeBufferPointer { buf in
            var bytes = spans.count - 1, scalars = bytes
            for span in spans {
                scalars += span.length
                bytes += utf8Count(buf, span.range)
            }
            // Written straight into the String's storage: one allocation.
            return String(unsafeUninitializedCapacity: max(0, bytes)) { out in
                var k = 0
                for (n, span) in spans.enumerated() {
                    if n > 0 { out[k] = UInt8(separator.value); k += 1 }
                    if bytes == scalars {
                        // All ASCII: a loop without branches.
                        for i in span.range { out[k &+ i &- span.start] = UInt8(truncatingIfNeeded: buf[i].value) }
                        k += span.length
                        continue
                    }
                    for i in span.range {
                        let v = buf[i].value
                        if v < 0x80 { out[k] = UInt8(v); k += 1; continue }
                        UTF8.encode(buf[i]) { out[k] = $0; k += 1 }
                    }
                }
                return k
            }
        }
    }

    /// The UTF-8 length of `buf[r]`, summed without branches in a local (so the loop vectorizes).
    @inline(__always) static func utf8Count(_ buf: UnsafeBufferPointer<Unicode.Scalar>, _ r: Range<Int>) -> Int {
        var n: UInt32 = 0, i = r.lowerBound
        while i < r.upperBound {
            let v = buf[i].value
            // Bit 31 of `limit - v` is set when `v` is past the limit.
            n &+= 1 &+ (0x7F &- v) >> 31 &+ (0x7FF &- v) >> 31 &+ (0xFFFF &- v) >> 31
            i &+= 1
        }
        return Int(n)
    }
}
