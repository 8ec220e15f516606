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
                for i in span.range { bytes &+= utf8Length(buf[i].value) }
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

    /// The UTF-8 length of a code point, without branches (so the count vectorizes).
    @inline(__always) static func utf8Length(_ v: UInt32) -> Int {
        1 &+ (v >= 0x80 ? 1 : 0) &+ (v >= 0x800 ? 1 : 0) &+ (v >= 0x10000 ? 1 : 0)
    }

    static func textSpan(_ span: Span, in text: CodePointText) -> TextSpan {
        TextSpan(span: span, text: string(text.scalars, span))
    }
}
