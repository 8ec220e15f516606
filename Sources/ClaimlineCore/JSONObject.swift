/// The members of a JSON object, with a dictionary's meaning (one value per
/// key, the last one read wins, order does not count for equality) but kept
/// as a list: a record's objects have a handful of keys each, and a
/// dictionary per span (hashing every key, growing its table) was a fifth
/// of the time a stage spent reading its input. Objects with many keys get
/// a dictionary index, so no input makes lookups quadratic.
public struct JSONObject: Equatable, Sendable, Sequence, ExpressibleByDictionaryLiteral {
    public typealias Element = (key: String, value: JSONValue)

    private var members: [Element] = []
    /// Positions in `members` by key, once there are more than `indexedAbove`.
    private var index: [String: Int]? = nil
    static let indexedAbove = 16

    public init() {}

    /// Room for `n` members before the list grows (a record's objects have a handful).
    public init(minimumCapacity n: Int) { members.reserveCapacity(n) }

    public init(dictionaryLiteral elements: (String, JSONValue)...) {
        for (k, v) in elements { self[k] = v }
    }

    public var count: Int { members.count }
    public var isEmpty: Bool { members.isEmpty }
    public var keys: [String] { members.map(\.key) }

    public func makeIterator() -> IndexingIterator<[Element]> { members.makeIterator() }

    private func position(of key: String) -> Int? {
        if let index { return index[key] }
        return members.firstIndex { $0.key == key }
    }

    public subscript(key: String) -> JSONValue? {
        get { position(of: key).map { members[$0].value } }
        set {
            switch (position(of: key), newValue) {
            case (let i?, let v?): members[i].value = v
            case (let i?, nil):
                members.remove(at: i)
                if index != nil { reindex() }
            case (nil, let v?):
                members.append((key, v))
                if index != nil { index![key] = members.count - 1 } else if members.count > JSONObject.indexedAbove { reindex() }
            case (nil, nil): break
            }
        }
    }

    private mutating func reindex() {
        var d = [String: Int](minimumCapacity: members.count)
        for (i, m) in members.enumerated() { d[m.key] = i }
        index = members.count > JSONObject.indexedAbove ? d : nil
    }

    public static func == (a: JSONObject, b: JSONObject) -> Bool {
        a.count == b.count && a.members.allSatisfy { b[$0.key] == $0.value }
    }
}
