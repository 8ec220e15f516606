// swift-tools-version:6.0
import PackageDescription

// Stages are library targets named after themselves; each depends only on
// ClaimlineCore (records, spans, JSON Lines) and the C libraries it wraps.
// The executable is a thin shell over ClaimlineCLI.
let package = Package(
    name: "claimline",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "claimline", targets: ["claimline"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    ],
    targets: [
        // System libraries.
        .systemLibrary(name: "CLibXML2", pkgConfig: "libxml-2.0",
                       providers: [.apt(["libxml2-dev"])]),
        .systemLibrary(name: "CZlib", pkgConfig: "zlib",
                       providers: [.apt(["zlib1g-dev"])]),
        .systemLibrary(name: "CSQLite", pkgConfig: "sqlite3",
                       providers: [.apt(["libsqlite3-dev"])]),
        // ICU's C API is renamed per version by macros, so Swift cannot import it
        // directly; this shim exposes the few calls we need as plain functions.
        .target(name: "CICU",
                linkerSettings: [.linkedLibrary("icuuc"), .linkedLibrary("icui18n")]),

        // Records, spans, JSON Lines: everything stages share.
        .target(name: "ClaimlineCore"),

        // The stages, in pipeline order.
        .target(name: "Ingest", dependencies: ["ClaimlineCore", "CLibXML2", "CZlib"]),
        .target(name: "Normalize", dependencies: ["ClaimlineCore", "CICU"]),
        .target(name: "Segment", dependencies: ["ClaimlineCore", "CICU"]),
        .target(name: "Extract", dependencies: ["ClaimlineCore"]),
        .target(name: "Attribute", dependencies: ["ClaimlineCore"]),
        // Whole-batch: the same fact across documents.
        .target(name: "Corroborate", dependencies: ["ClaimlineCore"]),

        // Publishing: the HTML report, and exports for other tools.
        .target(name: "Report", dependencies: ["ClaimlineCore"]),
        .target(name: "Export", dependencies: ["ClaimlineCore", "CSQLite"]),

        // Commands and the in-process runner.
        .target(name: "ClaimlineCLI", dependencies: [
            "ClaimlineCore", "Ingest", "Normalize", "Segment", "Extract", "Attribute", "Corroborate", "Report", "Export",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),
        .executableTarget(name: "claimline", dependencies: ["ClaimlineCLI"]),
        // Trains the attribute stage's models on PolNeAR train (`make train`).
        .executableTarget(name: "claimline-train", dependencies: [
            "ClaimlineCore", "Ingest", "Normalize", "Segment", "Extract", "Attribute",
        ]),
        // Throughput benchmarks (`make bench`): stages next to their library floors.
        .executableTarget(name: "claimline-bench", dependencies: [
            "ClaimlineCore", "Ingest", "Normalize", "Segment", "Extract", "Attribute", "CLibXML2", "CICU",
        ]),

        // libFuzzer entry points (`make fuzz`).
        .executableTarget(name: "claimline-fuzz", dependencies: [
            "ClaimlineCore", "Ingest", "Normalize", "Segment", "Extract", "Attribute",
        ]),

        .testTarget(name: "ClaimlineCoreTests", dependencies: ["ClaimlineCore"]),
        .testTarget(name: "IngestTests", dependencies: ["Ingest", "ClaimlineCore"]),
        .testTarget(name: "NormalizeTests", dependencies: ["Normalize", "ClaimlineCore"]),
        .testTarget(name: "SegmentTests", dependencies: ["Segment", "Normalize", "ClaimlineCore"]),
        .testTarget(name: "ExtractTests", dependencies: ["Extract", "Segment", "Normalize", "ClaimlineCore"]),
        .testTarget(name: "AttributeTests", dependencies: ["Attribute", "Extract", "Segment", "Normalize", "ClaimlineCore"]),
        .testTarget(name: "CorroborateTests", dependencies: ["Corroborate", "ClaimlineCore"]),
        .testTarget(name: "PublishTests", dependencies: ["ClaimlineTestSupport", "Report", "Export", "ClaimlineCLI", "ClaimlineCore", "CLibXML2",
                                                        .product(name: "ArgumentParser", package: "swift-argument-parser")]),
        .testTarget(name: "PipelineTests", dependencies: ["ClaimlineCLI", "ClaimlineCore", "Ingest", "ClaimlineTestSupport"]),
        // What the test targets that run the commands share (fixtures, the seed pipeline run once).
        .target(name: "ClaimlineTestSupport", dependencies: ["ClaimlineCLI", "ClaimlineCore",
            .product(name: "ArgumentParser", package: "swift-argument-parser")], path: "Tests/ClaimlineTestSupport"),
    ],
    swiftLanguageModes: [.v5]
)
