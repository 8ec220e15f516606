import Testing
import ClaimlineTestSupport
import ClaimlineCore

/// The seed articles against their gold expectations (SeedGold.swift), matched
/// as ../shared/tools/score_seeds.py matches them.
@Suite struct SeedTests {
    let run = StagedRun.shared

    var documents: [String: JSONValue] {
        Dictionary(uniqueKeysWithValues: readLines(run.extract).map { ($0["id"]!.string!, $0) })
    }
    var claimsByDoc: [String: [JSONValue]] { Dictionary(grouping: readLines(run.claims), by: { $0["doc"]!.string! }) }

    static func fold(_ s: String) -> String {
        String(s.map { c -> Character in
            switch c { case "\u{201C}", "\u{201D}": return "\""; case "\u{2018}", "\u{2019}": return "'"; default: return c }
        }).trimmingCharacters(in: .whitespaces)
    }

    /// A claim whose content contains the wanted text, or is a piece of it at
    /// least 60% as long, and not more than about three times longer.
    func find(_ q: SeedQuote, in claims: [JSONValue], kind: String?) -> JSONValue? {
        let want = Self.fold(q.contains)
        return claims.first { c in
            if let kind, c["kind"]?.string != kind { return false }
            let got = Self.fold(c["content"]?["text"]?.string ?? "")
            let matches = got.contains(want) || (!got.isEmpty && want.contains(got) && Double(got.count) >= 0.6 * Double(want.count))
            return matches && got.count <= 3 * want.count + 40
        }
    }

    func speakerMatches(_ c: JSONValue, _ q: SeedQuote) -> Bool {
        let who = [c["speaker"]?.string, c["source"]?["text"]?.string].compactMap { $0 }.joined(separator: " ").lowercased()
        return who.contains(q.speaker.lowercased())
    }

    @Test(arguments: seedDocuments.map(\.id))
    func everyDirectQuoteIsFoundWithItsSpeaker(_ id: String) throws {
        let gold = try #require(seedDocuments.first { $0.id == id })
        let claims = claimsByDoc[id] ?? []
        for q in gold.direct {
            let c = find(q, in: claims, kind: "direct")
            #expect(c != nil, "direct quote not found: \(q.contains)")
            if let c {
                let right = speakerMatches(c, q)
                #expect(right, "speaker \(c["speaker"]?.string ?? "none") for: \(q.contains)")
            }
        }
    }

    @Test func mostReportedSpeechIsFoundWithItsSpeaker() {
        var total = 0, right = 0
        for gold in seedDocuments {
            for q in gold.indirect {
                total += 1
                if let c = find(q, in: claimsByDoc[gold.id] ?? [], kind: nil), speakerMatches(c, q) { right += 1 }
            }
        }
        #expect(Double(right) >= 0.8 * Double(total), "\(right) of \(total) reported claims with the right speaker")
    }

    @Test func everyNumberIsFoundAndMostHaveTheirDetails() {
        var total = 0, detailed = 0
        for gold in seedDocuments {
            let numbers = documents[gold.id]?["numbers"]?.array ?? []
            for n in gold.numbers {
                total += 1
                let hit = numbers.first { ($0["text"]?.string ?? "").contains(n.text) && $0["value"]?.double == n.value }
                let found = hit != nil
                #expect(found, "\(gold.id): number not found: \(n.text)")
                guard let m = hit else { continue }
                var ok = true
                if n.approx != nil && (m["approx"]?.string ?? "").isEmpty { ok = false }
                if let counts = n.counts, !(m["counts"]?.string ?? "").lowercased().contains(counts) { ok = false }
                if let kind = n.kind, m["kind"]?.string != kind { ok = false }
                if ok { detailed += 1 }
            }
        }
        #expect(Double(detailed) >= 0.8 * Double(total), "\(detailed) of \(total) numbers with the right details")
    }

    @Test(arguments: seedDocuments.map(\.id))
    func namesAndTimesAreNotQuantities(_ id: String) throws {
        let gold = try #require(seedDocuments.first { $0.id == id })
        let doc = try #require(documents[id])
        let text = CodePointText(doc["text"]!.string!)
        for s in gold.notNumbers {
            for at in occurrences(of: s, in: text) {
                for m in doc["numbers"]?.array ?? [] where m["start"]!.int! < at.end && m["end"]!.int! > at.start {
                    #expect(["name", "label", "time"].contains(m["kind"]?.string ?? ""), "\(s) read as a quantity")
                }
            }
        }
    }

    @Test(arguments: seedDocuments.map(\.id))
    func boilerplateStaysOutOfTheBodyAndTheClaims(_ id: String) throws {
        let gold = try #require(seedDocuments.first { $0.id == id })
        let doc = try #require(documents[id])
        let text = CodePointText(doc["text"]!.string!)
        let body = (doc["blocks"]?.array ?? []).filter { $0["role"]?.string != "boilerplate" }
            .map { text[Span($0["start"]!.int!, $0["end"]!.int!)] }.joined(separator: "\n")
        for s in gold.boilerplate {
            #expect(!body.contains(s), "boilerplate kept in the body: \(s)")
            for at in occurrences(of: s, in: text) {
                for c in claimsByDoc[id] ?? [] {
                    let content = Span(c["content"]!["start"]!.int!, c["content"]!["end"]!.int!)
                    #expect(!content.overlaps(at), "a claim overlaps boilerplate: \(s)")
                }
            }
        }
    }

    @Test(arguments: seedDocuments.map(\.id))
    func thePublicationDateIsRead(_ id: String) throws {
        let gold = try #require(seedDocuments.first { $0.id == id })
        guard let date = gold.date else { return }
        #expect(documents[id]?["meta"]?["date"]?.string?.hasPrefix(date) == true)
    }

    func occurrences(of s: String, in text: CodePointText) -> [Span] {
        let needle = Array(s.unicodeScalars), hay = text.scalars
        guard !needle.isEmpty, needle.count <= hay.count else { return [] }
        return (0...(hay.count - needle.count)).filter { i in hay[i..<(i + needle.count)].elementsEqual(needle) }
            .map { Span($0, $0 + needle.count) }
    }
}
