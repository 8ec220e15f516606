import Testing
@testable import Attribute

@Suite struct SpeakerTablesTests {
    /// The particles' word table answers as a set of their hashes would,
    /// for them and for other short lowercase words.
    @Test func theParticleTableIsTheSetOfParticles() {
        let particles = ["de", "da", "di", "du", "del", "della", "van", "von", "der", "den", "ter",
                         "bin", "ibn", "al", "el", "la", "le", "dos", "das"]
        let set = Set(particles.map(WordHash.of))
        let others = ["the", "and", "of", "in", "on", "dei", "vander", "said", "le'", "a", "an", "bi", "ib", "do"]
        for w in particles + others { #expect(SpeakerIndex.particles[WordHash.of(w)] == set.contains(WordHash.of(w))) }
        #expect(particles.allSatisfy { SpeakerIndex.particles[WordHash.of($0)] })
    }

    /// So does the table of capitalised words that are no names.
    @Test func theNotNamesTableIsItsWords() {
        let words = ["there", "there's", "there’s", "here", "here's", "here’s"]
        for w in words { #expect(SpeakerIndex.notNames[WordHash.of(w)]) }
        for w in ["where", "theres", "hero", "the", "heres"] { #expect(!SpeakerIndex.notNames[WordHash.of(w)]) }
    }
}
