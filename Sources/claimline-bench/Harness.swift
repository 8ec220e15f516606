import Dispatch
import Foundation

/// One benchmark row: how fast a piece of work ran over an in-memory corpus.
struct Measurement {
    var name: String
    var threads: Int
    var bytes: Int
    var documents: Int
    /// Median wall time of the runs, in seconds.
    var seconds: Double

    var mbPerSecond: Double { Double(bytes) / 1e6 / seconds }
    var docsPerSecond: Double { Double(documents) / seconds }
}

/// Runs work over a corpus held in memory, on 1 or more threads, several
/// times, and reports the median. The corpus is read before timing starts.
struct Harness {
    var runs = 5

    func measure<Doc>(_ name: String, _ docs: [Doc], bytes: Int, threads: Int, _ work: (Doc) -> Void) -> Measurement {
        var times: [Double] = []
        for _ in 0..<runs {
            let t0 = DispatchTime.now().uptimeNanoseconds
            if threads == 1 {
                for d in docs { work(d) }
            } else {
                docs.withUnsafeBufferPointer { buf in
                    let chunk = max(1, buf.count / (threads * 8))
                    let tasks = (buf.count + chunk - 1) / chunk
                    DispatchQueue.concurrentPerform(iterations: tasks) { t in
                        let lo = t * chunk, hi = min(buf.count, lo + chunk)
                        for i in lo..<hi { work(buf[i]) }
                    }
                }
            }
            times.append(Double(DispatchTime.now().uptimeNanoseconds - t0) / 1e9)
        }
        times.sort()
        return Measurement(name: name, threads: threads, bytes: bytes, documents: docs.count, seconds: times[times.count / 2])
    }

    /// Repeats `docs` until their total size reaches `targetBytes`.
    static func repeated<Doc>(_ docs: [Doc], size: (Doc) -> Int, targetBytes: Int) -> (docs: [Doc], bytes: Int) {
        guard !docs.isEmpty else { return ([], 0) }
        var out: [Doc] = [], total = 0
        while total < targetBytes {
            for d in docs { out.append(d); total += size(d) }
        }
        return (out, total)
    }

    static func printTable(_ rows: [Measurement]) {
        print(pad("what", 44) + pad("threads", 8) + pad("MB/s", 10) + pad("docs/s", 10) + "MB")
        for r in rows {
            print(pad(r.name, 44) + pad("\(r.threads)", 8) + pad(fmt(r.mbPerSecond), 10) + pad(fmt(r.docsPerSecond), 10)
                  + fmt(Double(r.bytes) / 1e6))
        }
    }

    static func fmt(_ x: Double) -> String { String(format: x >= 100 ? "%.0f" : "%.1f", x) }
    static func pad(_ s: String, _ n: Int) -> String { s.count >= n ? s + " " : s + String(repeating: " ", count: n - s.count) }
}

/// Reads every regular file under the given paths (recursively, sorted).
func readFiles(_ paths: [String]) -> [(path: String, bytes: [UInt8])] {
    var out: [(String, [UInt8])] = []
    for p in paths {
        var isDir: ObjCBool = false
        guard FileManager.default.fileExists(atPath: p, isDirectory: &isDir) else {
            FileHandle.standardError.write("claimline-bench: \(p): no such file or folder\n".data(using: .utf8)!)
            exit(2)
        }
        let files = isDir.boolValue
            ? (FileManager.default.enumerator(atPath: p)?.allObjects as? [String] ?? []).sorted().map { p + "/" + $0 }
            : [p]
        for f in files {
            var d: ObjCBool = false
            if FileManager.default.fileExists(atPath: f, isDirectory: &d), !d.boolValue,
               let data = FileManager.default.contents(atPath: f) {
                out.append((f, [UInt8](data)))
            }
        }
    }
    return out
}

/// The CPU time of the calling thread (steadier than wall time on a busy machine).
func threadCPUNanoseconds() -> UInt64 {
    var t = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t)
    return UInt64(t.tv_sec) * 1_000_000_000 + UInt64(t.tv_nsec)
}
