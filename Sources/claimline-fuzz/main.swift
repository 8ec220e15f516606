// libFuzzer entry points (`make fuzz`). Built with `-sanitize=fuzzer,address
// -DCLAIMLINE_FUZZING`, this program hands control to libFuzzer's driver,
// which calls fuzzOne with each input; CLAIMLINE_FUZZ picks what the bytes feed:
//   html, text            ingest of a page or a text file, then every later stage
//   ingest, normalize, segment, extract, claim
//                         the JSON Lines reader of that record type (the fast
//                         reader must agree with the general one)
//   numbers               number recognition (a sentence through extract)
// An ordinary build says how to build it for fuzzing.
import ClaimlineCore
import Ingest
import Normalize
import Segment
import Extract
import Attribute
#if canImport(Glibc)
import Glibc
#endif

let fuzzTarget: String = getenv("CLAIMLINE_FUZZ").map { String(cString: $0) } ?? "html"


func fuzzOne(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
    switch fuzzTarget {
    case "html": pipeline(RawDocument(id: "fuzz", source: "fuzz", content: .bytes(bytes), format: .html))
    case "text": pipeline(RawDocument(id: "fuzz", source: "fuzz", content: .bytes(bytes), format: .text))
    case "numbers":
        pipeline(RawDocument(id: "fuzz", source: "fuzz", content: .text(String(decoding: bytes, as: UTF8.self)), format: .text))
    case "ingest": readersAgree(IngestedDocument.self, bytes)
    case "normalize": readersAgree(NormalizedDocument.self, bytes)
    case "segment": readersAgree(SegmentedDocument.self, bytes)
    case "extract": readersAgree(ExtractedDocument.self, bytes)
    case "claim": readersAgree(Claim.self, bytes)
    default:
        fputs("CLAIMLINE_FUZZ=\(fuzzTarget) is not a fuzz target\n", stderr)
        exit(2)
    }
    return 0
}

/// A line the fast reader (`decodeCanonical`) reads is read the same by the
/// general reader through `JSONValue`.
func readersAgree<R: Record & Equatable>(_ t: R.Type, _ bytes: [UInt8]) {
    let general = try? R.decode(JSONParser.parse(bytes))
    guard let fast = bytes.withUnsafeBufferPointer({ R.decodeCanonical($0) }) else { return }
    precondition(fast == general, "the fast reader and the general one disagree")
}

/// Every stage on one document, checking the span contract on the way.
func pipeline(_ raw: RawDocument) {
    guard let doc = try? Ingester().ingest(raw),
          let n = try? Normalizer().process(doc),
          let s = try? Segmenter().process(n),
          let e = try? Extractor().process(s),
          let claims = try? Attributor().process(e) else { return }
    let count = doc.text.count
    for b in doc.blocks { check(b.span, count) }
    for x in s.sentences { check(x.span, count) }
    for q in e.quotes { check(q.span, count) }
    for m in e.numbers { check(m.span, count) }
    for c in claims {
        check(c.content.span, count)
        precondition(doc.text[c.content.span] == c.content.text, "claim content text is not its slice")
    }
    // Records must read back as written.
    precondition((try? ExtractedDocument.decode(line: e.jsonLine()[...])) != nil, "extract record does not read back")
}

func check(_ s: Span, _ count: Int) {
    precondition(s.start >= 0 && s.start <= s.end && s.end <= count, "span \(s) outside a text of \(count)")
}

#if CLAIMLINE_FUZZING
@_silgen_name("LLVMFuzzerRunDriver")
func LLVMFuzzerRunDriver(_ argc: UnsafeMutablePointer<Int32>,
                         _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
                         _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> Int32) -> Int32

var argc = CommandLine.argc
var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
exit(LLVMFuzzerRunDriver(&argc, &argv) { data, size in fuzzOne(data, size) })
#else
fputs("claimline-fuzz: build it with `make fuzz` (libFuzzer and AddressSanitizer)\n", stderr)
exit(2)
#endif
