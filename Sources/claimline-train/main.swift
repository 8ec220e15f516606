import ClaimlineCore
import Attribute
import Foundation

// claimline-train: trains the attribute stage's models on PolNeAR train and
// writes them as Swift source (Sources/Attribute/Model/TrainedModel.swift).
//
//   claimline-train TRAIN_DIR [-o FILE] [--folds K]
//   claimline-train score GOLD_DIR CLAIMS.jsonl     (the eval's matching, in Swift)

func stderr(_ s: String) { FileHandle.standardError.write((s + "\n").data(using: .utf8)!) }

var args = Array(CommandLine.arguments.dropFirst())
if args.first == "score", args.count == 3 {
    exit(ScoreCommand.run(goldDir: args[1], claimsPath: args[2]))
}
if args.first == "explain", args.count == 3 {
    exit(ExplainCommand.run(modelFile: args[1], input: args[2]))
}
var output = "Sources/Attribute/Model/TrainedModel.swift"
var folds = 5
var diagnose: String? = nil
var settings: [String: Double] = [:]
var positional: [String] = []
var i = 0
while i < args.count {
    switch args[i] {
    case "-o", "--output": i += 1; output = i < args.count ? args[i] : output
    case "--folds": i += 1; folds = i < args.count ? Int(args[i]) ?? folds : folds
    case "--diagnose": i += 1; diagnose = i < args.count ? args[i] : nil
    case "--set":
        // --set NAME=VALUE: a finder setting (sure-cue, cue, source) or a stage
        // learner setting (min-count, prune, l2, epochs, rate, source-listwise) to train with.
        i += 1
        let kv = i < args.count ? args[i].split(separator: "=").map(String.init) : []
        if kv.count == 2, let x = Double(kv[1]) { settings[kv[0]] = x } else { stderr("--set NAME=VALUE"); exit(2) }
    case "-h", "--help":
        print("usage: claimline-train TRAIN_DIR [-o FILE] [--folds K] [--set NAME=VALUE] [--diagnose PATH]\n"
              + "       --set NAME=VALUE: finder thresholds sure-cue, cue, source; learner settings rate, l2, epochs, min-count, prune, source-listwise\n"
              + "       claimline-train score GOLD_DIR CLAIMS.jsonl\n"
              + "       claimline-train explain MODEL.swift FILE|TEXT   (what each finder decided on a text)")
        exit(0)
    default: positional.append(args[i])
    }
    i += 1
}
guard positional.count == 1 else {
    stderr("usage: claimline-train TRAIN_DIR [-o FILE] [--folds K]   (TRAIN_DIR holds text/ and attributions/; --help for more)")
    exit(2)
}
let trainDir = positional[0]
guard FileManager.default.fileExists(atPath: trainDir + "/text") else {
    stderr("claimline-train: \(trainDir)/text is not there (expected PolNeAR train: text/ and attributions/)")
    exit(2)
}
let t0 = Date()
let corpus: Corpus
do { corpus = try Corpus(folder: trainDir) } catch {
    stderr("claimline-train: cannot read \(trainDir): \(error)"); exit(2)
}
stderr("claimline-train: \(corpus.docs.count) documents, \(corpus.docs.reduce(0) { $0 + $1.gold.count }) gold attributions")
var trainer = Trainer(docs: corpus.docs, folds: folds, log: { stderr("claimline-train: " + $0) })
trainer.diagnose = diagnose
if let x = settings["min-count"] { Logistic.defaultMinCount = Int(x) }
if let x = settings["prune"] { Logistic.defaultPrune = Float(x) }
if let x = settings["source-listwise"] { Logistic.sourceListwise = Float(x) }
if let x = settings["l2"] { Logistic.defaultL2 = Float(x) }
if let x = settings["epochs"] { Logistic.defaultEpochs = Int(x) }
if let x = settings["rate"] { Logistic.defaultRate = Float(x) }
if let x = settings["sure-cue"] { trainer.base.sureCueThreshold = x }
if let x = settings["cue"] { trainer.base.cueThreshold = x }
if let x = settings["source"] { trainer.base.sourceThreshold = x }
let model = trainer.run()
let bytes = ModelCodec.encode(model)
let source = ModelFile.swiftSource(bytes, documents: corpus.docs.count)
do { try source.write(toFile: output, atomically: true, encoding: .utf8) } catch {
    stderr("claimline-train: cannot write \(output): \(error)"); exit(1)
}
stderr("claimline-train: wrote \(output) (\(bytes.count) bytes of model) in \(Int(Date().timeIntervalSince(t0))) s")
