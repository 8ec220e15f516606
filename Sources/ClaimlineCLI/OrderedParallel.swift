import Foundation

/// Maps items on `jobs` worker threads while the calling thread reads the
/// input and hands results on in input order, so output never depends on
/// scheduling.
///
/// Items travel in batches: consecutive items until their cost (input bytes)
/// reaches `batchCost` or they number `batchCount`.
/// - A batch is worked as one: `claimline run` takes it through the stages
///   one after the other, with each stage's tables in cache (6% faster than
///   document by document on PolNeAR texts).
/// - A worker takes and returns a batch with one lock and one wake-up. One
///   per PolNeAR text, `run -j 2` made 17,000 futex calls for 5,040 documents
///   and spent 0.2 s in the kernel; batched, 2,800 calls and under 0.15 s.
/// - At most `window` batches are in flight (two per worker), so memory is
///   bounded by them (32 documents a worker, or a few of the largest), not
///   by the input; one slow document holds back output, not the workers.
struct OrderedParallel {
    let jobs: Int
    let window: Int
    let batchCost: Int
    let batchCount: Int

    init(jobs: Int, window: Int? = nil, batchCost: Int = 64 << 10, batchCount: Int = 16) {
        self.jobs = max(1, jobs)
        self.window = max(1, window ?? self.jobs * 2)
        self.batchCost = max(1, batchCost)
        self.batchCount = max(1, batchCount)
    }

    /// `next` gives an item and its cost, or nil at the end; `work` maps a
    /// batch of items to their results, one each, in order (a batch is also
    /// how a pipeline runs stage by stage, with each stage's tables in cache).
    func run<In, Out>(next: () throws -> (item: In, cost: Int)?, work: @escaping ([In]) -> [Out], emit: (Out) throws -> Void) throws {
        var exhausted = false
        func batch() throws -> [In] {
            var items: [In] = [], cost = 0
            while !exhausted && items.count < batchCount && cost < batchCost {
                guard let n = try next() else { exhausted = true; break }
                items.append(n.item)
                cost += n.cost
            }
            return items
        }
        if jobs == 1 {
            while case let items = try batch(), !items.isEmpty { for o in work(items) { try emit(o) } }
            return
        }
        let pool = WorkerPool<[In], [Out]>(threads: jobs, work: work)
        defer { pool.shutdown() }
        var submitted = 0, emitted = 0
        while true {
            while !exhausted && submitted - emitted < window {
                let items = try batch()
                if items.isEmpty { break }
                pool.submit(submitted, items)
                submitted += 1
            }
            if emitted == submitted { return }
            let out = pool.take(emitted)
            emitted += 1
            for o in out { try emit(o) }
        }
    }

    /// The same, item by item.
    func run<In, Out>(next: () throws -> (item: In, cost: Int)?, work: @escaping (In) -> Out, emit: (Out) throws -> Void) throws {
        try run(next: next, work: { (items: [In]) in items.map(work) }, emit: emit)
    }
}

/// Worker threads over a FIFO of numbered items; results are kept by number
/// until taken.
private final class WorkerPool<In, Out>: @unchecked Sendable {
    private let condition = NSCondition()
    private var queue: [(Int, In)] = []
    private var head = 0
    private var results: [Int: Out] = [:]
    private var stopping = false
    private var running = 0
    private let work: (In) -> Out

    init(threads: Int, work: @escaping (In) -> Out) {
        self.work = work
        running = threads
        for k in 0..<threads {
            let t = Thread { [self] in loop() }
            // Generous stacks: parsers of hostile input recurse.
            t.stackSize = 16 << 20
            t.name = "claimline-worker-\(k)"
            t.start()
        }
    }

    func submit(_ seq: Int, _ item: In) {
        condition.lock()
        queue.append((seq, item))
        condition.signal()
        condition.unlock()
    }

    /// Blocks until item `seq` is done.
    func take(_ seq: Int) -> Out {
        condition.lock()
        defer { condition.unlock() }
        while true {
            if let r = results.removeValue(forKey: seq) { return r }
            condition.wait()
        }
    }

    /// Drops queued items and waits for the workers to finish theirs and exit.
    func shutdown() {
        condition.lock()
        stopping = true
        queue.removeAll()
        head = 0
        condition.broadcast()
        while running > 0 { condition.wait() }
        condition.unlock()
    }

    private func loop() {
        while let (seq, item) = dequeue() {
            let out = work(item)
            condition.lock()
            results[seq] = out
            condition.broadcast()
            condition.unlock()
        }
    }

    private func dequeue() -> (Int, In)? {
        condition.lock()
        defer { condition.unlock() }
        while head == queue.count && !stopping { condition.wait() }
        if stopping {
            running -= 1
            condition.broadcast()
            return nil
        }
        let item = queue[head]
        head += 1
        if head == queue.count { queue.removeAll(keepingCapacity: true); head = 0 }
        return item
    }
}
