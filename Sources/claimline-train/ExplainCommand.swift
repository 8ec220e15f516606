import ClaimlineCore
import Ingest
import Normalize
import Segment
import Extract
import Attribute
import Foundation

/// `claimline-train explain MODEL.swift FILE|TEXT`: what each finder decided,
/// with the model of a generated model file.
enum ExplainCommand {
    static func run(modelFile: String, input: String) -> Int32 {
        guard let src = try? String(contentsOfFile: modelFile, encoding: .utf8),
              let m = ModelCodec.decode(ModelCodec.unbase64(String(src.split(separator: "\"\"\"")[1]))) else {
            stderr("cannot read a model from \(modelFile)"); return 2
        }
        let text = (try? String(contentsOfFile: input, encoding: .utf8)) ?? input
        let raw = RawDocument(id: "explain", source: "-", content: .text(text), format: .text)
        guard let d = try? Extractor().process(Segmenter().process(Normalizer().process(Ingester().ingest(raw)))) else { return 1 }
        print(Diagnostics.explain(d, m))
        return 0
    }
}
