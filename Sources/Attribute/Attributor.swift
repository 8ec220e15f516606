import ClaimlineCore

/// The attribute stage: claims with their speakers and a calibrated score.
///
/// Cues (`said`, `according to`, `told`, `:`, `in a statement`, `believe`)
/// are found by a trained cue model; each cue's source by a source model
/// (the best-scored word near it, widened to its noun phrase); the text
/// around cues is cut into segments that an owner model gives to the cue
/// before or after them, trimmed by start and end models. Quotations with
/// no cue continue the claim next to them. Speakers are linked inside the
/// document; the score is calibrated on held-out folds of PolNeAR train.
/// The models are in `TrainedModel.swift`, written by `make train`.
public struct Attributor: Stage {
    public static let name = "attribute"

    let model: AttributionModel

    public init() { model = TrainedModel.shared }
    package init(model: AttributionModel) { self.model = model }

    public func process(_ doc: ExtractedDocument) throws -> [Claim] { ClaimBuilder.written(doc, model) }

    /// Which claims are written: those whose score clears the threshold, and
    /// each quotation inside reported speech with the claim it is part of.
    package static func written(_ claims: [(score: Double, parent: Int?)], threshold: Double) -> [Bool] {
        claims.map { c in
            guard let p = c.parent else { return c.score >= threshold }
            return claims[p].score >= threshold
        }
    }

    /// Every candidate claim with its raw model score, score features and
    /// parent (see `written`), before the threshold (for training the score model).
    package func candidates(_ doc: ExtractedDocument) -> [(claim: Claim, raw: Double, features: [UInt32], parent: Int?)] {
        ClaimBuilder.claims(doc, model, keepFeatures: true).map { ($0.claim, $0.raw, $0.features, $0.parent) }
    }
}
