import ClaimlineCore
import Normalize
import Segment
import Extract
@testable import Attribute
import Testing

/// Runs normalize, segment, extract and attribute over a text written for a
/// test (paragraphs split at blank lines), as `claimline run` does.
func extracted(_ text: String, id: String = "test") throws -> ExtractedDocument {
    let t = CodePointText(text)
    var blocks: [Block] = []
    var start = 0
    let s = t.scalars
    var i = 0
    while i <= s.count {
        let end = i == s.count || (s[i] == "\n" && i + 1 < s.count && s[i + 1] == "\n")
        if end {
            var a = start, b = i
            while a < b && s[a] == "\n" { a += 1 }
            while b > a && s[b - 1] == "\n" { b -= 1 }
            if b > a { blocks.append(Block(Span(a, b), .paragraph)) }
            start = i + 1
        }
        i += 1
    }
    let doc = IngestedDocument(id: id, source: "test", format: .text, text: t, blocks: blocks, meta: DocumentMeta())
    return try Extractor().process(Segmenter().process(Normalizer().process(doc)))
}

func claims(_ text: String) throws -> [Claim] { try Attributor().process(extracted(text)) }

/// The claim whose content contains `words`.
func claim(_ cs: [Claim], containing words: String) -> Claim? {
    cs.first { $0.content.text.contains(words) }
}

/// The claim of `text` whose content contains `words` (which must exist).
func claim(in text: String, containing words: String) throws -> Claim {
    try #require(claim(try claims(text), containing: words))
}

/// The speaker of the claim of `text` whose content contains `words` (which must exist).
func speaker(_ text: String, _ words: String) throws -> String? {
    try claim(in: text, containing: words).speaker
}

/// The source phrase of the claim of `text` whose content contains `words` (which must exist).
func source(_ text: String, _ words: String) throws -> String? {
    try claim(in: text, containing: words).source?.text
}

extension DocView {
    /// The text of token `k`.
    func word(_ k: Int) -> String { String(String.UnicodeScalarView(s[toks[k].span.range])) }

    /// The first token whose text is `word` (which must exist).
    func token(_ word: String) throws -> Int { try #require(toks.indices.first { self.word($0) == word }) }
}

extension Claim {
    var who: String { [speaker, source?.text].compactMap { $0 }.joined(separator: " / ") }
}
