import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// One row of a benchmark table: a piece of work over a whole corpus, on a
/// number of threads (or one process), with the bytes it counts as input.
struct BenchRow {
    var corpus: String
    var name: String
    /// What `bytes` are: "HTML" or "text".
    var unit: String
    var threads: Int
    var bytes: Int
    var documents: Int
    /// Does the work once; returns the peak resident memory in MB when it
    /// ran in a child process, nil otherwise.
    var work: () -> Double?
}

/// Runs rows in interleaved rounds (every row once per round) so that load
/// from other processes falls on all rows alike, and reports each row's
/// median wall time; memory is the largest peak seen.
struct BenchTable {
    var rounds: Int

    struct Result {
        var row: BenchRow
        var seconds: Double
        /// The time of each round, in round order.
        var rounds: [Double]
        var peakMB: Double?
        var mbPerSecond: Double { Double(row.bytes) / 1e6 / seconds }
        var docsPerSecond: Double { Double(row.documents) / seconds }
    }

    func run(_ rows: [BenchRow], progress: (String) -> Void = { _ in }) -> [Result] {
        var times = [[Double]](repeating: [], count: rows.count)
        var peaks = [Double?](repeating: nil, count: rows.count)
        for round in 1...max(1, rounds) {
            for (k, r) in rows.enumerated() {
                progress("round \(round)/\(rounds): \(r.corpus) \(r.name), \(r.threads) thread(s)")
                let t0 = DispatchTime.now().uptimeNanoseconds
                let peak = r.work()
                times[k].append(Double(DispatchTime.now().uptimeNanoseconds - t0) / 1e9)
                if let peak { peaks[k] = max(peaks[k] ?? 0, peak) }
            }
        }
        return rows.enumerated().map { k, r in
            let sorted = times[k].sorted()
            return Result(row: r, seconds: sorted[sorted.count / 2], rounds: times[k], peakMB: peaks[k])
        }
    }

    static func print(_ results: [Result]) {
        let head = [("corpus", 7), ("what", 46), ("threads", 8), ("MB/s", 9), ("of", 6), ("docs/s", 9), ("peak MB", 8)]
        Swift.print(head.map { Harness.pad($0.0, $0.1) }.joined())
        for r in results {
            let cells = [r.row.corpus, r.row.name, "\(r.row.threads)", Harness.fmt(r.mbPerSecond), r.row.unit,
                         Harness.fmt(r.docsPerSecond), r.peakMB.map { Harness.fmt($0) } ?? "-"]
            Swift.print(zip(cells, head).map { Harness.pad($0.0, $0.1.1) }.joined())
        }
    }

    /// Spreads `count` items over `threads` threads in chunks.
    static func parallel(_ count: Int, threads: Int, _ body: (Int) -> Void) {
        if threads == 1 { for i in 0..<count { body(i) }; return }
        let chunk = max(1, count / (threads * 8))
        let tasks = (count + chunk - 1) / chunk
        DispatchQueue.concurrentPerform(iterations: tasks) { t in
            for i in (t * chunk)..<min(count, (t + 1) * chunk) { body(i) }
        }
    }
}

/// Runs a program to completion and returns its exit status and peak
/// resident memory in MB. The peak is the child's own high-water mark
/// (VmHWM), read while it runs: the kernel's ru_maxrss of a spawned child
/// also counts the parent's memory from before the exec.
func runProcess(_ path: String, _ args: [String]) -> (status: Int32, peakMB: Double) {
    var pid = pid_t()
    let argv = ([path] + args).map { strdup($0) } + [nil]
    defer { for p in argv { free(p) } }
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
    defer { posix_spawn_file_actions_destroy(&actions) }
    guard posix_spawn(&pid, path, &actions, nil, argv, environ) == 0 else {
        fputs("claimline-bench: cannot start \(path)\n", stderr)
        exit(2)
    }
    var status: Int32 = 0
    var peakKB = 0
    while waitpid(pid, &status, WNOHANG) == 0 {
        peakKB = max(peakKB, highWaterKB(pid))
        usleep(5_000)
    }
    return (status, Double(peakKB) / 1024)
}

/// VmHWM of a running process, in KB (0 once it has exited).
func highWaterKB(_ pid: pid_t) -> Int {
    guard let s = try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8),
          let line = s.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }) else { return 0 }
    return Int(line.split(separator: " ").dropFirst().first ?? "") ?? 0
}
