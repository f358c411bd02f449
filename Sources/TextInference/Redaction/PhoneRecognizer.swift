/// Finds telephone numbers in international (`+CC`, `00CC`) and national formats.
///
/// A run of digit groups joined by short separator sequences (space, dash, dot, slash,
/// parentheses) is read once; then slices of whole groups are validated against
/// ``PhoneNumberPlan``: country-code tables with national lengths and leading-digit rules,
/// North American NXX rules, and trunk-prefix (`0…`) national forms. Unformatted digit
/// strings need a phone cue nearby, so order numbers and IDs are not taken for phones.
enum PhoneRecognizer {
    /// Upper bound on groups read per run, which keeps slice enumeration constant-time.
    private static let maxGroups = 10

    /// Appends a ``EntityType/phone`` candidate for every phone number in `context`.
    static func scan(_ context: ScanContext, into candidates: inout [Candidate]) {
        let v = context.text.values
        let n = v.count
        var i = 0
        while i < n {
            let c = v[i]
            let startsNumber = ScalarClass.isDigit(c)
                || ((c == 43 || c == 40) && i + 1 < n && ScalarClass.isDigit(v[i + 1]))
                || (c == 40 && i + 2 < n && v[i + 1] == 43 && ScalarClass.isDigit(v[i + 2]))
            guard startsNumber, isLeftBoundary(v, i) else { i += 1; continue }
            // "FR45 4917 3729 0094 4137 1029 573": the groups of an IBAN (valid or not) hold no phone number.
            if startsInsideIBANShape(v, i) { i += 1; continue }
            // "tracking 1Z 999 AA1 01 2345 6784": digit groups that continue an announced code (or a "1Z" one).
            if continuesReferencedCode(context, i) { i = endOfDigitGroups(v, from: i); continue }
            // A lone run of fewer than 7 digits (no separator and digit after it) is no phone number:
            // skip it as ``PhoneRun`` would read it, without building the run.
            if ScalarClass.isDigit(c) {
                var digits = 0
                while i + digits < n, digits < 7, ScalarClass.isDigit(v[i + digits]) { digits += 1 }
                if digits < 7, !continuesRun(v, after: i + digits) {
                    i += digits
                    continue
                }
            }
            let run = PhoneRun.read(v, from: i, maxGroups: maxGroups)
            guard run.count > 0 else { i += 1; continue }
            var next = run.ends[run.count - 1]
            // "4259 0975 2500 4791": four groups of four digits are a card number's shape. A valid one is
            // the card recognizer's; an invalid one (failed Luhn, unknown issuer) is a hard negative by
            // policy (issue 4 lists invalid-Luhn numbers as not PII), so it yields no phone either.
            if isCardShaped(run, v) {
                i = max(next, i + 1)
                continue
            }
            var first = 0
            var matchedAny = false
            while first < run.count {
                if first > 0, !run.separatorAllowsSplit(before: first) { first += 1; continue }
                var last = run.count - 1
                var matched = false
                while last >= first {
                    if last < run.count - 1, !run.separatorAllowsSplit(before: last + 1) { last -= 1; continue }
                    if run.isRightBoundaryValid(v, afterGroup: last), accept(run, first, last, context) {
                        let start = run.spanStart(group: first)
                        candidates.append(Candidate(type: .phone, start: start, end: extensionEnd(v, run.ends[last])))
                        matched = true
                        matchedAny = true
                        first = last + 1
                        break
                    }
                    last -= 1
                }
                if !matched { first += 1 }
            }
            if !matchedAny, run.count == 1 { next = max(next, i + 1) }
            i = max(next, i + 1)
        }
        SpelledPhoneRecognizer.scan(context, into: &candidates)
    }

    /// Whether the digit group at `i` follows, across single spaces and groups of four capital letters or
    /// digits, an IBAN's head: an IBAN country's two capital letters and two check digits at a word start,
    /// then a group of four ("FR45 4917 3729 …", "IT72 D114 0502 …", "NL30 TRIO 0349 …"). The groups of
    /// an IBAN-shaped string hold no phone number whether its checksum holds or not.
    static func startsInsideIBANShape(_ v: [UInt32], _ i: Int) -> Bool {
        var p = i
        for _ in 0..<8 {
            guard p >= 5, v[p - 1] == 32 else { return false }
            let g = p - 5
            guard (g..<g + 4).allSatisfy({ isIBANGroupScalar(v[$0]) }) else { return false }
            if ScalarClass.isASCIIUpper(v[g]), ScalarClass.isASCIIUpper(v[g + 1]),
               ScalarClass.isDigit(v[g + 2]), ScalarClass.isDigit(v[g + 3]) {
                // An IBAN country and a first group of exactly four: "Wimbledon SW19 07700 900123" is a
                // postcode and a phone number.
                guard IBANRegistry.length(v[g], v[g + 1]) != nil, g + 9 <= v.count,
                      (g + 5..<g + 9).allSatisfy({ isIBANGroupScalar(v[$0]) }),
                      g + 9 == v.count || !ScalarClass.isWordChar(v[g + 9]) else { return false }
                return g == 0 || !ScalarClass.isWordChar(v[g - 1])
            }
            p = g
        }
        return false
    }

    /// A capital ASCII letter or a digit: what the printed groups of an IBAN hold.
    private static func isIBANGroupScalar(_ c: UInt32) -> Bool {
        ScalarClass.isDigit(c) || ScalarClass.isASCIIUpper(c)
    }

    /// Whether the number at `i` continues a code that a reference cue announced ("tracking 1Z 999 AA1 01
    /// 2345 6784", "il pacco BRT 0800 4412 9931"): words of capital letters and digits joined by single
    /// spaces, the first right after the cue. "London SW1A 2AA 020 7946 0958" has no cue and keeps its phone.
    private static func continuesReferencedCode(_ context: ScanContext, _ i: Int) -> Bool {
        let v = context.text.values
        var start = i
        var words = 0
        while words < 6, start >= 2, v[start - 1] == 32, isIBANGroupScalar(v[start - 2]) {
            var k = start - 2
            while k > 0, isIBANGroupScalar(v[k - 1]) { k -= 1 }
            // Only whole words: "Paket 0151 …" is a capitalised word, not a code.
            guard k == 0 || !ScalarClass.isWordChar(v[k - 1]) else { break }
            start = k
            words += 1
        }
        guard words > 0 else { return false }
        // "shipment was 1Z 4E8 19A 03 5512 8830": a UPS tracking number's "1Z" prefix announces the code itself.
        if v[start] == 49, start + 1 < v.count, v[start + 1] == 90 || v[start + 1] == 122 { return true }
        return context.cues.hasCue(.reference, before: start, within: 3)
    }

    /// Stems of phone words inside a number label ("Tel.-Nr.", "Telefonnummer", "Handy-Nr.", "Rufnummer",
    /// "telefoonnummer", "Kontaktnummer"); hand-written for this recognizer (own list).
    private static let phoneLabelStems: [[UInt32]] = [
        "tel", "phon", "fon", "handy", "mobil", "ruf", "fax", "kontakt", "contact", "notfall", "durchwahl", "festnetz",
        "whatsapp", "sms", "cell", "gsm", "portable", "móvil", "movil", "celular", "cellulare", "telemóvel", "nummer",
        // Callback and reachability compounds ("terugbelnummer", "bereikbaarheidsnummer", "Erreichbarkeitsnummer").
        "terugbel", "bereik", "erreich",
    ].map { [UInt32](scalarsOf: $0) }
    /// Words that open a label for a code ("Codice mensa:", "Código cliente:", "Code membre :"); hand-written (own list).
    private static let codeLabelWords: WordHashSet = WordHash.table("codice código codigo code kode")

    /// Whether the label that ends right before `start` (after at most a colon, a dot and spaces) names another kind
    /// of number: a compound ending in "-Nr." or "-nummer" with no phone stem before it ("Karten-Nr.",
    /// "Mitgliedsnummer", "Vertrags-Nr.", "lidnummer"), or one or two words opened by a code word ("Codice mensa:",
    /// "Código cliente:").
    private static func labelNamesOtherNumber(_ text: ScannedText, _ start: Int) -> Bool {
        let v = text.values
        var k = start
        var skipped = 0
        while k > 0, skipped < 3, v[k - 1] == 32 || v[k - 1] == 58 || v[k - 1] == 46 || v[k - 1] == 0xA0 { k -= 1; skipped += 1 }
        guard k > 0, k < start, ScalarClass.isLetter(v[k - 1]) else { return false }
        // The label word: letters with inner hyphens and dots ("Karten-Nr", "Tel.-Nr").
        var s = k
        while s > 0, k - s < 40, ScalarClass.isLetter(v[s - 1]) || ((v[s - 1] == 45 || v[s - 1] == 46) && s >= 2 && ScalarClass.isLetter(v[s - 2])) {
            s -= 1
        }
        let f = text.folded
        let word = Array(f[s..<k])
        let endsNr = word.count >= 5 && word.suffix(2) == [110, 114]  // …nr
        let endsNummer = word.count >= 9 && Array(word.suffix(6)) == [UInt32](scalarsOf: "nummer")
        if endsNr || endsNummer {
            let prefix = Array(word.prefix(word.count - (endsNr ? 2 : 6)))
            guard prefix.count >= 3 else { return false }
            for stem in phoneLabelStems where stem.count <= prefix.count {
                for i in 0...(prefix.count - stem.count) where Array(prefix[i..<(i + stem.count)]) == stem { return false }
            }
            return true
        }
        // "Codice mensa:", "Código cliente:": only after a colon.
        guard (k..<start).contains(where: { v[$0] == 58 }) else { return false }
        if codeLabelWords.contains(WordHash.of(f, s, k)) { return true }
        guard s >= 2, v[s - 1] == 32, ScalarClass.isLetter(v[s - 2]) else { return false }
        var p = s - 1
        while p > 0, ScalarClass.isLetter(v[p - 1]) { p -= 1 }
        return codeLabelWords.contains(WordHash.of(f, p, s - 1))
    }

    /// The end of the digit groups joined by single spaces that start at `i` (at least `i + 1`).
    private static func endOfDigitGroups(_ v: [UInt32], from i: Int) -> Int {
        var k = i
        while k < v.count {
            if ScalarClass.isDigit(v[k]) {
                k += 1
            } else if v[k] == 32, k + 1 < v.count, ScalarClass.isDigit(v[k + 1]) {
                k += 1
            } else {
                break
            }
        }
        return max(k, i + 1)
    }

    /// Whether `run` is exactly four groups of four digits joined by one space or one hyphen each,
    /// without `+` or parentheses, and no digit group follows: the printed shape of a 16-digit card number.
    private static func isCardShaped(_ run: PhoneRun, _ v: [UInt32]) -> Bool {
        if isFifteenOrFourteenDigitCardShaped(run, v) { return true }
        guard run.count == 4, !run.hasPlus, run.openerOffset == nil else { return false }
        // "0049 3012 3456 7890": a 00 international prefix starts no card number (no IIN starts with 00).
        if run.values[0].count >= 2, run.values[0][0] == 0, run.values[0][1] == 0 { return false }
        var separator: UInt32 = 0
        for k in 0..<4 {
            guard run.values[k].count == 4, !run.parenthesized[k] else { return false }
            if k > 0 {
                guard run.starts[k] == run.ends[k - 1] + 1 else { return false }
                let c = v[run.ends[k - 1]]
                guard c == 32 || c == 45, separator == 0 || c == separator else { return false }
                separator = c
            }
        }
        return !continuesRun(v, after: run.ends[3])
    }

    /// Whether `run` is printed like an American Express (4-6-5, starting 34 or 37) or Diners Club (4-6-4,
    /// starting 30, 36, 38 or 39) number: three groups joined by one space or hyphen each, nothing after.
    /// Valid or not, such a number holds no phone ("Il numero nel vostro SMS, 3788 994438 89332").
    private static func isFifteenOrFourteenDigitCardShaped(_ run: PhoneRun, _ v: [UInt32]) -> Bool {
        guard run.count == 3, !run.hasPlus, run.openerOffset == nil, !run.parenthesized.contains(true),
              run.values[0].count == 4, run.values[1].count == 6 else { return false }
        let lead = Int(run.values[0][0]) * 10 + Int(run.values[0][1])
        let amex = run.values[2].count == 5 && (lead == 34 || lead == 37)
        let diners = run.values[2].count == 4 && [30, 36, 38, 39].contains(lead)
        guard amex || diners else { return false }
        for k in 1..<3 {
            guard run.starts[k] == run.ends[k - 1] + 1, v[run.ends[k - 1]] == 32 || v[run.ends[k - 1]] == 45 else { return false }
        }
        return !continuesRun(v, after: run.ends[2])
    }

    /// Whether ``PhoneRun`` reads another group after a group ending at `j`: up to three
    /// separators, at least one, then a digit or `(` and a digit.
    private static func continuesRun(_ v: [UInt32], after j: Int) -> Bool {
        let n = v.count
        var k = j
        while k < n, k - j < 3, v[k] == 32 || v[k] == 45 || v[k] == 46 || v[k] == 47 || v[k] == 0xA0 || v[k] == 0x2011 || v[k] == 0x2013 {
            k += 1
        }
        guard k > j, k < n else { return false }
        return ScalarClass.isDigit(v[k]) || (v[k] == 40 && k + 1 < n && ScalarClass.isDigit(v[k + 1]))
    }

    /// The group lengths of a number with one-digit groups as the plan reads them (`lengths` of the slice
    /// starting at group `first`, whose digits are `digits`): a one-digit group joins its neighbour in three
    /// printed conventions, and stays (so the plan rejects the grouping) otherwise.
    /// - Brazilian mobiles print the leading 9 apart: "(71) 9 5555-3012" is 2-1-4-4 with an 11-digit total.
    /// - The old DIN 5008 grouping pairs the subscriber number from the right, so it may open with one digit:
    ///   "02762 / 5 55 90" is a trunk-prefixed area code of 3–5 digits, then 1, then pairs only.
    /// - DIN 5008 writes a company's extension after a hyphen ("0711 / 22 94 81 - 0", "030 1234567-12"): a
    ///   trunk-prefixed number whose last group, after a `-`, has one digit.
    private static func mergingOneDigitGroups(_ lengths: [Int], _ digits: [UInt8], _ run: PhoneRun, _ first: Int,
                                              _ v: [UInt32]) -> [Int] {
        var merged = lengths
        let count = lengths.count
        if count == 4, lengths == [2, 1, 4, 4], digits[2] == 9, digits[0] != 0 {
            return [2, 5, 4]
        }
        guard digits[0] == 0, digits.count >= 2, digits[1] != 0, (3...5).contains(lengths[0]) else { return lengths }
        if count >= 3, lengths[1] == 1, lengths.dropFirst(2).allSatisfy({ $0 == 2 }) {
            merged[2] += 1
            merged.remove(at: 1)
            return merged
        }
        if count >= 3, lengths[count - 1] == 1, lengths.dropFirst().dropLast().allSatisfy({ $0 >= 2 }) {
            let k = first + count - 1
            if (run.ends[k - 1]..<run.starts[k]).contains(where: { v[$0] == 45 || v[$0] == 0x2011 || v[$0] == 0x2013 }) {
                merged[count - 2] += 1
                merged.removeLast()
            }
        }
        return merged
    }

    /// Words that announce an extension after a number, folded, in the seven languages: "ext.", "extension",
    /// "Durchwahl", "DW", "App." (Apparat), "poste", "extensión", "int." / "interno", "ramal", "toestel" /
    /// "tst.". Hand-written for this recognizer (no external source).
    private static let extensionWords: [[UInt32]] = [
        "extension", "extensión", "extensão", "ext", "durchwahl", "dw", "apparat", "app", "poste", "interno",
        "int", "ramal", "toestel", "tst",
    ].map { [UInt32](scalarsOf: $0) }

    /// The end of an extension word at `j` (a whole word from ``extensionWords``, an optional `.` or `:` and one
    /// space), or nil.
    private static func extensionWordEnd(_ v: [UInt32], _ j: Int) -> Int? {
        let n = v.count
        var e = j
        while e < n, e - j <= 10, ScalarClass.isLetter(v[e]) { e += 1 }
        guard e > j, e - j <= 10 else { return nil }
        let matches = extensionWords.contains { word in
            word.count == e - j && word.indices.allSatisfy { ScalarClass.fold(v[j + $0]) == word[$0] }
        }
        guard matches else { return nil }
        if e < n, v[e] == 46 || v[e] == 58 { e += 1 }
        if e < n, v[e] == 32 { e += 1 }
        return e
    }

    /// The end of an extension written right after a number ("x4587", " ext. 12", " ext 3", " poste 34",
    /// " int. 3", " Durchwahl 12", " ramal 220"), or `end`.
    static func extensionEnd(_ v: [UInt32], _ end: Int) -> Int {
        let n = v.count
        var j = end
        if j < n, v[j] == 32 { j += 1 }
        if j < n, v[j] == 120 || v[j] == 88 {
            j += 1
        } else if j < n, ScalarClass.isLetter(v[j]), let after = extensionWordEnd(v, j) {
            j = after
        } else {
            return end
        }
        let digitsStart = j
        while j < n, j - digitsStart < 6, ScalarClass.isDigit(v[j]) { j += 1 }
        guard j > digitsStart, j - digitsStart <= 5, j >= n || !ScalarClass.isWordChar(v[j]) else { return end }
        return j
    }

    /// Phone cues too generic to vouch for a short number on their own ("number", "nummer", "contact").
    private static let weakCues: Set<[UInt32]> = Set(["number", "número", "numero", "nummer", "contact", "call", "fax",
                                                      "chiamare", "ligar", "contactar", "bellen", "anrufen", "erreichen"]
        .map { [UInt32](scalarsOf: $0) })

    /// Whether an explicit phone cue ("phone", "tel.", "call me at", "telemóvel") ends at most 12 scalars
    /// before `position`, with only spaces, `:`, `.`, `#` or a short filler word between. A line break
    /// is allowed only when nothing but spaces and punctuation separates the two (a form's
    /// "Phone:" label with its value on the next line).
    private static func hasStrongCue(_ context: ScanContext, before position: Int) -> Bool {
        let text = context.text
        for hit in context.cues where hit.kind == .phone && hit.end <= position && position - hit.end <= 12 {
            guard !weakCues.contains(Array(text.folded[hit.start..<hit.end])) else { continue }
            var k = hit.end
            var letters = 0
            var lineBreaks = 0
            while k < position {
                let c = text.values[k]
                if ScalarClass.isLetter(c) { letters += 1 } else if ScalarClass.isDigit(c) { letters = 99 } else if c == 10 { lineBreaks += 1 }
                k += 1
            }
            if letters <= 4, lineBreaks == 0 || (lineBreaks == 1 && letters == 0) { return true }
        }
        return false
    }

    /// Line labels that follow a number in contact blocks ("28-64-66-98 office", "3660170548-Fax").
    private static let lineLabels: Set<[UInt32]> = Set([
        "office", "fax", "mobile", "cell", "home", "work", "phone", "tel", "büro", "mobil", "handy", "privat",
        "bureau", "portable", "domicile", "móvil", "movil", "oficina", "casa", "ufficio", "cellulare",
        "kantoor", "mobiel", "thuis", "celular", "telemóvel", "escritório",
    ].map { [UInt32](scalarsOf: $0) })

    /// Whether a line label follows `end` after at most a space, `-` or `(`, and ends the word.
    private static func hasLineLabel(_ context: ScanContext, after end: Int) -> Bool {
        let text = context.text
        let n = text.values.count
        var k = end
        if k < n, text.values[k] == 32 || text.values[k] == 45 || text.values[k] == 40 { k += 1 }
        let start = k
        while k < n, k - start <= 12, ScalarClass.isLetter(text.values[k]) { k += 1 }
        guard k > start, k - start <= 12, k >= n || !ScalarClass.isWordChar(text.values[k]) else { return false }
        return lineLabels.contains(Array(text.folded[start..<k]))
    }

    private static func isLeftBoundary(_ v: [UInt32], _ i: Int) -> Bool {
        guard i > 0 else { return true }
        let p = v[i - 1]
        if ScalarClass.isWordChar(p) || p == 43 || p == 36 || p == 0x20AC || p == 0xA3 { return false }
        // ",+353 87 …" in a pasted row: a comma glued to a `+` opens the next cell.
        if p == 44, v[i] == 43 { return true }
        if (p == 45 || p == 46 || p == 47 || p == 95 || p == 44 || p == 58 || p == 35), i > 1,
           ScalarClass.isWordChar(v[i - 2]) || v[i - 2] == 35 {
            return false
        }
        return !(p == 40 && i > 1 && ScalarClass.isWordChar(v[i - 2]))
    }

    private static func accept(_ run: PhoneRun, _ first: Int, _ last: Int, _ context: ScanContext) -> Bool {
        var digits: [UInt8] = []
        var lengths: [Int] = []
        for k in first...last {
            digits += run.values[k]
            lengths.append(run.values[k].count)
        }
        if lengths.dropFirst().contains(1) { lengths = mergingOneDigitGroups(lengths, digits, run, first, context.text.values) }
        let hasPlus = first == 0 && run.hasPlus
        // "Order 141-9803125", "ref. 0612345678": a number right after a reference cue is an identifier.
        if !hasPlus, context.cues.hasCue(.reference, before: run.spanStart(group: first), within: 3) { return false }
        // "Karten-Nr. 0171 5590 2231", "Codice mensa: 333 412 7781": a label naming another kind of number.
        if !hasPlus, labelNamesOtherNumber(context.text, run.spanStart(group: first)) { return false }
        let cue = context.cues.hasCue(.phone, before: run.spanStart(group: first), within: 40)
        let formatted = lengths.count >= 2
        var parenGroup = -1
        for k in first...last where run.parenthesized[k] { parenGroup = k - first }
        // "Phone: (37) 788-063", "tel 467 3395": a short local number right after an explicit phone cue.
        if !hasPlus, (7...12).contains(digits.count), digits[0] != 0,
           lengths.count == 1 || lengths.dropFirst().allSatisfy({ $0 >= 2 }),
           hasStrongCue(context, before: run.spanStart(group: first)) || hasLineLabel(context, after: run.ends[last]) {
            return true
        }
        // "it should be 555-0123 not 555 0132": a North American local number of the 555 exchange (the one fiction and
        // examples use; other 3 + 4 runs are ranges, hours and item codes: "open 900-1700") as a whole digit run, in a
        // sentence about a phone number, the cue up to 80 scalars back.
        if !hasPlus, lengths == [3, 4], digits[0] == 5, digits[1] == 5, digits[2] == 5, first == 0, last == run.values.count - 1,
           !itemWordBefore(context.text, run.spanStart(group: first)),
           context.cues.hasCue(.phone, before: run.spanStart(group: first), within: 80) {
            return true
        }
        return PhoneNumberPlan.isPlausible(
            digits: digits, groupLengths: lengths, hasPlus: hasPlus, parenthesizedGroup: parenGroup,
            formatted: formatted, hasCue: cue, language: context.language,
            personal: firstPersonBefore(context.text, run.spanStart(group: first))
        )
    }

    /// Item and model words before a number ("item 555-4321"), folded. Hand-written.
    private static let itemWords: WordHashSet = WordHash.table(
        "item items artikel article artículo articulo articolo artigo model modell modelo modello code sku art nr no")

    /// Whether an ``itemWords`` word stands right before `start` (after spaces, `#`, `:` or `.`).
    private static func itemWordBefore(_ text: ScannedText, _ start: Int) -> Bool {
        let v = text.values
        var e = start
        while e > 0, start - e < 3, v[e - 1] == 32 || v[e - 1] == 35 || v[e - 1] == 58 || v[e - 1] == 46 { e -= 1 }
        var s = e
        while s > 0, ScalarClass.isLetter(v[s - 1]) { s -= 1 }
        return s < e && itemWords.contains(WordHash.of(text.folded, s, e))
    }

    /// First-person words and object pronouns ("my", "mijn", "moi", "me"), folded. Hand-written.
    private static let firstPersonWords: WordHashSet = WordHash.table(
        "my me mine mein meine meiner meinem mich mir mijn me mij mon ma mes moi mi mio mia mis meu minha")

    /// Whether a first-person word, or a verb with a first-person pronoun ("llámeme", "chiamami", "ligue-me"), stands
    /// within 40 scalars before `start`: the writer gives their own number.
    private static func firstPersonBefore(_ text: ScannedText, _ start: Int) -> Bool {
        let v = text.values
        var e = start
        let earliest = max(0, start - 40)
        while e > earliest {
            guard ScalarClass.isLetter(v[e - 1]) else { e -= 1; continue }
            var s = e
            while s > earliest, ScalarClass.isLetter(v[s - 1]) { s -= 1 }
            if firstPersonWords.contains(WordHash.of(text.folded, s, e)) { return true }
            if e - s >= 6, text.folded[e - 2] == 109, text.folded[e - 1] == 101 || text.folded[e - 1] == 105 { return true }
            e = s
        }
        return false
    }
}
