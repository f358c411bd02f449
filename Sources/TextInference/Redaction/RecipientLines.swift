/// Finds the recipient's name on the line right above a street address ("Ship to:\nMei-Ling Cho\n88 Kingsway Drive",
/// "Adresse :\nMme Awa N'Diaye\n41 boulevard de la Liberté"), whether or not its words are listed names.
///
/// Postal convention puts the addressee on the line above the street. The line counts when it holds two to four
/// capitalised words (surname particles between them allowed, one courtesy title before them allowed), no digit and
/// no punctuation but hyphens, apostrophes and a closing comma, none of them an everyday or company word and not all
/// of them places; and when it opens the text or follows a blank line or a line ending in `:` or `,` (a label such as
/// "Deliver to:" or a closing such as "Regards,"). Company and warehouse lines ("SARL Boulangerie Martin", "Praxis am
/// Markt", "Magazzino Centrale") fail the word checks; ``BusinessNames`` still runs after this.
enum RecipientLines {
    /// Courtesy titles that may open the line, folded, without their dot. Hand-written (own list).
    private static let titles: WordHashSet = WordHash.table("mr mrs ms miss dr herr frau m mme mlle sr sra srta dott sig dhr mevr")

    /// Company and organisation words that make the line no person's. Hand-written (own list).
    private static let companyWords: WordHashSet = WordHash.table("""
        sarl sas gmbh ag kg bv nv ltd llc inc srl spa sl sa lda plc praxis cabinet studio kanzlei clinic klinik \
        magazzino almacén almacen retourcentrum retour returns warehouse lager entrepôt entrepot armazém armazem depot \
        stadtwerke widgets
        clínica clinica hotel restaurant bakery boulangerie farmacia pharmacie apotheke apotheek farmácia school \
        école escuela scuola school university universität université universidad università office büro bureau \
        oficina ufficio kantoor escritório department abteilung service services team group gruppe groupe
        """)

    /// Appends a ``EntityType/person`` candidate for each recipient line above an address candidate.
    static func scan(_ text: ScannedText, candidates: inout [Candidate]) {
        guard text.triggers.hasNewline else { return }
        let v = text.values
        var found: [Candidate] = []
        for address in candidates where address.type == .address && address.start >= 3 && v[address.start - 1] == 10 {
            var le = address.start - 1
            if le > 0, v[le - 1] == 13 { le -= 1 }
            var ls = le
            while ls > 0, v[ls - 1] != 10 { ls -= 1 }
            guard le - ls >= 4, le - ls <= 48, opensBlock(v, before: ls),
                  let name = name(text, ls, le),
                  !candidates.contains(where: { $0.start < name.end && name.start < $0.end }) else { continue }
            found.append(Candidate(type: .person, start: name.start, end: name.end))
        }
        candidates += found
    }

    /// Whether the line starting at `ls` opens the text or follows a blank line or a line ending in `:` or `,`.
    private static func opensBlock(_ v: [UInt32], before ls: Int) -> Bool {
        guard ls > 0 else { return true }
        var k = ls - 1
        while k > 0, v[k - 1] == 32 || v[k - 1] == 13 || v[k - 1] == 9 { k -= 1 }
        guard k > 0 else { return true }
        let c = v[k - 1]
        return c == 10 || c == 58 || c == 44
    }

    /// The name span of the line `ls..<le`, or nil when the line is no recipient name.
    private static func name(_ text: ScannedText, _ ls: Int, _ le: Int) -> (start: Int, end: Int)? {
        let v = text.values
        var j = ls
        while j < le, v[j] == 32 || v[j] == 9 { j += 1 }
        var lineEnd = le
        while lineEnd > j, v[lineEnd - 1] == 32 || v[lineEnd - 1] == 9 || v[lineEnd - 1] == 44 { lineEnd -= 1 }
        // One courtesy title before the name.
        let first = LexiconPersonRecognizer.wordEnd(v, j)
        if first > j, titles.contains(WordHash.of(text.folded, j, first)) {
            var k = first
            if k < lineEnd, v[k] == 46 { k += 1 }
            if k < lineEnd, v[k] == 32 { j = k + 1 }
        }
        let start = j
        var capitalised = 0
        var words = 0
        var lastCapitalised = false
        var places = 0
        while j < lineEnd {
            let e = LexiconPersonRecognizer.wordEnd(v, j)
            guard e > j, e - j <= 20 else { return nil }
            let h = WordHash.of(text.folded, j, e)
            if ScalarClass.isUpper(v[j]) {
                guard e - j >= 2, !LexiconPersonRecognizer.nonNames.contains(h), !companyWords.contains(h), !LexiconPersonRecognizer.allCaps(v, j, e) || capitalised > 0 else { return nil }
                capitalised += 1
                if LexiconPersonRecognizer.places.contains(h) { places += 1 }
                lastCapitalised = true
            } else if !(capitalised > 0 && LexiconPersonRecognizer.particles.contains(h)) {
                return nil
            } else {
                lastCapitalised = false
            }
            words += 1
            guard words <= 4 else { return nil }
            if e == lineEnd { break }
            guard v[e] == 32, e + 1 < lineEnd else { return nil }
            j = e + 1
        }
        guard capitalised >= 2, lastCapitalised, places < capitalised else { return nil }
        return (start, lineEnd)
    }
}
