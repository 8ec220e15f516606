import Testing
@testable import Ingest

/// Class and id names as evidence: furniture, article, hidden.
@Suite struct ClassHintsTests {
    func hints(_ s: String) -> ClassHints {
        let b = Array(s.utf8)
        return b.withUnsafeBufferPointer { ClassHints.read($0.baseAddress!, count: b.count) }
    }

    @Test func furnitureWordsPrune() {
        for name in ["comments", "article-comments", "share-tools", "social-links", "related-stories", "site-footer",
                     "sidebar", "newsletter-signup", "most-popular", "breadcrumbs", "cookie-banner", "outbrain-widget"] {
            #expect(hints(name).prunable, "\(name)")
        }
    }

    @Test func adWordsPruneInsideLongerNames() {
        #expect(hints("ad").prunable)
        #expect(hints("js_ad-dynamic movable-ad").prunable)
        #expect(hints("dfp-slot").prunable)
        #expect(!hints("header-download").prunable)
        #expect(!hints("load-more-button").prunable || hints("load-more-button").boiler < 3)
    }

    @Test func anExplicitBodyNameOutweighsAWeakFurnitureWord() {
        #expect(!hints("entry-content entry-content-read-more").prunable)
        #expect(!hints("box article modal-enabled").prunable)
        #expect(hints("article-body").content == 2)
        #expect(hints("comment-content").prunable)
    }

    @Test func hidingClassesHide() {
        #expect(hints("sr-only").hidden)
        #expect(hints("visually-hidden caption").hidden)
        #expect(!hints("hidden-xs").hidden)
        let b = Array("a off-screen".utf8)
        #expect(b.withUnsafeBufferPointer { ClassHints.hides($0.baseAddress!, count: b.count) })
    }

    @Test func commentsAreMarked() {
        #expect(hints("comment-list").comments)
        #expect(!hints("article-body").comments)
    }
}
