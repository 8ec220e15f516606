import Testing
import ClaimlineCore
@testable import Attribute

/// Each way of attributing words, with a sentence written for the test.
@Suite struct PatternTests {
    @Test func saidThat() throws {
        let c = try claim(in: "The harbour master said that the ferry would sail at noon.", containing: "ferry")
        #expect(c.content.text == "that the ferry would sail at noon")
        #expect(c.source?.text == "The harbour master")
        #expect(c.cue?.text == "said")
        #expect(c.kind == .indirect)
    }

    @Test func contentThenXSaid() throws {
        let c = try claim(in: "The road will close for a week, the engineer said.", containing: "road")
        #expect(c.content.text == "The road will close for a week")
        #expect(c.source?.text == "the engineer")
    }

    /// A quotation opening after a comma is content on its own, not with the
    /// clause before it (`When ..., "..." X said`).
    @Test func quotationAfterAnOpeningClause() throws {
        let c = try claim(in: "When the mayor offered the city new funds, \"we were losing money every week,\" Ortiz said.", containing: "losing")
        #expect(c.content.text == "\"we were losing money every week,\"")
        #expect(c.source?.text == "Ortiz")
    }

    /// An opening clause before `X said that ...` is not content: the cue
    /// goes on to `that` (owner feature 29, the word after the cue).
    @Test func anOpeningClauseBeforeSaidThat() throws {
        let c = try claim(in: "After weeks of doubt about the harbour plan, Mayor Ines Varga said Thursday that the city would fund the new piers.", containing: "piers")
        #expect(c.content.text == "that the city would fund the new piers")
        #expect(c.speaker == "Ines Varga")
    }

    /// A cue with a subject of its own inside another's content (`..., a
    /// fisherman shouted "..."`) is an attribution of its own.
    @Test func aCueWithACommonNounSubjectInsideContent() throws {
        let cs = try claims("When the minister said the quotas were fair, a fisherman shouted \"Go home!\"")
        let c = try #require(claim(cs, containing: "Go home"))
        #expect(c.source?.text == "a fisherman")
        #expect(c.cue?.text == "shouted")
        let first = try #require(claim(cs, containing: "quotas"))
        #expect(!first.content.text.contains("fisherman"))
    }

    /// `As X put it, "..."`: the idiom's `it` is part of the cue.
    @Test func asXPutIt() throws {
        let c = try claim(in: "As one engineer put it, \"The bridge was never built for this.\"", containing: "bridge")
        #expect(c.cue?.text == "put it")
        #expect(c.content.text == "\"The bridge was never built for this.\"")
    }

    /// The words between a source and its cue say who the source is or what
    /// it did, not what it said: no content of that cue, even when a
    /// quotation among them keeps them apart from the source.
    @Test func noContentBetweenTheSourceAndItsCue() throws {
        let cs = try claims("The harbour master, who once called the old pier a \u{201C}death trap,\u{201D} said on Monday that the new piers would open in May.")
        let c = try #require(claim(cs, containing: "open in May"))
        #expect(c.content.text == "that the new piers would open in May")
        #expect(c.cue?.text == "said")
        let q = try claims("Retired ferry captain Lena Moss opened the meeting with a story about the 1998 storm and later said, \"The harbour has never been safer.\"")
        #expect(try #require(claim(q, containing: "never been safer")).content.text == "\"The harbour has never been safer.\"")
    }

    /// Nouns after a capitalised modifier go on to the name they are the
    /// title of (`Democratic front-runner Hillary Clinton`).
    @Test func aModifierAndTitleBeforeAName() throws {
        let text = "Retired ferry captain Lena Moss opened the meeting with a story about the 1998 storm and later said, \"The harbour has never been safer.\""
        #expect(try source(text, "never been safer") == "Retired ferry captain Lena Moss")
        #expect(try speaker(text, "never been safer") == "Lena Moss")
    }

    /// A lowercase `-ly` word is no source (`Clinton, exasperated, famously
    /// responded`) unless a determiner or possessive makes it a noun.
    @Test func anLyAdverbIsNoSourceCandidate() throws {
        let v = DocView(try extracted("The mayor famously replied that his family and the assembly agreed."))
        #expect(!SourceFinder.isCandidate(v, try v.token("famously"), false))
        #expect(SourceFinder.isCandidate(v, try v.token("family"), false))
        #expect(SourceFinder.isCandidate(v, try v.token("assembly"), false))
        #expect(SourceFinder.isCandidate(v, try v.token("mayor"), false))
    }

    /// `Hours later, X said`: a span of time opening the sentence is not its
    /// subject (`CueContext.firstNominal`), and `Hours` was the source.
    @Test func aSpanOfTimeIsNotTheSubject() throws {
        let v = DocView(try extracted("Hours later, Moss said the piers were safe."))
        let said = try v.token("said")
        let cue = CueRun(toks: said..<(said + 1), head: said, unit: 0, probability: 1)
        let first = CueContext(v, cue, [Bool](repeating: false, count: v.toks.count)).firstNominal
        #expect(v.word(first) == "Moss")
    }

    @Test func contentThenSaidX() throws {
        let c = try claim(in: "Prices will rise again next year, said Ruth Okafor, a grain trader.", containing: "Prices")
        #expect(c.content.text == "Prices will rise again next year")
        #expect(c.speaker == "Ruth Okafor")
        #expect(c.sourceType == .person)
    }

    @Test func accordingTo() throws {
        let c = try claim(in: "According to the weather service, the storm will weaken overnight.", containing: "storm")
        #expect(c.content.text == "the storm will weaken overnight")
        #expect(c.source?.text == "the weather service")
        #expect(c.cue?.text == "According to")
        // At the end, and with names joined by a slash.
        let end = try claim(in: "Turnout fell in every district, according to a Gallup/Knight survey.", containing: "Turnout")
        #expect(end.source?.text == "a Gallup/Knight survey")
    }

    /// A report's source runs to the comma before what it reports.
    @Test func accordingToALongReport() throws {
        let c = try claim(in: "According to early results of a survey conducted for the port authority by a Leeds firm, nearly half of the dockers were over fifty.",
                          containing: "dockers")
        #expect(c.source?.text == "early results of a survey conducted for the port authority by a Leeds firm")
        #expect(c.content.text == "nearly half of the dockers were over fifty")
    }

    /// A name inside the content is what the report says, not who says it.
    @Test func accordingToBeforeANamedSubject() throws {
        let c = try claim(in: "According to recent polls, Varga holds only 14 percent of the vote in the harbour wards.", containing: "14 percent")
        #expect(c.source?.text == "recent polls")
        #expect(c.speaker == "recent polls")
        #expect(c.sourceType == .nominal)
    }

    /// `"...," X said, according to Y`: attributions do not nest in PolNeAR;
    /// the claim is the report's, X's words inside its content.
    @Test func quoteReportedByAnOutlet() throws {
        let cs = try claims("\"We will not move the market before the election,\" Ortiz said at a press briefing, according to the Harbour Gazette.")
        let c = try #require(claim(cs, containing: "market"))
        #expect(c.source?.text == "the Harbour Gazette")
        #expect(c.cue?.text == "according to")
        #expect(c.content.text.hasSuffix("Ortiz said at a press briefing"))
        #expect(c.evidence.contains("reports Ortiz said"))
        // One claim: the report's cue has no content of its own.
        #expect(!cs.contains { $0.content.text.contains("Gazette") })
    }

    /// A quotation ending its sentence with `?` keeps its attribution when a
    /// report follows it (the unit is not cut after the question mark).
    @Test func questionThenItsSpeakerAndAReport() throws {
        let cs = try claims("\"Is the market moving before the election?\" Ortiz asked at a press briefing, according to the Harbour Gazette.")
        let c = try #require(claim(cs, containing: "market"))
        #expect(c.source?.text == "the Harbour Gazette")
        #expect(c.content.text.hasPrefix("\"Is the market moving"))
        #expect(c.evidence.contains("reports Ortiz asked"))
    }

    @Test func reportBeforeTheReportedSpeaker() throws {
        let c = try claim(in: "According to the Harbour Gazette, Ortiz said the market would stay on the quay.", containing: "market")
        #expect(c.source?.text == "the Harbour Gazette")
        #expect(c.content.text == "Ortiz said the market would stay on the quay")
        #expect(c.evidence.contains("reports Ortiz said"))
    }

    @Test func toldListenerThat() throws {
        let c = try claim(in: "Coach Lena Marsh told reporters that her team was ready.", containing: "team")
        // The listener is not part of what was said.
        #expect(c.content.text == "that her team was ready")
        #expect(c.speaker?.contains("Lena Marsh") == true)
    }

    @Test func nameColonQuote() throws {
        let c = try claim(in: "Marsh: \"We played our best game of the year.\"", containing: "best game")
        #expect(c.kind == .direct)
        #expect(c.source?.text == "Marsh")
    }

    @Test func cueNounInAStatement() throws {
        let c = try claim(in: "In a statement, the airline said the flight had landed safely.", containing: "landed")
        #expect(c.content.text == "the flight had landed safely")
        #expect(c.source?.text == "the airline")
    }

    @Test func possessiveCueNoun() throws {
        let c = try claim(in: "Tomas Berg's claim that the vote was rigged has not been proven.", containing: "rigged")
        #expect(c.speaker == "Tomas Berg")
        #expect(c.cue?.text == "claim")
    }

    @Test func beliefWithExplicitSource() throws {
        let c = try claim(in: "Investors believe the merger will be approved.", containing: "merger")
        #expect(c.content.text == "the merger will be approved")
        #expect(c.source?.text == "Investors")
        #expect(c.cue?.text == "believe")
    }

    @Test func quoteThenSaidName() throws {
        let c = try claim(in: "\"The bridge is safe,\" said the inspector, Anna Voss.", containing: "bridge")
        #expect(c.kind == .direct)
        #expect(c.speaker == "Anna Voss")
    }

    @Test func quoteContinuedOverParagraphs() throws {
        let text = """
        Helen Clarke spoke for an hour, and she later added: "We will not back down.

        "The people are with us."
        """
        let cs = try claims(text)
        let c = try #require(claim(cs, containing: "back down"))
        #expect(c.content.text.contains("The people are with us."))
        #expect(c.speaker == "Helen Clarke")
    }

    @Test func aQuotationLeftOpenMayGoToTheClaimItRunsInto() throws {
        // The second paragraph's quotation is not closed: it runs into the
        // third, whose claim the link model weighs beside the first's.
        let text = """
        "We need steady hands," Clarke told the crowd, pointing at the stage.

        "Not a leader who is neutral on Monday and a friend on Tuesday.

        "My friends, your security is not for sale!" she said.
        """
        let v = DocView(try extracted(text))
        let m = TrainedModel.shared
        let a = Analyzer.beforeLinking(v, CueScan(v, m), m)
        let covered = QuoteLinker.coverage(a)
        let open = try #require(QuoteLinker.uncoveredQuote(v, 1, covered))
        let next = QuoteLinker.candidates(a, 1, open, covered).filter { $0.relation == .groupNext }
        #expect(next.count == 1)
        let d = try #require(next.first).draft
        #expect(a.drafts[d].parts.contains { v.text($0.lowerBound, $0.upperBound).contains("My friends") })
        #expect(a.cues[a.drafts[d].cue].toks.map { v.text($0, $0 + 1) } == ["said"])
    }

    @Test func aParticipleJoinedToACueIsACueWithItsSource() throws {
        func joined(_ text: String, _ word: String) throws -> Bool {
            let v = DocView(try extracted(text))
            let h = try #require(v.toks.indices.first { v.text($0, $0 + 1) == word })
            return Analyzer.isParticipleAfterJoin(v, CueRun(toks: h..<(h + 1), head: h, unit: 0, probability: 1), v.units[0].toks)
        }
        #expect(try joined("Nefzi said, adding that he was not religious.", "adding"))
        #expect(try joined("She praised the plan before claiming that it would pass.", "claiming"))
        #expect(try joined("He called them liars and bragging about the wall.", "bragging"))
        #expect(try !joined("She said the bill was confusing voters.", "confusing"))
        let text = "He left as soon as prayers were finished, Nefzi said, adding, \"He was not very religious.\""
        let c = try claim(in: text, containing: "not very religious")
        #expect(c.source?.text == "Nefzi")
        #expect(c.cue?.text == "adding")
    }

    @Test func aSecondVerbOfSayingRightAfterTheFirstIsACueOfItsOwn() throws {
        // `responded before adding`: the quotation is the first verb's, the
        // clause after the second's, with the same source.
        let text = "\"We are not done yet,\" Ms. Okafor responded before adding that the council would vote again in March."
        let quote = try claim(in: text, containing: "not done")
        #expect(quote.cue?.text == "responded")
        #expect(!quote.content.text.contains("council"))
        let clause = try claim(in: text, containing: "vote again")
        #expect(clause.cue?.text == "adding")
        #expect(clause.source?.text == "Ms. Okafor")

        // Which pairs split: a participle right after a verb of saying, or
        // after `before`, `after`, `while`; not after an auxiliary or `as`.
        let v = DocView(try extracted("He said introducing her. She was saying so. It was quoted as saying no. They left before adding more."))
        #expect(CueFinder.secondVerb(v, try v.token("introducing"), after: try v.token("said")))
        #expect(!CueFinder.secondVerb(v, try v.token("saying"), after: try v.token("was")))
        let saying = try #require(v.toks.indices.last { v.word($0) == "saying" })
        #expect(!CueFinder.secondVerb(v, saying, after: saying - 1))
        #expect(CueFinder.secondVerb(v, try v.token("adding"), after: try v.token("before")))
    }

    @Test func aQuotationRightAfterACueOfItsOwnSentenceIsThatCuesContent() throws {
        // The owner model gives the second quotation to no cue; it must not
        // take the speaker of the paragraph before.
        let text = """
        Pollsters agree - Carl Bialik: "One of the biggest lessons was a simple one."

        The timing of the surge does not surprise Republican pollster Daron Shaw: "Historically, lesser-known candidates have seen the biggest boost in their national support."
        """
        let c = try claim(in: text, containing: "Historically")
        #expect(c.source?.text == "Daron Shaw")
        #expect(c.cue?.text == ":")

        // The rule alone, on a cue put there by hand.
        let v = DocView(try extracted(text))
        let m = TrainedModel.shared
        var a = Analyzer.beforeLinking(v, CueScan(v, m), m)
        let u = v.units[1].toks
        let colon = try #require(u.first { v.word($0) == ":" })
        let quote = (colon + 1)..<u.upperBound
        let shaw = try #require(u.first { v.word($0) == "Shaw" })
        a.cues.removeAll { $0.unit == 1 }
        a.cues.append(CueRun(toks: colon..<(colon + 1), head: colon, unit: 1, probability: 0.4))
        a.sources = a.cues.map { _ in nil }
        a.sources[a.cues.count - 1] = SourcePick(head: shaw, toks: (shaw - 1)..<(shaw + 1), probability: 0.9, before: true)
        a.inCue[colon] = true
        let byUnit = ByUnit(units: v.units.count, count: a.cues.count) { a.cues[$0].unit }
        var owned = [Bool](repeating: false, count: a.cues.count)
        #expect(QuoteLinker.introducingCue(a, 1, quote, byUnit[1], owned) == a.cues.count - 1)
        // A cue with content of its own, or with no source, introduces nothing.
        owned[a.cues.count - 1] = true
        #expect(QuoteLinker.introducingCue(a, 1, quote, byUnit[1], owned) == nil)
        owned[a.cues.count - 1] = false
        a.sources[a.cues.count - 1] = nil
        #expect(QuoteLinker.introducingCue(a, 1, quote, byUnit[1], owned) == nil)
        // Nor does a cue with words between it and the quotation.
        #expect(QuoteLinker.introducingCue(a, 1, (quote.lowerBound + 1)..<quote.upperBound, byUnit[1], owned) == nil)
    }

    @Test func aQuotationSignedAfterADash() throws {
        let text = "Both sides made claims.\n\n\"Boeing and other multinationals pay zero taxes.\"\n\n- Ana Ruiz.\n\nThat is not true."
        let c = try claim(in: text, containing: "zero taxes")
        #expect(c.cue?.text == "-")
        #expect(c.source?.text == "Ana Ruiz")
        #expect(c.evidence.first == "quote-signed")
        let post = "The hat says it all, people — Ana Ruiz (@anaruiz) September 1, 2016"
        let v = DocView(try extracted(post))
        let dash = try #require(SignatureFinder.dashes(v).first)
        let name = try #require(SignatureFinder.signature(v, dash))
        #expect(v.text(name.lowerBound, name.upperBound) == "Ana Ruiz")
        #expect(SignatureFinder.isHandle(v, name.upperBound))
        // A dash inside a sentence is no signature.
        let aside = DocView(try extracted("The plan - Reform Now - failed."))
        #expect(SignatureFinder.dashes(aside).count == 2)
        #expect(SignatureFinder.dashes(aside).allSatisfy { SignatureFinder.signature(aside, $0) == nil })
    }

    /// A quotation and its signer on one line, as lists of readers' views
    /// print them (`"..." ― Ana Ruiz`, `"...". – Ben Ode, 54, of Leeds`).
    @Test func aQuotationSignedOnItsOwnLine() throws {
        let text = "Readers wrote in.\n\n\"The ferry was late again and nobody told us why.\" \u{2015} Ana Ruiz\n"
            + "\"I have stopped taking it \u{2013} twice a week now.\". \u{2013} Ben Ode, 54, of Leeds\n"
        let first = try claim(in: text, containing: "ferry")
        #expect(first.source?.text == "Ana Ruiz")
        #expect(first.content.text == "\"The ferry was late again and nobody told us why.\"")
        #expect(first.evidence.first == "quote-signed")
        let second = try claim(in: text, containing: "stopped")
        #expect(second.source?.text == "Ben Ode")
        // After a sentence that only holds a quotation, the name is a byline, not a signer.
        let byline = DocView(try extracted("Rajoy said his party was \"still the first force in Spain.\"--Kim Hjelmgaard."))
        #expect(SignatureFinder.dashes(byline).allSatisfy { SignatureFinder.signature(byline, $0) == nil })
    }

    /// A transcript: each paragraph opening with a name in capitals and a
    /// colon is that speaker's turn, up to the next turn or a stage direction.
    @Test func transcriptTurns() throws {
        let text = "The two candidates for mayor met on Tuesday.\n\n"
            + "MODERATOR: Welcome to the debate. The first question is about the harbour.\n\n"
            + "INES VARGA: Thank you. The harbour needs new piers, and we will build them.\n\n"
            + "The old ones are falling into the sea.\n\n"
            + "TOM ODE: We cannot pay for that.\n\n(CROSSTALK)\n\n"
            + "VARGA: We can, and we will.\n\nThe debate lasted an hour."
        let cs = try claims(text)
        let turns = cs.filter { $0.evidence.first == "transcript-turn" }
        #expect(turns.map(\.source?.text) == ["MODERATOR", "INES VARGA", "TOM ODE", "VARGA"])
        #expect(turns.allSatisfy { $0.cue?.text == ":" && $0.kind == .direct && $0.sourceType == .person })
        // A turn runs on through the paragraphs before the next one.
        #expect(turns[1].content.text.hasSuffix("falling into the sea."))
        #expect(turns[2].content.text == "We cannot pay for that.")
        // The last turn ends with its paragraph; the speaker is the fullest name.
        #expect(turns[3].content.text == "We can, and we will.")
        #expect(turns[3].speaker == "INES VARGA")
    }

    /// Turns on lines of one paragraph: each runs to the next label.
    @Test func transcriptTurnsOnLines() throws {
        let text = "The council met.\nCHAIR: The harbour is first\nINES VARGA: We will build the piers. They are needed.\n\nThe meeting ended."
        let turns = try claims(text).filter { $0.evidence.first == "transcript-turn" }
        #expect(turns.map(\.source?.text) == ["CHAIR", "INES VARGA"])
        #expect(turns.map(\.content.text) == ["The harbour is first", "We will build the piers. They are needed."])
    }

    /// One capitalised label is a heading, and some labels name nobody.
    @Test func labelsThatAreNoTurns() throws {
        let heading = try claims("THE BOTTOM LINE: the harbour will close in May.\n\nThe city said so on Monday.")
        #expect(!heading.contains { $0.evidence.first == "transcript-turn" })
        let v = DocView(try extracted("UPDATE: The piers are open.\n\nVARGA: We did it.\n\nQ: When?\n\nTEXAS: Rain all week."))
        #expect(TranscriptFinder.turns(v).map { v.text($0.label.lowerBound, $0.label.upperBound) } == ["VARGA"])
    }

    @Test func aVerbJoinedByAndSharesTheFirstCuesSource() throws {
        let text = "Rajoy said Monday that he will \"try to form a stable government\" and insisted that his party "
            + "was \"still the first force in Spain.\""
        let v = DocView(try extracted(text))
        let h = try #require(v.toks.indices.first { v.text($0, $0 + 1) == "insisted" })
        #expect(Analyzer.isCoordinated(v, CueRun(toks: h..<(h + 1), head: h, unit: 0, probability: 1), v.units[0].toks))
        let c = try claim(in: text, containing: "first force")
        #expect(c.source?.text == "Rajoy")
        #expect(c.cue?.text == "insisted")
    }

    @Test func quoteContinuedInTheNextSentence() throws {
        let c = try claim(in: "\"I am not running,\" Clarke said. \"My family comes first.\"", containing: "not running")
        #expect(c.content.text.contains("My family comes first."))
        #expect(c.source?.text == "Clarke")
    }

    @Test func quoteWhoseSpeakerIsInTheNextSentence() throws {
        let text = "Helen Clarke arrived on Monday.\n\n\"Nobody asked us.\" \"Nobody listened,\" said the farmers' spokesman, Tom Avery."
        let cs = try Attributor().candidates(extracted(text)).map(\.claim)
        let c = try #require(claim(cs, containing: "Nobody asked us"))
        #expect(c.speaker == "Tom Avery")
    }

    @Test func partialQuoteInsideReportedSpeech() throws {
        let cs = try claims("The minister said the deal was \"a betrayal of workers\" and would be reversed.")
        let whole = try #require(claim(cs, containing: "would be reversed"))
        #expect(whole.kind == .mixed)
        let part = try #require(cs.first { $0.kind == .direct })
        #expect(part.content.text == "a betrayal of workers")
        #expect(part.speaker == whole.speaker)
        #expect(part.evidence.first == "quote-in-reported-speech")
    }

    @Test func twoReportsInOneSentenceStaySeparate() throws {
        let cs = try claims("The mayor said the budget was balanced, and Councillor Ines Duarte insisted that the accounts were wrong.")
        #expect(claim(cs, containing: "budget was balanced")?.content.text == "the budget was balanced")
        #expect(claim(cs, containing: "budget was balanced")?.source?.text == "The mayor")
        #expect(claim(cs, containing: "accounts were wrong")?.speaker == "Ines Duarte")
    }

    @Test func aQuotedQuestionThenItsSpeaker() throws {
        // Sentence breaking splits after `?"`; the attribution after it is joined back.
        let c = try claim(in: "\"Who will pay for it?\" Senator Ruiz asked the committee.", containing: "Who will pay")
        #expect(c.source?.text.contains("Ruiz") == true)
    }
    @Test func aConjunctionBeforeASecondCueIsNotContent() throws {
        let cs = try claims("Hirst said it was reckless and warned that taxes could rise.")
        let c = try #require(claim(cs, containing: "reckless"))
        #expect(c.content.text == "it was reckless")
        #expect(claim(cs, containing: "taxes")?.content.text == "that taxes could rise")
    }

    @Test func aTitleWithItsPeriodKeepsItsName() throws {
        // The period of `Sen.` is a token of its own: from any word of the
        // source, the phrase is the whole `Sen. Ada Quill`, never `Sen`.
        let text = "Sen. Ada Quill told reporters that the bridge would open in May."
        let v = DocView(try extracted(text))
        let told = try #require(v.toks.indices.first { v.text($0, $0 + 1) == "told" })
        for head in ["Sen", "Ada", "Quill"] {
            let j = try #require(v.toks.indices.first { v.text($0, $0 + 1) == head })
            let r = SourceFinder.phrase(v, j, 0..<told, [Bool](repeating: false, count: v.toks.count))
            #expect(v.text(r.lowerBound, r.upperBound) == "Sen. Ada Quill", "from \(head)")
        }
        let c = try claim(in: text, containing: "bridge")
        #expect(c.speaker == "Ada Quill")
    }

    @Test func aNumberBeforeTheSourceIsPartOfIt() throws {
        let text = "In the spring, 47 percent said they would vote for the mayor."
        let v = DocView(try extracted(text))
        let said = try #require(v.toks.indices.first { v.text($0, $0 + 1) == "said" })
        let percent = try #require(v.toks.indices.first { v.text($0, $0 + 1) == "percent" })
        let r = SourceFinder.phrase(v, percent, 0..<said, [Bool](repeating: false, count: v.toks.count))
        #expect(v.text(r.lowerBound, r.upperBound) == "47 percent")
    }

    /// A name used as a modifier takes the nouns it modifies, up to an
    /// auxiliary or punctuation; a possessive name and a verb form stop it.
    @Test func aNameGoesOnToTheNounsItModifies() throws {
        func phrase(_ text: String, head: String, cue: String) throws -> String {
            let v = DocView(try extracted(text))
            let c = try #require(v.toks.indices.first { v.text($0, $0 + 1) == cue })
            let j = try #require(v.toks.indices.first { v.text($0, $0 + 1) == head })
            let r = SourceFinder.phrase(v, j, 0..<c, [Bool](repeating: false, count: v.toks.count))
            return v.text(r.lowerBound, r.upperBound)
        }
        #expect(try phrase("Democratic voters are more likely to say the race is close.", head: "Democratic", cue: "say")
            == "Democratic voters")
        #expect(try phrase("According to FEC filings, the fund raised more.", head: "FEC", cue: "raised") == "FEC filings")
        #expect(try phrase("Clinton's struggles were plain, Ed Ray said.", head: "Clinton's", cue: "said") == "Clinton's")
        #expect(try phrase("The Hulu deal reportedly ended the talks.", head: "Hulu", cue: "ended") == "The Hulu")
    }

    @Test func thereAndHereStartNoName() throws {
        let v = DocView(try extracted("There was silence. Here’s the plan. Tom Reed spoke first."))
        let names = SpeakerIndex(v).mentions.map { v.text($0.core.lowerBound, $0.core.upperBound) }
        #expect(names == ["Tom Reed"])
    }

    @Test func anArticleAloneIsNoSource() throws {
        let v = DocView(try extracted("The hope is that some say a bridge will open."))
        func range(_ w: String) throws -> Range<Int> {
            let j = try #require(v.toks.indices.first { v.text($0, $0 + 1) == w })
            return j..<(j + 1)
        }
        #expect(SourceFinder.namesNobody(v, try range("The")))
        #expect(SourceFinder.namesNobody(v, try range("a")))
        #expect(!SourceFinder.namesNobody(v, try range("some")))
        #expect(!SourceFinder.namesNobody(v, try range("bridge")))
    }

    /// `Clinton pitched her plan as ..., noting that ...`: the sentence's
    /// subject is a candidate however far before the cue it is.
    @Test func theSubjectBeyondTheWindowIsACandidate() throws {
        let text = "Clinton pitched her infrastructure plan as a way to create good-paying building trade jobs "
            + "that serve as a ladder to the middle class and beyond, noting that she would raise incomes."
        let v = DocView(try extracted(text))
        let noting = try #require(v.toks.indices.first { v.text($0, $0 + 1) == "noting" })
        let cue = CueRun(toks: noting..<(noting + 1), head: noting, unit: 0, probability: 1)
        let inCue = [Bool](repeating: false, count: v.toks.count)
        #expect(noting > SourceFinder.leftWindow)
        var seen: [String] = []
        SourceFinder.forEachCandidate(v, cue, CueContext(v, cue, inCue), inCue) { j, _ in seen.append(v.text(j, j + 1)) }
        #expect(seen.contains("Clinton"))
        #expect(!seen.contains("pitched"))
    }

    @Test func theSubjectOfAReportedClauseIsNoSource() throws {
        // `said the council was ...`: `the council` begins what is reported.
        let v = DocView(try extracted("Officials said the council was wrong."))
        let said = try #require(v.toks.indices.first { v.text($0, $0 + 1) == "said" })
        let cue = CueRun(toks: said..<(said + 1), head: said, unit: 0, probability: 1)
        var after: [String] = []
        let inCue = [Bool](repeating: false, count: v.toks.count)
        SourceFinder.forEachCandidate(v, cue, CueContext(v, cue, inCue), inCue) { j, _ in
            if j > said { after.append(v.text(j, j + 1)) }
        }
        #expect(!after.contains("council"))
        #expect(SourceFinder.clauseSubjectEnd(v, cue, [Bool](repeating: false, count: v.toks.count)) == said + 3)
    }

    /// A passive cue's subject did not speak (`Sanders was asked`, `Priebus
    /// was said to be "furious"`): no source, or the agent after `by`.
    @Test func passiveCuesHaveNoSpeakerButTheirAgent() throws {
        let asked = try claim(in: "Peter Lund was asked whether the mill would close before the winter.", containing: "mill")
        #expect(asked.source == nil && asked.speaker == nil)
        #expect(asked.cue?.text == "was asked")
        let said = try claim(in: "The mayor was said to be \"furious\" with the board over the closure of the mill.", containing: "furious")
        #expect(said.source == nil && said.speaker == nil)
        let agent = try claim(in: "Ana Ruiz was asked by moderator Tom Weller whether the plan would survive the vote.", containing: "survive")
        #expect(agent.speaker == "Tom Weller")
        // Not when the subject spoke after all.
        #expect(try speaker("Ana Ruiz is reported to have said that the board had lied to the workers.", "lied") == "Ana Ruiz")
        #expect(try speaker("Mr. Lund is quoted as saying that \"the mill will never close while I am alive.\"", "never") == "Lund")
    }
}
