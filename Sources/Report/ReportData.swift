import ClaimlineCore

/// What the page's script shows on hover and click, as JSON in the page:
/// claim details, and which claims and statements each cluster holds.
struct ReportData {
    let claims: [Claim]
    let palette: SpeakerPalette
    let links: ClusterLinks
    let clusters: [Cluster]

    func json() -> [UInt8] {
        var w = JSONWriter(reservingCapacity: 1 << 16)
        w.beginObject()
        w.key(static: "claims"); w.beginArray()
        for (i, c) in claims.enumerated() {
            w.beginObject()
            w.field("id", c.id); w.field("doc", c.doc); w.field("kind", c.kind.rawValue)
            w.field("speaker", c.speaker); w.field("type", c.sourceType.rawValue); w.field("score", c.score)
            w.field("cue", c.cue?.text); w.field("source", c.source?.text)
            w.field("g", palette.groupOfClaim[i]); w.field("c", palette.colourClass(ofClaim: i))
            w.key(static: "numbers"); w.beginArray()
            for n in c.numbers {
                w.beginObject(); w.field("text", n.text); w.field("value", n.mention.value); w.field("kind", n.mention.kind.rawValue)
                w.field("approx", n.mention.approx); w.field("counts", n.mention.counts); w.endObject()
            }
            w.endArray()
            w.key(static: "clusters"); w.beginArray(); for k in links.clustersOfClaim[i] ?? [] { w.int(k) }; w.endArray()
            w.endObject()
        }
        w.endArray()
        w.key(static: "clusters"); w.beginArray()
        for (k, c) in clusters.enumerated() {
            w.beginObject()
            w.field("id", c.id); w.field("label", c.label); w.field("kind", c.kind.rawValue); w.field("documents", c.documents.count)
            w.key(static: "claims"); w.beginArray(); for i in links.claimsOfCluster[k] { w.int(i) }; w.endArray()
            w.key(static: "statements"); w.beginArray(); for j in links.statementsOfCluster[k] { w.int(j) }; w.endArray()
            w.endObject()
        }
        w.endArray()
        w.key(static: "statements"); w.beginArray()
        for s in links.statements {
            w.beginObject(); w.key(static: "clusters"); w.beginArray(); for k in s.clusters { w.int(k) }; w.endArray(); w.endObject()
        }
        w.endArray()
        w.endObject()
        return w.bytes
    }

    /// 755, 1,000, 0.7, 1.2 billion: numbers as a reader writes them.
    static func format(_ x: Double) -> String {
        if x == x.rounded(), abs(x) < 1e15 {
            if abs(x) >= 1e9, (x / 1e8).rounded() == x / 1e8 { return format(x / 1e9) + " billion" }
            if abs(x) >= 1e6, (x / 1e5).rounded() == x / 1e5 { return format(x / 1e6) + " million" }
            let digits = String(Int(abs(x)))
            var grouped = ""
            for (i, ch) in digits.enumerated() {
                if i > 0 && (digits.count - i) % 3 == 0 { grouped.append(",") }
                grouped.append(ch)
            }
            return (x < 0 ? "-" : "") + grouped
        }
        let r = (x * 100).rounded() / 100
        return "\(r)"
    }
}

extension SpeakerPalette {
    /// The colour classes: `.s3` highlights a claim's content, `.b3` underlines its source.
    func css() -> String {
        var s = ""
        for (i, c) in SpeakerPalette.colours.enumerated() {
            s += ".s\(i){--hl:\(c)}.b\(i){--ul:\(c)}\n"
        }
        s += ".su{--hl:\(SpeakerPalette.unattributedColour)}.bu{--ul:\(SpeakerPalette.unattributedColour)}\n"
        return s
    }
}
