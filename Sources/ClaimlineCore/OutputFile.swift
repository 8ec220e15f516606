#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A JSON Lines output: stdout, or a file written under a temporary name in
/// the same folder (`.NAME.partial`) and renamed into place only by
/// `commit()`, so a killed run never leaves a file that looks complete.
/// The partial file is locked while written; a later run can resume it.
public final class OutputFile {
    public let path: String
    private let fd: Int32
    /// The temporary file, nil for stdout.
    public let partialPath: String?
    private var buffer: [UInt8] = []
    private var finished = false
    private let flushAt = 1 << 20
    /// Bytes handed to the kernel so far (the file's size on disk).
    public private(set) var flushedBytes = 0

    /// `-` writes to stdout. With `resumingAt`, the partial file left by an
    /// earlier run is kept up to that many bytes and written on from there.
    /// A device or pipe (`/dev/null`, a FIFO) is written in place: renaming
    /// over it would replace it.
    public init(path: String, resumingAt keep: Int? = nil) throws {
        self.path = path
        if path == "-" {
            fd = 1; partialPath = nil
        } else if OutputFile.isSpecialFile(path) {
            let f = open(path, O_WRONLY | O_CLOEXEC)
            guard f >= 0 else { throw IOError.cannotOpen(path, errnoText()) }
            fd = f; partialPath = nil
        } else {
            let tmp = OutputFile.partialName(for: path)
            let flags = O_WRONLY | O_CREAT | O_CLOEXEC | (keep == nil ? O_TRUNC : 0)
            let f = open(tmp, flags, 0o644)
            guard f >= 0 else { throw IOError.cannotOpen(path, errnoText()) }
            guard flock(f, LOCK_EX | LOCK_NB) == 0 else {
                close(f)
                throw IOError.cannotOpen(path, "another claimline is writing it (\(tmp) is locked)")
            }
            if let keep {
                guard ftruncate(f, off_t(keep)) == 0, lseek(f, off_t(keep), SEEK_SET) >= 0 else {
                    let why = errnoText(); close(f)
                    throw IOError.cannotOpen(path, why)
                }
                flushedBytes = keep
            }
            fd = f; partialPath = tmp
        }
        buffer.reserveCapacity(flushAt + 4096)
    }

    /// True for an existing path that is not a regular file or a folder.
    public static func isSpecialFile(_ path: String) -> Bool {
        var st = stat()
        guard stat(path, &st) == 0 else { return false }
        let type = st.st_mode & S_IFMT
        return type != S_IFREG && type != S_IFDIR
    }

    /// The temporary name a file is written under until it is complete.
    public static func partialName(for path: String) -> String {
        let slash = path.lastIndex(of: "/")
        let dir = slash.map { String(path[...$0]) } ?? ""
        let name = slash.map { String(path[path.index(after: $0)...]) } ?? path
        return "\(dir).\(name).partial"
    }

    deinit {
        // Not committed: the partial file is removed, never left looking done.
        if !finished {
            if let t = partialPath { unlink(t) }
            if fd > 2 { close(fd) }
        }
    }

    /// Bytes written so far, buffered ones included.
    public var bytesWritten: Int { flushedBytes + buffer.count }

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
        flushedBytes += buffer.count
        buffer.removeAll(keepingCapacity: true)
    }

    /// Flushes, syncs and renames the file into place.
    public func commit() throws {
        try flush()
        guard let t = partialPath else {
            if fd > 2 { close(fd) }
            finished = true
            return
        }
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
        if let t = partialPath { unlink(t) }
        if fd > 2 { close(fd) }
    }
}
