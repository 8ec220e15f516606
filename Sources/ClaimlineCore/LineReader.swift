#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads a file (or stdin) as lines of bytes, streaming: memory is bounded
/// by the longest line, never by the file.
public final class LineReader {
    public let path: String
    private let fd: Int32
    private let ownsFD: Bool
    private var buffer: [UInt8]
    private var start = 0, end = 0
    private var eof = false
    /// 1-based number of the line last returned.
    public private(set) var lineNumber = 0
    /// True when the last line returned had no final newline.
    public private(set) var lastLineUnterminated = false
    /// Lines longer than this are skipped, not held in memory.
    public let maxLineBytes: Int
    /// When the last line returned (empty) was skipped for its length: how long it was.
    public private(set) var skippedLineBytes: Int? = nil

    /// Opens `path`, or stdin for `-`.
    public init(path: String, chunkSize: Int = 1 << 20, maxLineBytes: Int = 1 << 30) throws {
        self.path = path
        self.maxLineBytes = max(1, maxLineBytes)
        if path == "-" {
            fd = 0; ownsFD = false
        } else {
            let f = open(path, O_RDONLY)
            guard f >= 0 else { throw IOError.cannotOpen(path, errnoText()) }
            var st = stat()
            if fstat(f, &st) == 0, (st.st_mode & S_IFMT) == S_IFDIR {
                close(f)
                throw IOError.cannotOpen(path, "is a folder")
            }
            fd = f; ownsFD = true
        }
        buffer = [UInt8](repeating: 0, count: chunkSize)
    }

    deinit { if ownsFD { close(fd) } }

    /// The next line without its newline (and without a trailing CR), or nil at the end.
    public func next() throws -> ArraySlice<UInt8>? {
        skippedLineBytes = nil
        while true {
            if end - start > maxLineBytes, findNewline().map({ $0 - start > maxLineBytes }) ?? true {
                return try skipLongLine()
            }
            if let nl = findNewline() {
                var lineEnd = nl
                if lineEnd > start && buffer[lineEnd - 1] == 0x0D { lineEnd -= 1 }
                let line = buffer[start..<lineEnd]
                start = nl + 1
                lineNumber += 1
                lastLineUnterminated = false
                return line
            }
            if eof {
                guard start < end else { return nil }
                let line = buffer[start..<end]
                start = end
                lineNumber += 1
                lastLineUnterminated = true
                return line
            }
            try fill()
        }
    }

    /// Reads past the rest of an overlong line without keeping it.
    private func skipLongLine() throws -> ArraySlice<UInt8> {
        var length = 0
        while true {
            if let nl = findNewline() {
                length += nl - start
                start = nl + 1
                lastLineUnterminated = false
                break
            }
            length += end - start
            start = 0; end = 0
            if eof { lastLineUnterminated = true; break }
            try fill()
        }
        lineNumber += 1
        skippedLineBytes = length
        return buffer[0..<0]
    }

    private func findNewline() -> Int? {
        buffer.withUnsafeBufferPointer { b -> Int? in
            guard start < end, let base = b.baseAddress else { return nil }
            guard let p = memchr(base + start, 0x0A, end - start) else { return nil }
            return base.distance(to: p.assumingMemoryBound(to: UInt8.self))
        }
    }

    private func fill() throws {
        // Move the partial line to the front, grow when it fills the buffer.
        if start > 0 {
            if start < end { buffer.withUnsafeMutableBufferPointer { b in
                _ = memmove(b.baseAddress!, b.baseAddress! + start, end - start) } }
            end -= start; start = 0
        }
        if end == buffer.count { buffer.append(contentsOf: repeatElement(0, count: buffer.count)) }
        let n = buffer.withUnsafeMutableBufferPointer { b in read(fd, b.baseAddress! + end, b.count - end) }
        if n < 0 {
            if errno == EINTR { return }
            throw IOError.readFailed(path, errnoText())
        }
        if n == 0 { eof = true } else { end += n }
    }
}

public enum IOError: Error, CustomStringConvertible {
    case cannotOpen(String, String)
    case readFailed(String, String)
    case writeFailed(String, String)

    public var description: String {
        switch self {
        case .cannotOpen(let p, let why): return "cannot open \(p): \(why)"
        case .readFailed(let p, let why): return "cannot read \(p): \(why)"
        case .writeFailed(let p, let why): return "cannot write \(p): \(why)"
        }
    }
}

public func errnoText() -> String { String(cString: strerror(errno)) }

@inline(__always)
func systemWrite(_ fd: Int32, _ p: UnsafePointer<UInt8>, _ n: Int) -> Int {
    #if canImport(Glibc)
    return Glibc.write(fd, p, n)
    #else
    return Darwin.write(fd, p, n)
    #endif
}
