import ClaimlineCore

/// Why a record cannot go into the report.
public struct ReportError: Error, CustomStringConvertible {
    public let id: String
    public let reason: String
    public var description: String { reason }
}

/// The report: one self-contained HTML page (no network, no external files)
/// showing each article with its claims highlighted by speaker, and the facts
/// several sources agree or disagree on. Add the documents first, then their
/// claims and the clusters, then take `html()`.
public struct ReportBuilder {
    public var title: String
    var documents: [IngestedDocument] = []
    var documentIndex: [String: Int] = [:]
    var claims: [Claim] = []
    var claimIndex: [String: Int] = [:]
    var clusters: [Cluster] = []

    public init(title: String = "claimline report") { self.title = title }

    public var documentCount: Int { documents.count }
    public var claimCount: Int { claims.count }

    public mutating func add(document: IngestedDocument) throws {
        guard documentIndex[document.id] == nil else {
            throw ReportError(id: document.id, reason: "the document id appears twice in the document files")
        }
        documentIndex[document.id] = documents.count
        documents.append(document)
    }

    /// Adds a claim of a document added before; its spans must be slices of that document's text.
    public mutating func add(_ claim: Claim) throws {
        guard let d = documentIndex[claim.doc] else {
            throw ReportError(id: claim.id, reason: "its document \(claim.doc) is not in the document files given")
        }
        let text = documents[d].text
        for (name, span) in [("content", claim.content), ("source", claim.source), ("cue", claim.cue)] {
            guard let span else { continue }
            guard span.span.end <= text.count, text[span.span] == span.text else {
                throw ReportError(id: claim.id, reason: "its \(name) span \(span.span) is not \"\(span.text)\" in \(claim.doc) (were the claims made from another ingest?)")
            }
        }
        guard claimIndex[claim.id] == nil else { throw ReportError(id: claim.id, reason: "the claim id appears twice") }
        claimIndex[claim.id] = claims.count
        claims.append(claim)
    }

    public mutating func add(_ cluster: Cluster) { clusters.append(cluster) }

    /// The page.
    public func html() -> String {
        let palette = SpeakerPalette(claims)
        let links = ClusterLinks(clusters: clusters, claims: claims, claimIndex: claimIndex, documentIndex: documentIndex,
                                 documents: documents)
        var h = HTML()
        h.raw("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        // Nothing may be fetched: styles and the script are inline, images only as data.
        h.raw("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:\">\n")
        h.raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        h.element("title", text: title)
        h.raw("\n<style>\n" + ReportAssets.css + palette.css() + "</style>\n</head>\n<body>\n")
        header(&h, palette: palette, links: links)
        ClusterTable(clusters: clusters, links: links, documents: documents).render(&h)
        h.raw("<section id=\"articles\" aria-label=\"Articles\">\n")
        for (d, doc) in documents.enumerated() {
            ArticleView(document: doc, index: d, claims: claims, claimIndices: links.claimsOfDocument[d] ?? [],
                        palette: palette, links: links).render(&h)
        }
        h.raw("</section>\n<div id=\"tip\" role=\"tooltip\" hidden></div>\n")
        h.raw("<script type=\"application/json\" id=\"report-data\">")
        h.raw(HTML.scriptSafe(json: ReportData(claims: claims, palette: palette, links: links, clusters: clusters).json()))
        h.raw("</script>\n<script>\n" + ReportAssets.script + "</script>\n</body>\n</html>\n")
        return h.out
    }

    private func header(_ h: inout HTML, palette: SpeakerPalette, links: ClusterLinks) {
        h.raw("<header>\n")
        h.element("h1", text: title)
        let conflicts = clusters.filter { !$0.conflicts.isEmpty }.count
        let multi = clusters.filter { $0.documents.count >= 2 }.count
        h.open("p", [("class", "summary")])
        h.text("\(documents.count) article\(documents.count == 1 ? "" : "s") · \(claims.count) claims · ")
        h.text("\(multi) fact\(multi == 1 ? "" : "s") in several sources · \(conflicts) with a conflict")
        h.close("p")
        h.raw("<div class=\"controls\">\n<div class=\"filter\" id=\"speakers\"><span class=\"flabel\">Speakers</span>")
        for (g, group) in palette.groups.enumerated() {
            h.open("button", [("type", "button"), ("class", "chip s\(group.colour)"), ("data-g", String(g)), ("aria-pressed", "true")])
            h.text(group.name); h.element("span", [("class", "n")], text: String(group.claims)); h.close("button")
        }
        let unattributed = palette.groupOfClaim.filter { $0 < 0 }.count
        if unattributed > 0 {
            h.open("button", [("type", "button"), ("class", "chip su"), ("data-g", "-1"), ("aria-pressed", "true")])
            h.text("no speaker"); h.element("span", [("class", "n")], text: String(unattributed)); h.close("button")
        }
        h.raw("</div>\n<div class=\"filter\" id=\"kinds\"><span class=\"flabel\">Claims</span>")
        for kind in ClaimKind.allCases {
            let n = claims.filter { $0.kind == kind }.count
            h.raw("<label>"); h.open("input", [("type", "checkbox"), ("value", kind.rawValue), ("checked", "")])
            h.text(" \(kind.rawValue) "); h.element("span", [("class", "n")], text: String(n)); h.raw("</label>")
        }
        h.raw("<label class=\"residue-toggle\"><input type=\"checkbox\" id=\"show-residue\"> page residue</label>")
        h.raw("</div>\n<p class=\"legend\"><span class=\"p s0\">claim</span> in its speaker\u{2019}s colour \u{b7} ")
        h.raw("<span class=\"src b0\">source</span> \u{b7} <span class=\"cue\">cue</span> \u{b7} <span class=\"num\">number</span> \u{b7} ")
        h.raw("<span class=\"st\">stated by the article</span> \u{b7} hover or click a claim for details, a fact to find it</p>\n")
        h.raw("</div>\n</header>\n")
    }
}

/// Which claims and statements each cluster holds, in report indices.
struct ClusterLinks {
    /// Per cluster: the claim indices of its members, and its statement indices.
    var claimsOfCluster: [[Int]] = []
    var statementsOfCluster: [[Int]] = []
    /// Per claim index: the clusters it belongs to.
    var clustersOfClaim: [Int: [Int]] = [:]
    /// Statements (sentences an article states in its own voice) that are cluster members.
    var statements: [(doc: Int, span: Span, clusters: [Int], numbers: [Span])] = []
    var claimsOfDocument: [Int: [Int]] = [:]

    init(clusters: [Cluster], claims: [Claim], claimIndex: [String: Int], documentIndex: [String: Int],
         documents: [IngestedDocument]) {
        var statementIndex: [String: Int] = [:]
        for (k, cluster) in clusters.enumerated() {
            var cs: [Int] = [], ss: [Int] = []
            for m in cluster.members {
                if let id = m.claim, let i = claimIndex[id] {
                    if !cs.contains(i) { cs.append(i); clustersOfClaim[i, default: []].append(k) }
                } else if m.claim == nil, let d = documentIndex[m.doc], m.span.end <= documents[d].text.count {
                    let key = "\(d):\(m.span.start):\(m.span.end)"
                    let j = statementIndex[key] ?? {
                        statements.append((d, m.span, [], []))
                        statementIndex[key] = statements.count - 1
                        return statements.count - 1
                    }()
                    if !statements[j].clusters.contains(k) { statements[j].clusters.append(k) }
                    if let n = m.number?.mention.span, m.span.contains(n), !statements[j].numbers.contains(n) {
                        statements[j].numbers.append(n)
                    }
                    if !ss.contains(j) { ss.append(j) }
                }
            }
            claimsOfCluster.append(cs)
            statementsOfCluster.append(ss)
        }
        for (i, c) in claims.enumerated() { if let d = documentIndex[c.doc] { claimsOfDocument[d, default: []].append(i) } }
    }
}
