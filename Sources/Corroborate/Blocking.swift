/// Candidate pairs come only from buckets: facts that share a key (a value and
/// a speaker, a value and a content word, a run of three words...). Inside a
/// bucket each item meets the `window` items after it, so a bucket of the same
/// sentence syndicated to a thousand pages, or of the value 2 with the word
/// "people" across a million, costs its size times the window, never its
/// square, and the whole batch costs what its buckets hold.
struct Buckets<Key: Hashable> {
    /// Each key's bucket, numbered in order of first use.
    private var bucketOfKey: [Key: Int32] = [:]
    /// Every item added and its bucket, in the order added. Flat: most keys
    /// (runs of three words) hold one item, and an array per key cost more
    /// memory than all the rest of a batch's text facts.
    private var items: [Int32] = []
    private var bucketOfItem: [Int32] = []
    let window: Int

    init(window: Int) { self.window = max(1, window) }

    mutating func add(_ item: Int32, under key: Key) {
        let b: Int32
        if let known = bucketOfKey[key] { b = known } else { b = Int32(bucketOfKey.count); bucketOfKey[key] = b }
        items.append(item)
        bucketOfItem.append(b)
    }

    /// Calls `body` for the pairs of each bucket, buckets in a fixed order
    /// (by their items), so that what depends on the order of pairs (which
    /// pair joined two facts first) is the same on every run.
    func forEachPair(_ body: (Int32, Int32) -> Void) {
        let (grouped, ranges) = byBucket()
        let ordered = ranges.filter { $0.count >= 2 }.sorted { grouped[$0].lexicographicallyPrecedes(grouped[$1]) }
        for r in ordered {
            for i in r.lowerBound..<(r.upperBound - 1) {
                for j in (i + 1)..<min(r.upperBound, i + 1 + window) where grouped[i] != grouped[j] { body(grouped[i], grouped[j]) }
            }
        }
    }

    /// How many buckets were larger than the window (compared by neighbours only).
    var windowed: Int { sizes().filter { $0 > window + 1 }.count }

    /// How many items each bucket holds.
    private func sizes() -> [Int] {
        var n = [Int](repeating: 0, count: bucketOfKey.count)
        for b in bucketOfItem { n[Int(b)] += 1 }
        return n
    }

    /// The items grouped by bucket (each bucket's in the order added) and
    /// each bucket's range in that array: a counting sort.
    private func byBucket() -> (items: [Int32], ranges: [Range<Int>]) {
        var start = [0]
        for n in sizes() { start.append(start[start.count - 1] + n) }
        var next = start
        var grouped = [Int32](repeating: 0, count: items.count)
        for (item, b) in zip(items, bucketOfItem) {
            grouped[next[Int(b)]] = item
            next[Int(b)] += 1
        }
        return (grouped, (0..<bucketOfKey.count).map { start[$0]..<start[$0 + 1] })
    }
}

/// Disjoint sets over 0..<n with path halving and union by size.
struct UnionFind {
    private var parent: [Int32]
    private var size: [Int32]

    init(count: Int) {
        parent = (0..<count).map { Int32($0) }
        size = Array(repeating: 1, count: count)
    }

    mutating func find(_ x: Int32) -> Int32 {
        var x = x
        while parent[Int(x)] != x {
            parent[Int(x)] = parent[Int(parent[Int(x)])]
            x = parent[Int(x)]
        }
        return x
    }

    mutating func union(_ a: Int32, _ b: Int32) {
        var ra = find(a), rb = find(b)
        guard ra != rb else { return }
        if size[Int(ra)] < size[Int(rb)] { swap(&ra, &rb) }
        parent[Int(rb)] = ra
        size[Int(ra)] += size[Int(rb)]
    }

    /// The sets, each in item order, in the order of their first items.
    mutating func groups() -> [[Int32]] {
        var byRoot: [Int32: Int] = [:]
        var out: [[Int32]] = []
        for i in 0..<parent.count {
            let r = find(Int32(i))
            if let g = byRoot[r] { out[g].append(Int32(i)) } else { byRoot[r] = out.count; out.append([Int32(i)]) }
        }
        return out
    }
}
