#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A JSON Lines output: stdout, or a file written under a temporary name in
/// the same folder and renamed into place only by `commit()`, so a killed
/// run never leaves a file that looks complete.
public final class OutputFile {
    public let path: String
    private let fd: Int32
    private let tempPath: String?
    private var buffer: [UInt8] = []
    private var finished = false
    private let flushAt = 1 << 20

    /// `-` writes to stdout.
    public init(path: String) throws {
        self.path = path
        if path == "-" {
            fd = 1; tempPath = nil
        } else {
            let tmp = OutputFile.temporaryName(for: path)
            let f = open(tmp, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
            guard f >= 0 else { throw IOError.cannotOpen(path, errnoText()) }
            fd = f; tempPath = tmp
        }
        buffer.reserveCapacity(flushAt + 4096)
    }

    /// The temporary name a file is written under until it is complete.
    public static func temporaryName(for path: String) -> String {
        let slash = path.lastIndex(of: "/")
        let dir = slash.map { String(path[...$0]) } ?? ""
        let name = slash.map { String(path[path.index(after: $0)...]) } ?? path
        return "\(dir).\(name).\(getpid()).tmp"
    }

    deinit {
        // Not committed: the partial file is removed, never left looking done.
        if !finished, let t = tempPath { close(fd); unlink(t) }
    }

    public func write(line: [UInt8]) throws {
        buffer.append(contentsOf: line)
        buffer.append(0x0A)
        if buffer.count >= flushAt { try flush() }
    }

    public func write<R: Record>(_ r: R) throws { try write(line: r.jsonLine()) }

    public func flush() throws {
        var off = 0
        while off < buffer.count {
            let n = buffer.withUnsafeBufferPointer { b in systemWrite(fd, b.baseAddress! + off, b.count - off) }
            if n < 0 {
                if errno == EINTR { continue }
                throw IOError.writeFailed(path, errnoText())
            }
            off += n
        }
        buffer.removeAll(keepingCapacity: true)
    }

    /// Flushes, syncs and renames the file into place.
    public func commit() throws {
        try flush()
        guard let t = tempPath else { finished = true; return }
        if fsync(fd) != 0 && errno != EINVAL { throw IOError.writeFailed(path, errnoText()) }
        close(fd)
        finished = true
        if rename(t, path) != 0 {
            let why = errnoText()
            unlink(t)
            throw IOError.writeFailed(path, why)
        }
    }

    /// Drops what was written (the temporary file is removed).
    public func abandon() {
        guard !finished else { return }
        finished = true
        if let t = tempPath { close(fd); unlink(t) }
    }
}
