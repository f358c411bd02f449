/// Finds e-mail addresses spoken or typed out in words, as voice transcripts and careful users write them:
/// "anna dot berger at example dot com", "j punto ruiz arroba correo punto es", "marc point dupont arobase
/// exemple point fr".
///
/// The shape is a local part (tokens joined by a dot, underscore or dash word), an at word, then a domain of two
/// or more labels joined by dot words whose last label is a common top-level domain. Prose never ends an "at"
/// phrase in "dot com", so the shape alone licenses the match.
enum SpokenEmailRecognizer {
    /// The words for `@` in the seven languages, folded ("at", "arroba", "arobase", "chiocciola", "klammeraffe",
    /// "apenstaartje"). Hand-written for this recognizer (no external source).
    private static let atWords: WordHashSet = WordHash.table("at arroba arobase arrobase chiocciola klammeraffe apenstaartje")

    /// The words for `.` (and the joiners `_`, `-`) in an address ("dot", "punto", "point", "ponto", "punt",
    /// "punkt"; "underscore", "dash", "hyphen", "tiret", "guion", "trattino", "hífen", "streepje", "bindestrich").
    /// Hand-written for this recognizer.
    private static let dotWords: WordHashSet = WordHash.table("dot punto point ponto punt punkt")
    private static let joinWords: WordHashSet = WordHash.table("""
        underscore dash hyphen tiret guion guión trattino hífen hifen streepje bindestrich unterstrich
        """)

    /// Top-level domains that end a spoken address. Hand-written list of common generic and the
    /// seven languages' country domains.
    private static let topLevelDomains: WordHashSet = WordHash.table("""
        com org net edu gov info biz io co uk de fr es it pt nl be ch at lu eu ie br ar mx us ca au
        """)

    /// Appends an ``EntityType/email`` candidate for every spoken address in `text`.
    static func scan(_ text: ScannedText, into candidates: inout [Candidate]) {
        guard mayHoldSpokenAddress(text) else { return }
        let words = tokens(text)
        guard words.count >= 5 else { return }
        var index = 1
        while index + 3 < words.count {
            guard atWords.contains(words[index].hash) else {
                index += 1
                continue
            }
            // The domain: label (dot label)+, the last a top-level domain.
            var k = index + 1
            var labels = 1
            var lastTLD = false
            guard words[index].spaced, words[index + 1].spaced else {
                index += 1
                continue
            }
            while k + 2 < words.count, dotWords.contains(words[k + 1].hash), words[k + 1].spaced, words[k + 2].spaced {
                k += 2
                labels += 1
                lastTLD = topLevelDomains.contains(words[k].hash)
            }
            guard labels >= 2, lastTLD else {
                index += 1
                continue
            }
            // The local part: a token, and more tokens joined by dot or join words before it.
            var first = index - 1
            while first >= 2, dotWords.contains(words[first - 1].hash) || joinWords.contains(words[first - 1].hash),
                  words[first].spaced, words[first - 1].spaced, index - first < 8 {
                first -= 2
            }
            candidates.append(Candidate(type: .email, start: words[first].start, end: words[k].end))
            index = k + 1
        }
    }

    /// Whether the folded text holds " dot ", " punto ", " point ", " ponto ", " punt " or " punkt " (a spoken
    /// address has one before its top-level domain): a scan without allocation that rejects almost every text.
    private static func mayHoldSpokenAddress(_ text: ScannedText) -> Bool {
        let f = text.folded
        var k = 1
        while k + 4 < f.count {
            // Every dot word starts with d or p and follows a space.
            if f[k - 1] == 32, f[k] == 100 || f[k] == 112 {
                var e = k
                while e < f.count, ScalarClass.isASCIILower(f[e]) { e += 1 }
                if e < f.count, f[e] == 32, e - k <= 5, dotWords.contains(WordHash.of(f, k, e)) { return true }
                k = e
            }
            k += 1
        }
        return false
    }

    /// One word of the text: its range and folded hash.
    private struct Word {
        let start: Int
        let end: Int
        let hash: UInt64
        /// Only one or two spaces separate it from the word before (no punctuation or line break).
        let spaced: Bool
    }

    /// The text's words: runs of letters, digits, `.`, `_` and `-` (a spoken local part may hold "j.smith").
    private static func tokens(_ text: ScannedText) -> [Word] {
        let v = text.values
        var words: [Word] = []
        var k = 0
        while k < v.count {
            guard ScalarClass.isWordChar(v[k]) else {
                k += 1
                continue
            }
            var e = k
            while e < v.count, ScalarClass.isWordChar(v[e]) || ((v[e] == 46 || v[e] == 95 || v[e] == 45) && e + 1 < v.count
                && ScalarClass.isWordChar(v[e + 1])) { e += 1 }
            let previousEnd = words.last?.end ?? -10
            let spaced = k - previousEnd >= 1 && k - previousEnd <= 2 && (previousEnd..<k).allSatisfy { v[$0] == 32 }
            words.append(Word(start: k, end: e, hash: WordHash.of(text.folded, k, e), spaced: spaced))
            k = e
        }
        return words
    }
}
