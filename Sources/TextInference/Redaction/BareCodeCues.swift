/// Finds one-time codes announced by a bare code word when the sentence says how the code came ("un sms con el
/// código 771 420", "le code reçu par sms c'est 905217", "I got 482913 by text but the code is invalid").
///
/// A bare "code" is most often something else (an error, a promotion, a postcode, a sort code), so a
/// ``CueLexicon/Kind/bareCode`` hit counts only when
/// - its sentence (up to `.`, `!`, `?` or a line break, at most ``window`` scalars either side) holds a channel or
///   receipt word (``channelWords``: "sms", "text", "received", "reçu", "arrivato", "bekommen" …; not "app", "got"
///   or "mail", which most support sentences hold), and
/// - no modifier makes it another kind of code: a word before it ("error code", "promo code") or after it, behind
///   "de"/"di"/"do"/"d'" ("code postal", "código de error", "codice fiscale"), from ``otherCodes``, and no error word
///   follows the value ("code 3005 error").
/// A code shown as two groups of three digits right after the cue ("Codice 660 284") needs no channel word.
/// The value is then the 4–8-digit code after the cue, as for ``CueLexicon/Kind/oneTimeCode``, or a code told
/// before a channel phrase in the same sentence ("482913 by text", "905217 per SMS").
enum BareCodeCues {
    /// Scalars searched either side of the cue for the sentence bounds.
    static let window = 120

    /// Appends a ``EntityType/secret`` candidate for the code of every licensed bare code cue in `context`.
    static func scan(_ context: ScanContext, into candidates: inout [Candidate]) {
        let text = context.text
        let v = text.values
        var covered = -1
        for hit in context.cues where hit.kind == .bareCode && hit.start > covered {
            let (from, to) = sentence(v, around: hit)
            guard !isOtherCode(text, hit) else { continue }
            // "Codice 660 284 non funziona": six digits shown in two groups of three, as code screens and messages
            // show a one-time code, need no channel word.
            if let start = OneTimeCodes.valueStart(text, after: hit.end), start < to, start - hit.end <= 3,
               let end = OneTimeCodes.digitCode(text, at: start), isThreeThree(v, start, end), !errorWordFollows(text, end) {
                candidates.append(Candidate(type: .secret, start: start, end: end))
                covered = end
                continue
            }
            guard channelWords.containsWord(of: text, from: from, to: to) else { continue }
            if let start = OneTimeCodes.valueStart(text, after: hit.end), start < to,
               !context.cues.hasReference(between: hit.end, and: start), let end = OneTimeCodes.digitCode(text, at: start),
               !errorWordFollows(text, end) {
                candidates.append(Candidate(type: .secret, start: start, end: end))
                covered = end
                continue
            }
            // "agent: I've sent a code to that address.\ncustomer: got it, 482913": the code on the next short line.
            if let (start, end) = codeOnNextLine(context, after: to) {
                candidates.append(Candidate(type: .secret, start: start, end: end))
                covered = end
                continue
            }
            // "I got 482913 by text": a code right before a channel phrase of the same sentence.
            var i = from
            while i < to {
                if ScalarClass.isDigit(v[i]), i == 0 || !ScalarClass.isWordChar(v[i - 1]),
                   let end = OneTimeCodes.digitCode(text, at: i), channelPhraseFollows(text, end),
                   !context.cues.hasReference(between: max(from, i - 24), and: i) {
                    candidates.append(Candidate(type: .secret, start: i, end: end))
                    covered = max(covered, end)
                    i = end
                    continue
                }
                i += 1
            }
        }
    }

    /// The bounds of the sentence holding `hit`: after the last `.`, `!`, `?` or line break before it and up
    /// to the first after it, each at most ``window`` scalars away. A `.` between digits ("3.2") ends nothing.
    private static func sentence(_ v: [UInt32], around hit: CueLexicon.Hit) -> (Int, Int) {
        var from = hit.start
        while from > 0, hit.start - from < window, !isSentenceEnd(v, from - 1) { from -= 1 }
        var to = hit.end
        while to < v.count, to - hit.end < window, !isSentenceEnd(v, to) { to += 1 }
        return (from, to)
    }

    /// Whether the scalar at `i` ends a sentence.
    private static func isSentenceEnd(_ v: [UInt32], _ i: Int) -> Bool {
        switch v[i] {
        case 10, 13, 33, 63: return true
        case 46:
            return !(i > 0 && i + 1 < v.count && ScalarClass.isDigit(v[i - 1]) && ScalarClass.isDigit(v[i + 1]))
        default: return false
        }
    }

    /// The 4–8-digit code that ends the line after the sentence ending at `end`, when that line is at most 60 scalars
    /// and holds no digit before it (a chat turn answering "I've sent you a code"), or nil.
    private static func codeOnNextLine(_ context: ScanContext, after end: Int) -> (Int, Int)? {
        let text = context.text
        let v = text.values
        var p = end
        while p < v.count, p - end < 3, v[p] != 10 { p += 1 }
        guard p < v.count, v[p] == 10 else { return nil }
        let lineStart = p + 1
        var lineEnd = lineStart
        while lineEnd < v.count, v[lineEnd] != 10 { lineEnd += 1 }
        guard lineEnd > lineStart, lineEnd - lineStart <= 60 else { return nil }
        // The first digit of the line starts the code, and the code ends the line ("customer: got it, 482913").
        guard let i = (lineStart..<lineEnd).first(where: { ScalarClass.isDigit(v[$0]) }),
              i == lineStart || !ScalarClass.isWordChar(v[i - 1]), v[i - 1] != 35,
              let e = OneTimeCodes.digitCode(text, at: i), !context.cues.hasReference(between: lineStart, and: i) else { return nil }
        var rest = e
        while rest < lineEnd, v[rest] == 32 || v[rest] == 46 || v[rest] == 33 || v[rest] == 41 { rest += 1 }
        return rest == lineEnd ? (i, e) : nil
    }

    /// Whether a word next to the cue makes it an error, promotion, postal, tax or product code.
    static func isOtherCode(_ text: ScannedText, _ hit: CueLexicon.Hit) -> Bool {
        let v = text.values
        // The word before: "error code", "promo code", "sort code".
        var e = hit.start
        while e > 0, hit.start - e < 3, v[e - 1] == 32 || v[e - 1] == 45 { e -= 1 }
        var s = e
        while s > 0, ScalarClass.isLetter(v[s - 1]) { s -= 1 }
        if s < e, otherCodes.contains(WordHash.of(text.folded, s, e)) { return true }
        // Up to two words after: "code postal", "código de error", "codice fiscale".
        var j = hit.end
        for _ in 0..<2 {
            while j < v.count, j - hit.end < 8, v[j] == 32 || v[j] == 39 || v[j] == 0x2019 { j += 1 }
            var k = j
            while k < v.count, ScalarClass.isLetter(v[k]) { k += 1 }
            guard k > j else { return false }
            let h = WordHash.of(text.folded, j, k)
            if otherCodes.contains(h) { return true }
            guard particles.contains(h) else { return false }
            j = k
        }
        return false
    }

    /// Whether "by text", "per SMS", "par sms", "por mensaje" … follows `end` after one space.
    private static func channelPhraseFollows(_ text: ScannedText, _ end: Int) -> Bool {
        let v = text.values
        var j = end
        guard j < v.count, v[j] == 32 else { return false }
        j += 1
        var k = j
        while k < v.count, ScalarClass.isLetter(v[k]) { k += 1 }
        guard k > j, channelPrepositions.contains(WordHash.of(text.folded, j, k)), k < v.count, v[k] == 32 else { return false }
        var m = k + 1
        while m < v.count, ScalarClass.isLetter(v[m]) { m += 1 }
        return m > k + 1 && messageChannels.contains(WordHash.of(text.folded, k + 1, m))
    }

    /// Whether `v[start..<end]` is six digits written as two groups of three ("660 284").
    private static func isThreeThree(_ v: [UInt32], _ start: Int, _ end: Int) -> Bool {
        end - start == 7 && v[start + 3] == 32 && (end >= v.count || !ScalarClass.isDigit(v[end]) && v[end] != 45 && v[end] != 46)
    }

    /// Whether an error word follows the code at `end` ("code 3005 error", "Code 4012 Fehler").
    private static func errorWordFollows(_ text: ScannedText, _ end: Int) -> Bool {
        let v = text.values
        var j = end
        while j < v.count, j - end < 3, v[j] == 32 || v[j] == 44 || v[j] == 58 { j += 1 }
        var k = j
        while k < v.count, ScalarClass.isLetter(v[k]) { k += 1 }
        return k > j && errorWords.contains(WordHash.of(text.folded, j, k))
    }

    /// Channels a code is texted by, for "482913 by text" ("mail" and "app" carry amounts and links too). Hand-written.
    private static let messageChannels: WordHashSet = WordHash.table("sms text texto mensaje mensagem messaggio message nachricht bericht whatsapp")

    /// Error words after a code. Hand-written (own list).
    private static let errorWords: WordHashSet = WordHash.table("error errors fehler erreur errore erro fout failed")

    /// Channels a code comes by and verbs of receiving it, in the seven languages. Hand-written (own list).
    static let channelWords: WordHashSet = WordHash.table("""
        sms text texted texto textos mensaje mensagem messaggio message nachricht bericht whatsapp authenticator \
        received receive recibido recibí recibi llegado llegó llego llega reçu recu reçois recois ricevuto arrivato \
        arrivata arriva recebi recebido chegou erhalten bekommen bekomme gekregen ontvangen krijg kreeg geschickt \
        gesendet sent envoyé envoye enviado enviaron inviato gestuurd
        """)

    /// Prepositions of a channel phrase after a code ("by text", "per SMS", "tramite sms"). Hand-written.
    private static let channelPrepositions: WordHashSet = WordHash.table("by via per par por tramite con")

    /// Words that make a bare code word another kind of code. Hand-written (own list).
    private static let otherCodes: WordHashSet = WordHash.table("""
        error errors fehler promo discount voucher gift coupon referral product item sort tax zip postal post area \
        country dial status response exit return reason booking reservation tracking qr bar source order customer \
        client article ean sku http erreur promotionnel produit réservation reservation suivi pays errore \
        promozionale sconto fiscale prodotto articolo prenotazione postale paese barre cliente promocional descuento \
        producto reserva seguimiento país pais barras erro desconto produto rastreio iban swift bic retour \
        rücksende devolución devolucion reso devolução devolucao retorno reference ref contract contratto contrato \
        contrat vertrag réduction reduction parrainage cadeau avantage gutschein rabatt aktion rastreamento rastreo \
        regalo kunden kundennummer
        """)

    /// Particles between a code word and its modifier ("código de error", "code d'erreur"). Hand-written.
    private static let particles: WordHashSet = WordHash.table("de d di del do da du")
}
