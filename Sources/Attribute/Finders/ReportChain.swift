/// `"...," Sanders said, according to CNN` and `According to CNN, Sanders
/// said ...`: attributions do not nest in PolNeAR, and the one it draws is
/// the report's (source `CNN`, cue `according to`), with the reported
/// speaker and cue inside the content (38 of the 39 such places in train).
/// The claim keeps who spoke inside as evidence (`Draft.inner`).
enum ReportChain {
    /// The most words between the reported cue (or its source) and `,
    /// according to` (`O'Malley said at a press conference, according to`).
    static let maxGap = 8
    /// The most words of a report's source before the reported words
    /// (`According to early results of exit polls conducted for ..., `).
    static let maxPhrase = 24

    static func attributeToReports(_ a: inout Analysis, _ m: AttributionModel) {
        let v = a.view
        let reports = a.cues.indices.filter { isAccordingTo(v, a.cues[$0]) }
        guard !reports.isEmpty else { return }
        // The report's source follows `according to`; one picked before it
        // is the reported speaker's (`Hewitt said, according to a transcript`).
        var f = Features()
        var reportSource: [Int: SourcePick] = [:]
        for k in reports {
            if let s = a.sources[k], !s.before { reportSource[k] = s; continue }
            reportSource[k] = SourceFinder.pick(v, a.cues[k], m, a.inCue, &f, afterOnly: true)
        }
        var taken = [Bool](repeating: false, count: a.cues.count)
        var merged: [Int: Int] = [:]
        for d in a.drafts.indices {
            let ci = a.drafts[d].cue
            guard ci >= 0, !isAccordingTo(v, a.cues[ci]), let inner = a.sources[ci] else { continue }
            let c = a.cues[ci]
            let lo = min(c.toks.lowerBound, inner.toks.lowerBound), hi = max(c.toks.upperBound, inner.toks.upperBound)
            for k in reports where !taken[k] && a.cues[k].unit == c.unit {
                guard let y = reportSource[k], y.head != inner.head,
                      let reported = reportedWords(a, a.drafts[d], inner: lo..<hi, report: k, source: y.toks) else { continue }
                taken[k] = true
                a.sources[k] = y
                if !reported.isEmpty {
                    a.drafts[d].parts.append(reported)
                    a.drafts[d].parts.sort { $0.lowerBound < $1.lowerBound }
                }
                a.drafts[d].inner = ci
                a.drafts[d].cue = k
                for (e, other) in a.drafts.enumerated() where e != d && other.cue == k { merged[e] = d }
                break
            }
        }
        a.removeDrafts(merged)
    }

    /// The reported speaker's words to add to the draft's content when
    /// report `k` stands right after them (`, according to Y`) or right
    /// before them (`According to Y, X said`): empty when the content holds
    /// them already, nil when the report stands elsewhere.
    static func reportedWords(_ a: Analysis, _ d: Draft, inner: Range<Int>, report k: Int, source y: Range<Int>) -> Range<Int>? {
        let v = a.view
        let r = a.cues[k].toks
        var words: Range<Int>
        if r.lowerBound > inner.upperBound {
            // `X said [at a press conference], according to Y`.
            let comma = r.lowerBound - 1
            guard v.toks[comma].word == Lex.comma, comma - inner.upperBound <= maxGap,
                  (inner.upperBound..<comma).allSatisfy({ isPlain(v.toks[$0], inCue: a.inCue[$0]) && v.toks[$0].word != Lex.comma })
            else { return nil }
            words = inner.lowerBound..<comma
        } else if y.upperBound <= inner.lowerBound, r.upperBound <= y.lowerBound {
            // `According to Y, X said ...`: Y runs to the comma (`SourceFinder.reportPhrase`).
            let comma = inner.lowerBound - 1
            guard comma == y.upperBound, v.toks[comma].word == Lex.comma else { return nil }
            words = inner
        } else {
            return nil
        }
        // Words the content already holds are not added again (empty: nothing to add).
        if d.parts.contains(where: { $0.overlaps(words) }) { words = words.lowerBound..<words.lowerBound }
        return words
    }

    /// A token a report's phrase or the words before it may hold: not
    /// quoted, no quotation mark, cue or sentence end.
    @inline(__always) static func isPlain(_ t: Tok, inCue: Bool) -> Bool {
        !t.inQuote && !t.isMark && !inCue && !Lex.isSentenceEnd(t.word)
    }

    static func isAccordingTo(_ v: DocView, _ c: CueRun) -> Bool {
        c.toks.count == 2 && v.toks[c.toks.lowerBound].word == Lex.according && v.toks[c.toks.lowerBound + 1].word == Lex.to
    }
}
