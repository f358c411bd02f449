/// Finds people named by a chat mention: "ping @chloé", "@greta the CI log leaked …", "chi l'ha messo? @matteo".
///
/// A mention is `@` after a space, a line start or an opening bracket, then one word of letters (hyphens and
/// apostrophes inside allowed) that is not followed by `.`, `@` or a digit and letter (an e-mail address or a
/// domain). The word is a person when a lexicon lists it as a given name or surname, or when it scores as a name
/// (``NameLikenessModel``) at least as well as a lower-case transcript speaker must; everyday, role and group
/// handles ("@here", "@channel", "@support", "@devops") never are.
enum ChatMentions {
    /// The most mentions taken from one text. Default: 256.
    static let maximumMentions = 256

    /// Appends ``EntityType/person`` candidates for mentioned people.
    static func scan(_ text: ScannedText, model: NameLikenessModel?, into candidates: inout [Candidate]) {
        guard text.triggers.hasAt else { return }
        let v = text.values
        let n = v.count
        var found = 0
        var k = 0
        while k < n {
            guard v[k] == 64 else { k += 1; continue }
            let at = k
            k += 1
            if at > 0 {
                let p = v[at - 1]
                guard ScalarClass.isWhitespace(p) || p == 40 || p == 91 || p == 44 || p == 59 else { continue }
            }
            guard k < n, ScalarClass.isLetter(v[k]) else { continue }
            let e = LexiconPersonRecognizer.wordEnd(v, k)
            guard e > k + 1 else { continue }
            if e < n {
                let next = v[e]
                if next == 64 || next == 95 || ScalarClass.isDigit(next) { k = e; continue }
                if next == 46, e + 1 < n, ScalarClass.isLetter(v[e + 1]) || ScalarClass.isDigit(v[e + 1]) { k = e; continue }
            }
            if accepted(text, k, e, model: model) {
                candidates.append(Candidate(type: .person, start: k, end: e))
                found += 1
                // A bound on the work per text (name propagation reads every candidate).
                if found >= maximumMentions { return }
            }
            k = e
        }
    }

    /// Whether the handle `start..<end` names a person.
    private static func accepted(_ text: ScannedText, _ start: Int, _ end: Int, model: NameLikenessModel?) -> Bool {
        let f = text.folded
        let h = WordHash.of(f, start, end)
        if LexiconPersonRecognizer.nonNames.contains(h) || LexiconPersonRecognizer.places.contains(h)
            || TranscriptSpeakers.labelWords.contains(h) || groupHandles.contains(h)
            || LexiconPersonRecognizer.allCaps(text.values, start, end) { return false }
        if FirstNameLexicon.contains(f, start, end) || SurnameLexicon.contains(f, start, end) { return true }
        guard let model else { return false }
        return model.logit(f, start, end) >= TranscriptSpeakers.lowercaseLogit
    }

    /// Group and broadcast handles of chat tools and team names. Source: written by hand for this project.
    static let groupHandles: WordHashSet = WordHash.table("""
        here channel everyone all team group room oncall on-call devops ops sre security infra platform backend \
        frontend helpdesk servicedesk dev devs qa billing finance legal hr marketing sales product design data \
        jenkins travis dependabot renovate github gitlab jira slackbot zapier circleci
        """)
}
