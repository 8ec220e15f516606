import ClaimlineCore

/// CSV as RFC 4180 writes it: CRLF between records, a field quoted when it
/// holds a comma, a double quote, CR or LF, and quotes inside doubled.
public struct CSVWriter {
    private let out: OutputFile

    public init(_ out: OutputFile) { self.out = out }

    public func write(_ fields: [String]) throws {
        var line = [UInt8]()
        for (i, f) in fields.enumerated() {
            if i > 0 { line.append(UInt8(ascii: ",")) }
            line.append(contentsOf: CSVWriter.field(f).utf8)
        }
        line.append(0x0D)
        try out.write(line: line)  // OutputFile adds the LF
    }

    public static func field(_ s: String) -> String {
        guard s.utf8.contains(where: { $0 == 0x2C || $0 == 0x22 || $0 == 0x0D || $0 == 0x0A }) else { return s }
        var q = "\""
        for c in s { if c == "\"" { q += "\"\"" } else { q.append(c) } }
        return q + "\""
    }
}
