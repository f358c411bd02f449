/// Finds dates of birth that their cue announces from further away than ``DateOfBirthRecognizer``'s window: a date
/// stated with a copula later in the text ("ma date de naissance à chaque appel... c'est le 23/02/1968", "a data de
/// nascimento está errada. O correto é 4 de março de 1979"), and a relative's date right after their name ("Y el de
/// mi hija Irene, 03/05/2015", "onze zoon Jayden Pinas (11-09-2008)").
///
/// Both take only full dates with a four-digit year. The stated form needs a copula (``copulas``) right before the date
/// (an article may stand between), a year from 1900 to 2015 (as ``DateOfBirthRecognizer/birthYear(_:_:)``), no digit,
/// line break or other date noun ("Vertragsende", "date de livraison", "order") between the cue and the date, at most
/// ``window`` scalars, and, past a sentence end, a new sentence that opens with the statement (at most two words before
/// the copula: "c'est le …", "O correto é …"); a birthday cue states no date of birth. The relative's form takes only
/// family words (``notFamily`` excluded), a year from 1900 to 2020, and a date that closes its bracket or clause.
enum StatedBirthDate {
    /// Scalars after a birth cue searched for a stated date.
    static let window = 120

    /// The span of a full date stated with a copula after the birth cue ending at `cueEnd`, or nil.
    static func after(_ text: ScannedText, cueStart: Int, cueEnd: Int) -> (Int, Int)? {
        let v = text.values
        // "Geburtstag", "birthday": an occasion, not a date of birth being stated.
        var w = cueEnd
        while w > cueStart, ScalarClass.isLetter(v[w - 1]) { w -= 1 }
        if occasions.contains(WordHash.of(text.folded, w, cueEnd)) { return nil }
        var j = cueEnd
        var recent: [Int] = []  // starts of the words read so far (in the current sentence)
        var sentences = 0
        while j < v.count, j - cueEnd < window {
            let c = v[j]
            if c == 10 || c == 13 { return nil }
            // A new sentence may only state the date itself: "... c'est le …", ". O correto é …".
            if c == 46 || c == 33 || c == 63 || c == 59 || c == 0x2026 {
                if !recent.isEmpty { sentences += 1 }
                recent.removeAll()
                j += 1
                continue
            }
            if ScalarClass.isLetter(c), sentences > 0, recent.count >= 3 { return nil }
            // Another date noun between cue and value: "…, das Vertragsende ist der 31.12.2015", "la date de livraison".
            if ScalarClass.isLetter(c), endsWithDateNoun(text, j, LexiconPersonRecognizer.wordEnd(v, j)) { return nil }
            if ScalarClass.isDigit(c) || ScalarClass.isLetter(c) && DateOfBirthRecognizer.isMonthWord(text, j, LexiconPersonRecognizer.wordEnd(v, j)) && !recent.isEmpty {
                // The copula, then at most an article: "c'est le 23/02/1968", "O correto é 4 de março de 1979"; not
                // "the order was on 12/03/2024", "die Rechnung ist vom 03.04.2024".
                var k = recent.count - 1
                if k > 0, articles.contains(WordHash.of(text.folded, recent[k], LexiconPersonRecognizer.wordEnd(v, recent[k]))) { k -= 1 }
                guard k >= 0, copulas.contains(WordHash.of(text.folded, recent[k], LexiconPersonRecognizer.wordEnd(v, recent[k]))),
                      let (s, e) = DateOfBirthRecognizer.date(in: text, after: j), s == j,
                      let year = year(v, s, e), (1900...2015).contains(year) else { return nil }
                return (s, e)
            }
            if ScalarClass.isLetter(c) {
                recent.append(j)
                j = LexiconPersonRecognizer.wordEnd(v, j)
                continue
            }
            j += 1
        }
        return nil
    }

    /// Appends a ``EntityType/dateOfBirth`` candidate for a full date right after a relative's name ("mi hija Irene,
    /// 03/05/2015", "onze zoon Jayden Pinas (11-09-2008)").
    static func scanRelatives(_ context: ScanContext, into candidates: inout [Candidate]) {
        let text = context.text
        let v = text.values
        for hit in context.cues where hit.kind == .kinRole && kinship.contains(WordHash.of(text.folded, hit.start, hit.end))
            && !notFamily.contains(WordHash.of(text.folded, hit.start, hit.end)) {
            var j = hit.end
            guard j < v.count, v[j] == 32 else { continue }
            j += 1
            // One to three capitalised words of the name.
            var words = 0
            while words < 3, j < v.count, ScalarClass.isUpper(v[j]) {
                j = LexiconPersonRecognizer.wordEnd(v, j)
                words += 1
                if j + 1 < v.count, v[j] == 32, ScalarClass.isUpper(v[j + 1]) { j += 1 }
            }
            guard words > 0, j + 2 < v.count, v[j] == 44 && v[j + 1] == 32 || v[j] == 32 && v[j + 1] == 40 else { continue }
            let start = j + 2
            guard start < v.count, ScalarClass.isDigit(v[start]), let (s, e) = DateOfBirthRecognizer.date(in: text, after: start),
                  s == start, let year = year(v, s, e), (1900...2020).contains(year) else { continue }
            // The date closes its bracket or clause: "(11-09-2008)", "Irene, 03/05/2015." (not "14/07/2024 at 10:00").
            let parenthesis = v[start - 1] == 40
            guard e == v.count || (parenthesis ? v[e] == 41 : [44, 46, 59, 10, 41].contains(v[e]) && !(e + 1 < v.count && ScalarClass.isDigit(v[e + 1]))) else { continue }
            candidates.append(Candidate(type: .dateOfBirth, start: s, end: e))
        }
    }

    /// Whether the word `s..<e` is or ends with a date noun ("date", "Vertragsende", "Lieferdatum", "fecha", "data").
    private static func endsWithDateNoun(_ text: ScannedText, _ s: Int, _ e: Int) -> Bool {
        let w = Array(text.folded[s..<e])
        return dateNounEndings.contains { w.count >= $0.count && Array(w.suffix($0.count)) == $0 }
    }

    /// Endings of date nouns in the seven languages. Hand-written (own list).
    private static let dateNounEndings: [[UInt32]] = ["date", "datum", "beginn", "ende", "fecha", "data", "dato", "day",
                                                      "order", "invoice", "rechnung", "facture", "factura", "fattura",
                                                      "fatura", "factuur"].map { Array($0.unicodeScalars.map(\.value)) }

    /// Occasions named with a birth word: a birthday is no date of birth stated. Hand-written.
    private static let occasions: WordHashSet = WordHash.table("""
        birthday birthdays geburtstag geburtstags anniversaire cumpleaños cumpleanos compleanno aniversário aniversario \
        verjaardag
        """)

    /// Whether `s..<e` holds a run of four digits (a full year).
    private static func hasYear(_ v: [UInt32], _ s: Int, _ e: Int) -> Bool { year(v, s, e) != nil }

    /// The first run of exactly four digits in `s..<e` (the year of a full date), or nil.
    private static func year(_ v: [UInt32], _ s: Int, _ e: Int) -> Int? {
        var k = s
        while k < e {
            guard ScalarClass.isDigit(v[k]) else { k += 1; continue }
            var r = k
            var value = 0
            while r < e, ScalarClass.isDigit(v[r]) { value = value * 10 + Int(v[r] - 48); r += 1 }
            if r - k == 4 { return value }
            k = r
        }
        return nil
    }

    /// Articles between a copula and its date ("c'est le", "es el", "ist der"). Hand-written.
    private static let articles: WordHashSet = WordHash.table("le la el the o a il der den het de")

    /// Copulas before a stated value in the seven languages ("c'est", "es", "è", "é", "is", "ist", "correct").
    /// Hand-written (own list).
    private static let copulas: WordHashSet = WordHash.table("""
        c'est est is es è é ist era was war lautet correct correcto correcta corretto corretta correto correta juist \
        richtig korrekt sería será seria sarebbe
        """)

    /// Kinship words of ``KinRoleLexicon`` that name no family member (neighbours, flatmates, partners): their dates
    /// are handovers and bookings. Hand-written.
    private static let notFamily: WordHashSet = WordHash.table("""
        neighbour neighbor nachbar nachbarin nachbarn voisin voisine vecino vecina buurman buurvrouw vizinho vizinha \
        flatmate roommate girlfriend boyfriend novio novia fidanzato fidanzata namorado namorada
        """)

    /// Kinship words of ``KinRoleLexicon`` (no trade roles): a relative's date follows their name.
    private static let kinship: WordHashSet = WordHash.table(KinRoleLexicon.kinship)
}
