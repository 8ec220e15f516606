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
            var bytes = spans.count - 1
            for span in spans {
                for i in span.range {
                    let v = buf[i].value
                    bytes += v < 0x80 ? 1 : (v < 0x800 ? 2 : (v < 0x10000 ? 3 : 4))
                }
            }
            // Written straight into the String's storage: one allocation.
            return String(unsafeUninitializedCapacity: max(0, bytes)) { out in
                var k = 0
                for (n, span) in spans.enumerated() {
                    if n > 0 { out[k] = UInt8(separator.value); k += 1 }
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

    static func textSpan(_ span: Span, in text: CodePointText) -> TextSpan {
        TextSpan(span: span, text: string(text.scalars, span))
    }
}
