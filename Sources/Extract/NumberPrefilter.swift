/// A quick pass over a block that says whether a number can be in it, so
/// that blocks with none (about half of news text) are never tokenized.
///
/// Every mention is read from a numeral (`NumberText.numeral`) or a vague
/// plural (`vague`), so it needs a digit or a number word: a word whose
/// lexicon entry is a cardinal, ordinal, ordinal plural or vague plural, or
/// `half`, `quarter`, `quarters`. A token's lexicon key is its ASCII letters,
/// inner periods and apostrophes (marks) left out, so within a run of ASCII
/// letters and marks a token is one letter segment or several in a row. The
/// pass tests at the end of each segment the segment alone and the run so far
/// from its start: first in a bit set of the number words' hashes (a clear
/// bit is a sure no, and most words' bits are clear), then in the table of
/// those hashes. A run with two marks between letters or more (`U.S.A.`),
/// where a token could span segments not at its start, counts as a yes.
/// Branch-free per character but for those rare cases, so word lengths cost
/// no mispredicted branches.
struct NumberPrefilter: @unchecked Sendable {
    /// The tables, built once and never freed (read-only, so shared by every
    /// thread; pointers, so that a block's test retains nothing).
    static let shared = NumberPrefilter()

    /// Character classes of ASCII, and 0 (a breaker) at 128 for all others.
    private let classes: UnsafeBufferPointer<UInt8>
    /// 32768 bits (4 KB), those of the number words' hashes.
    private let bloom: UnsafeBufferPointer<UInt64>
    /// The number words' hashes in an open-addressing table (0: empty).
    private let slots: UnsafeBufferPointer<UInt64>

    static let letter: UInt8 = 1, markOrDigit: UInt8 = 2

    private init() {
        let classes = (0...128).map { v -> UInt8 in
            if (65...90).contains(v) || (97...122).contains(v) { return Self.letter }
            if v == 39 || v == 46 || (48...57).contains(v) { return Self.markOrDigit }
            return 0
        }
        var bloom = [UInt64](repeating: 0, count: 512)
        var slots = [UInt64](repeating: 0, count: 512)
        precondition(Self.hashes.count * 2 < slots.count)
        for h in Self.hashes {
            let b = Self.bit(h)
            bloom[b >> 6] |= 1 << UInt64(b & 63)
            var i = Self.slot(h)
            while slots[i] != 0 { i = (i + 1) & (slots.count - 1) }
            slots[i] = h
        }
        func immortal<T>(_ a: [T]) -> UnsafeBufferPointer<T> {
            let p = UnsafeMutableBufferPointer<T>.allocate(capacity: a.count)
            _ = p.initialize(from: a)
            return UnsafeBufferPointer(p)
        }
        self.classes = immortal(classes); self.bloom = immortal(bloom); self.slots = immortal(slots)
    }

    /// Whether `s[range]` may hold a number mention (false: it holds none).
    static func mayHoldNumber(_ s: [Unicode.Scalar], in range: Range<Int>) -> Bool {
        shared.mayHoldNumber(s, in: range)
    }

    func mayHoldNumber(_ s: [Unicode.Scalar], in range: Range<Int>) -> Bool {
        // A digit anywhere is a yes, found eight characters at a time before
        // the letters are read (`run` says yes at a digit too, later).
        s.withUnsafeBufferPointer { NumberPrefilter.hasDigit($0, range) || run($0, range) }
    }

    /// Whether `p[range]` holds an ASCII digit.
    static func hasDigit(_ p: UnsafeBufferPointer<Unicode.Scalar>, _ range: Range<Int>) -> Bool {
        guard let base = p.baseAddress, range.upperBound <= p.count else { return false }
        var i = range.lowerBound
        let zero = SIMD8<Int32>(repeating: 48), nine = SIMD8<Int32>(repeating: 57)
        while i + 8 <= range.upperBound {
            let x = UnsafeRawPointer(base + i).loadUnaligned(as: SIMD8<Int32>.self)
            if any((x .>= zero) .& (x .<= nine)) { return true }
            i += 8
        }
        while i < range.upperBound {
            if p[i].value &- 48 < 10 { return true }
            i += 1
        }
        return false
    }

    /// What only the rare runs with marks need: the marks between letters
    /// in this run, the hash of the run up to its last mark, and whether
    /// the last character was a mark after a letter.
    private struct Marks {
        var inner = 0, runBefore: UInt64 = 0, afterLetter = false
        var any: Bool { inner != 0 || afterLetter }
    }

    // The hot state in locals, kept in registers: the hash of the segment
    // so far (0 outside letters), whether the last character was a letter,
    // whether the run has marks.
    private func run(_ p: UnsafeBufferPointer<Unicode.Scalar>, _ range: Range<Int>) -> Bool {
        guard !range.isEmpty, let base = p.baseAddress else { return false }
        var segment: UInt64 = 0, previousLetter: UInt64 = 0
        var marks = Marks(), withMarks = false
        var q = base + range.lowerBound
        let end = base + range.upperBound
        while q < end {
            let v = q.pointee.value
            q += 1
            let c = classes[Int(truncatingIfNeeded: min(v, 128))]
            if _slowPath(c & Self.markOrDigit != 0) {
                if v != 46 && v != 39 { return true }  // a digit
                // A mark: the segment ends, the run goes on.
                if previousLetter != 0 {
                    if ends(segment, marks) { return true }
                    marks.runBefore = Self.run(segment, marks)
                    marks.afterLetter = true
                    withMarks = true
                }
                segment = 0; previousLetter = 0
                continue
            }
            let letter = UInt64(c)  // 1 or 0
            // A segment ends here: test it.
            let ended = previousLetter & (letter ^ 1)
            if _slowPath(ended & inBloom(segment) != 0 || withMarks) {
                if ended != 0 && ends(segment, marks) { return true }
                if marks.afterLetter {
                    marks.afterLetter = false
                    if letter != 0 { marks.inner += 1 }
                    // Two marks between letters: a token could span segments not at the run's start.
                    if marks.inner > 1 { return true }
                }
                if letter == 0 { marks = Marks() }
                withMarks = marks.any
            }
            // A mask rather than a condition, so that no branch depends on the letters.
            segment = (segment << 5 | UInt64((v | 32) & 31)) & (0 &- letter)
            previousLetter = letter
        }
        return previousLetter != 0 && ends(segment, marks)
    }

    /// The run so far, through its marks: its hash as if they were not there.
    @inline(__always)
    private static func run(_ segment: UInt64, _ marks: Marks) -> UInt64 {
        guard marks.inner != 0 else { return segment }
        // Letters of the segment, from its hash's length (codes are never 0);
        // with 13 or more, the run is longer than any number word.
        let letters = (64 - segment.leadingZeroBitCount + 4) / 5
        return letters >= 13 ? 0 : marks.runBefore << UInt64(5 * letters) | segment
    }

    /// Whether the segment that ends here, or the run it ends, is a number word.
    @inline(__always)
    private func ends(_ segment: UInt64, _ marks: Marks) -> Bool {
        Self.isNumberWord(segment, slots) || (marks.inner != 0 && Self.isNumberWord(Self.run(segment, marks), slots))
    }

    /// 1 when the hash's bit is set (the word may be a number word), else 0.
    @inline(__always)
    private func inBloom(_ h: UInt64) -> UInt64 {
        let b = Self.bit(h)
        return (bloom[b >> 6] >> UInt64(b & 63)) & 1
    }

    // Out of line: rare, and inlined its work would be hoisted into the loop.
    @inline(never)
    private static func isNumberWord(_ h: UInt64, _ slots: UnsafeBufferPointer<UInt64>) -> Bool {
        guard h != 0 else { return false }
        var i = slot(h)
        while slots[i] != 0 {
            if slots[i] == h { return true }
            i = (i + 1) & (slots.count - 1)
        }
        return false
    }

    @inline(__always) private static func bit(_ h: UInt64) -> Int { Int(truncatingIfNeeded: (h &* 0x9E37_79B9_7F4A_7C15) >> 49) }
    @inline(__always) private static func slot(_ h: UInt64) -> Int { Int(truncatingIfNeeded: (h &* 0xC2B2_AE3D_27D4_EB4F) >> 55) }

    /// The hash of a word's letters as `run` makes it: five bits a letter
    /// (its code 1...26), the first letters shifted out past twelve.
    static func hash(letterCodes: [UInt64]) -> UInt64 { letterCodes.reduce(0) { $0 << 5 | $1 } }

    /// The hashes of the number words.
    static let hashes: Set<UInt64> = Set(NumberLexicon.entries.compactMap { key, lex in
        guard !lex.tags.isDisjoint(with: [.cardinal, .ordinal, .ordinalPlural, .vague])
            || lex.word == .half || lex.word == .quarter || lex.word == .quarters else { return nil }
        // The key packs the codes in base 27, first letter highest.
        var codes: [UInt64] = []
        var k = key
        while k > 0 { codes.append(k % 27); k /= 27 }
        return hash(letterCodes: codes.reversed())
    })
}
