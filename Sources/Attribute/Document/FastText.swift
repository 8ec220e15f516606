import ClaimlineCore

/// Strings from scalar slices through UTF-8, several times faster than
/// appending scalars to a String's scalar view.
enum FastText {
    static func string(_ s: [Unicode.Scalar], _ span: Span) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(span.length + span.length / 4)
        for i in span.range {
            let v = s[i].value
            if v < 0x80 { bytes.append(UInt8(v)); continue }
            UTF8.encode(s[i]) { bytes.append($0) }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    static func textSpan(_ span: Span, in text: CodePointText) -> TextSpan {
        TextSpan(span: span, text: string(text.scalars, span))
    }
}
