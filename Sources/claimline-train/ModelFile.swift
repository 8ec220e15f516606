import Attribute

/// The generated Swift source holding the model as base64 text.
enum ModelFile {
    static func swiftSource(_ bytes: [UInt8], documents: Int) -> String {
        let b64 = ModelCodec.base64(bytes)
        var lines: [String] = []
        var i = b64.startIndex
        while i < b64.endIndex {
            let j = b64.index(i, offsetBy: 120, limitedBy: b64.endIndex) ?? b64.endIndex
            lines.append("    " + b64[i..<j])
            i = j
        }
        return """
        // Written by `make train` (claimline-train) from \(documents) PolNeAR train articles; do not edit.
        // \(bytes.count) bytes: cue words, seven linear models (16-bit weights), calibration, thresholds.
        enum TrainedModel {
            static let shared: AttributionModel = ModelCodec.decode(ModelCodec.unbase64(data)) ?? AttributionModel(cueWordList: [])
            static let data = \"\"\"
        \(lines.joined(separator: "\n"))
            \"\"\"
        }

        """
    }
}
