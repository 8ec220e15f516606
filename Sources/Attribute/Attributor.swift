import ClaimlineCore

/// The attribute stage: claims with their speakers and a score.
/// Direct quotes are attributed to a source next to them (`"...," X said`,
/// `X said: "..."`); reported speech is read from cue verbs (`X said that
/// ...`, `..., X said.`, `according to X, ...`). Sources are linked inside the
/// document: pronouns and short forms resolve to the fullest name seen.
public struct Attributor: Stage {
    public static let name = "attribute"

    public init() {}

    public func process(_ doc: ExtractedDocument) throws -> [Claim] {
        let ctx = AttributionContext(doc)
        var found: [Candidate] = DirectQuotes.find(ctx)
        found += ReportedSpeech.find(ctx, excluding: found)
        found.sort { $0.content < $1.content }
        return found.enumerated().map { k, c in ctx.claim(c, index: k) }
    }
}

/// A claim before it is written: spans in normalized coordinates.
struct Candidate {
    var kind: ClaimKind
    var content: Span
    var source: Span?
    var cue: Span?
    var rule: String
    var score: Double
}
