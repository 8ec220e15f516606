/// Words as 64-bit hashes of their lowercased scalars (FNV-1a), so the hot
/// paths compare integers, never Strings. ASCII is case-folded; other
/// scalars hash as they are (case matters there only for rare letters).
enum WordHash {
    static let seed: UInt64 = 0xcbf2_9ce4_8422_2325
    static let prime: UInt64 = 0x0000_0100_0000_01b3

    @inline(__always)
    static func fold(_ v: UInt32) -> UInt32 { v >= 65 && v <= 90 ? v + 32 : v }

    @inline(__always)
    static func add(_ h: UInt64, _ v: UInt32) -> UInt64 {
        var h = h
        h = (h ^ UInt64(v & 0xFF)) &* prime
        if v > 0xFF { h = (h ^ UInt64(v >> 8)) &* prime }
        return h
    }

    /// The hash of `s[range]`, lowercased.
    @inline(__always)
    static func of(_ s: UnsafeBufferPointer<Unicode.Scalar>, _ range: Range<Int>) -> UInt64 {
        var h = seed
        for i in range { h = add(h, fold(s[i].value)) }
        return h
    }

    /// The hash of the last `n` letters of `s[range]` (a suffix, for inflections).
    @inline(__always)
    static func suffix(_ s: UnsafeBufferPointer<Unicode.Scalar>, _ range: Range<Int>, _ n: Int) -> UInt64 {
        var h = seed ^ UInt64(n)
        for i in max(range.lowerBound, range.upperBound - n)..<range.upperBound { h = add(h, fold(s[i].value)) }
        return h
    }

    static func of(_ word: String) -> UInt64 {
        let a = Array(word.unicodeScalars)
        return a.withUnsafeBufferPointer { of($0, 0..<$0.count) }
    }
}

/// A map from word hashes to small values, open addressing: the hashes are
/// already well mixed, so a probe is a mask and a compare. A bitmap of 4 KB
/// (it stays in the first-level cache) turns away most words not in the
/// table before the table is read.
struct WordTable<Value> {
    private var keys: [UInt64]
    private var values: [Value]
    private let mask: Int
    private var filter = [UInt64](repeating: 0, count: WordTable.filterWords)
    let empty: Value

    static var filterWords: Int { 512 }

    @inline(__always) static func filterBit(_ k: UInt64) -> (Int, UInt64) {
        let b = Int(truncatingIfNeeded: k >> 40) & (filterWords * 64 - 1)
        return (b >> 6, 1 << UInt64(b & 63))
    }

    init(_ pairs: [(UInt64, Value)], empty: Value, merge: (Value, Value) -> Value) {
        var cap = 16
        while cap < pairs.count * 3 { cap <<= 1 }
        keys = [UInt64](repeating: 0, count: cap)
        values = [Value](repeating: empty, count: cap)
        mask = cap - 1
        self.empty = empty
        for (k, v) in pairs {
            var i = Int(truncatingIfNeeded: k) & mask
            while keys[i] != 0 && keys[i] != k { i = (i + 1) & mask }
            values[i] = keys[i] == k ? merge(values[i], v) : v
            keys[i] = k
            let (w, bit) = WordTable.filterBit(k)
            filter[w] |= bit
        }
    }

    @inline(__always)
    subscript(_ k: UInt64) -> Value {
        let (w, bit) = WordTable.filterBit(k)
        if filter[w] & bit == 0 { return empty }
        var i = Int(truncatingIfNeeded: k) & mask
        while true {
            let key = keys[i]
            if key == k { return values[i] }
            if key == 0 { return empty }
            i = (i + 1) & mask
        }
    }
}

extension WordTable where Value == Bool {
    /// A set of words (`true` for each), looked up by `WordHash.of`.
    init<S: Sequence>(words: S) where S.Element: StringProtocol {
        self.init(words.map { (WordHash.of(String($0)), true) }, empty: false, merge: { $0 || $1 })
    }

    /// A set of the words of a space-separated list.
    init(wordList: String) { self.init(words: wordList.split(separator: " ")) }
}
