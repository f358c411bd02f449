/// Reads a personal name (one to four capitalised words, with particles) at a position.
///
/// Capitalised words may contain apostrophes and hyphens (`O'Brien`, `Jean-Luc`); lower-case
/// particles (`van`, `de`, `von`, …) are allowed between them. In scripts without case
/// (Arabic, Hebrew, Devanagari, …) up to two words are taken when `allowCaseless` is set.
enum NameReader {
    private static let particles: Set<[UInt32]> = Set([
        "van", "von", "de", "da", "di", "del", "della", "der", "den", "du", "le", "la", "dos", "das", "do", "bin",
        "ben", "al", "el", "ter", "los", "las",
    ].map { [UInt32](scalarsOf: $0) })

    /// Italian surname particles written in lower case in chat ("matteo lo cascio", "giusi li causi"), read
    /// only by ``readLowercase(_:at:)``. Source: Italian surname conventions (Lo Cascio, Li Causi); no copied list.
    private static let lowercaseParticles: Set<[UInt32]> = Set(["lo", "li"].map { [UInt32](scalarsOf: $0) })

    /// Capitalised words that start sentences or name products, not people.
    static let stopWords: Set<[UInt32]> = Set([
        "i", "the", "a", "an", "my", "your", "our", "it", "this", "that", "these", "there", "here", "not", "very",
        "so", "still", "just", "also", "sorry", "happy", "glad", "customer", "support", "team", "service", "please",
        "thanks", "thank", "hello", "hi", "hey", "dear", "windows", "apple", "google", "microsoft", "amazon",
        "android", "iphone", "ipad", "mac", "macos", "ios", "linux", "monday", "tuesday", "wednesday", "thursday",
        "friday", "saturday", "sunday", "january", "february", "march", "april", "may", "june", "july", "august",
        "september", "october", "november", "december", "we", "you", "he", "she", "they", "in", "on", "at", "from",
        "with", "and", "or", "but", "if", "when", "what", "why", "how", "who", "is", "am", "are", "was", "going",
        "trying", "having", "looking", "writing", "calling", "contacting", "unable", "ok", "okay", "yes", "no",
        "new", "back", "sure", "available", "regarding", "about", "account", "order", "billing", "sales", "all",
        "everyone", "again", "soon", "always", "best", "kind", "regards", "cheers", "great", "good", "de", "el",
        "la", "le", "les", "der", "die", "das", "und", "et", "y", "el", "los", "las", "un", "una", "ein", "eine",
        "cliente", "kunde", "client", "equipo", "soporte", "gracias", "merci", "danke", "grazie", "obrigado",
        "bedankt", "tack", "ich", "je", "yo", "io", "eu", "ik", "jag", "wir", "nous", "nosotros", "noi", "nós",
        "grüße", "grüsse", "gruß", "gruss", "wishes", "saludos", "saluti", "groeten", "groet", "cumprimentos",
        "cordialement", "regards", "damen", "herren", "mesdames", "messieurs", "señores", "signori", "senhores",
        "sir", "madam", "there", "folks", "guys", "zusammen", "todos", "tutti", "allemaal", "tous",
        // Chat fillers after a lower-case name ("im tariq btw, …").
        "btw", "lol", "pls", "plz", "omg", "tbh", "fyi", "asap",
        // "here" after a chat name ("hoi, daan hier", "salut, marc ici"): the cue, not a surname.
        "hier", "ici", "aqui", "aquí",
        // First words of sign-offs, so a sign-off after another one ("Danke im Voraus.\nMit freundlichen
        // Grüßen", "Tack!\nMvh Maja Holm") is not read as a name.
        "mit", "viele", "beste", "liebe", "herzliche", "freundliche", "schöne", "bien", "cordiali", "distinti",
        "cordiales", "muchas", "saluti", "met", "vriendelijke", "hartelijke", "com", "melhores", "atenciosamente",
        "cumprimentos", "warm", "many", "yours", "sincerely", "mvh", "lg", "mfg", "vg", "bg", "cdlt", "slds",
        "abs", "att", "cumpts", "grtz", "groetjes", "bises", "bisous", "besos", "abrazos", "abraços", "beijinhos",
        "tschüss", "ciao", "hälsningar", "hilsen", "pozdrawiam", "cordialement", "atentamente", "cordialmente",
        "un", "um", "uno", "con", "avec", "with", "mes", "meilleures", "salutations", "amicalement",
        // Austrian and German academic titles that open a name after a form label ("Name: Mag. Veronika …",
        // "Name: Dipl.-Ing. …"); the title rule reads the name after them. Source: Austrian academic degrees
        // (Magister, Diplom-Ingenieur) as written in everyday use; no copied list.
        "mag", "dipl",
    ].map { [UInt32](scalarsOf: $0) })

    /// The end of the name starting at (or after spaces from) `position`, with its start.
    static func read(
        _ text: ScannedText, at position: Int, maxWords: Int = 4, allowCaseless: Bool = true,
        allowLineBreak: Bool = false
    ) -> (start: Int, end: Int)? {
        let v = text.values
        let n = v.count
        var j = position
        while j < n, j - position < 6, v[j] == 32 || v[j] == 0xA0 || v[j] == 9 || (allowLineBreak && (v[j] == 10 || v[j] == 13)) { j += 1 }
        guard j < n, ScalarClass.isLetter(v[j]) else { return nil }
        let start = j
        let caseless = !ScalarClass.isUpper(v[j]) && !ScalarClass.isLower(v[j])
        if caseless && !allowCaseless { return nil }
        var end = -1
        var words = 0
        var k = j
        var pendingParticles = 0
        while k < n, words < maxWords {
            guard ScalarClass.isLetter(v[k]) else { break }
            let wordStart = k
            var e = k
            while e < n, ScalarClass.isLetter(v[e]) || ((v[e] == 39 || v[e] == 45 || v[e] == 0x2019) && e + 1 < n && ScalarClass.isLetter(v[e + 1])) {
                e += 1
            }
            let folded = Array(text.folded[wordStart..<e])
            if caseless {
                guard !ScalarClass.isUpper(v[wordStart]), !ScalarClass.isLower(v[wordStart]) else { break }
                words += 1
                end = e
                if words == 2 { break }
            } else if ScalarClass.isUpper(v[wordStart]) {
                // A capitalised particle before a capitalised word belongs to the name ("mevrouw De Boer",
                // "Marie-Thérèse Le Goff", "Sr. Da Silva").
                let capitalisedParticle = e - wordStart <= 5 && pendingParticles < 2 && particles.contains(folded)
                    && capitalisedWordFollows(text, e)
                if capitalisedParticle {
                    pendingParticles += 1
                    guard e < n, v[e] == 32, e + 1 < n, ScalarClass.isLetter(v[e + 1]) else { break }
                    k = e + 1
                    continue
                }
                // An initial before a capitalised word ("H. Kuipers-Bakker", "J. R. Smith").
                if e == wordStart + 1, e + 2 < n, v[e] == 46, v[e + 1] == 32, ScalarClass.isUpper(v[e + 2]) {
                    if words == 0 { pendingParticles = 0 }
                    k = e + 2
                    continue
                }
                // "Ma. Cristina Reyes", "Md. Karim Uddin": the Filipino and Hispanic abbreviation of María and the South
                // Asian one of Muhammad open a name before a capitalised word, as an initial does.
                if words == 0, e == wordStart + 2, e + 2 < n, v[e] == 46, v[e + 1] == 32, ScalarClass.isUpper(v[e + 2]),
                   text.folded[wordStart] == 109, text.folded[wordStart + 1] == 97 || text.folded[wordStart + 1] == 100,
                   ScalarClass.isLower(v[wordStart + 1]) {
                    k = e + 2
                    continue
                }
                // Joined initials before a capitalised word ("J.W. de Bruijn", "H.J. Kuiper", "P.-Y. Kerbrat").
                if e == wordStart + 1, let after = joinedInitialsEnd(v, wordStart), after + 1 < n, v[after] == 32,
                   ScalarClass.isLetter(v[after + 1]) {
                    if words == 0 { pendingParticles = 0 }
                    k = after + 1
                    continue
                }
                if words == 0, stopWords.contains(folded) { return nil }
                if words > 0, stopWords.contains(folded) { break }
                // Words fully in capitals longer than 3 letters are usually acronyms/products.
                if e - wordStart > 3, (wordStart..<e).allSatisfy({ !ScalarClass.isLower(v[$0]) }), words == 0 { return nil }
                words += 1
                end = e
                pendingParticles = 0
            } else if isElidedParticleName(v, wordStart, e) {
                // "Mme d'Hauteville", "dott. dell'Acqua": an elided particle glued to a capitalised name.
                words += 1
                end = e
                pendingParticles = 0
            } else if words > 0, pendingParticles < 2, particles.contains(folded) {
                // "Paolo Conti da Firenze", "Julien Lambert de Liège": a city of origin after "de"/"da" is no
                // surname (a city that is also a known surname, "da Costa", still is).
                if placeFollows(text, e) { break }
                pendingParticles += 1
                // Dutch "van 't Hof", "van 'T Klooster": the elided article is one more particle.
                if let after = elidedArticleEnd(v, e) { e = after }
            } else {
                break
            }
            // Continue only across a single space.
            guard e < n, v[e] == 32, e + 1 < n, ScalarClass.isLetter(v[e + 1]) else { break }
            k = e + 1
        }
        guard end > start else { return nil }
        return (start, end)
    }

    /// The end (after the last dot) of two or three joined initials at `i`: "J.W.", "H.J.", "P.-Y.", "J.-P.",
    /// "A.M.C."; nil for a single initial or a lower-case letter among them.
    static func joinedInitialsEnd(_ v: [UInt32], _ i: Int) -> Int? {
        let n = v.count
        guard i + 1 < n, ScalarClass.isUpper(v[i]), v[i + 1] == 46 else { return nil }
        var k = i + 2
        var count = 1
        while count < 3, k < n {
            var letter = k
            if v[letter] == 45 { letter += 1 }
            guard letter + 1 < n, ScalarClass.isUpper(v[letter]), v[letter + 1] == 46 else { break }
            k = letter + 2
            count += 1
        }
        guard count >= 2, k >= n || !ScalarClass.isLetter(v[k]) else { return nil }
        return k
    }

    /// Possessives and articles that open a noun phrase, never a name ("meine Karte", "mia zia", "mijn pas").
    /// (A ``WordHashSet``: the same members as the `Set<UInt64>` of ``WordHash/set(_:)``, no SipHash per probe.)
    private static let functionWords = WordHashSet(WordHash.set("""
        mein meine meinen meinem meiner unser unsere ma mon mes mi mis mio mia mie miei mijn onze minha meu minhas \
        meus nuestra nuestro notre nos our my your su sua seu tua tuo
        """))

    /// Whether the word at `start` is a possessive or article (``functionWords``).
    static func isFunctionWord(_ text: ScannedText, _ start: Int) -> Bool {
        var e = start
        while e < text.count, ScalarClass.isLetter(text.values[e]) { e += 1 }
        return e > start && functionWords.contains(WordHash.of(text.folded, start, e))
    }

    /// Whether a single space and a capitalised country or big city (``LexiconPersonRecognizer/places``) that is
    /// no known surname follow `e`.
    private static func placeFollows(_ text: ScannedText, _ e: Int) -> Bool {
        let v = text.values
        guard e + 2 < v.count, v[e] == 32, ScalarClass.isUpper(v[e + 1]) else { return false }
        let end = LexiconPersonRecognizer.wordEnd(v, e + 1)
        return LexiconPersonRecognizer.places.contains(WordHash.of(text.folded, e + 1, end))
            && !SurnameLexicon.contains(text.folded, e + 1, end)
    }

    /// Whether a single space and a capitalised word that is not a stop word follow `e`.
    private static func capitalisedWordFollows(_ text: ScannedText, _ e: Int) -> Bool {
        let v = text.values
        guard e + 2 < v.count, v[e] == 32, ScalarClass.isUpper(v[e + 1]) else { return false }
        var k = e + 1
        while k < v.count, ScalarClass.isLetter(v[k]) { k += 1 }
        return k - e > 2 && !stopWords.contains(Array(text.folded[(e + 1)..<k]))
    }

    /// Whether the word `j..<e` is a lower-case elided particle ("d'", "dell'", "dall'", "degl'") glued to a
    /// capitalised name of at least two letters: "d'Arcy", "dell'Acqua" (not "d'accord", "l'Oréal", "dell'FBI").
    static func isElidedParticleName(_ v: [UInt32], _ j: Int, _ e: Int) -> Bool {
        var a = j
        while a < e, ScalarClass.isLower(v[a]) { a += 1 }
        guard a > j, a - j <= 4, a + 2 < e, v[a] == 39 || v[a] == 0x2019, ScalarClass.isUpper(v[a + 1]),
              ScalarClass.isLower(v[a + 2]) else { return false }  // not an acronym ("dell'FBI")
        return elidedParticles.contains(Array(v[j..<a]))
    }

    /// Elided particles before a vowel-initial surname.
    private static let elidedParticles: Set<[UInt32]> = Set(["d", "dell", "dall", "degl"].map { [UInt32](scalarsOf: $0) })

    /// The end of a Dutch elided article " 't" (or " 'T", with a straight or curly apostrophe) right after
    /// `e`, when a space and a capitalised word follow it ("van 't Hof"); nil otherwise.
    static func elidedArticleEnd(_ v: [UInt32], _ e: Int) -> Int? {
        guard e + 4 < v.count, v[e] == 32, v[e + 1] == 39 || v[e + 1] == 0x2019, v[e + 2] == 116 || v[e + 2] == 84,
              v[e + 3] == 32, ScalarClass.isUpper(v[e + 4]) else { return nil }
        return e + 3
    }

    /// Whether the word at `start` is a known given name (``FirstNameLexicon``).
    static func startsWithGivenName(_ text: ScannedText, _ start: Int) -> Bool {
        var e = start
        while e < text.count, ScalarClass.isLetter(text.values[e]) { e += 1 }
        return e > start && FirstNameLexicon.contains(text.folded, start, e)
    }

    /// Reads a name written in any case that starts with a known given name ("james reed", "thijs de vries").
    ///
    /// One more word (after up to two particles) is taken as the surname only when it is not a stop
    /// word and closes the clause (punctuation, a line break or the end of the text), so
    /// "this is anna and I need help" yields just "anna".
    static func readLowercase(_ text: ScannedText, at position: Int) -> (start: Int, end: Int)? {
        let v = text.values
        let n = v.count
        var j = position
        while j < n, j - position < 4, v[j] == 32 || v[j] == 0xA0 || v[j] == 9 { j += 1 }
        guard j < n, ScalarClass.isLetter(v[j]), startsWithGivenName(text, j), !isFunctionWord(text, j) else { return nil }
        func wordEnd(_ k: Int) -> Int {
            var e = k
            while e < n, ScalarClass.isLetter(v[e]) || ((v[e] == 39 || v[e] == 45) && e + 1 < n && ScalarClass.isLetter(v[e + 1])) { e += 1 }
            return e
        }
        func closes(_ e: Int) -> Bool {
            e >= n || [44, 46, 33, 63, 10, 13, 59, 58, 41].contains(v[e])
        }
        // The end of one or two particles and one surname word after `e` ("… de la fuente"), if they follow.
        func particleSurnameEnd(_ e: Int) -> Int? {
            var k = e
            var seen = 0
            while seen < 3, k + 1 < n, v[k] == 32, ScalarClass.isLetter(v[k + 1]) {
                let m = k + 1
                let end = wordEnd(m)
                let folded = Array(text.folded[m..<end])
                if seen < 2, particles.contains(folded) || lowercaseParticles.contains(folded) {
                    seen += 1
                    k = end
                    continue
                }
                return seen > 0 && !stopWords.contains(folded) && end - m >= 2 ? end : nil
            }
            return nil
        }
        let start = j
        var firstEnd = wordEnd(j)
        // A double given name in lower case: "anna maria ricci", "ana paula costa" (the second a known given
        // name that is no stop word or everyday word, in the same case as the first, closing the clause or
        // followed by a known surname or a word that closes it; not "c ines jai pas reçu").
        if firstEnd + 1 < n, v[firstEnd] == 32, ScalarClass.isLower(v[start]), ScalarClass.isLower(v[firstEnd + 1]) {
            let m = firstEnd + 1
            let e = wordEnd(m)
            let folded = Array(text.folded[m..<e])
            if e > m + 1, startsWithGivenName(text, m), !stopWords.contains(folded), !particles.contains(folded),
               !LexiconPersonRecognizer.ambiguous.contains(WordHash.of(text.folded, m, e)),
               !LexiconPersonRecognizer.nonNames.contains(WordHash.of(text.folded, m, e)) {
                var closed = closes(e)
                if !closed, e + 1 < n, v[e] == 32, ScalarClass.isLetter(v[e + 1]) {
                    let after = wordEnd(e + 1)
                    let next = Array(text.folded[(e + 1)..<after])
                    closed = !stopWords.contains(next)
                        && (closes(after) || SurnameLexicon.contains(text.folded, e + 1, after))
                    // "maría josé de la fuente", "caio henrique dos santos": particles open the surname; the
                    // particle loop below keeps the double name only when a surname closes the clause after them.
                    if !closed, particles.contains(next) || lowercaseParticles.contains(next),
                       let surnameEnd = particleSurnameEnd(e), closes(surnameEnd) {
                        closed = true
                    }
                }
                if closed { firstEnd = e }
            }
        }
        var k = firstEnd
        var particleCount = 0
        while particleCount <= 2, k < n, v[k] == 32, k + 1 < n, ScalarClass.isLetter(v[k + 1]) {
            let m = k + 1
            let e = wordEnd(m)
            let folded = Array(text.folded[m..<e])
            if particles.contains(folded) || lowercaseParticles.contains(folded), particleCount < 2 {
                particleCount += 1
                k = e
                continue
            }
            if stopWords.contains(folded) { break }
            if ScalarClass.isUpper(v[start]), !ScalarClass.isUpper(v[m]) { break }
            if closes(e) || SurnameLexicon.contains(text.folded, m, e) { return (start, e) }
            break
        }
        return (start, firstEnd)
    }
}
