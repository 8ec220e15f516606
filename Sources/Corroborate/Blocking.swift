/// Candidate pairs come only from buckets: facts that share a key (a value and
/// a speaker, a value and a content word, a run of three words...). A bucket
/// larger than `cap` holds a key too common to tell facts apart (the value 2
/// with the word "people" across a million pages) and is left out, so the
/// work stays proportional to the batch, never to its square.
struct Buckets<Key: Hashable> {
    private(set) var buckets: [Key: [Int32]] = [:]
    let cap: Int

    init(cap: Int) { self.cap = cap }

    mutating func add(_ item: Int32, under key: Key) {
        buckets[key, default: []].append(item)
    }

    /// Calls `body` once per pair of items sharing a usable bucket (a pair
    /// sharing several buckets is seen once per bucket).
    func forEachPair(_ body: (Int32, Int32) -> Void) {
        for items in buckets.values where items.count >= 2 && items.count <= cap {
            for i in 0..<(items.count - 1) {
                for j in (i + 1)..<items.count where items[i] != items[j] { body(items[i], items[j]) }
            }
        }
    }

    /// How many buckets were too large to use.
    var skipped: Int { buckets.values.filter { $0.count > cap }.count }
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

    /// The sets with more than one element... or all of them: items grouped by root, each group in item order.
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
