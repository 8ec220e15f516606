import ClaimlineCore

/// Options of the corroborate stage.
public struct CorroborationOptions: Sendable {
    /// Documents a cluster needs to be written (clusters with a conflict are always written).
    public var minimumDocuments = 2
    /// Content words (stopwords left out) either side of a number that make its context.
    public var window = 6
    /// How many of the following facts each fact of a bucket is compared with (see `Buckets`).
    public var bucketWindow = 256

    public init(minimumDocuments: Int = 2, window: Int = 6, bucketWindow: Int = 256) {
        self.minimumDocuments = minimumDocuments; self.window = window; self.bucketWindow = bucketWindow
    }
}

/// The corroborate stage: groups claims across documents that state the same
/// fact. A whole-batch stage: claims are added one at a time (streaming, only
/// what clustering needs is kept), then `clusters()` compares facts that share
/// a bucket and returns the clusters in a deterministic order.
///
///     var c = Corroborator()
///     for claim in claims { c.add(claim) }
///     for doc in extracted { c.addStatements(of: doc) }   // optional, after the claims
///     let clusters = c.clusters()
public struct Corroborator {
    public static let name = "corroborate"
    public let options: CorroborationOptions
    let quantityRules = QuantityRules()
    let textRules = TextRules()

    var documents = Interner()
    var speakerNames = Interner()
    /// Per speaker id: its name for matching across documents, when it names someone.
    var namedSpeakers: [SpeakerName?] = []
    var speakerKeys = Interner()
    var terms = Interner()
    var forms = Interner()
    var formIsContent: [Bool] = []
    /// Each spelling's term (`Word.term`), worked out once: the same words
    /// stand around many numbers, and stemming a word costs more than finding it here.
    var termOfSpelling: [String: String?] = [:]
    /// Each approximator's bound, read once (a handful of words, matched by substring).
    var boundOfApprox: [String: Bound] = [:]

    var members: [MemberInfo] = []
    var quantities: [QuantityFact] = []
    var texts: [TextFact] = []
    /// Claim contents per document, so statements leave claimed words alone.
    var claimSpans: [Int32: [Span]] = [:]

    var joinBuckets: Buckets<JoinKey>
    var conflictBuckets: Buckets<ConflictKey>
    var textBuckets: Buckets<Shingle>

    public init(options: CorroborationOptions = CorroborationOptions()) {
        self.options = options
        joinBuckets = Buckets(window: options.bucketWindow)
        conflictBuckets = Buckets(window: options.bucketWindow)
        textBuckets = Buckets(window: options.bucketWindow)
    }

    /// Adds one claim: its quantities, and its words.
    public mutating func add(_ claim: Claim) {
        let doc = documents.id(claim.doc)
        claimSpans[doc, default: []].append(claim.content.span)
        let values = claim.numbers.compactMap { QuantityValue($0.mention, text: $0.text) }
        let member = addMember(MemberInfo(doc: doc, claim: claim.id, kind: ClusterMember.Kind(rawValue: claim.kind.rawValue) ?? .direct,
                                          span: claim.content.span, speaker: speakerID(claim.speaker, claim.sourceType),
                                          sourceType: claim.sourceType, score: claim.score, values: values))
        let words = Words.words(Array(claim.content.text.unicodeScalars), offset: claim.content.span.start)
        let numberSpans = claim.numbers.map(\.mention.span)
        for n in claim.numbers { addQuantity(n, member: member, words: words, numberSpans: numberSpans) }
        addText(words, member: member)
    }

    /// Adds what a document states in its own voice: sentences of its body
    /// that give a quantity outside every claim (`Obama expelled 35 Russian
    /// diplomats`), as members of kind `statement`. Add the document's claims first.
    public mutating func addStatements(of doc: ExtractedDocument) {
        let docID = documents.id(doc.id)
        let claimed = claimSpans[docID] ?? []
        let text = doc.text
        let blocks = doc.base.base.base.blocks
        let numbers = doc.numbers.filter { QuantityValue($0, text: text[$0.span]) != nil }.sorted { $0.span < $1.span }
        guard !numbers.isEmpty else { return }
        for sentence in doc.sentences {
            guard sentence.block < blocks.count, blocks[sentence.block].role.isBody else { continue }
            let inside = numbers.filter { sentence.span.contains($0.span) }
            let free = inside.filter { n in !claimed.contains { $0.overlaps(n.span) } }
            guard !free.isEmpty else { continue }
            let member = addMember(MemberInfo(doc: docID, claim: nil, kind: .statement, span: sentence.span, speaker: -1,
                                              sourceType: .unattributed, score: nil,
                                              values: inside.compactMap { QuantityValue($0, text: text[$0.span]) }))
            let words = Words.words(text, sentence.span)
            let allSpans = doc.numbers.filter { sentence.span.overlaps($0.span) }.map(\.span)
            for n in free { addQuantity(ClaimNumber(n, in: text), member: member, words: words, numberSpans: allSpans) }
        }
    }

    private mutating func addMember(_ m: MemberInfo) -> Int32 {
        members.append(m)
        return Int32(members.count - 1)
    }

    private mutating func speakerID(_ speaker: String?, _ type: SourceType) -> Int32 {
        guard let speaker, !speaker.isEmpty else { return -1 }
        let id = speakerNames.id(speaker)
        if Int(id) == namedSpeakers.count {
            // Only names identify a speaker across documents; "a spokesperson" in two papers is not one person.
            let named = type == .person || type == .organization || type == .pronoun
            let name = SpeakerName(speaker)
            namedSpeakers.append(named && !name.isEmpty ? name : nil)
        }
        return id
    }

    // MARK: quantities

    private mutating func addQuantity(_ n: ClaimNumber, member: Int32, words: [Word], numberSpans: [Span]) {
        guard let value = QuantityValue(n.mention, text: n.text) else { return }
        let counted = CountedThing(n.mention.counts)
        let fact = QuantityFact(member: member, value: value, number: n, bound: bound(n.mention.approx), counted: counted,
                                terms: contextTerms(of: n.mention, counted: counted, words: words, numberSpans: numberSpans))
        let f = Int32(quantities.count)
        quantities.append(fact)
        let m = members[Int(member)]
        joinBuckets.add(f, under: JoinKey(value: value, link: .document(m.doc)))
        if m.speaker >= 0, let name = namedSpeakers[Int(m.speaker)] {
            joinBuckets.add(f, under: JoinKey(value: value, link: .speaker(speakerKeys.id(name.key))))
        }
        for t in fact.terms {
            joinBuckets.add(f, under: JoinKey(value: value, link: .term(t)))
            if let counted {
                conflictBuckets.add(f, under: ConflictKey(group: value.group, unit: value.unit, counted: counted.blockKey, term: t))
            }
        }
    }

    /// The nearest `window` content terms either side of the number, leaving
    /// out numbers and the noun the number itself counts.
    private mutating func contextTerms(of n: NumberMention, counted: CountedThing?, words: [Word], numberSpans: [Span]) -> [Int32] {
        guard let first = words.firstIndex(where: { $0.span.overlaps(n.span) }) else { return [] }
        let last = words.lastIndex(where: { $0.span.overlaps(n.span) }) ?? first
        var ownNoun: Int? = nil
        if let counted {
            ownNoun = words[(last + 1)..<min(words.count, last + 5)].firstIndex { CountedThing.singular($0.form) == counted.lemma }
        }
        var ids: [Int32] = []
        func take(_ i: Int) -> Bool {
            let w = words[i]
            guard i != ownNoun, let t = term(w), !numberSpans.contains(where: { $0.overlaps(w.span) }) else { return false }
            ids.append(terms.id(t))
            return true
        }
        var taken = 0
        for i in stride(from: first - 1, through: 0, by: -1) where taken < options.window { if take(i) { taken += 1 } }
        taken = 0
        for i in (last + 1)..<words.count where taken < options.window { if take(i) { taken += 1 } }
        return Corroborator.sortedDistinct(ids)
    }

    private mutating func bound(_ approx: String?) -> Bound {
        guard let approx else { return .exact }
        if let known = boundOfApprox[approx] { return known }
        let b = Bound(approx)
        boundOfApprox[approx] = b
        return b
    }

    private mutating func term(_ w: Word) -> String? {
        if w.isNumber { return nil }
        if let known = termOfSpelling[w.raw] { return known }
        let t = w.term
        termOfSpelling[w.raw] = t
        return t
    }

    // MARK: words

    private mutating func addText(_ words: [Word], member: Int32) {
        guard words.count >= textRules.minimumWords else { return }
        var sequence: [Int32] = []
        sequence.reserveCapacity(words.count)
        var content = 0
        for w in words {
            let id = forms.id(w.form)
            if Int(id) == formIsContent.count {
                // Decided once per distinct form (the first spelling seen; acronyms keep their case only there).
                formIsContent.append(w.isNumber || w.term != nil)
            }
            sequence.append(id)
        }
        let distinct = Corroborator.sortedDistinct(sequence)
        for id in distinct where formIsContent[Int(id)] { content += 1 }
        guard content >= 3 else { return }
        let f = Int32(texts.count)
        texts.append(TextFact(member: member, forms: distinct, contentCount: content, leading: Array(sequence.prefix(16))))
        // Each distinct shingle once (sorted: the order buckets are filled
        // in does not matter, only each bucket's items).
        var shingles = (0..<(sequence.count - 2)).map { Shingle(a: sequence[$0], b: sequence[$0 + 1], c: sequence[$0 + 2]) }
        shingles.sort { ($0.a, $0.b, $0.c) < ($1.a, $1.b, $1.c) }
        for (i, s) in shingles.enumerated() where i == 0 || s != shingles[i - 1] { textBuckets.add(f, under: s) }
    }

    /// The distinct values of `xs`, ascending (a sort, not a hash set: these are short).
    static func sortedDistinct(_ xs: [Int32]) -> [Int32] {
        var out = xs.sorted()
        var n = 0
        for x in out where n == 0 || out[n - 1] != x { out[n] = x; n += 1 }
        out.removeLast(out.count - n)
        return out
    }

    // MARK: comparing

    func sameSpeaker(_ a: MemberInfo, _ b: MemberInfo) -> Bool {
        guard a.speaker >= 0, b.speaker >= 0 else { return false }
        if let x = namedSpeakers[Int(a.speaker)], let y = namedSpeakers[Int(b.speaker)] { return x.matches(y) }
        // Unnamed sources ("the official") are one speaker only within one document.
        return a.doc == b.doc && speakerNames[a.speaker].lowercased() == speakerNames[b.speaker].lowercased()
    }

    func link(_ a: QuantityFact, _ b: QuantityFact) -> QuantityRules.Link {
        let ma = members[Int(a.member)], mb = members[Int(b.member)]
        return QuantityRules.Link(sameSpeaker: sameSpeaker(ma, mb), sameDocument: ma.doc == mb.doc,
                                  sharedTerms: TextRules.sharedCount(a.terms, b.terms))
    }

    /// Buckets larger than the window, compared by neighbours only.
    public var windowedBuckets: Int { joinBuckets.windowed + conflictBuckets.windowed + textBuckets.windowed }
}

enum LinkKey: Hashable {
    case term(Int32), speaker(Int32), document(Int32)
}

struct JoinKey: Hashable {
    var value: QuantityValue
    var link: LinkKey
}

struct ConflictKey: Hashable {
    var group: QuantityValue.Group
    var unit: String?
    var counted: String
    var term: Int32
}

struct Shingle: Hashable {
    var a: Int32, b: Int32, c: Int32
}
