/// The name-like pieces of the e-mail addresses' local parts in one text, for ``EmailLinkedNames``.
///
/// A local part is split into runs of letters at `.`, `_`, `-`, `+`, `'`, `%` and digits
/// ("p.montilla.ruiz" → "p", "montilla", "ruiz"; "jfeliciano01" → "jfeliciano"). A run of three or more
/// letters is a piece; a run of one or two letters gives the mailbox's initials ("p", "jm"). A run of five
/// or more letters also gives glued-initial variants: the run without its first letter, or its first two,
/// which must then be confirmed by the initials of the words before it in the text ("jfeliciano" →
/// "feliciano" after a word starting with "j"; "mcpetit" → "petit" after "marie-claire").
///
/// A mailbox with a role or department word in any run ("baggage", "support", "info.madrid", "no-reply") or
/// an everyday, stop, product or support word (``LexiconPersonRecognizer/nonNames``) gives no piece at all:
/// it names a desk, not a person. Pieces are compared by ``hash(of:_:_:)``, over ``LatinBaseLetter`` folds.
struct MailboxNamePieces {
    /// One piece of a local part.
    struct Piece {
        /// ``MailboxNamePieces/hash(of:_:_:)`` of the piece's base letters.
        let hash: UInt64
        /// Index of the mailbox in ``MailboxNamePieces/mailboxes``.
        let mailbox: Int
        /// The initials (base letters) that the words right before a match must start with, in order;
        /// empty for a whole run.
        let initials: [UInt32]
    }

    /// One local part.
    struct Mailbox {
        /// The base letters of its one- and two-letter runs ("p" of "p.montilla.ruiz").
        let initials: [UInt32]
        /// Whether it has two or more letter runs ("wes.abernathy", "t.gorostiza"), the shape of a personal
        /// address; a single run ("wes", "marisol1990") could as well be a nickname or a word.
        let multiRun: Bool
    }

    /// Every piece of every personal mailbox.
    private(set) var pieces: [Piece] = []
    /// The mailboxes the pieces point to.
    private(set) var mailboxes: [Mailbox] = []
    /// Bit `letter - 97` is set when some piece starts with that base letter: a word starting otherwise
    /// cannot match and is not hashed.
    private(set) var firstLetters: UInt32 = 0

    /// The pieces of the local parts of the addresses `emails` (scalar ranges of `text`, whole addresses).
    init(_ text: ScannedText, emails: [Range<Int>]) {
        let v = text.values
        for email in emails {
            var at = email.lowerBound
            while at < email.upperBound, v[at] != 64 { at += 1 }
            guard at < email.upperBound else { continue }
            add(text, email.lowerBound, at)
        }
    }

    /// Adds the pieces of the local part `start..<end`.
    private mutating func add(_ text: ScannedText, _ start: Int, _ end: Int) {
        let v = text.values
        var runs: [(Int, Int)] = []
        var k = start
        while k < end {
            guard LatinBaseLetter.of(v[k]) != 0 else {
                // A letter of another script makes the run unusable: skip the whole run.
                if ScalarClass.isLetter(v[k]) { while k < end, ScalarClass.isLetter(v[k]) { k += 1 } } else { k += 1 }
                continue
            }
            let s = k
            while k < end, LatinBaseLetter.of(v[k]) != 0 { k += 1 }
            if k < end, ScalarClass.isLetter(v[k]) {
                while k < end, ScalarClass.isLetter(v[k]) { k += 1 }
                continue
            }
            runs.append((s, k))
        }
        guard !runs.isEmpty else { return }
        let f = text.folded
        for (s, e) in runs where e - s >= 2 {
            let h = WordHash.of(f, s, e)
            if MailboxNamePieces.roleWords.contains(h) { return }
            if e - s >= 3, LexiconPersonRecognizer.nonNames.contains(h), !LexiconPersonRecognizer.particles.contains(h) { return }
        }
        let index = mailboxes.count
        var initials: [UInt32] = []
        for (s, e) in runs where e - s <= 2 {
            for p in s..<e { initials.append(LatinBaseLetter.of(v[p])) }
        }
        mailboxes.append(Mailbox(initials: initials, multiRun: runs.count >= 2))
        for (s, e) in runs where e - s >= 3 {
            let h = WordHash.of(f, s, e)
            guard !LexiconPersonRecognizer.particles.contains(h), !LexiconPersonRecognizer.places.contains(h) else { continue }
            append(Piece(hash: MailboxNamePieces.hash(of: v, s, e), mailbox: index, initials: []), first: v[s])
            if e - s >= 5 {
                append(Piece(hash: MailboxNamePieces.hash(of: v, s + 1, e), mailbox: index,
                             initials: [LatinBaseLetter.of(v[s])]), first: v[s + 1])
            }
            if e - s >= 6 {
                append(Piece(hash: MailboxNamePieces.hash(of: v, s + 2, e), mailbox: index,
                             initials: [LatinBaseLetter.of(v[s]), LatinBaseLetter.of(v[s + 1])]), first: v[s + 2])
            }
        }
    }

    private mutating func append(_ piece: Piece, first: UInt32) {
        pieces.append(piece)
        firstLetters |= 1 << ((LatinBaseLetter.of(first) &- 97) & 31)
    }

    /// Whether a word starting with `c` could match a piece.
    @inline(__always) func mayStart(_ c: UInt32) -> Bool {
        let b = LatinBaseLetter.of(c)
        return b != 0 && firstLetters & (1 << ((b &- 97) & 31)) != 0
    }

    /// The index of the first piece after `from` that the word `s..<e` matches (in its plain base letters or
    /// with German umlauts written out, "Müller" as "muller" or "mueller"), optionally only in `mailbox`.
    func match(_ v: [UInt32], _ s: Int, _ e: Int, mailbox: Int? = nil, from: Int = 0) -> Int? {
        let (plain, german) = MailboxNamePieces.hashes(v, s, e)
        guard plain != 0 else { return nil }
        var k = from
        while k < pieces.count {
            let p = pieces[k]
            if (p.hash == plain || p.hash == german), mailbox == nil || p.mailbox == mailbox { return k }
            k += 1
        }
        return nil
    }

    /// An FNV-1a hash of the base letters of `v[s..<e]`; 0 when a scalar has no base letter.
    static func hash(of v: [UInt32], _ s: Int, _ e: Int) -> UInt64 {
        hashes(v, s, e).plain
    }

    /// ``hash(of:_:_:)`` and the hash with German umlauts and "ß" written as two letters (the same value when
    /// the word has none); both 0 when a scalar has no base letter.
    @inline(__always) static func hashes(_ v: [UInt32], _ s: Int, _ e: Int) -> (plain: UInt64, german: UInt64) {
        var plain: UInt64 = 0xcbf2_9ce4_8422_2325
        var german = plain
        var k = s
        while k < e {
            let c = v[k]
            if let (a, b) = LatinBaseLetter.germanPair(c) {
                german = (german ^ UInt64(a)) &* 0x0000_0100_0000_01B3
                german = (german ^ UInt64(b)) &* 0x0000_0100_0000_01B3
                // "ß" has no one-letter base: the plain form writes it "ss" too.
                if c == 0xDF {
                    plain = (plain ^ UInt64(a)) &* 0x0000_0100_0000_01B3
                    plain = (plain ^ UInt64(b)) &* 0x0000_0100_0000_01B3
                } else {
                    plain = (plain ^ UInt64(LatinBaseLetter.of(c))) &* 0x0000_0100_0000_01B3
                }
            } else {
                let b = LatinBaseLetter.of(c)
                if b == 0 { return (0, 0) }
                plain = (plain ^ UInt64(b)) &* 0x0000_0100_0000_01B3
                german = (german ^ UInt64(b)) &* 0x0000_0100_0000_01B3
            }
            k += 1
        }
        return (plain, german)
    }

    /// Role, department and system mailbox words in the seven languages ("baggage@", "kundenservice@",
    /// "no-reply@"): an address with one of them names no person. Source: written by hand for this project
    /// from common role-account conventions (RFC 2142 mailbox names: info, sales, support, abuse, postmaster,
    /// hostmaster, webmaster, noc, security) and everyday department names; no copied list.
    static let roleWords: WordHashSet = WordHash.table("""
        info information support help helpdesk service services servicedesk contact contacts contacto kontakt \
        sales billing accounts accounting invoice invoices invoicing orders order bookings booking reservations \
        reservation reservas reserva prenotazioni prenotazione reserveringen reservering reservierung buchung \
        buchungen admin administrator webmaster postmaster hostmaster abuse noc security privacy dpo gdpr \
        legal press media marketing newsletter news noreply reply donotreply mailer daemon notifications \
        notification alerts alert system hello hi team office mail inbox enquiries enquiry inquiries inquiry \
        feedback careers jobs recruiting hr payroll finance claims claim returns refunds refund shipping \
        delivery dispatch logistics warehouse baggage lostandfound reception frontdesk concierge customer \
        customers customercare care kundenservice kundendienst service-client serviceclient atencion \
        atencionalcliente clientes cliente assistenza klantenservice apoio suporte soporte ayuda aiuto hilfe \
        hulp ajuda aide buchhaltung rechnung rechnungen facturation facturacion fatturazione factuur facturen \
        faturacao faturas compta comptabilite contabilidad contabilita boekhouding ventas vendas vendite \
        verkauf verkoop vente pedidos encomendas ordini bestellungen bestellingen commandes bestellung \
        reclamaciones reclamations reclamation reclami reclamo klachten reclamacoes beschwerde devoluciones \
        retours resi retouren devolucoes empleo lavoro stellen vacatures emprego recrutement datenschutz \
        impressum secretariat sekretariat segreteria secretaria secretariaat direction direccion direzione \
        directie geral general ops operations it tech techsupport dev devops test demo user users \
        shop store tienda negozio winkel loja boutique
        """)
}
