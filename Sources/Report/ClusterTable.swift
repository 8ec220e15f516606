import ClaimlineCore

/// The facts across sources: one row per cluster, a column per article
/// (● supports it, ✕ gives a conflicting number or speaker), then speakers,
/// claims and conflicts. Clicking a row highlights its claims in the articles.
struct ClusterTable {
    let clusters: [Cluster]
    let links: ClusterLinks
    let documents: [IngestedDocument]

    /// Beyond this many articles, the table lists documents instead of a column each.
    static let maxColumns = 10

    func render(_ h: inout HTML) {
        h.raw("<section id=\"clusters\" aria-label=\"Across sources\">\n<div class=\"section-head\">")
        h.element("h2", text: "Across sources")
        h.raw("<div class=\"filter\"><label>Facts <select id=\"cluster-kind\"><option value=\"\">all</option>")
        h.raw("<option value=\"quantity\">quantities</option><option value=\"quote\">quotes</option></select></label>")
        h.raw("<label><input type=\"checkbox\" id=\"only-conflicts\"> only conflicts</label></div></div>\n")
        guard !clusters.isEmpty else {
            h.element("p", [("class", "empty")], text: "No fact is stated by two sources here (or no clusters file was given: run `claimline corroborate`).")
            h.raw("</section>\n")
            return
        }
        let columns = documents.count <= ClusterTable.maxColumns
        h.raw("<table>\n<thead><tr><th>#</th><th class=\"fact\">Fact</th>")
        if columns {
            for (d, doc) in documents.enumerated() {
                h.element("th", [("class", "docol"), ("title", doc.meta.title ?? doc.id)], text: ArticleView.letter(d))
            }
        } else {
            h.raw("<th>Sources</th>")
        }
        h.raw("<th>Speakers</th><th>Claims</th><th>Conflicts</th></tr></thead>\n<tbody>\n")
        let docIndex = Dictionary(uniqueKeysWithValues: documents.enumerated().map { ($1.id, $0) })
        for (k, c) in clusters.enumerated() { row(k, c, columns: columns, docIndex: docIndex, &h) }
        h.raw("</tbody>\n</table>\n</section>\n")
    }

    private func row(_ k: Int, _ c: Cluster, columns: Bool, docIndex: [String: Int], _ h: inout HTML) {
        h.open("tr", [("data-k", String(k)), ("data-kind", c.kind.rawValue), ("data-conflicts", String(c.conflicts.count)),
                      ("tabindex", "0"), ("class", c.conflicts.isEmpty ? nil : "has-conflict")])
        h.element("td", [("class", "id")], text: c.id)
        h.open("td", [("class", "fact")])
        h.element("span", [("class", "badge \(c.kind.rawValue)")], text: c.kind.rawValue)
        h.text(" ")
        if c.kind == .quote { h.element("q", text: c.label) } else { h.element("strong", text: c.label) }
        h.close("td")
        let supporting = Set(c.documents)
        let disputing = Set(c.conflicts.flatMap(\.documents)).subtracting(supporting)
        if columns {
            for doc in documents {
                let n = c.members.filter { $0.doc == doc.id }.count
                if supporting.contains(doc.id) {
                    h.element("td", [("class", "dot yes"), ("title", "\(n) in \(doc.id)")], text: "●")
                } else if disputing.contains(doc.id) {
                    h.element("td", [("class", "dot no"), ("title", "\(doc.id) disagrees")], text: "✕")
                } else {
                    h.element("td", [("class", "dot")], text: "·")
                }
            }
        } else {
            h.element("td", text: c.documents.map { d in docIndex[d].map(ArticleView.letter) ?? d }.joined(separator: " "))
        }
        h.element("td", [("class", "speakers")], text: c.speakers.isEmpty ? "—" : c.speakers.joined(separator: ", "))
        let statements = c.members.filter { $0.kind == .statement }.count
        h.element("td", [("class", "count")],
                  text: "\(c.members.count - statements)" + (statements > 0 ? " + \(statements) stated" : ""))
        h.open("td", [("class", "conflicts")])
        if c.conflicts.isEmpty { h.text("—") }
        for conflict in c.conflicts {
            h.open("span", [("class", "conflict")])
            let letters = conflict.documents.map { d in docIndex[d].map(ArticleView.letter) ?? d }.joined(separator: ", ")
            switch conflict.kind {
            case .value:
                let value = conflict.value.map(ReportData.format) ?? "another number"
                h.text("⚠ \(value)" + (conflict.cluster.map { " (\($0))" } ?? "") + " in \(letters)")
            case .speaker:
                h.text("⚠ given to " + conflict.speakers.joined(separator: " and ") + " (\(letters))")
            }
            h.close("span")
        }
        h.close("td")
        h.raw("</tr>\n")
    }
}
