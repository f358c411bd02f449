/// Reads the household name quoted after a doorbell word ("interphone « LOPES »", "campanello \"Ferri\"",
/// "Klingel „Nowak-Lenz“"), as written on the bell, in capitals or not, and names joined by a slash without quotes
/// ("Klingelschild: Wendt/Aydin"), and a single unquoted name that ends its clause ("Name am Briefkasten Ketterer.",
/// "Op de deurbel staat nog Koster.", "A campainha tem o nome Figueiredo,").
///
/// After a doorbell word (``doorbellWords``), optionally a colon or a verb of showing, and an optional opening quote, one
/// to three words that each start with a capital and are no everyday word (``LexiconPersonRecognizer/nonNames``), then
/// the closing quote; unquoted, names joined by a slash or one word that is no place, before `.`, `,`, `;` or a line
/// break. ``KinRoleNameRecognizer`` reads other unquoted names after the same words.
enum QuotedDoorbellNames {
    /// Doorbell words of the seven languages, folded. Hand-written (own list); "doorbell" and "intercom" alone are
    /// left out (brands), "bell for" and the others count through ``KinRoleLexicon``.
    private static let doorbellWords: WordHashSet = WordHash.table(KinRoleLexicon.doorbells)

    /// Appends a ``EntityType/person`` candidate for each quoted name after a doorbell word in `context`.
    static func scan(_ context: ScanContext, model: NameLikenessModel?, into candidates: inout [Candidate]) {
        let text = context.text
        let v = text.values
        let n = v.count
        for hit in context.cues where hit.kind == .kinRole && doorbellWords.contains(WordHash.of(text.folded, hit.start, hit.end)) {
            var j = hit.end
            while j < n, j - hit.end < 3, v[j] == 32 || v[j] == 58 || v[j] == 0xA0 { j += 1 }
            // "Op de deurbel staat nog Koster", "sul citofono c'è scritto Russo": a verb of showing between.
            while j < n, ScalarClass.isLower(v[j]) {
                let e = LexiconPersonRecognizer.wordEnd(v, j)
                guard e < n, v[e] == 32, showingWords.contains(WordHash.of(text.folded, j, e)) else { break }
                j = e + 1
            }
            let quoted = j < n && QuotedPasswords.opening(v[j])
            if quoted { j += 1 }
            while j < n, v[j] == 32 || v[j] == 0xA0 || v[j] == 0x202F { j += 1 }
            let start = j
            var end = j
            var words = 0
            var slashed = false
            while j < n, words < 4, ScalarClass.isLetter(v[j]) {
                let e = LexiconPersonRecognizer.wordEnd(v, j)
                // "deurbel \"van Dijk\"", "Klingel „von Berg“": lower-case surname particles before the name.
                if ScalarClass.isLower(v[j]) {
                    guard LexiconPersonRecognizer.particles.contains(WordHash.of(text.folded, j, e)), e + 1 < n, v[e] == 32,
                          ScalarClass.isUpper(v[e + 1]) else { words = 0; break }
                    j = e + 1
                    continue
                }
                guard e - j >= 2, !LexiconPersonRecognizer.nonNames.contains(WordHash.of(text.folded, j, e)) else { words = 0; break }
                words += 1
                end = e
                // "Wendt/Aydin": two households on one bell.
                if e + 1 < n, v[e] == 47, ScalarClass.isUpper(v[e + 1]) {
                    slashed = true
                    j = e + 1
                    continue
                }
                guard e + 1 < n, v[e] == 32, ScalarClass.isUpper(v[e + 1]) else { break }
                j = e + 1
            }
            guard words > 0 else { continue }
            var k = end
            while k < n, v[k] == 32 || v[k] == 0xA0 || v[k] == 0x202F { k += 1 }
            // Unquoted: names joined by a slash ("Klingelschild: Wendt/Aydin."), or one name that ends the clause
            // ("Name am Briefkasten Ketterer.", "Klingelschild Petersen.", "Op de deurbel staat nog Koster.").
            if quoted {
                guard k < n, QuotedPasswords.closing(v[k]) else { continue }
            } else {
                guard slashed || words == 1, k >= n || [46, 44, 59, 10, 13, 41].contains(v[k]) else { continue }
                if !slashed {
                    // One word: a listed name or a name-like word, no place ("Briefkasten Edelstahl", "deurbel Draadloos").
                    guard !LexiconPersonRecognizer.places.contains(WordHash.of(text.folded, start, end)),
                          SurnameLexicon.contains(text.folded, start, end) || FirstNameLexicon.contains(text.folded, start, end)
                            || (model?.logit(text.folded, start, end) ?? 0) >= minimumLogit else { continue }
                }
            }
            candidates.append(Candidate(type: .person, start: start, end: end))
        }
    }

    /// The least ``NameLikenessModel`` logit of an unlisted single unquoted name.
    static let minimumLogit: Float = 3.0

    /// Verbs of showing and their fillers between a doorbell word and the name ("staat nog", "steht noch", "c'è scritto",
    /// "il y a", "diz"), folded. Hand-written (own list).
    private static let showingWords: WordHashSet = WordHash.table(
        "staat stond nog steht stand noch c'è c'e è e scritto says reads shows still il y a encore indique dice pone " +
        "ancora diz ainda tiene todavía todavia tem o nome name naam nom nombre")
}
