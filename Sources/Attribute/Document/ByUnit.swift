/// Items of a document (cues, quotations) grouped by the unit they are in,
/// each group in item order: two flat arrays, where a dictionary of arrays
/// would allocate per unit.
struct ByUnit {
    private var start: [Int32]
    private var items: [Int32]

    /// `unitOf(k)` is item k's unit, or -1 for an item to leave out.
    init(units: Int, count: Int, unitOf: (Int) -> Int) {
        start = [Int32](repeating: 0, count: units + 1)
        for k in 0..<count { let u = unitOf(k); if u >= 0 { start[u + 1] += 1 } }
        for u in 0..<units { start[u + 1] += start[u] }
        var fill = start
        items = [Int32](repeating: 0, count: Int(start[units]))
        for k in 0..<count {
            let u = unitOf(k)
            guard u >= 0 else { continue }
            items[Int(fill[u])] = Int32(k)
            fill[u] += 1
        }
    }

    /// The items of unit `u`, in order.
    subscript(_ u: Int) -> ArraySlice<Int32> { items[Int(start[u])..<Int(start[u + 1])] }
}
