/// Short blocks whose whole text is a label of page furniture (an ad
/// marker, a share or comment prompt, a "read more" link) in the common
/// languages of news sites. Only a block that is nothing but the label
/// matches; the label inside a sentence is text like any other.
enum FurnitureText {
    static let labels: Set<String> = [
        // Ad markers.
        "advertisement", "advertisements", "advertising", "advert", "adverts", "ad", "ads", "sponsored",
        "sponsored content", "paid content", "paid post", "promoted", "promoted content", "partner content",
        "advertisement - scroll to continue", "scroll to continue with content", "story continues below advertisement",
        "continue reading below", "article continues below", "story continues below", "continue reading the main story",
        "anzeige", "werbung", "publicité", "publicidad", "pubblicità", "reclame", "advertentie", "реклама", "iklan",
        "annons", "annonse", "mainos", "reklama", "reklam", "광고", "广告", "廣告", "広告", "إعلان", "פרסומת",
        // Share, comment and navigation prompts.
        "comments", "comment", "leave a comment", "add a comment", "post a comment", "view comments", "show comments",
        "share", "share this", "share this article", "share this story", "share this post", "share on facebook",
        "share on twitter", "sharing is caring", "like this", "like loading", "loading", "print", "email", "e-mail",
        "tweet", "pin it", "topics", "tags", "related", "related articles", "related stories", "related posts",
        "read more", "read next", "read also", "see also", "more on this", "more from", "you may also like",
        "you might also like", "recommended", "recommended for you", "more stories", "top stories", "trending",
        "most read", "most popular", "skip to content", "skip to main content", "back to top", "scroll to top",
        "close", "menu", "subscribe", "sign up", "log in", "sign in", "next", "previous", "next article",
        "previous article", "watch", "listen", "play", "video", "photo", "image", "gallery", "view gallery",
        "enlarge image", "enlarge this image", "toggle caption", "hide caption", "caption", "expand",
    ]

    /// Whether a block's UTF-8 text is only a furniture label (trailing
    /// colons, dots, ellipses and exclamation marks aside).
    static func isLabel(_ text: ArraySlice<UInt8>) -> Bool {
        guard text.count <= 48 else { return false }
        var s = String(decoding: text, as: UTF8.self).lowercased()
        while let last = s.last, last == ":" || last == "." || last == "…" || last == "!" || last == " " || last == "|" {
            s.removeLast()
        }
        return labels.contains(s)
    }
}
