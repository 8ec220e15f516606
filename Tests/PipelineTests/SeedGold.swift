// What the pipeline must find in the three seed articles (fixtures/articles),
// the same expectations as ../shared/fixtures/seeds/gold.json, matched the same
// way (see SeedTests.swift), so `make test` checks them without Python.

struct SeedQuote { var contains: String; var speaker: String }
struct SeedNumber { var text: String; var value: Double; var approx: String? = nil; var counts: String? = nil; var kind: String? = nil }
struct SeedDocument {
    var id: String
    var date: String?
    var boilerplate: [String]
    var direct: [SeedQuote]
    var indirect: [SeedQuote]
    var numbers: [SeedNumber]
    var notNumbers: [String]
}

let seedDocuments: [SeedDocument] = [
    SeedDocument(
        id: "000_6e2de474d69a36f5", date: "2017-07-30",
        boilerplate: ["Image copyright AFP", "Image copyright EPA"],
        direct: [
            SeedQuote(contains: "More than 1,000 people were working and are still working", speaker: "Putin"),
            SeedQuote(contains: "755 people must stop their activities in Russia", speaker: "Putin"),
            SeedQuote(contains: "I am against it as of today.", speaker: "Putin"),
            SeedQuote(contains: "We have waited long enough, hoping that the situation would perhaps change for the better.", speaker: "Putin"),
            SeedQuote(contains: "But it seems that even if the situation is changing, it's not for anytime soon.", speaker: "Putin"),
        ],
        indirect: [
            SeedQuote(contains: "755 staff must leave US diplomatic missions", speaker: "Putin"),
            SeedQuote(contains: "the staffing levels must be brought to 455 by September", speaker: "Russia"),
            SeedQuote(contains: "he could consider more measures", speaker: "Putin"),
            SeedQuote(contains: "he could not see a change in relations", speaker: "Putin"),
            SeedQuote(contains: "it is seizing holiday properties and a warehouse used by US diplomats", speaker: "Russia"),
            SeedQuote(contains: "Russia tried to sway the election in favour of President Donald Trump", speaker: "US intelligence agencies"),
            SeedQuote(contains: "there was no collusion", speaker: "Trump"),
        ],
        numbers: [
            SeedNumber(text: "755", value: 755, counts: "staff"),
            SeedNumber(text: "455", value: 455),
            SeedNumber(text: "1,000", value: 1000, approx: "more than", counts: "people"),
            SeedNumber(text: "35", value: 35, counts: "diplomats"),
            SeedNumber(text: "2014", value: 2014, kind: "year"),
            SeedNumber(text: "two", value: 2, counts: "compounds"),
        ],
        notNumbers: []
    ),
    SeedDocument(
        id: "003_456eda0d17a4b230", date: nil,
        boilerplate: ["Play Facebook", "Copy this code to your website or blog", "<iframe", "autoplay autoplay", "Related: Intelligence Director Says Agencies Agree on Russian Meddling"],
        direct: [
            SeedQuote(contains: "illegal restrictions", speaker: "Putin"),
            SeedQuote(contains: "755 will have to cease their activities in the Russian Federation.", speaker: "Putin"),
            SeedQuote(contains: "It is our policy to not comment on the number of individuals serving at our missions abroad.", speaker: "State Department official"),
            SeedQuote(contains: "concrete result of joint work.", speaker: "Putin"),
            SeedQuote(contains: "We work and achieve results even now, even in this rather complicated situation,", speaker: "Putin"),
            SeedQuote(contains: "groundless.", speaker: "Putin"),
            SeedQuote(contains: "Instead of beginning to work constructively, we only hear groundless accusations of interference in the internal affairs of the United States,", speaker: "Putin"),
            SeedQuote(contains: "Cold War déjà vu.", speaker: "embassy"),
            SeedQuote(contains: "Everybody, incl [American] people, will be glad to see the last of this hapless Adm.,", speaker: "embassy"),
        ],
        indirect: [
            SeedQuote(contains: "he was ordering 755 American diplomats out of that country", speaker: "Putin"),
            SeedQuote(contains: "there are over a", speaker: "Putin"),
            SeedQuote(contains: "Trump intended to sign the legislation into law", speaker: "White House"),
            SeedQuote(contains: "it was unclear if additional retaliatory measures would be taken", speaker: "Putin"),
        ],
        numbers: [
            SeedNumber(text: "755", value: 755, counts: "diplomats"),
            SeedNumber(text: "thousand", value: 1000, approx: "more than"),
            SeedNumber(text: "five", value: 5, counts: "votes"),
            SeedNumber(text: "35", value: 35, counts: "spies"),
            SeedNumber(text: "2016", value: 2016, kind: "year"),
        ],
        notNumbers: ["Russia 24", "5:05", "2:30"]
    ),
    SeedDocument(
        id: "004_dc07c0daa0d7abb5", date: nil,
        boilerplate: [],
        direct: [],
        indirect: [
            SeedQuote(contains: "it was not him who took this decision first", speaker: "Putin"),
            SeedQuote(contains: "Russia had a played a key role in November 2016 presidential elections", speaker: "Trump"),
            SeedQuote(contains: "they were quite for a Long Time thinking that things would change", speaker: "Putin"),
            SeedQuote(contains: "755 diplomats and technical workers have worked and are still working in Russia", speaker: "Putin"),
        ],
        numbers: [
            SeedNumber(text: "755", value: 755, counts: "diplomats"),
            SeedNumber(text: "455", value: 455, counts: "diplomats"),
            SeedNumber(text: "35", value: 35, counts: "diplomats"),
            SeedNumber(text: "two", value: 2, counts: "properties"),
            SeedNumber(text: "hundreds", value: 100, approx: "hundreds"),
        ],
        notNumbers: ["Rossiya 1"]
    ),
]

struct SeedCluster { var value: Double; var documents: [String]; var speaker: String? }
let seedClusters: [SeedCluster] = [
    SeedCluster(value: 755, documents: ["000_6e2de474d69a36f5", "003_456eda0d17a4b230", "004_dc07c0daa0d7abb5"], speaker: "Putin"),
    SeedCluster(value: 455, documents: ["000_6e2de474d69a36f5", "004_dc07c0daa0d7abb5"], speaker: nil),
    SeedCluster(value: 35, documents: ["000_6e2de474d69a36f5", "003_456eda0d17a4b230", "004_dc07c0daa0d7abb5"], speaker: nil),
    SeedCluster(value: 1000, documents: ["000_6e2de474d69a36f5", "003_456eda0d17a4b230"], speaker: "Putin"),
]
