import ClaimlineCore
import CZlib

enum Gzip {
    /// Inflates gzip (or zlib) data, several concatenated members included.
    /// Output beyond `limit` bytes is refused: a small file must not be
    /// allowed to expand without bound.
    static func decompress(_ input: [UInt8], limit: Int = 1 << 31) throws -> [UInt8] {
        var out = [UInt8]()
        out.reserveCapacity(min(limit, input.count * 4))
        var stream = z_stream()
        // 15 + 32: any window size, gzip or zlib header detected automatically.
        guard inflateInit2_(&stream, 15 + 32, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size)) == Z_OK else {
            throw RecordError.failed("gzip: cannot initialise zlib")
        }
        defer { inflateEnd(&stream) }
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        try input.withUnsafeBufferPointer { inBuf in
            stream.next_in = UnsafeMutablePointer(mutating: inBuf.baseAddress)
            stream.avail_in = uInt(inBuf.count)
            while true {
                let status: Int32 = chunk.withUnsafeMutableBufferPointer { c in
                    stream.next_out = c.baseAddress
                    stream.avail_out = uInt(c.count)
                    return inflate(&stream, Z_NO_FLUSH)
                }
                let produced = chunk.count - Int(stream.avail_out)
                out.append(contentsOf: chunk[0..<produced])
                if out.count > limit { throw RecordError.failed("gzip: it expands beyond \(limit >> 20) MB, over the limit; raise --max-document-mb to read it") }
                switch status {
                case Z_STREAM_END:
                    // Another gzip member may follow.
                    if stream.avail_in == 0 { return }
                    guard inflateReset(&stream) == Z_OK else { return }
                case Z_OK:
                    continue
                case Z_BUF_ERROR where stream.avail_in == 0:
                    throw RecordError.failed("gzip: the file is truncated")
                default:
                    let msg = stream.msg.map { String(cString: $0) } ?? "error \(status)"
                    throw RecordError.failed("gzip: \(msg)")
                }
            }
        }
        return out
    }

    static func isGzip(_ b: [UInt8]) -> Bool { b.count >= 2 && b[0] == 0x1F && b[1] == 0x8B }
}
