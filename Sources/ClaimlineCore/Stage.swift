/// A pipeline stage after ingest: maps one record to a richer one.
/// Stages are pure functions of their input, so documents can be processed
/// in parallel and the output is the same in any order of work.
public protocol Stage: Sendable {
    associatedtype Input: Record
    associatedtype Output: RecordLines
    /// The subcommand and the name written in error reports.
    static var name: String { get }
    func process(_ input: Input) throws -> Output
}

/// What a stage writes for one document: one line, or (for claims) several.
public protocol RecordLines {
    func forEachLine(_ body: ([UInt8]) throws -> Void) rethrows
}

extension IngestedDocument: RecordLines {}
extension NormalizedDocument: RecordLines {}
extension SegmentedDocument: RecordLines {}
extension ExtractedDocument: RecordLines {}
extension Claim: RecordLines {}

extension Record {
    public func forEachLine(_ body: ([UInt8]) throws -> Void) rethrows { try body(jsonLine()) }
}

extension Array: RecordLines where Element: Record {
    public func forEachLine(_ body: ([UInt8]) throws -> Void) rethrows {
        for r in self { try body(r.jsonLine()) }
    }
}
