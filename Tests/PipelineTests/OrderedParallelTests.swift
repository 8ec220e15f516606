import Testing
import Foundation
@testable import ClaimlineCLI

/// The worker pool of every command: output in input order whatever the
/// batching and the workers' speeds, every item once, errors passed on.
@Suite struct OrderedParallelTests {
    /// Items with costs from 0 to 40 and work that takes uneven time.
    func items(_ n: Int) -> [(item: Int, cost: Int)] { (0..<n).map { ($0, ($0 * 7919) % 41) } }

    func work(_ i: Int) -> Int {
        if i % 13 == 0 { usleep(UInt32(200 + (i * 31) % 500)) }
        return i * 2
    }

    @Test(arguments: [(1, 64, 16), (2, 10, 4), (3, 1, 1), (4, 1 << 20, 1000)])
    func keepsInputOrderAndEveryItem(_ jobs: Int, _ batchCost: Int, _ batchCount: Int) throws {
        let input = items(500)
        var k = 0
        var out: [Int] = []
        try OrderedParallel(jobs: jobs, batchCost: batchCost, batchCount: batchCount).run(
            next: { () -> (item: Int, cost: Int)? in
                defer { k += 1 }
                return k < input.count ? input[k] : nil
            },
            work: work, emit: { out.append($0) })
        #expect(out == input.map { $0.item * 2 })
    }

    struct Stop: Error {}

    @Test func anErrorFromTheInputStopsTheRun() {
        var k = 0
        var emitted = 0
        #expect(throws: Stop.self) {
            try OrderedParallel(jobs: 2, batchCost: 8, batchCount: 3).run(
                next: { () throws -> (item: Int, cost: Int)? in
                    k += 1
                    if k == 100 { throw Stop() }
                    return (k, 1)
                },
                work: work, emit: { _ in emitted += 1 })
        }
        #expect(emitted < 100)
    }
}
