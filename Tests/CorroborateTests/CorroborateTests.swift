import Testing
import ClaimlineCore
@testable import Corroborate

@Suite struct RuleTests {
    @Test func speakerNamesMatchWhenOneEndsTheOther() {
        #expect(SpeakerName("Vladimir Putin").matches(SpeakerName("Putin")))
        #expect(SpeakerName("President Putin").matches(SpeakerName("Vladimir Putin")))
        #expect(SpeakerName("the White House").matches(SpeakerName("White House")))
        #expect(!SpeakerName("Putin").matches(SpeakerName("Putnam")))
        #expect(!SpeakerName("Donald Trump").matches(SpeakerName("Melania Trump")))
        #expect(SpeakerName("Harry M. Reid").matches(SpeakerName("Harry Reid")))
        #expect(!SpeakerName("John F. Kennedy").matches(SpeakerName("Robert Kennedy")))
        #expect(SpeakerName("the").words == ["the"])
    }

    @Test func countedNounsHaveASingularAndAClass() {
        #expect(CountedThing("diplomats") == CountedThing(lemma: "diplomat", nounClass: "person"))
        #expect(CountedThing("American diplomats")?.lemma == "diplomat")
        #expect(CountedThing("people")?.nounClass == "person")
        #expect(CountedThing("Russians")?.nounClass == "person")
        #expect(CountedThing("spies")?.lemma == "spy")
        #expect(CountedThing("votes")?.nounClass == nil)
        #expect(CountedThing("compounds")?.agrees(with: CountedThing("compound")!) == true)
        #expect(CountedThing("staff")?.agrees(with: CountedThing("employees")!) == true)
        #expect(CountedThing("votes")?.agrees(with: CountedThing("voters")!) == false)
        #expect(CountedThing(nil) == nil)
    }

    @Test func boundsSayWhichOtherValuesAgree() {
        #expect(Bound("more than") == .lower)
        #expect(Bound("nearly") == .upper)
        #expect(Bound("about") == .around)
        #expect(Bound("hundreds") == .magnitude)
        #expect(Bound("only") == .exact)
        #expect(Bound.lower.admits(1200, stated: 1000))
        #expect(!Bound.lower.admits(755, stated: 1000))
        #expect(Bound.magnitude.admits(300, stated: 100))
        #expect(!Bound.exact.admits(41, stated: 40))
    }

    @Test func distinctiveNumbersCountForMore() {
        func spec(_ v: Double) -> Int { QuantityValue(NumberMention(span: Span(0, 1), value: v, kind: .cardinal))!.specificity }
        #expect(spec(755) == 2)
        #expect(spec(35) == 1)
        #expect(spec(1000) == 0)
        #expect(spec(2) == 0)
        #expect(spec(9.5) == 1)
        #expect(spec(1_250_000) == 2)
    }

    @Test func contentWordsAreStemmedAndStopwordsDropped() {
        let words = Words.words(CodePointText("He said the US expelled 35 diplomats."), Span(0, 37))
        #expect(words.compactMap(\.term) == ["US", "expel", "diplomat"])
        #expect(words.filter(\.isNumber).map(\.form) == ["35"])
        #expect(Words.stem("activities") == "activity")
        #expect(Words.stem("staffing") == "staff")
        #expect(Words.stem("seized") == Words.stem("seize"))
        #expect(Words.term(raw: "Russia’s", lower: "russia’s") != nil)
    }

    @Test func aLargeBucketIsComparedByNeighboursOnly() {
        var b = Buckets<Int>(window: 2)
        for i in 0..<5 { b.add(Int32(i), under: 0) }
        b.add(6, under: 1); b.add(7, under: 1)
        var pairs: [[Int32]] = []
        b.forEachPair { pairs.append([$0, $1]) }
        #expect(pairs == [[0, 1], [0, 2], [1, 2], [1, 3], [2, 3], [2, 4], [3, 4], [6, 7]])
        #expect(b.windowed == 1)
    }

    @Test func aSentenceSyndicatedToManyPagesIsOneCluster() {
        var c = Corroborator(options: CorroborationOptions(bucketWindow: 8))
        for i in 0..<200 {
            var a = TestArticle("wire\(i)", "\"We will rebuild the harbour wall before the winter storms,\" said Ines Braga.")
            c.add(a.claim("We will rebuild the harbour wall before the winter storms,", speaker: "Ines Braga", kind: .direct))
        }
        let cs = c.clusters()
        #expect(cs.count == 1)
        #expect(cs.first?.documents.count == 200)
    }
}

@Suite struct ClusterOutputTests {
    func batch() -> [TestArticle] {
        var a = TestArticle("a", "Maria Lopez said 638 posts will go. She said 412 nurses walked out at the hospital.")
        a.claim("638 posts will go", speaker: "Maria Lopez", numbers: [("638", 638, "posts", nil)])
        a.claim("412 nurses walked out at the hospital", speaker: "Maria Lopez", numbers: [("412", 412, "nurses", nil)])
        var b = TestArticle("b", "Lopez said 412 staff walked out at the hospital and 638 posts would go.")
        b.claim("412 staff walked out at the hospital and 638 posts would go", speaker: "Lopez",
                numbers: [("412", 412, "staff", nil), ("638", 638, "posts", nil)])
        return [a, b]
    }

    @Test func aClaimWithTwoFactsSupportsTwoClusters() {
        let cs = clusters(batch())
        #expect(cs.count == 2)
        #expect(cs.allSatisfy { $0.claimIDs.contains("b#0") })
        #expect(cs.map(\.id) == ["C1", "C2"])
    }

    @Test func theOrderOfClaimsInsideADocumentDoesNotChangeTheOutput() {
        let once = clusters(batch()).map { String(decoding: $0.jsonLine(), as: UTF8.self) }
        var c = Corroborator()
        let articles = batch()
        for claim in articles[0].claims.reversed() { c.add(claim) }
        for claim in articles[1].claims { c.add(claim) }
        #expect(c.clusters().map { String(decoding: $0.jsonLine(), as: UTF8.self) } == once)
    }

    @Test func clustersReadBackAsWritten() throws {
        for cluster in clusters(batch()) + clusters([ConflictTests().arrests("x", "40", 40), ConflictTests().arrests("y", "45", 45)]) {
            let line = cluster.jsonLine()
            #expect(try Cluster.decode(line: line[...]) == cluster)
            #expect(String(decoding: line, as: UTF8.self).hasPrefix(#"{"type":"cluster","version":1,"#))
        }
    }

    @Test func manyDocumentsWithUnrelatedNumbersFormNoClusters() {
        var c = Corroborator()
        for i in 0..<3000 {
            var a = TestArticle("d\(i)", "The mayor said \(1000 + i * 7) people attended the parade.")
            let n = "\(1000 + i * 7)"
            c.add(a.claim("\(n) people attended the parade", speaker: "The mayor", type: .nominal,
                          numbers: [(n, Double(1000 + i * 7), "people", nil)]))
        }
        #expect(c.clusters().isEmpty)
    }
}
