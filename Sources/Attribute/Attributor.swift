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

    public func process(_ doc: ExtractedDocument) throws -> [Claim] {
        let drafts = ClaimBuilder.claims(doc, model)
        var out: [Claim] = []
        for d in drafts where d.claim.score >= model.emitThreshold || d.keep {
            var c = d.claim
            c.id = "\(doc.id)#\(out.count)"
            out.append(c)
        }
        return out
    }

    /// Every candidate claim with its raw model score and score features,
    /// before the emission threshold (for training the score model).
    package func candidates(_ doc: ExtractedDocument) -> [(claim: Claim, raw: Double, features: [UInt32])] {
        ClaimBuilder.claims(doc, model).map { ($0.claim, $0.raw, $0.features) }
    }
}
