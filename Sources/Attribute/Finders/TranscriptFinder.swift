/// Transcripts: a paragraph or line opening with a speaker's name in
/// capitals and a colon (`JAKE TAPPER: ...`, `SEN. SANDERS: ...`) is that
/// speaker's turn, and the turn runs on to the next one. The
/// colon is the cue and the name the source, as PolNeAR draws them (all 11
/// turns of its train split's two transcripts). No verb says so, so the cue
/// model never finds these.
enum TranscriptFinder {
    /// Words in a speaker's label at most (`SEN. BERNIE SANDERS`).
    static let maxLabelWords = 4
    /// Turns a document needs before its labels are taken for speakers: one
    /// capitalised label alone is more likely a heading (`THE BOTTOM LINE:`).
    static let minTurns = 2
    /// Capitalised labels that name no speaker.
    static let notSpeakers = WordTable<Bool>(words: [
        "update", "updated", "note", "editor", "editors", "photo", "photos", "video", "watch", "read", "related",
        "breaking", "correction", "clarification", "source", "sources", "credit", "credits", "also", "more",
        "see", "listen", "transcript", "exclusive", "analysis", "opinion", "warning", "advertisement",
        "sponsored", "disclosure", "disclaimer", "caption", "graphic", "map", "chart", "live", "latest", "poll",
    ])

    /// A paragraph's turn: its first unit, the label and the colon after it.
    struct Turn {
        var block: Int
        var unit: Int
        var label: Range<Int>
        var colon: Int
    }

    static func add(_ a: inout Analysis, _ scan: CueScan, _ m: AttributionModel) {
        let v = a.view
        let turns = self.turns(v)
        guard turns.count >= minTurns else { return }
        let paragraphs = tokensByBlock(v)
        // The cues of one token, by token (the first of each), and the
        // drafts of those a turn takes over, dropped once at the end.
        var oneTokenCue: [Int: Int] = [:]
        for (ci, c) in a.cues.enumerated() where c.toks.count == 1 && oneTokenCue[c.toks.lowerBound] == nil {
            oneTokenCue[c.toks.lowerBound] = ci
        }
        var taken = Set<Int>()
        var f = Features()
        for (k, t) in turns.enumerated() {
            var end = paragraphs[t.block]?.upperBound ?? v.units[t.unit].toks.upperBound
            // A turn goes on to the next one (on a line of the same paragraph,
            // or paragraphs later); a stage direction (`(END VIDEO CLIP.)`) ends it.
            if k + 1 < turns.count, turns[k + 1].block == t.block {
                end = turns[k + 1].label.lowerBound
            } else if k + 1 < turns.count {
                for b in (t.block + 1)..<turns[k + 1].block {
                    guard let p = paragraphs[b] else { continue }
                    if isStageDirection(v, p) { break }
                    end = p.upperBound
                }
            }
            let content = (t.colon + 1)..<end
            guard content.contains(where: { v.toks[$0].kind == .word }) else { continue }
            let ci: Int
            if a.inCue[t.colon], let existing = oneTokenCue[t.colon] {
                ci = existing
                taken.insert(ci)
                if a.sources[ci]?.toks != t.label {
                    a.sources[ci] = SourcePick(head: t.label.upperBound - 1, toks: t.label, probability: 1, before: true)
                }
            } else {
                ci = newCue(&a, t, scan, m, &f)
            }
            a.drafts.append(Draft(cue: ci, parts: [content], pattern: .transcript, unit: t.unit))
        }
        var gone: [Int: Int] = [:]
        for (d, x) in a.drafts.enumerated() where x.pattern != .transcript && taken.contains(x.cue) { gone[d] = -1 }
        a.removeDrafts(gone)
    }

    /// The turn's colon as a new cue with the label as its source. (A colon
    /// the cue model took already keeps its cue, and loses the claims made
    /// of it: they hold only the turn's first words, `CLINTON: Well,`.)
    static func newCue(_ a: inout Analysis, _ t: Turn, _ scan: CueScan, _ m: AttributionModel, _ f: inout Features) -> Int {
        let v = a.view
        let head = t.label.upperBound - 1
        CueFinder.features(v, t.colon, scan, into: &f)
        let cue = CueRun(toks: t.colon..<(t.colon + 1), head: t.colon, unit: t.unit, probability: m.cue.probability(f))
        a.inCue[t.colon] = true
        SourceFinder.features(v, cue, CueContext(v, cue, a.inCue), head, Between(), into: &f)
        a.cues.append(cue)
        a.sources.append(SourcePick(head: head, toks: t.label, probability: m.source.probability(f), before: true))
        return a.cues.count - 1
    }

    /// The lines that open with a speaker's label, in text order: a
    /// paragraph's first, or one after a line break inside a paragraph.
    static func turns(_ v: DocView) -> [Turn] {
        var out: [Turn] = []
        for (ui, u) in v.units.enumerated() {
            let opensBlock = ui == 0 || v.units[ui - 1].block != u.block
            for k in u.toks where (k == u.toks.lowerBound && opensBlock) || startsLine(v, k) {
                if let (label, colon) = label(v, k..<u.toks.upperBound) {
                    out.append(Turn(block: u.block, unit: ui, label: label, colon: colon))
                }
            }
        }
        return out
    }

    /// Whether a line break stands between token `k` and the one before it.
    @inline(__always) static func startsLine(_ v: DocView, _ k: Int) -> Bool {
        guard k > 0, v.toks[k].shape == .upper else { return false }
        var i = Int(v.toks[k].start) - 1
        let stop = Int(v.toks[k - 1].end)
        while i >= stop { if v.s[i] == "\n" { return true }; i -= 1 }
        return false
    }

    /// Words in capitals (`JAKE TAPPER`, `SEN. SANDERS`, not `Q`) then a
    /// colon, opening `u`, with words after it.
    static func label(_ v: DocView, _ u: Range<Int>) -> (Range<Int>, Int)? {
        var k = u.lowerBound, words = 0
        while k < u.upperBound, words < maxLabelWords {
            let t = v.toks[k]
            if t.kind == .word, t.shape == .upper, t.end - t.start >= 2, !t.inQuote, !notSpeakers[t.word] {
                words += 1; k += 1
                // An abbreviation's period (`SEN.`).
                if k < u.upperBound, v.toks[k].word == Lex.period, v.toks[k].start == t.end { k += 1 }
                continue
            }
            break
        }
        guard words > 0, k + 1 < u.upperBound, v.toks[k].word == Lex.colon, !v.toks[k].inQuote else { return nil }
        // A place names no speaker (`LONDON: ...` in a round-up).
        var last = k - 1
        if v.toks[last].word == Lex.period { last -= 1 }
        guard !v.toks[last].cls.contains(.place) else { return nil }
        return (u.lowerBound..<k, k)
    }

    /// Each paragraph's tokens, by block (blocks with no units have none).
    static func tokensByBlock(_ v: DocView) -> [Int: Range<Int>] {
        var out: [Int: Range<Int>] = [:]
        for u in v.units {
            let r = out[u.block].map { $0.lowerBound..<u.toks.upperBound } ?? u.toks
            out[u.block] = r
        }
        return out
    }

    /// A paragraph in parentheses or brackets, or of no words (`….`).
    static func isStageDirection(_ v: DocView, _ p: Range<Int>) -> Bool {
        guard let t = p.first else { return true }
        if v.toks[t].word == Lex.openParen || v.scalar(t) == "[" { return true }
        return !p.contains { v.toks[$0].kind == .word }
    }
}
