/// Finds dates written after a birth cue ("born", "DOB", "geboren", "né le", …).
///
/// Within 24 scalars after the cue (skipping fillers like ":", "on", "am", "le", "el"),
/// the first date is taken: numeric (`12/03/1985`, `1985-03-12`, `12.03.85`) or with a
/// month word (`12 March 1985`, `March 12, 1985`, `12 de marzo de 1985`). Dates without
/// a cue, such as order dates and timestamps, are left alone.
enum DateOfBirthRecognizer {
    /// Appends a ``EntityType/dateOfBirth`` candidate for every cued date in `context`.
    static func scan(_ context: ScanContext, into candidates: inout [Candidate]) {
        let text = context.text
        var lastEnd = -1
        for hit in context.cues where hit.kind == .birth && hit.end > lastEnd {
            let cueHash = WordHash.of(text.folded, hit.start, hit.end)
            if labelOnlyCues.contains(cueHash), !labelSeparatorFollows(text, hit.end) {
                // "…, nascimento 07/14/1990.": a bare birth noun opening a list item, with a whole numeric date right
                // after one space (not "liste de naissance 12/09/2024", "certidão de nascimento 2024-05-01").
                if hit.end + 1 < text.count, text.values[hit.end] == 32, ScalarClass.isDigit(text.values[hit.end + 1]),
                   opensItem(text, hit.start),
                   let (start, end) = date(in: text, after: hit.end), start == hit.end + 1, end - start >= 8 {
                    candidates.append(Candidate(type: .dateOfBirth, start: start, end: end))
                    lastEnd = end
                }
                continue
            }
            // "classe 1932", "Jahrgang 1961": these words announce a year of birth and nothing else.
            if yearOnlyCues.contains(cueHash) {
                if let (start, end) = birthYear(text, hit) {
                    candidates.append(Candidate(type: .dateOfBirth, start: start, end: end))
                    lastEnd = end
                }
                continue
            }
            guard let (start, end) = date(in: text, after: hit.end) ?? dateAfterLabel(text, hit.end) ?? dateBefore(text, hit.start)
                ?? yearBefore(text, hit)
                ?? birthYear(text, hit) ?? SpokenDate.span(text, after: hit.end, isMonth: { isMonthWord(text, $0, $1) })
                ?? spokenDateBefore(text, hit.start) ?? StatedBirthDate.after(text, cueStart: hit.start, cueEnd: hit.end)
                ?? AnswerLineBirthDate.date(text, afterCue: hit.end)
            else { continue }
            candidates.append(Candidate(type: .dateOfBirth, start: start, end: end))
            lastEnd = end
            if let (fixedStart, fixedEnd) = BirthDateCorrection.date(text, after: end) {
                candidates.append(Candidate(type: .dateOfBirth, start: fixedStart, end: fixedEnd))
                lastEnd = fixedEnd
            }
        }
        StatedBirthDate.scanRelatives(context, into: &candidates)
        if text.triggers.hasDegreeSign { scanBirthSigns(text, after: lastEnd, into: &candidates) }
        scanBracketed(text, into: &candidates)
    }

    /// Birth nouns and abbreviations that are cues only as a form label ("nascimento=", "Nasc.:", "Geburt:"):
    /// in running text they name a birth certificate or a birth event, not a date of birth. Hand-written
    /// for this project (own list).
    static let labelOnlyCues: WordHashSet = WordHash.table(
        "nascimento nacimiento nascita naissance geboorte geburt birth nasc. nasc nac. nac naiss.")

    /// Whether `start` opens the text, a line or an item: only spaces back to the start, a line break, `,`, `;` or `(`.
    private static func opensItem(_ text: ScannedText, _ start: Int) -> Bool {
        var k = start - 1
        while k >= 0, text.values[k] == 32 { k -= 1 }
        return k < 0 || [10, 13, 44, 59, 40].contains(text.values[k])
    }

    /// Whether `:` or `=` follows `end`, after at most two spaces or a closing quote (`"nascimento": "…"`).
    private static func labelSeparatorFollows(_ text: ScannedText, _ end: Int) -> Bool {
        let v = text.values
        var k = end
        if k < v.count, v[k] == 34 || v[k] == 39 { k += 1 }
        while k < v.count, k - end < 3, v[k] == 32 || v[k] == 0xA0 { k += 1 }
        return k < v.count && (v[k] == 58 || v[k] == 61)
    }

    /// Dates of birth in a bracket after a name: "(n. 15/03/1934)", "(b. 12.4.1950)", "(* 03.02.1961)",
    /// "(geb. 1.2.1970)": an opening bracket, a birth abbreviation with its dot or a star, and a date of
    /// three numbers (day, month and year). "fattura n. 12/2023" has no bracket and no day.
    static func scanBracketed(_ text: ScannedText, into candidates: inout [Candidate]) {
        let v = text.values
        let n = v.count
        var i = 0
        while i + 4 < n {
            guard v[i] == 40 else { i += 1; continue }
            var k = i + 1
            if v[k] == 42 {
                k += 1
            } else {
                var e = k
                while e < n, e - k < 5, ScalarClass.isLetter(v[e]) { e += 1 }
                guard e > k, e < n, v[e] == 46, bracketAbbreviations.contains(WordHash.of(text.folded, k, e)) else { i += 1; continue }
                k = e + 1
            }
            while k < n, k - i < 8, v[k] == 32 || v[k] == 0xA0 { k += 1 }
            guard k < n, ScalarClass.isDigit(v[k]), let (s, e) = date(in: text, after: k), s == k, threeNumbers(v, s, e) else { i += 1; continue }
            candidates.append(Candidate(type: .dateOfBirth, start: s, end: e))
            i = e
        }
    }

    /// Birth abbreviations before a bracketed date: Portuguese/Italian/Spanish "n." (nascido, nato, nacido),
    /// English "b.", German "geb.", Dutch "geb.", French "n." is not used (hand-written list).
    private static let bracketAbbreviations: WordHashSet = WordHash.table("n b geb nasc nac")

    /// Whether `v[s..<e]` holds three digit groups (day, month and year).
    private static func threeNumbers(_ v: [UInt32], _ s: Int, _ e: Int) -> Bool {
        var groups = 0
        var k = s
        while k < e {
            if ScalarClass.isDigit(v[k]), k == s || !ScalarClass.isDigit(v[k - 1]) { groups += 1 }
            k += 1
        }
        return groups == 3
    }

    /// Dates after the genealogical birth sign `°` ("Jozef Vandenbroucke (° 14/04/1944)", Belgian and French
    /// usage): the sign must not follow a letter or digit ("N° 77200", "20 °C"), and a full date (two or more
    /// numbers, or a number and a month word) must start within two spaces after it.
    private static func scanBirthSigns(_ text: ScannedText, after lastEnd: Int, into candidates: inout [Candidate]) {
        let v = text.values
        var i = max(0, lastEnd)
        while i < text.count {
            defer { i += 1 }
            guard v[i] == 0xB0, i == 0 || !(ScalarClass.isWordChar(v[i - 1]) || v[i - 1] == 0xB0) else { continue }
            var j = i + 1
            while j < text.count, j - i <= 2, v[j] == 32 || v[j] == 0xA0 { j += 1 }
            guard j < text.count, ScalarClass.isDigit(v[j]), let (start, end) = date(in: text, after: j), start == j else { continue }
            candidates.append(Candidate(type: .dateOfBirth, start: start, end: end))
            i = end
        }
    }

    /// Verbs and participles of being born, folded, in the seven languages: after one of them and a preposition
    /// of time, a bare year is the year of birth ("née en 1941", "nascida em 1938", "born in 1950",
    /// "geboren im Jahr 1962"). Hand-written for this recognizer (no external source).
    private static let bornWords: WordHashSet = WordHash.table("""
        born geboren né née nacido nacida nació nacio nato nata nacque nascido nascida nasceu
        """)

    /// Prepositions of a year after a born word: "in" (English, Dutch, German), "im (Jahr)", "en", "nel", "em".
    /// Hand-written for this recognizer (no external source).
    private static let yearPrepositions: WordHashSet = WordHash.table("in im en em nel")

    /// Year nouns that may follow the preposition ("im Jahr 1962", "en l'an 1941", "nel 1938", "no ano de").
    private static let yearNouns: WordHashSet = WordHash.table("jahr jahre year an l'an año anno ano jaar")

    /// Labels that announce a year of birth on their own ("Geburtsjahr: 1961", "year of birth 1954", "Jahrgang 1961",
    /// Italian "classe 1932").
    private static let yearLabels: WordHashSet = WordHash.table("""
        geburtsjahr geboortejaar jahrgang classe
        """)

    /// Cues that announce only a bare year of birth: German "Jahrgang" and Italian "classe" (a person's birth year,
    /// "mia nonna, classe 1932"); any other date after them is no birth date ("classe economica 12/03").
    /// Hand-written (own list).
    private static let yearOnlyCues: WordHashSet = WordHash.table("jahrgang classe")

    /// A bare year (1900–2015) right before a trailing born word, one space between, after a word ("ist 2009 geboren",
    /// "is in 1990 geboren"), or nil.
    static func yearBefore(_ text: ScannedText, _ hit: CueLexicon.Hit) -> (Int, Int)? {
        let v = text.values
        guard bornWords.contains(WordHash.of(text.folded, hit.start, hit.end)), hit.start >= 7, v[hit.start - 1] == 32 else { return nil }
        let end = hit.start - 1
        let start = end - 4
        guard (start..<end).allSatisfy({ ScalarClass.isDigit(v[$0]) }), v[start - 1] == 32, ScalarClass.isLetter(v[start - 2]) else { return nil }
        let year = Int(v[start] - 48) * 1000 + Int(v[start + 1] - 48) * 100 + Int(v[start + 2] - 48) * 10 + Int(v[start + 3] - 48)
        return (1900...2015).contains(year) ? (start, end) : nil
    }
    private static let yearLabelPhrases: Set<UInt64> = Set([
        "year of birth", "année de naissance", "año de nacimiento", "anno di nascita", "ano de nascimento",
    ].map { phrase -> UInt64 in
        let folded = [UInt32](scalarsOf: phrase)
        return WordHash.of(folded, 0, folded.count)
    })

    /// A bare year of birth (1900–2015) after a born word and a preposition of time, or after a year-of-birth
    /// label, not continued by another date part ("née en 1941", "born in 1950,", "Geburtsjahr: 1961"), or nil.
    static func birthYear(_ text: ScannedText, _ hit: CueLexicon.Hit) -> (Int, Int)? {
        let v = text.values
        let folded = text.folded
        // The cue's last word.
        var wordStart = hit.end
        while wordStart > hit.start, folded[wordStart - 1] != 32 { wordStart -= 1 }
        let lastWord = WordHash.of(folded, wordStart, hit.end)
        var j = hit.end
        var licensed = false
        if yearLabels.contains(lastWord) || yearLabelPhrases.contains(WordHash.of(folded, hit.start, hit.end)) {
            while j < text.count, j - hit.end < 3, v[j] == 32 || v[j] == 58 { j += 1 }
            licensed = true
        } else {
            var afterBorn = false
            if yearPrepositions.contains(lastWord), wordStart > hit.start {
                // "born in", "nascida em": the cue holds the preposition.
                var k = wordStart - 1
                while k > hit.start, folded[k - 1] != 32 { k -= 1 }
                afterBorn = bornWords.contains(WordHash.of(folded, k, wordStart - 1))
                licensed = afterBorn
            } else if bornWords.contains(lastWord), j < text.count, v[j] == 32 {
                var e = j + 1
                while e < text.count, ScalarClass.isLetter(v[e]) { e += 1 }
                if yearPrepositions.contains(WordHash.of(folded, j + 1, e)), e < text.count, v[e] == 32 {
                    j = e
                    licensed = true
                }
            }
            guard licensed else { return nil }
            // An optional year noun: "im Jahr 1962", "en l'an 1941".
            if j < text.count, v[j] == 32 {
                var e = j + 1
                while e < text.count, ScalarClass.isLetter(v[e]) || v[e] == 39 || v[e] == 0x2019 { e += 1 }
                if e > j + 1, e < text.count, v[e] == 32, yearNouns.contains(WordHash.of(folded, j + 1, e)) { j = e }
            }
            if j < text.count, v[j] == 32 { j += 1 }
        }
        guard licensed, j + 4 <= text.count, (j..<j + 4).allSatisfy({ ScalarClass.isDigit(v[$0]) }) else { return nil }
        let year = Int(v[j] - 48) * 1000 + Int(v[j + 1] - 48) * 100 + Int(v[j + 2] - 48) * 10 + Int(v[j + 3] - 48)
        // A recent year after "nato nel", "né en" is more often when a thing began ("il problema è nato nel 2023").
        guard (1900...2015).contains(year) else { return nil }
        let end = j + 4
        if end < text.count {
            let c = v[end]
            if ScalarClass.isWordChar(c) { return nil }
            if c == 45 || c == 47 || c == 46 || c == 58, end + 1 < text.count, ScalarClass.isDigit(v[end + 1]) { return nil }
        }
        return (j, end)
    }

    /// A spoken date ending right before a trailing cue ("am dritten Mai neunzehnhundertneunzig geboren").
    static func spokenDateBefore(_ text: ScannedText, _ cueStart: Int) -> (Int, Int)? {
        let v = text.values
        var from = max(0, cueStart - 60)
        while from > 0, from < cueStart, ScalarClass.isLetter(v[from - 1]) { from += 1 }
        guard let (s, e) = SpokenDate.span(text, after: from, isMonth: { isMonthWord(text, $0, $1) }), e <= cueStart,
              (e..<cueStart).allSatisfy({ v[$0] == 32 || v[$0] == 44 }) else { return nil }
        return (s, e)
    }

    /// Words that may link a date to a birth label after it, in the seven languages ("14/03/1987 is my date of
    /// birth", "12.03.1985 ist mein Geburtsdatum", "… est ma date de naissance", "… es mi fecha de nacimiento",
    /// "… è la mia data di nascita", "… é a minha data de nascimento", "… is mijn geboortedatum").
    /// Hand-written for this recognizer (no external source).
    private static let linkWords: WordHashSet = WordHash.table("""
        is was my his her their the ist war mein meine sein seine ihr ihre das der est était ma mon sa son la le es era
        mi su è il mia mio é a o minha meu sua seu mijn zijn haar de het as als
        """)

    /// The start of up to three ``linkWords`` (and an opening bracket or a dash) that end right before `cueStart`,
    /// or `cueStart` itself when none do.
    private static func linkStart(_ text: ScannedText, _ cueStart: Int) -> Int {
        let v = text.values
        var start = cueStart
        var j = cueStart
        for _ in 0..<3 {
            var e = j
            while e > 0, v[e - 1] == 32 { e -= 1 }
            var s = e
            while s > 0, ScalarClass.isLetter(v[s - 1]) { s -= 1 }
            guard s < e, e - s <= 6, linkWords.contains(WordHash.of(text.folded, s, e)) else { break }
            start = s
            j = s
        }
        var k = start
        while k > 0, start - k < 3, v[k - 1] == 32 || v[k - 1] == 40 || v[k - 1] == 45 || v[k - 1] == 0x2013 { k -= 1 }
        return k < start && (k..<start).contains(where: { v[$0] == 40 || v[$0] == 45 || v[$0] == 0x2013 }) ? k : start
    }

    /// A date ending just before a trailing cue ("am 26.10.1976 geboren", "am 5. Mai 1980 geboren"), also across
    /// linking words or a bracket ("14/03/1987 is my date of birth", "02.05.1961 (Geburtsdatum)").
    static func dateBefore(_ text: ScannedText, _ cueStart: Int) -> (Int, Int)? {
        let v = text.values
        let linked = linkStart(text, cueStart)
        var j = linked - 1
        while j >= 0, linked - j <= 2, v[j] == 32 || v[j] == 44 { j -= 1 }
        guard j >= 0, ScalarClass.isDigit(v[j]) else { return nil }
        let end = j + 1
        // Earliest start first, so the longest date wins ("5. Mai 1980", not "1980").
        var start = max(0, end - 20)
        while start <= j {
            if ScalarClass.isDigit(v[start]), text.isWordStart(start), let (s, e) = date(in: text, after: start), s == start, e == end {
                return (s, e)
            }
            start += 1
        }
        return nil
    }

    /// A date right after the colon that ends a longer label ("Date de naissance du titulaire (pour
    /// vérification) : 5 octobre 1991"): up to 64 scalars of words and brackets, no digit, comma, line or
    /// sentence end and no other date word ("birthday present for my son and delivery date: …" is a
    /// delivery date), then `:` and the date.
    static func dateAfterLabel(_ text: ScannedText, _ position: Int) -> (Int, Int)? {
        let v = text.values
        var j = position
        while j < text.count, j - position < 64 {
            let c = v[j]
            if ScalarClass.isLetter(c), text.isWordStart(j) {
                var e = j
                while e < text.count, ScalarClass.isLetter(v[e]) { e += 1 }
                if dateWords.contains(Array(text.folded[j..<e])) { return nil }
                j = e
                continue
            }
            if c == 58 {
                var k = j + 1
                while k < text.count, v[k] == 32 || v[k] == 0xA0 { k += 1 }
                guard let (s, e) = date(in: text, after: k), s == k else { return nil }
                return (s, e)
            }
            if ScalarClass.isDigit(c) || c == 10 || c == 46 || c == 33 || c == 63 || c == 59 || c == 44 { return nil }
            j += 1
        }
        return nil
    }

    /// Skips spaces and one speaker or field label ("Cliente: ", "A: ") at the start of a line.
    private static func skipLabel(_ text: ScannedText, _ position: Int) -> Int {
        let v = text.values
        var j = position
        while j < text.count, v[j] == 32 { j += 1 }
        var e = j
        while e < text.count, e - j < 20, ScalarClass.isLetter(v[e]) { e += 1 }
        guard e > j, e < text.count, v[e] == 58 else { return j }
        e += 1
        while e < text.count, v[e] == 32 { e += 1 }
        return e
    }

    /// Whether `v[position..<lineEnd]` holds no digit and ends in `?` (spaces aside): the cue's question goes on
    /// a few words ("… Geburtsdatum nennen?") before the answer line.
    private static func closesQuestion(_ v: [UInt32], _ position: Int, _ lineEnd: Int) -> Bool {
        var k = lineEnd
        while k > position, v[k - 1] == 32 || v[k - 1] == 13 { k -= 1 }
        guard k > position, v[k - 1] == 63 else { return false }
        return !(position..<k).contains { ScalarClass.isDigit(v[$0]) }
    }

    /// Locates the date following `position`, returning its span.
    static func date(in text: ScannedText, after position: Int) -> (Int, Int)? {
        let v = text.values
        let n = v.count
        var j = position
        // Find the first digit or letter-word start within the window.
        var start = -1
        var crossed = false
        while j < n, j - position < 24 {
            let c = v[j]
            if ScalarClass.isDigit(c) { start = j; break }
            if ScalarClass.isLetter(c), text.isWordStart(j) {
                var e = j
                while e < n, ScalarClass.isLetter(v[e]) { e += 1 }
                if isMonthWord(text, j, e) { start = j; break }
                j = e
                continue
            }
            if c == 10 {
                // The answer on the next line of a form or transcript ("date of birth?\nCustomer: 9 ottobre
                // 1973"): only when nothing but punctuation followed the cue, and a label may lead the line.
                // "Können Sie mir bitte Ihr Geburtsdatum nennen?\nKunde: 2.9.1990": or a question closed by a few words.
                guard !crossed, (position..<j).allSatisfy({ !ScalarClass.isWordChar(v[$0]) }) || closesQuestion(v, position, j) else { return nil }
                crossed = true
                j = skipLabel(text, j + 1)
                guard j < n else { return nil }
                if ScalarClass.isDigit(v[j]) { start = j; break }
                var e = j
                while e < n, ScalarClass.isLetter(v[e]) { e += 1 }
                guard e > j, isMonthWord(text, j, e) else { return nil }
                start = j
                break
            }
            j += 1
        }
        guard start >= 0 else { return nil }
        // Read tokens: digit groups, month words, short connector words, separators.
        var k = start
        var end = -1
        var numbers = 0
        var sawMonthWord = false
        var tokens = 0
        var yearFirst = false
        while k < n, tokens < 9 {
            let c = v[k]
            if ScalarClass.isDigit(c) {
                var e = k
                while e < n, ScalarClass.isDigit(v[e]) { e += 1 }
                let length = e - k
                guard length <= 4 else { break }
                numbers += 1
                tokens += 1
                k = e
                if length == 4 {
                    let continues = numbers == 1 && k + 1 < n && (v[k] == 45 || v[k] == 47 || v[k] == 46) && ScalarClass.isDigit(v[k + 1])
                    if continues { yearFirst = true } else { end = e; break }
                }
                if numbers == 3, !yearFirst, !sawMonthWord {
                    // "Version 7.2.5" after a birth cue: a year has two or four digits.
                    if length == 2 { end = e }
                    break
                }
                if yearFirst && numbers == 3 { end = e; break }
                // A two-digit year after a day and a month word ("14 Mar 87", "3 de mayo de 91"), not a time.
                if length == 2, numbers == 2, sawMonthWord, !yearFirst, k >= n || v[k] != 58 && v[k] != 46 && v[k] != 104 {
                    end = e
                    break
                }
                if (k < n && (v[k] == 46 || v[k] == 47 || v[k] == 45)), k + 1 < n, ScalarClass.isDigit(v[k + 1]) || ScalarClass.isLetter(v[k + 1]) || v[k + 1] == 32 {
                    k += 1
                }
                // Ordinal suffixes: 1st, 2nd, 3rd, 4th, 1er, 1º.
                while k < n, k - e < 2, ScalarClass.isASCIILower(v[k]) || v[k] == 0xBA || v[k] == 0xAA { k += 1 }
                if k < n, v[k] == 46 { k += 1 }
            } else if ScalarClass.isLetter(c) {
                var e = k
                while e < n, ScalarClass.isLetter(v[e]) { e += 1 }
                if isMonthWord(text, k, e) {
                    sawMonthWord = true
                } else if !isConnector(text, k, e) {
                    break
                }
                tokens += 1
                k = e
                if k < n, v[k] == 46 { k += 1 }
            } else if c == 32 || c == 44 || c == 0xA0 {
                k += 1
            } else if c == 39 || c == 0x2019, sawMonthWord, k + 2 < n, ScalarClass.isDigit(v[k + 1]), ScalarClass.isDigit(v[k + 2]),
                      k + 3 == n || !ScalarClass.isWordChar(v[k + 3]) {
                // A year written with an apostrophe after a month word ("11th Feb '82").
                end = k + 3
                break
            } else {
                break
            }
        }
        guard end > start, numbers >= 2 || (numbers >= 1 && sawMonthWord) else { return nil }
        return (start, end)
    }

    /// Words for a date or day in the seven languages: another date label between a birth cue and a colon.
    private static let dateWords: Set<[UInt32]> = Set(
        "date dates datum fecha data día dia day tag jour giorno dag delivery livraison lieferung entrega consegna levering"
            .split(separator: " ").map { [UInt32](scalarsOf: String($0)) })

    private static let connectors: Set<[UInt32]> = Set(["de", "of", "the", "del", "di", "the", "d", "van"].map { [UInt32](scalarsOf: $0) })

    private static func isConnector(_ text: ScannedText, _ start: Int, _ end: Int) -> Bool {
        connectors.contains(Array(text.folded[start..<end]))
    }

    /// Month names and 3-letter abbreviations in the supported languages.
    private static let months: Set<[UInt32]> = {
        let names = [
            "january february march april may june july august september october november december",
            "jan feb mar apr jun jul aug sep sept oct nov dec",
            "enero febrero marzo abril mayo junio julio agosto septiembre setiembre octubre noviembre diciembre",
            "ene abr ago dic",
            "janvier février fevrier mars avril mai juin juillet août aout septembre octobre novembre décembre decembre",
            "janv févr avr juil déc",
            "januar februar märz maerz april mai juni juli august september oktober november dezember jän jänner mär okt dez",
            "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre",
            "gen mag giu lug ott",
            "janeiro fevereiro março marco abril maio junho julho agosto setembro outubro novembro dezembro",
            "fev out",
            "januari februari maart april mei juni juli augustus september oktober november december mrt",
            "januari februari mars april maj juni juli augusti september oktober november december",
            "января февраля марта апреля мая июня июля августа сентября октября ноября декабря",
        ]
        return Set(names.flatMap { $0.split(separator: " ") }.map { [UInt32](scalarsOf: String($0)) })
    }()

    static func isMonthWord(_ text: ScannedText, _ start: Int, _ end: Int) -> Bool {
        end - start <= 10 && months.contains(Array(text.folded[start..<end]))
    }
}
