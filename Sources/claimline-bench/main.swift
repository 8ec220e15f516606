import Foundation

// claimline-bench NAME [options] PATH...: throughput of a stage next to the
// floor set by the library it stands on, measured by the same harness.
// Each benchmark lives in its own file and is listed here.
let benchmarks: [String: (ArraySlice<String>) -> Void] = [
    "ingest": ingestBench,
    "segment": segmentBench,
    "corpus": corpusBench,
    "all": allBench,
    "scaling": scalingBench,
    "attribute": attributeBenchmark,
    "extract": extractBench,
    "group": groupBench,
]

let args = CommandLine.arguments.dropFirst()
guard let name = args.first, let bench = benchmarks[name] else {
    print("usage: claimline-bench NAME [options] PATH...\nbenchmarks: \(benchmarks.keys.sorted().joined(separator: ", "))")
    exit(2)
}
bench(args.dropFirst())
