// What the test targets that run the commands share: the repository's
// fixtures, the commands run in this process or as a child process, and the
// seed pipeline run once.
import Foundation
import ArgumentParser
import ClaimlineCLI
import ClaimlineCore

/// The repository root, found from this file's path.
public let repoRoot: String = {
    var url = URL(fileURLWithPath: #filePath)
    for _ in 0..<3 { url.deleteLastPathComponent() }
    return url.path
}()

public let articlesFolder = repoRoot + "/fixtures/articles"

public func temporaryFolder(_ tag: String) -> String {
    let dir = NSTemporaryDirectory() + "claimline-\(tag)-\(UUID().uuidString)"
    try! FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
    return dir
}

/// Runs `claimline ARGS` in this process and returns its exit status.
@discardableResult
public func claimline(_ args: [String]) -> Int32 {
    do {
        var command = try Claimline.parseAsRoot(args)
        try command.run()
        return 0
    } catch let e as ExitCode {
        return e.rawValue
    } catch {
        let code = Claimline.exitCode(for: error)
        return code == .validationFailure ? 2 : code.rawValue
    }
}

public func readLines(_ path: String) -> [JSONValue] {
    guard let data = FileManager.default.contents(atPath: path) else { return [] }
    return String(decoding: data, as: UTF8.self).split(separator: "\n").map { try! JSONParser.parse(Array($0.utf8)) }
}

/// The staged pipeline, run once over fixtures/articles, one file per stage
/// (corroborate included).
public struct StagedRun {
    public let folder: String
    public var ingest: String { folder + "/ingest.jsonl" }
    public var normalize: String { folder + "/normalize.jsonl" }
    public var segment: String { folder + "/segment.jsonl" }
    public var extract: String { folder + "/extract.jsonl" }
    public var claims: String { folder + "/claims.jsonl" }
    public var clusters: String { folder + "/clusters.jsonl" }
    /// Another file in the run's folder.
    public func path(_ name: String) -> String { folder + "/" + name }
    /// The exit status of each stage, in order.
    public let statuses: [Int32]

    public static let shared = StagedRun()

    private init() {
        folder = temporaryFolder("staged")
        let f = folder
        statuses = [
            claimline(["ingest", articlesFolder, "-q", "-o", f + "/ingest.jsonl"]),
            claimline(["normalize", f + "/ingest.jsonl", "-q", "-o", f + "/normalize.jsonl"]),
            claimline(["segment", f + "/normalize.jsonl", "-q", "-o", f + "/segment.jsonl"]),
            claimline(["extract", f + "/segment.jsonl", "-q", "-o", f + "/extract.jsonl"]),
            claimline(["attribute", f + "/extract.jsonl", "-q", "-o", f + "/claims.jsonl"]),
            claimline(["corroborate", f + "/claims.jsonl", "--statements", f + "/extract.jsonl", "-q", "-o", f + "/clusters.jsonl"]),
        ]
    }

    /// Document texts by id, from the ingest file.
    public var texts: [String: CodePointText] {
        Dictionary(uniqueKeysWithValues: readLines(ingest).map { ($0["id"]!.string!, CodePointText($0["text"]!.string!)) })
    }
}

/// The claimline executable `swift test` built beside the test bundle.
public let claimlineBinary: String = {
    let beside = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("claimline").path
    if FileManager.default.isExecutableFile(atPath: beside) { return beside }
    return repoRoot + "/.build/debug/claimline"
}()

/// Runs the claimline executable in a child process (for what must not
/// happen in the test process: a file size limit, a full stdout) and returns
/// its exit status and stderr.
public func subprocess(_ args: [String], stdout: String = "/dev/null", fileSizeLimitKB: Int? = nil) throws -> (Int32, String) {
    let p = Process()
    p.executableURL = URL(fileURLWithPath: "/bin/sh")
    let quoted = ([claimlineBinary] + args).map { "'" + $0.replacingOccurrences(of: "'", with: "'\\''") + "'" }.joined(separator: " ")
    p.arguments = ["-c", (fileSizeLimitKB.map { "ulimit -f \($0); " } ?? "") + "exec " + quoted]
    p.standardOutput = FileHandle(forWritingAtPath: stdout)
    let err = Pipe()
    p.standardError = err
    try p.run()
    let data = err.fileHandleForReading.readDataToEndOfFile()
    p.waitUntilExit()
    return (p.terminationStatus, String(decoding: data, as: UTF8.self))
}
