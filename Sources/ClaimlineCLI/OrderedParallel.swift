import Dispatch

/// Maps items in batches on several threads and hands the results on in
/// input order, so output never depends on scheduling. Memory is bounded by
/// one batch.
struct OrderedParallel {
    let jobs: Int
    let batchSize: Int

    init(jobs: Int, batchSize: Int = 64) {
        self.jobs = max(1, jobs)
        self.batchSize = max(1, batchSize)
    }

    func run<In, Out>(next: () throws -> In?, work: (In) -> Out, emit: (Out) throws -> Void) throws {
        var batch: [In] = []
        batch.reserveCapacity(batchSize)
        while true {
            batch.removeAll(keepingCapacity: true)
            while batch.count < batchSize, let item = try next() { batch.append(item) }
            if batch.isEmpty { return }
            if jobs == 1 || batch.count == 1 {
                for item in batch { try emit(work(item)) }
                continue
            }
            var results = [Out?](repeating: nil, count: batch.count)
            results.withUnsafeMutableBufferPointer { out in
                batch.withUnsafeBufferPointer { input in
                    // Each index is written by exactly one iteration.
                    DispatchQueue.concurrentPerform(iterations: input.count) { i in out[i] = work(input[i]) }
                }
            }
            for r in results { try emit(r!) }
        }
    }
}
