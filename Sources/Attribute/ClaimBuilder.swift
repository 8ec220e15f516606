import ClaimlineCore

/// Turns an analysis into claim records: spans back in `text` coordinates,
/// speakers resolved, kinds, numbers, and the calibrated score.
enum ClaimBuilder {
    struct Built {
        var claim: Claim
        var raw: Double
        var features: [UInt32]
        /// For a quotation inside reported speech, the claim it is part of
        /// (an index into the list returned): it is written when that claim is.
        var parent: Int?
    }

    /// Every candidate claim in text order, or with `writtenOnly` just those
    /// written (`Attributor.written`; `parent` is then nil).
    static func claims(_ doc: ExtractedDocument, _ m: AttributionModel, keepFeatures: Bool = false, writtenOnly: Bool = false) -> [Built] {
        var out: [Built] = []
        build(doc, m, keepFeatures: keepFeatures, writtenOnly: writtenOnly) { c, raw, features, parent in
            out.append(Built(claim: c, raw: raw, features: features, parent: parent))
        }
        return out
    }

    /// The claims written (`Attributor.written`), with their ids (`DOC#N`).
    static func written(_ doc: ExtractedDocument, _ m: AttributionModel) -> [Claim] {
        var out: [Claim] = []
        // Each claim is moved, not copied (a claim holds a dozen references).
        build(doc, m, writtenOnly: true, id: { claimID(doc.id, $0) }) { c, _, _, _ in out.append(c) }
        return out
    }

    /// `DOC#N` (as `"\(doc)#\(n)"` spells it) made as one String: the
    /// interpolation cost more than the rest of making the claim record.
    static func claimID(_ doc: String, _ n: Int) -> String {
        guard n >= 0, let id = doc.utf8.withContiguousStorageIfAvailable({ b -> String in
            var digits = 1, m = n
            while m >= 10 { m /= 10; digits += 1 }
            return String(unsafeUninitializedCapacity: b.count + 1 + digits) { out in
                _ = out.initialize(fromContentsOf: b)
                out[b.count] = UInt8(ascii: "#")
                var k = b.count + digits, m = n
                repeat { out[k] = UInt8(ascii: "0") + UInt8(m % 10); m /= 10; k -= 1 } while m > 0
                return b.count + 1 + digits
            }
        }) else { return "\(doc)#\(n)" }
        return id
    }

    /// Gives each candidate claim in text order to `emit` (see `claims`),
    /// the Nth given the id `id(N)`.
    private static func build(_ doc: ExtractedDocument, _ m: AttributionModel, keepFeatures: Bool = false, writtenOnly: Bool = false,
                              id: (Int) -> String = { _ in "" },
                              emit: (consuming Claim, Double, [UInt32], Int?) -> Void) {
        let v = DocView(doc)
        let a = Analyzer.analyze(v, m)
        guard !a.drafts.isEmpty else { return }
        let speakers = SpeakerIndex(v)
        let keys = a.drafts.map { ($0.lo, $0.hi) }
        let order = a.drafts.indices.sorted { keys[$0] < keys[$1] }
        var resolved = [(SpeakerRef, SourceType)?](repeating: nil, count: a.drafts.count)
        var sourceOf = [Range<Int>?](repeating: nil, count: a.drafts.count)
        var last: (SpeakerRef, SourceType)? = nil
        var f = Features()
        let text = doc.text
        let map = doc.norm.map
        var cuesInUnit = [Int](repeating: 0, count: v.units.count)
        for c in a.cues { cuesInUnit[c.unit] += 1 }
        let numbers = doc.numbers.sorted { $0.span < $1.span }
        // Speakers first, in text order (a nominal source may take the
        // speaker before it); orphans after, from the claim they lean on.
        for pass in 0..<2 {
            for d in order where (a.drafts[d].cue < 0) == (pass == 1) {
                let draft = a.drafts[d]
                var src: Range<Int>? = nil
                if draft.cue >= 0 { src = a.sources[draft.cue]?.speaking?.toks } else if draft.related >= 0 { src = sourceOf[draft.related] }
                sourceOf[d] = src
                var who: (SpeakerRef, SourceType)
                if let src {
                    who = draft.related >= 0 && resolved[draft.related] != nil ? resolved[draft.related]!
                        : speakers.speaker(v, src, exclude: draft.parts, previous: last)
                } else {
                    who = (.none, .unattributed)
                }
                // A transcript's label names who spoke: a person, whether or not the document names them in full.
                if draft.pattern == .transcript, who.1 == .organization { who.1 = .person }
                resolved[d] = who
                if !who.0.isNone && draft.pattern != .fragment && pass == 0 { last = who }
            }
        }
        // Scores first: with `writtenOnly`, records are made only for the
        // claims written (most candidates are not).
        var raws: [Double] = [], scores: [Double] = [], kinds: [ClaimKindCode] = [], featureLists: [[UInt32]] = []
        raws.reserveCapacity(order.count); scores.reserveCapacity(order.count); kinds.reserveCapacity(order.count)
        var position = [Int](repeating: -1, count: a.drafts.count)
        for (k, d) in order.enumerated() {
            let draft = a.drafts[d]
            position[d] = k
            let kind = kindOf(v, draft)
            let cueCount = draft.cue >= 0 ? cuesInUnit[a.cues[draft.cue].unit] : 0
            Confidence.features(a, draft, kind: kind, sourceType: typeCode(resolved[d]?.1 ?? .unattributed),
                                cuesInUnit: cueCount, into: &f)
            let raw = m.score.probability(f)
            raws.append(raw)
            scores.append((m.calibration(raw) * 1e4).rounded() / 1e4)
            kinds.append(kind)
            if keepFeatures { featureLists.append(f.indices) }
        }
        // Parents as positions in `order`.
        let parents: [Int?] = order.map { d in
            a.drafts[d].pattern == .fragment ? (position[a.drafts[d].related] >= 0 ? position[a.drafts[d].related] : nil) : nil
        }
        let written = writtenOnly ? Attributor.written(zip(scores, parents).map { ($0, $1) }, threshold: m.emitThreshold) : []
        var emitted = 0
        for (k, d) in order.enumerated() where !writtenOnly || written[k] {
            let draft = a.drafts[d]
            let src = sourceOf[d]
            let who = resolved[d] ?? (.none, .unattributed)
            let contentNorm = trimmed(v, contentSpan(v, draft.parts))
            let content = map.original(contentNorm)
            let source = src.map { TextSpan(map.original(v.span($0)), in: text) }
            let cue = draft.cue >= 0 ? TextSpan(map.original(v.span(a.cues[draft.cue].toks)), in: text) : nil
            // Sized once: up to five entries, and growing by appends reallocates twice.
            var evidence: [String] = []
            evidence.reserveCapacity(5)
            evidence.append(draft.pattern.name)
            if draft.cue >= 0 {
                evidence.append(Evidence.cue(a.cues[draft.cue].probability))
                if let s = a.sources[draft.cue]?.speaking { evidence.append(Evidence.source(s.probability)) }
                evidence.append(Evidence.content(min(draft.owner, draft.start, draft.end)))
            }
            if draft.linkedParts > 0 { evidence.append("continued over \(draft.linkedParts + 1) sentences") }
            if draft.inner >= 0 {
                // Who the report quotes and the cue's head, in text order (`reports Sanders said`).
                let head = a.cues[draft.inner].head
                var words = [head..<(head + 1)]
                if let s = a.sources[draft.inner] { words.insert(s.toks, at: s.before ? 0 : 1) }
                evidence.append("reports " + words.map { TextSpan(map.original(v.span($0)), in: text).text }.joined(separator: " "))
            }
            let inside = numbersInside(content, numbers).map { ClaimNumber($0, in: text) }
            let claim = Claim(doc: doc.id, id: id(emitted), kind: kinds[k].kind, content: TextSpan(content, in: text), source: source,
                              speaker: who.0.string(v, speakers), sourceType: who.1, cue: cue, score: scores[k], evidence: evidence,
                              numbers: inside, sentence: sentenceIndex(v, contentNorm.start, unit: draft.unit))
            emit(claim, raws[k], keepFeatures ? featureLists[k] : [], writtenOnly ? nil : parents[k])
            emitted += 1
        }
    }

    /// The numbers (sorted by start) that lie inside `span`, found by bisection.
    static func numbersInside(_ span: Span, _ numbers: [NumberMention]) -> ArraySlice<NumberMention> {
        let lo = partitionPoint(numbers.indices) { numbers[$0].span.start < span.start }
        var e = lo
        while e < numbers.count && numbers[e].span.start < span.end { e += 1 }
        return numbers[lo..<e].filter { span.contains($0.span) }[...]
    }

    /// One span for content in several parts: the run of consecutive parts
    /// whose hull best stands for all of them (the most overlap with the
    /// parts for the least text between them), so a quotation continued
    /// after a long aside (`"A," he said of ..., "B."`) does not drown in it.
    static func contentSpan(_ v: DocView, _ parts: [Range<Int>]) -> Span {
        if parts.count == 1 { return v.span(parts[0]) }
        let spans = parts.map { Span(Int(v.toks[$0.lowerBound].start), Int(v.toks[$0.upperBound - 1].end)) }
        guard spans.count > 1 else { return spans[0] }
        let total = spans.reduce(0) { $0 + $1.length }
        var best = spans[0], bestJ = -1.0
        for i in spans.indices {
            var inside = 0
            for j in i..<spans.count {
                inside += spans[j].length
                let hull = spans[j].end - spans[i].start
                let jac = Double(inside) / Double(hull + total - inside)
                if jac > bestJ + 1e-9 { bestJ = jac; best = Span(spans[i].start, spans[j].end) }
            }
        }
        return best
    }

    static func kindOf(_ v: DocView, _ d: Draft) -> ClaimKindCode {
        // A transcript gives the speaker's own words, marked by the label, not by quotation marks.
        if d.pattern == .transcript { return .direct }
        var words = 0, quoted = 0
        for r in d.parts { for t in r where v.toks[t].kind != .punct { words += 1; if v.toks[t].inQuote { quoted += 1 } } }
        if quoted == 0 { return .indirect }
        return quoted * 10 >= words * 9 ? .direct : .mixed
    }

    static func typeCode(_ t: SourceType) -> UInt64 {
        switch t {
        case .person: return 1
        case .organization: return 2
        case .anonymous: return 3
        case .nominal: return 4
        case .pronoun: return 5
        case .unattributed: return 6
        }
    }

    /// Content without the spaces and the comma or colon at its edges.
    static func trimmed(_ v: DocView, _ sp: Span) -> Span {
        var a = sp.start, b = sp.end
        let s = v.s
        func edge(_ c: Unicode.Scalar) -> Bool { c == " " || c == "\n" || c == "," || c == ":" || c == ";" }
        while a < b, edge(s[a]) { a += 1 }
        while b > a, edge(s[b - 1]) { b -= 1 }
        // A conjunction left dangling where the content stops before a second
        // verb (`it was reckless and | warned that ...`) is not reported.
        let last = partitionPoint(0..<v.toks.count) { Int(v.toks[$0].end) < b }
        if last < v.toks.count, Int(v.toks[last].end) == b, Int(v.toks[last].start) > a,
           v.toks[last].word == Lex.and || v.toks[last].word == Lex.but {
            b = Int(v.toks[last].start)
            while b > a, edge(s[b - 1]) { b -= 1 }
        }
        return Span(a, b)
    }

    static func sentenceIndex(_ v: DocView, _ pos: Int, unit: Int) -> Int {
        let u = v.units[unit]
        for k in u.sentences where v.sentenceSpans[k].contains(pos) { return k }
        return u.sentences.lowerBound
    }

    /// A label and a probability to two decimals (`cue 0.07`, `source 1.00`),
    /// made as one String (joining two Strings costs several times more).
    static func rounded(_ label: StaticString, _ p: Double) -> String {
        let x = min(100, Int((p * 100).rounded()))
        let n = label.utf8CodeUnitCount
        return String(unsafeUninitializedCapacity: n + 4) { b in
            for i in 0..<n { b[i] = label.utf8Start[i] }
            b[n] = UInt8(ascii: x >= 100 ? "1" : "0"); b[n + 1] = UInt8(ascii: ".")
            b[n + 2] = UInt8(ascii: "0") + UInt8(x % 100 / 10); b[n + 3] = UInt8(ascii: "0") + UInt8(x % 10)
            return n + 4
        }
    }
}

/// The evidence entries with a probability (`cue 0.84`): 101 values each,
/// made once, so a claim's entries are looked up, not made.
enum Evidence {
    static let cues = table("cue "), sources = table("source "), contents = table("content ")

    static func cue(_ p: Double) -> String { entry(cues, "cue ", p) }
    static func source(_ p: Double) -> String { entry(sources, "source ", p) }
    static func content(_ p: Double) -> String { entry(contents, "content ", p) }

    /// `ClaimBuilder.rounded(label, p)`, from the table when `p` rounds to 0...1.
    @inline(__always)
    static func entry(_ t: [String], _ label: StaticString, _ p: Double) -> String {
        let x = p * 100
        guard x > -0.5, x < 100.5 else { return ClaimBuilder.rounded(label, p) }
        return t[Int(x.rounded())]
    }

    static func table(_ label: StaticString) -> [String] { (0...100).map { ClaimBuilder.rounded(label, Double($0) / 100) } }
}

extension ClaimKindCode {
    var kind: ClaimKind {
        switch self {
        case .direct: return .direct
        case .indirect: return .indirect
        case .mixed: return .mixed
        }
    }
}
