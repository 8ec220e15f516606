import ClaimlineCore

/// The value of one run of digits with its inner separators, read from the
/// scalars: `1,234,567`, `9.23`, `1,3` (decimal comma), `1.234,5`, `5:05`,
/// `30.07.2017`. A run whose separators fit no number (`192.168.1.2`) is a label.
struct DigitValue: Equatable {
    enum Shape: Equatable {
        /// Digits only (`2014`, `0000`).
        case plain
        /// With thousands separators or a decimal mark.
        case number
        case time
        /// Day, month and year with dots (`30.07.2017`); `value` is the day.
        case date
        /// Separators that fit no number: a version, an address, a code.
        case label
    }
    var value: Double
    var shape: Shape
    var isInteger: Bool
    var digits: Int

    static func read(_ s: [Unicode.Scalar], _ a: Int, _ b: Int) -> DigitValue {
        var commas = 0, dots = 0, colons = 0, digits = 0
        var firstComma = -1, lastComma = -1, firstDot = -1, lastDot = -1
        for i in a..<b {
            switch s[i] {
            case ",": commas += 1; if firstComma < 0 { firstComma = i }; lastComma = i
            case ".": dots += 1; if firstDot < 0 { firstDot = i }; lastDot = i
            case ":": colons += 1
            default: digits += 1
            }
        }
        let label = DigitValue(value: 0, shape: .label, isInteger: false, digits: digits)
        if colons > 0 { return commas + dots == 0 ? time(s, a, b) ?? label : label }
        if commas == 0 && dots == 0 {
            return DigitValue(value: number(s, a, b, decimalMark: nil), shape: .plain, isInteger: true, digits: digits)
        }
        if commas == 0 && dots == 1 { return decimal(s, a, b, mark: ".", digits) }
        if commas == 0 {
            if let d = dottedDate(s, a, b) { return d }
            return groupedByThree(s, a, b, separator: ".") ? integer(s, a, b, digits) : label
        }
        if dots == 0 {
            if groupedByThree(s, a, b, separator: ",") { return integer(s, a, b, digits) }
            return commas == 1 ? decimal(s, a, b, mark: ",", digits) : label
        }
        // Both: thousands with one mark, a decimal with the other, the decimal last.
        if dots == 1 && firstDot > lastComma && groupedByThree(s, a, firstDot, separator: ",") {
            return decimal(s, a, b, mark: ".", digits)
        }
        if commas == 1 && firstComma > lastDot && groupedByThree(s, a, firstComma, separator: ".") {
            return decimal(s, a, b, mark: ",", digits)
        }
        return label
    }

    /// 1-3 digits, then groups of exactly three after each separator.
    static func groupedByThree<S: RandomAccessCollection<Unicode.Scalar>>(_ s: S, _ a: Int, _ b: Int, separator: Unicode.Scalar) -> Bool
        where S.Index == Int {
        var run = 0, first = true
        for i in a..<b {
            if s[i] == separator {
                if first ? (run < 1 || run > 3) : run != 3 { return false }
                first = false; run = 0
            } else if Tokenizer.isDigit(s[i]) {
                run += 1
            } else {
                return false
            }
        }
        return !first && run == 3
    }

    private static func integer(_ s: [Unicode.Scalar], _ a: Int, _ b: Int, _ digits: Int) -> DigitValue {
        DigitValue(value: number(s, a, b, decimalMark: nil), shape: .number, isInteger: true, digits: digits)
    }

    private static func decimal(_ s: [Unicode.Scalar], _ a: Int, _ b: Int, mark: Unicode.Scalar, _ digits: Int) -> DigitValue {
        DigitValue(value: number(s, a, b, decimalMark: mark), shape: .number, isInteger: false, digits: digits)
    }

    /// `h:mm` or `h:mm:ss`; the value is in units of the first field (hours of a clock time).
    private static func time(_ s: [Unicode.Scalar], _ a: Int, _ b: Int) -> DigitValue? {
        var fields: [Double] = []
        var runStart = a
        for i in a...b where i == b || s[i] == ":" {
            let n = i - runStart
            guard n >= 1, fields.isEmpty ? n <= 3 : n == 2 else { return nil }
            fields.append(number(s, runStart, i, decimalMark: nil))
            runStart = i + 1
        }
        guard fields.count == 2 || fields.count == 3, fields.dropFirst().allSatisfy({ $0 < 60 }) else { return nil }
        var v = fields[0] + fields[1] / 60
        if fields.count == 3 { v += fields[2] / 3600 }
        return DigitValue(value: v, shape: .time, isInteger: false, digits: b - a - fields.count + 1)
    }

    /// `30.07.2017`, `1.5.17`: day, month, year.
    private static func dottedDate(_ s: [Unicode.Scalar], _ a: Int, _ b: Int) -> DigitValue? {
        var fields: [(Double, Int)] = []
        var runStart = a
        for i in a...b where i == b || s[i] == "." {
            fields.append((number(s, runStart, i, decimalMark: nil), i - runStart))
            runStart = i + 1
        }
        guard fields.count == 3, fields[0].1 <= 2, fields[1].1 <= 2, fields[2].1 == 2 || fields[2].1 == 4,
              fields[0].0 >= 1, fields[0].0 <= 31, fields[1].0 >= 1, fields[1].0 <= 12 else { return nil }
        return DigitValue(value: fields[0].0, shape: .date, isInteger: true, digits: b - a - 2)
    }

    /// The value of the digits in `a..<b`, skipping separators other than the decimal mark.
    /// Exact for up to 15 significant digits and 22 decimals (a division by an
    /// exact power of ten is correctly rounded); longer runs go through the standard parser.
    static func number(_ s: [Unicode.Scalar], _ a: Int, _ b: Int, decimalMark: Unicode.Scalar?) -> Double {
        var mantissa: UInt64 = 0
        var decimals = 0, significant = 0
        var afterMark = false
        for i in a..<b {
            let c = s[i]
            if let m = decimalMark, c == m { afterMark = true; continue }
            let v = c.value
            guard v >= 48 && v <= 57 else { continue }
            if mantissa > 0 || v != 48 { significant += 1 }
            if significant > 15 { return slowNumber(s, a, b, decimalMark: decimalMark) }
            mantissa = mantissa * 10 + UInt64(v - 48)
            if afterMark { decimals += 1 }
        }
        if decimals > 22 { return slowNumber(s, a, b, decimalMark: decimalMark) }
        return decimals == 0 ? Double(mantissa) : Double(mantissa) / powersOfTen[decimals]
    }

    static let powersOfTen: [Double] = (0...22).map { k in (0..<k).reduce(1.0) { x, _ in x * 10 } }

    private static func slowNumber(_ s: [Unicode.Scalar], _ a: Int, _ b: Int, decimalMark: Unicode.Scalar?) -> Double {
        var t = ""
        for i in a..<b {
            let c = s[i]
            if let m = decimalMark, c == m { t.append(".") } else if Tokenizer.isDigit(c) { t.unicodeScalars.append(c) }
        }
        return Double(t) ?? 0
    }
}
