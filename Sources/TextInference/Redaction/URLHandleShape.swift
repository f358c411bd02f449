/// Recognises a personal handle in a URL path segment or query value ("m.oconnor", "anna.kowalski1987",
/// "john_smith_1990", "wagner+lobato").
///
/// A handle is two runs of letters joined by one `.` or `_` (or, in a query value, `+` or `%20`), optionally
/// followed by two to four digits (directly or after `_`/`-`/`.`). It names a person when the first run is an
/// initial or a known given name (``FirstNameLexicon``) and the second is no common word, or — after a path word
/// that introduces a customer ("/wishlist/", "/klant/") — whatever the runs are. File names ("index.html",
/// "foto.jpg") and anything with more parts ("app.min.js", "org.example.core") are no handles.
enum URLHandleShape {
    /// File extensions that end a file name rather than a surname. Source: hand-written list of common web,
    /// document, media and archive extensions; no copied list.
    private static let fileExtensions: Set<[UInt32]> = Set([
        "html", "htm", "php", "asp", "aspx", "jsp", "js", "mjs", "ts", "css", "json", "xml", "txt", "md", "pdf", "csv",
        "jpg", "jpeg", "png", "gif", "svg", "webp", "ico", "mp3", "mp4", "mov", "avi", "wav", "zip", "gz", "tgz", "tar",
        "rar", "exe", "msi", "dmg", "pkg", "deb", "rpm", "apk", "doc", "docx", "xls", "xlsx", "ppt", "pptx", "odt", "rtf",
        "ics", "vcf", "py", "rb", "go", "rs", "swift", "java", "kt", "sh", "yml", "yaml", "toml", "ini", "cfg", "log",
        "bin", "iso", "img", "woff", "woff2", "ttf", "map", "wasm", "rss", "atom", "cgi",
    ].map { [UInt32](scalarsOf: $0) })

    /// Whether the folded `part` (a path segment or query value) is a personal handle; `afterCustomerWord` when a
    /// path word that introduces a customer or a user stands right before it.
    static func isPersonal(_ part: [UInt32], afterCustomerWord: Bool, allowSpace: Bool = false) -> Bool {
        guard part.count >= 4, part.count <= 48, ScalarClass.isLetter(part[0]) else { return false }
        let n = part.count
        var i = 0
        while i < n, ScalarClass.isLetter(part[i]) { i += 1 }
        let firstEnd = i
        guard firstEnd >= 1, i < n else { return false }
        var hyphenJoined = false
        // The joiner: ".", "_", or in a query value "+" and "%20"; after a customer word also "-" ("/klant/jansen-pieter/").
        if part[i] == 46 || part[i] == 95 || (allowSpace && part[i] == 43) {
            i += 1
        } else if afterCustomerWord, part[i] == 45, !LexiconPersonRecognizer.nonNames.contains(WordHash.of(part, 0, firstEnd)) {
            hyphenJoined = true
            i += 1
        } else if allowSpace, i + 2 < n, part[i] == 37, part[i + 1] == 50, part[i + 2] == 48 {
            i += 3
        } else {
            return false
        }
        let secondStart = i
        while i < n, ScalarClass.isLetter(part[i]) { i += 1 }
        let secondEnd = i
        guard secondEnd - secondStart >= 2 else { return false }
        // Optional trailing digits: "kowalski1987", "smith_1990", "silva88".
        if i < n, part[i] == 95 || part[i] == 45 || part[i] == 46 { i += 1 }
        let digitsStart = i
        while i < n, ScalarClass.isDigit(part[i]) { i += 1 }
        let digits = i - digitsStart
        guard i == n, digits == 0 ? digitsStart == secondEnd : (2...4).contains(digits) else { return false }
        let second = Array(part[secondStart..<secondEnd])
        if digits == 0, part[firstEnd] == 46, fileExtensions.contains(second) { return false }
        // A hyphen joins words in page names too ("/booking/new-york", "/calendar/next-week"): neither run may be a
        // common word.
        // The first run must be a known given name or surname ("jansen-pieter", "pieter-jansen").
        if hyphenJoined, LexiconPersonRecognizer.nonNames.contains(WordHash.of(second, 0, second.count))
            || !(FirstNameLexicon.contains(part, 0, firstEnd) || SurnameLexicon.contains(part, 0, firstEnd)) {
            return false
        }
        if afterCustomerWord { return true }
        let initial = firstEnd == 1
        guard initial ? second.count >= 4 : FirstNameLexicon.contains(part, 0, firstEnd) else { return false }
        return SurnameLexicon.contains(second, 0, second.count)
            || !LexiconPersonRecognizer.nonNames.contains(WordHash.of(second, 0, second.count))
    }

    /// Particles that may stand between the names of a slug ("graca-matos-e-nuno-pacheco", "ana-de-sousa",
    /// "jan-van-dijk") and the elided "o"/"d" of Irish and Italian surnames ("sarah-o-connor", "luca-d-angelo"):
    /// hand-written for this project.
    private static let slugParticles: WordHashSet = WordHash.table("e y i de da do dos das del della di van von der den ter le la et und and o d")

    /// Whether the folded path segment `part` is a person's name written as a slug: three or more letter
    /// runs joined by `.`, `-` or `_` where at least two are no particles ("rocio-marin-lopez",
    /// "noelia.garcia.rios", "graca-matos-e-nuno-pacheco"), or two runs joined by `-` ("lotte-verbeek"); the
    /// first name run a known given name (not one that is also a common word or place: "rose-gold",
    /// "paris-london"), every other name run a known given name or surname, and no run a common, product or
    /// place word ("maria-callas-biography", "santa-maria"). In a dotted or underscored handle (not a hyphen
    /// slug, which may be an article or product title) one of three or more name runs may be unknown.
    static func isNameSlug(_ part: [UInt32]) -> Bool {
        let n = part.count
        guard n >= 7, n <= 64, ScalarClass.isLetter(part[0]) else { return false }
        var hyphen = false
        var names = 0
        var known = 0
        var unknown = 0
        var firstGiven = false
        var s = 0
        while s < n {
            var e = s
            while e < n, ScalarClass.isLetter(part[e]) { e += 1 }
            guard e > s else { return false }
            if e < n {
                let c = part[e]
                guard c == 45 || c == 46 || c == 95, e + 1 < n else { return false }
                if c == 45 { hyphen = true }
            }
            let h = WordHash.of(part, s, e)
            if names > 0, e - s <= 3, slugParticles.contains(h) {
                s = e + 1
                continue
            }
            let given = FirstNameLexicon.table.contains(h)
            let surname = SurnameLexicon.table.contains(h)
            // A place word counts after the first run only as a known surname ("ana-sousa-e-pedro-costa").
            guard e - s >= 2, !LexiconPersonRecognizer.nonNames.contains(h),
                  !LexiconPersonRecognizer.places.contains(h) || (names > 0 && surname),
                  !LexiconPersonRecognizer.ambiguous.contains(h) else { return false }
            if names == 0 { firstGiven = given }
            if given || surname { known += 1 } else { unknown += 1 }
            names += 1
            guard names <= 5 else { return false }
            s = e + 1
        }
        guard firstGiven, names >= 2, known >= 2 else { return false }
        if unknown == 0 { return names >= 3 || hyphen }
        return !hyphen && unknown == 1 && names >= 3
    }
}
