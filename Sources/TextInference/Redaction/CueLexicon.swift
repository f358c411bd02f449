/// The context phrases that license cue-dependent recognizers, matched in one pass.
///
/// Phrases are folded (see ``ScalarClass/fold(_:)``) and bucketed by their first scalar,
/// so a text is scanned once at word starts whatever the number of phrases.
struct CueLexicon: Sendable {
    /// What a cue phrase announces.
    enum Kind: Sendable, Equatable {
        /// A phone number follows ("call me at", "tel").
        case phone
        /// A US social security number follows.
        case ssn
        /// A date of birth follows.
        case birth
        /// A person's own name follows ("my name is").
        case selfName
        /// A closing formula; a signature name follows.
        case signature
        /// A password or credential value follows after `:`/`=`/"is".
        case password
        /// An AWS context, licensing 40-character secret keys nearby.
        case aws
        /// A postcode follows.
        case postcode
        /// A weak self-introduction ("c'est", "soy", "hier ist"): a name follows only if it starts
        /// with a known given name.
        case weakSelfName
        /// A relative, colleague or agent is named next ("my husband", "Ihr Kollege", "votre conseillère",
        /// "on behalf of", "cc"): any capitalised name follows, or a known given name in lower case.
        case relation
        /// A greeting ("Hi", "Dear", "Hallo", "Bonjour"): a name that closes the greeting follows.
        case greeting
        /// "here" after a name ("marcus here", "Anna hier"): a known given name precedes the cue.
        case nameBefore
        /// A word of thanks ("thanks", "merci", "dank je"): a known given name that closes the clause
        /// follows, in any case ("thanks lisa!", "merci yves !").
        case thanks
        /// A chat acknowledgement ("ok", "okay"): a known given name that is no everyday word follows
        /// ("ok peter ill try that").
        case acknowledgement
        /// A reference or order number follows ("order", "Bestellung", "ref"); a number right after it
        /// is not a phone number.
        case reference
        /// A kinship or role word ("daughter", "installer", "estafeta"), a lower-case courtesy title or a bare
        /// "name" (``KinRoleLexicon``): read by ``KinRoleNameRecognizer``.
        case kinRole
        /// A one-time, verification or security code follows ("verification code", "Bestätigungscode",
        /// "code de vérification"): read by ``OneTimeCodes``.
        case oneTimeCode
        /// Recovery or backup codes follow, which may hold letters ("recovery codes: 8f3k-2m9q …"): read by
        /// ``OneTimeCodes``.
        case recoveryCode
        /// A bare code word ("code", "código", "codice"): a one-time code only when its sentence names how the
        /// code came ("by text", "SMS", "reçu", "me ha llegado"); read by ``BareCodeCues``.
        case bareCode
    }

    /// One occurrence of a cue in a text.
    struct Hit: Sendable, Equatable {
        /// The announced kind.
        let kind: Kind
        /// First scalar of the cue.
        let start: Int
        /// One past the cue.
        let end: Int
    }

    /// One phrase while the table is built, with what rejects most non-matches without reading the phrase.
    private struct Entry: Sendable {
        /// Start of the phrase in ``CueLexicon/scalars``.
        let offset: Int
        /// Length of the phrase in scalars.
        let length: Int
        /// The phrase's first four folded scalars (fewer for shorter phrases), 16 low bits each,
        /// packed as by ``CueLexicon/packedPrefix(_:at:)``.
        let prefix: UInt64
        /// The bits of ``prefix`` that belong to the phrase.
        let mask: UInt64
        /// The announced kind.
        let kind: Kind
        /// Whether the phrase ends in a word character, so a match must end a word.
        let endsInWordChar: Bool
    }

    /// One slot of the first-word table: a first-word hash (0 = empty) and its entries, the range
    /// `start..<end` of ``groupEntries``, hash and range side by side so a probe reads one cache line.
    private struct Slot: Sendable {
        let hash: UInt64
        let start: Int32
        let end: Int32
    }

    /// ``Entry`` as the scan reads it: its phrase in ``groupScalars``, 32 bytes instead of 40.
    private struct GroupEntry: Sendable {
        let prefix: UInt64
        let mask: UInt64
        let offset: Int32
        let length: Int32
        let kind: Kind
        let endsInWordChar: Bool
    }

    /// The entries by the hash of their phrase's first word (its leading word characters, see
    /// ``firstWordHash(_:from:limit:)``): an open-addressing table; a slot's entries are contiguous
    /// in ``groupEntries``, in ascending entry order, and their phrases contiguous in ``groupScalars``,
    /// so matching a frequent first word ("my", "the") reads neighbouring memory.
    private let firstWordSlots: [Slot]
    private let groupEntries: [GroupEntry]
    private let groupScalars: [UInt32]
    /// The longest first word of any phrase.
    private let longestFirstWord: Int
    /// A pre-filter on a word start's first two folded scalars `a`, `b` (see ``mayStart(_:at:)``):
    /// bit `a` of ``anyNext`` (for `a` < 128) is set when a phrase whose first scalar has low 16 bits
    /// `a` has one scalar or a non-ASCII second one; bit `a * 128 + b` of ``nextPairs`` when a phrase
    /// starts with `a`, `b`, both ASCII.
    private let anyNext: [UInt64]
    private let nextPairs: [UInt64]
    /// Bit ``bloomBit(_:)`` of every first-word hash in ``firstWordSlots``: a 512-byte summary that
    /// stays in cache, so most words that start no phrase skip the probe of the larger table.
    private let firstWordBloom: [UInt64]

    /// An upper bound on phrase length in scalars, used to bound look-backs.
    static let maxPhraseLength = 32

    /// The built-in multilingual lexicon.
    static let standard = CueLexicon(entries: CueLexicon.defaultEntries)

    /// Builds a lexicon from `(phrase, kind)` pairs.
    init(entries list: [(String, Kind)]) {
        var phrases: [[UInt32]] = []
        var kinds: [Kind] = []
        var ascii = [[Int]](repeating: [], count: 128)
        var pairs = [[Int]](repeating: [], count: 128 * 128)
        var other: [UInt32: [Int]] = [:]
        for (phrase, kind) in list {
            let folded = [UInt32](scalarsOf: phrase)
            guard let first = folded.first else { continue }
            let index = phrases.count
            phrases.append(folded)
            kinds.append(kind)
            if first < 128 {
                if folded.count >= 2, folded[1] < 128 {
                    pairs[Int(first) * 128 + Int(folded[1])].append(index)
                } else {
                    ascii[Int(first)].append(index)
                }
            } else {
                other[first, default: []].append(index)
            }
        }
        var scalars: [UInt32] = []
        var offsets: [Int] = []
        for phrase in phrases {
            offsets.append(scalars.count)
            scalars += phrase
        }
        var entries: [Entry] = []
        func flatten(_ bucket: [Int]) {
            for index in bucket {
                let phrase = phrases[index]
                var prefix: UInt64 = 0
                var mask: UInt64 = 0
                for k in 0..<min(4, phrase.count) {
                    prefix |= UInt64(phrase[k] & 0xFFFF) << (16 * k)
                    mask |= 0xFFFF << (16 * k)
                }
                entries.append(Entry(offset: offsets[index], length: phrase.count, prefix: prefix, mask: mask,
                                     kind: kinds[index], endsInWordChar: ScalarClass.isWordChar(phrase[phrase.count - 1])))
            }
        }
        // The entries bucket after bucket (first two ASCII scalars, first ASCII scalar, first other scalar), each
        // bucket in lexicon order: the order the first-word groups below keep. The scan reads only those groups.
        for bucket in pairs { flatten(bucket) }
        for bucket in ascii { flatten(bucket) }
        for (_, bucket) in other { flatten(bucket) }
        // Group the entries by their phrase's first word.
        var groups: [UInt64: [Int32]] = [:]
        var longest = 0
        for (index, entry) in entries.enumerated() {
            let phrase = Array(scalars[entry.offset..<(entry.offset + entry.length)])
            let (hash, length) = CueLexicon.firstWordHash(phrase, from: 0, limit: .max)
            groups[hash, default: []].append(Int32(index))
            longest = max(longest, length)
        }
        var size = 16
        while size < 2 * groups.count { size *= 2 }
        var slots = [Slot](repeating: Slot(hash: 0, start: 0, end: 0), count: size)
        var grouped: [GroupEntry] = []
        var groupedScalars: [UInt32] = []
        for (hash, members) in groups.sorted(by: { $0.key < $1.key }) {
            var slot = Int(truncatingIfNeeded: hash) & (size - 1)
            while slots[slot].hash != 0 { slot = (slot + 1) & (size - 1) }
            let start = Int32(grouped.count)
            for index in members.sorted() {
                let entry = entries[Int(index)]
                grouped.append(GroupEntry(prefix: entry.prefix, mask: entry.mask, offset: Int32(groupedScalars.count),
                                          length: Int32(entry.length), kind: entry.kind, endsInWordChar: entry.endsInWordChar))
                groupedScalars += scalars[entry.offset..<(entry.offset + entry.length)]
            }
            slots[slot] = Slot(hash: hash, start: start, end: Int32(grouped.count))
        }
        firstWordSlots = slots
        groupEntries = grouped
        groupScalars = groupedScalars
        longestFirstWord = longest
        var anyNext = [UInt64](repeating: 0, count: 2)
        var nextPairs = [UInt64](repeating: 0, count: 128 * 128 / 64)
        for phrase in phrases {
            let a = Int(phrase[0] & 0xFFFF)
            guard a < 128 else { continue }  // ``mayStart`` passes every such start
            if phrase.count == 1 || phrase[1] >= 128 {
                anyNext[a >> 6] |= 1 << UInt64(a & 63)
            } else {
                let bit = a * 128 + Int(phrase[1])
                nextPairs[bit >> 6] |= 1 << UInt64(bit & 63)
            }
        }
        self.anyNext = anyNext
        self.nextPairs = nextPairs
        var bloom = [UInt64](repeating: 0, count: 64)
        for hash in slots.map(\.hash) where hash != 0 {
            let bit = CueLexicon.bloomBit(hash)
            bloom[bit >> 6] |= 1 << UInt64(bit & 63)
        }
        firstWordBloom = bloom
    }

    /// The bit of ``firstWordBloom`` for a first-word hash (12 bits above those that pick a slot).
    @inline(__always)
    private static func bloomBit(_ hash: UInt64) -> Int { Int(truncatingIfNeeded: hash >> 40) & 4095 }

    /// Whether a phrase may match at `i`, from the text's first two folded scalars there: false
    /// only when none can.
    ///
    /// A match at `i` has the phrase's first scalar's low 16 bits equal to `folded[i]`'s (the packed
    /// prefix test in ``match(_:at:_:_:_:)``) and, for a phrase of two or more scalars, its second
    /// scalar equal to `folded[i + 1]` (the full comparison), which the two bit sets record.
    @inline(__always)
    private func mayStart(_ folded: UnsafeBufferPointer<UInt32>, at i: Int) -> Bool {
        let a = Int(folded[i] & 0xFFFF)
        guard a < 128 else { return true }
        if anyNext[a >> 6] & (1 << UInt64(a & 63)) != 0 { return true }
        guard i + 1 < folded.count, folded[i + 1] < 128 else { return false }
        let bit = a * 128 + Int(folded[i + 1])
        return nextPairs[bit >> 6] & (1 << UInt64(bit & 63)) != 0
    }

    /// The hash of the first word of `folded` from `start` (its leading word characters, at most
    /// `limit` of them; never 0) and its length.
    ///
    /// A phrase matching at `i` has the first word of the text's folded scalars at `i`: the folded
    /// scalars are equal, and a phrase made of word characters only must end a word, where the
    /// raw scalar is no word character and neither is its fold.
    @inline(__always)
    private static func firstWordHash(_ folded: [UInt32], from start: Int, limit: Int) -> (hash: UInt64, length: Int) {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        var j = start
        while j < folded.count, j - start < limit, ScalarClass.isWordChar(folded[j]) {
            hash = (hash ^ UInt64(folded[j])) &* 0x100_0000_01b3
            j += 1
        }
        return (hash | 1, j - start)
    }

    /// Every cue occurrence in `text`, sorted by start (overlapping phrases all reported).
    func hits(in text: ScannedText) -> [Hit] {
        var result: [Hit] = []
        text.values.withUnsafeBufferPointer { values in
            text.folded.withUnsafeBufferPointer { folded in
                hits(values, folded, into: &result)
            }
        }
        return result
    }

    /// ``hits(in:)`` over the text's raw and folded scalars.
    private func hits(_ values: UnsafeBufferPointer<UInt32>, _ folded: UnsafeBufferPointer<UInt32>,
                      into result: inout [Hit]) {
        let n = folded.count
        let limit = longestFirstWord + 1
        let slotMask = firstWordSlots.count - 1
        var i = 0
        // Each word character reached here is a word start: the scalar before it is not a word
        // character, because the rest of every word is skipped below.
        while i < n {
            if !ScalarClass.isWordChar(values[i]) {
                i += 1
                continue
            }
            // Where the skip over the rest of the word may resume.
            var resume = i + 1
            // Only phrases with the text's first word here can match (see ``firstWordHash``); they
            // are tried in entry order, which is the order of the buckets they belong to.
            if mayStart(folded, at: i) {
                // ``firstWordHash(_:from:limit:)`` of the text at `i`.
                var hash: UInt64 = 0xcbf2_9ce4_8422_2325
                var j = i
                var wide: UInt32 = 0
                while j < n, j - i < limit, ScalarClass.isWordChar(folded[j]) {
                    hash = (hash ^ UInt64(folded[j])) &* 0x100_0000_01b3
                    wide |= folded[j]
                    j += 1
                }
                // An ASCII fold is a word character exactly when its raw scalar is one, so when every
                // hashed scalar is ASCII the raw word runs at least to `j`: the skip may start there.
                if wide < 0x80 { resume = max(resume, j) }
                hash |= 1
                let bit = CueLexicon.bloomBit(hash)
                // A hash whose bloom bit is clear is in no slot: the probe below would find no match.
                if j - i <= longestFirstWord, firstWordBloom[bit >> 6] & (1 << UInt64(bit & 63)) != 0 {
                    var slot = Int(truncatingIfNeeded: hash) & slotMask
                    while firstWordSlots[slot].hash != 0 {
                        if firstWordSlots[slot].hash == hash {
                            let found = firstWordSlots[slot]
                            match(Int(found.start)..<Int(found.end), at: i, values, folded, &result)
                            break
                        }
                        slot = (slot + 1) & slotMask
                    }
                }
            }
            i = resume
            while i < n, ScalarClass.isWordChar(values[i]) { i += 1 }
        }
    }

    /// The folded scalars `i..<i+4` (0 past the end), 16 low bits each, the first in the lowest bits.
    @inline(__always)
    private static func packedPrefix(_ folded: UnsafeBufferPointer<UInt32>, at i: Int) -> UInt64 {
        var packed: UInt64 = 0
        var k = 0
        while k < 4, i + k < folded.count {
            packed |= UInt64(folded[i + k] & 0xFFFF) << (16 * k)
            k += 1
        }
        return packed
    }

    /// Appends a hit for every phrase of `groupEntries[group]` (in order) that matches at `i`.
    @inline(__always)
    private func match(_ group: Range<Int>, at i: Int, _ values: UnsafeBufferPointer<UInt32>,
                       _ folded: UnsafeBufferPointer<UInt32>, _ result: inout [Hit]) {
        let n = folded.count
        let packed = CueLexicon.packedPrefix(folded, at: i)
        for position in group {
            let entry = groupEntries[position]
            let length = Int(entry.length)
            let end = i + length
            guard end <= n else { continue }
            // The packed first four scalars reject almost every other phrase of the group; equal
            // scalars always pass, so the full comparison below still decides.
            if packed & entry.mask != entry.prefix { continue }
            let offset = Int(entry.offset)
            var k = 1
            while k < length, folded[i + k] == groupScalars[offset + k] { k += 1 }
            guard k == length else { continue }
            // ``ScannedText/isWordEnd(_:)``.
            if entry.endsInWordChar, end < n, ScalarClass.isWordChar(values[end]) { continue }
            result.append(Hit(kind: entry.kind, start: i, end: end))
        }
    }

    private static let defaultEntries: [(String, Kind)] = {
        var entries: [(String, Kind)] = []
        let phone = [
            "phone", "phone number", "tel", "tel.", "telephone", "mobile", "cell", "cellphone", "call me",
            "call", "reach me", "text me", "whatsapp", "number", "contact", "fax", "teléfono", "telefono",
            "móvil", "movil", "celular", "número", "numero", "llámame", "telefon", "telefonnummer", "handy",
            "nummer", "rufnummer", "téléphone", "portable", "appelez", "cellulare", "chiamami", "telefone",
            "telemóvel", "ligue", "telefoonnummer", "mobiel", "bel me", "ring mig", "телефон", "هاتف", "رقم",
            // Weak phrasing around a bare number ("messages to 699 956 915", "not answering at 78 651 450").
            "messages to", "message to", "texts to", "text to", "sms to", "calls to", "answering at", "answer at",
            "reachable at", "reachable on", "reach me on", "ring me on", "dial", "whatsapp me", "registered number",
            "registered mobile", "registered phone", "sms an", "anrufe an", "nachrichten an", "messages au",
            "sms au", "mensajes a", "mensajes al", "sms al", "messaggi al", "sms al numero", "berichten naar",
            "sms naar", "mensagens para", "sms para",
            // Verbs of calling and reaching ("Potete chiamarmi al 349858013", "Podem ligar-me para o 930187782").
            "reach me at", "call me on", "call me back", "call back", "me joindre", "joindre", "rappeler", "rappelez", "rappelez-moi",
            "m'appeler", "appelez-moi", "erreichen", "erreichbar", "anrufen", "zurückrufen", "llamarme", "llamar al",
            "llámenme", "llamenme", "chiamarmi", "chiamare", "richiamare", "richiamarmi", "contattarmi", "bereiken",
            "bereikbaar", "bellen", "terugbellen", "ligar", "ligar-me", "liguem", "ligue-me", "contactar", "contactarme",
        ]
        entries += phone.map { ($0, .phone) }
        entries += ["ssn", "ssn#", "social security", "social security number", "social-security", "sozialversicherungsnummer",
                    "seguro social", "tin"].map { ($0, .ssn) }
        let birth = [
            "born", "born on", "date of birth", "birth date", "birthdate", "birthday", "dob", "d.o.b", "d.o.b.",
            "fecha de nacimiento", "nacido el", "nacida el", "nací el", "geboren", "geboren am", "geburtsdatum",
            "geb.", "né le", "née le", "né", "née", "date de naissance", "data di nascita", "nato il", "nata il",
            "data de nascimento", "nascido em", "nascida em", "geboortedatum", "geboren op", "födelsedatum",
            "född", "nasci a", "nasci em", "nasci no dia", "nascido a", "nascida a", "nacque il", "nata a", "nato a",
            "year of birth", "born in", "geburtsjahr", "geburtstag", "année de naissance", "anniversaire",
            "año de nacimiento", "cumpleaños", "anno di nascita", "compleanno", "geboortejaar", "verjaardag",
            "ano de nascimento", "aniversário", "fecha nac.", "f. nac.", "d.n.", "dob:", "geb. am", "né(e) le",
            // Abbreviated form labels ("Fecha de nac.:", "Data de nasc.:", "Data di nasc.:", "Date de naiss.").
            "fecha de nac.", "data de nasc.", "data nasc.", "data di nasc.", "date de naiss.", "date naiss.",
            // Third-person forms ("a minha mãe nasceu em …", "mi padre nació el …").
            "nasceu em", "nasceu a", "nasceu no dia", "nació el",
            // A born word and a preposition of time before a bare year ("née en 1941", "nata nel 1932").
            "né en", "née en", "nacido en", "nacida en", "nació en", "nato nel", "nata nel", "geboren in", "geboren im",
            // Bare birth nouns and their abbreviations: a cue only as a form label, right before ":" or "="
            // ("nascimento=1991-06-08", "Nasc.: 21.10.1988"); see ``DateOfBirthRecognizer/labelOnlyCues``.
            "nascimento", "nacimiento", "nascita", "naissance", "geboorte", "geburt", "birth", "nasc.", "nasc", "nac.",
            "naiss.",
            "дата рождения", "родился", "родилась", "تاريخ الميلاد", "تاريخ ميلادي",
            // Field names written as one word (JSON and form keys: "fechaNacimiento", "dateOfBirth", "dataNascita").
            // A year of birth on its own (read as a bare year only): "Jahrgang 1961", Italian "classe 1932".
            "jahrgang", "classe",
            "dateofbirth", "fechanacimiento", "fechadenacimiento", "datanascita", "datadinascita", "datanascimento",
            "datadenascimento", "datenaissance", "datedenaissance", "geburtsdatum", "gebdatum", "birthdatum",
            "geb.-datum", "geb.datum", "geb-datum", "geb. datum",
        ]
        entries += birth.map { ($0, .birth) }
        let name = [
            "my name is", "my name's", "name is", "i'm", "i am", "this is", "me llamo", "mi nombre es",
            "je m'appelle", "mon nom est", "ich heiße", "ich heisse", "mein name ist", "mi chiamo",
            "il mio nome è", "meu nome é", "me chamo", "mijn naam is", "ik heet", "jag heter",
            "mitt namn är", "jeg hedder", "jeg heter", "меня зовут", "моё имя", "мое имя", "اسمي",
            "name:", "full name", "in the name of", "au nom de", "a nombre de", "em nome de", "intestato a",
            "auf den namen", "op naam van", "nombre:", "nom :", "nom:", "nome:", "naam:", "namn:",
            "hier schreibt", "je suis", "mi nombre completo es", "meu nome completo é", "o meu nome é",
            "mein name lautet", "account holder", "account holder:", "cardholder", "card holder",
            "karteninhaber", "karteninhaberin", "kontoinhaber", "kontoinhaberin", "titulaire",
            "titular", "titular da conta", "intestatario", "intestataria", "rekeninghouder",
            "contact person", "ansprechpartner", "ansprechpartnerin", "persona de contacto",
            "contactpersoon", "pessoa de contacto", "signed", "unterschrift", "firmado", "firmato",
            "nome completo", "nombre completo", "nom complet", "vollständiger name", "volledige naam",
            "full name:", "surname", "last name", "first name", "nachname", "vorname", "apellido",
            "apellidos", "prénom", "nom de famille", "cognome", "achternaam", "voornaam", "apelido",
            "sobrenome", "from:", "to:", "von:", "an:", "de:", "de :", "à:", "à :", "para:", "da:", "a:", "van:",
            "aan:", "sender:", "absender:", "expéditeur :", "expéditeur:", "remitente:", "mittente:", "afzender:",
            "remetente:", "customer:", "kunde:", "kundin:", "client :", "client:", "cliente:", "klant:", "contact:",
            "kontakt:", "kontaktperson:", "contact person:", "contactpersoon:", "persona de contacto:",
            "customer name", "kundenname", "nom du client", "nombre del cliente", "nome del cliente", "naam klant",
            "nome do cliente", "empfänger:", "recipient:", "destinataire :", "destinatario:", "destinatário:",
            "ontvanger:", "kaarthouder", "kaarthoudster", "pashouder", "nome no cartão", "nome no cartao",
            "nombre en la tarjeta", "nom sur la carte", "naam op de kaart", "name auf der karte", "nome sulla carta",
            "name on card", "nome do titular", "läuft auf", "lautet auf", "ausgestellt auf", "registered to", "registered under",
            "est au nom de", "está a nombre de", "è intestato a", "staat op naam van", "está em nome de",
            "t.n.v.", "ten name van", "tnv", "titular:", "titulaire :", "titulaire:",
            "caller:", "caller name", "anrufer:", "anruferin:", "appelant :", "appelant:", "appelante :",
            "llamante:", "chiamante:", "beller:", "requester:", "requested by", "reported by", "submitted by",
            "gemeldet von", "signalé par", "reportado por", "segnalato da", "gemeld door", "reportado por:",
            // A name given as the answer to a question ("What's your last name? Magnusson").
            "name?", "your name?", "last name?", "surname?", "first name?",
            // The holder of an account, card or order named in a chat or form ("What's the name on the account?
            // User: Šárka Ottová"), and the name a record is kept under ("onder de naam Jansen").
            "name on the account", "name on the account?", "name on the card", "name on the card?", "name on the order",
            "name on the booking", "sous le nom de", "sous le nom", "onder de naam", "onder de naam van", "unter dem namen",
            "bajo el nombre de", "change the name to", "change my name to", "update the name to",
            "correct the name to",
            // Form labels for a child's or a called given name ("Roepnaam: Ravi", "Vorname Kind: Noor",
            // "Given name: Ana"); hand-written (own list).
            "roepnaam", "vorname kind", "vorname des kindes", "voornaam kind", "given name", "forename", "nome próprio",
            "nombre de pila", "prénom de l'enfant", "nome del bambino", "nome da criança",
            // The name an account or mandate is kept under (Dutch "tenaamstelling") and a writer's "my details:"
            // before name, address and number; hand-written (own list).
            "tenaamstelling", "tenaamstelling:", "my details:", "meine daten:", "mes coordonnées :", "mes coordonnées:",
            "mis datos:", "i miei dati:", "os meus dados:", "meus dados:", "mijn gegevens:",
        ]
        entries += name.map { ($0, .selfName) }
        entries += ["hier ist", "hier spricht", "c'est", "ici", "soy", "aquí", "aqui", "sono", "qui è", "met",
                    "hier is", "aqui é", "bin der", "bin die", "sou", "fala", "it's", "its", "ich bin", "ik ben", "sono io", "soy yo",
                    "here is", "here's", "c'est moi", "moi c'est", "je suis", "sou eu", "aqui fala", "qui",
                    "ik ben het", "parla",
                    // The phone's "you are speaking with" (Dutch, German): "u spreekt met ruud", "Sie sprechen mit Jana".
                    "u spreekt met", "je spreekt met", "sie sprechen mit",
                    // Chat spellings: "aqui eh a leticia", "im tariq btw" (English only), "slt c ines" (French only).
                    "aqui eh", "aki é", "aki eh", "im", "c",
                    // Portuguese "it's" on the phone or in chat: "bom dia, é a ana paula costa", "é o joão".
                    "é a", "é o"].map { ($0, .weakSelfName) }
        let relation = [
            "my husband", "my wife", "my son", "my daughter", "my colleague", "my partner", "my mother",
            "my mom", "my mum", "my father", "my dad", "my brother", "my sister", "my boss", "my manager",
            "my friend", "my assistant", "your colleague", "your agent", "your employee", "your technician",
            "your driver", "your rep", "your representative", "the agent", "agent named", "on behalf of",
            "spoke to", "spoke with", "follow up with", "followed up with", "talked to", "talked with", "ask for", "ticket from", "message from",
            "email from", "e-mail from", "request from", "complaint from", "chat with", "call with", "cc", "cc:", "attn", "attn:",
            "attention", "c/o", "courtesy of", "signed by", "assigned to",
            // The writer's name in apposition after "contact me," ("Contact me, Nadia Karim, on …").
            "contact me,", "call me,", "reach me,", "contactez-moi,", "contáctenme,", "contattatemi,", "contacte-me,",
            "kontaktieren sie mich,", "neem contact met me op,",
            // Who did something to an order or parcel: "placed by Kofi Boateng from …", "signé par Marc Petit".
            "placed by", "ordered by", "received by", "collected by", "picked up by", "accepted by", "booked by",
            "opened by", "reopened by", "handled by", "approved by", "created by", "signed for by", "escalated by",
            "angenommen von", "bestellt von", "abgeholt von", "unterschrieben von", "bearbeitet von",
            "reçu par", "signé par", "commandé par", "récupéré par", "recibido por", "firmado por", "pedido por",
            "recogido por", "ricevuto da", "ritirato da", "ordinato da", "ontvangen door", "getekend door",
            "besteld door", "opgehaald door", "recebido por", "assinado por", "levantado por",
            "mein mann", "meine frau", "mein sohn", "meine tochter", "mein kollege", "meine kollegin",
            "mein partner", "meine partnerin", "meine mutter", "mein vater", "mein bruder", "meine schwester",
            "ihr kollege", "ihre kollegin", "ihrem kollegen", "ihrer kollegin", "ihren kollegen",
            "ihr mitarbeiter", "ihre mitarbeiterin", "ihrem mitarbeiter", "ihrer mitarbeiterin",
            "im auftrag von", "z. hd.", "z.hd.", "zu händen", "zu haenden", "gesprochen mit",
            "mon mari", "ma femme", "mon fils", "ma fille", "mon collègue", "ma collègue", "mon conjoint",
            "ma conjointe", "ma mère", "mon père", "mon frère", "ma sœur", "ma soeur", "votre collègue",
            "votre conseiller", "votre conseillère", "votre agent", "votre technicien", "de la part de",
            "à l'attention de", "a l'attention de", "parlé avec", "eu au téléphone",
            "mi marido", "mi esposo", "mi esposa", "mi mujer", "mi hijo", "mi hija", "mi compañero",
            "mi compañera", "mi pareja", "mi madre", "mi padre", "mi hermano", "mi hermana", "mi jefe",
            "mi jefa", "su compañero", "su compañera", "su agente", "su operador", "su operadora",
            "en nombre de", "a la atención de", "hablé con", "hable con",
            "mio marito", "mia moglie", "mio figlio", "mia figlia", "mio collega", "mia collega",
            "mia madre", "mio padre", "mio fratello", "mia sorella", "vostro operatore", "vostra operatrice",
            "vostro collega", "vostra collega", "il vostro operatore", "la vostra operatrice", "per conto di",
            "all'attenzione di", "a nome di", "parlato con", "intestata a mia moglie", "intestata a mio marito",
            "mijn man", "mijn vrouw", "mijn zoon", "mijn dochter", "mijn collega", "mijn partner",
            "mijn moeder", "mijn vader", "mijn broer", "mijn zus", "uw collega", "uw medewerker",
            "uw medewerkster", "namens", "ter attentie van", "t.a.v.", "gesproken met", "gebeld met",
            "meu marido", "minha mulher", "minha esposa", "meu filho", "minha filha", "meu colega",
            "minha colega", "minha mãe", "meu pai", "meu irmão", "minha irmã", "vossa colega", "vosso colega",
            "sua colega", "seu colega", "do meu marido", "da minha mulher", "da minha esposa",
            "por parte de", "à atenção de", "falei com", "conseiller", "conseillère", "agente", "técnico",
            "tecnico", "technician", "techniker", "technikerin", "monteur", "operador", "operadora", "operatore",
            "operatrice", "livreur", "livreuse", "repartidor", "repartidora", "corriere", "bezorger", "courier",
            "driver", "fahrer", "mitarbeiter", "mitarbeiterin", "medewerker", "medewerkster", "collega",
            "colleague", "kollege", "kollegin", "collègue", "compañero", "compañera", "colega", "consulente",
            "adviseur", "consultor", "consultora", "berater", "beraterin", "advisor", "adviser", "specialist",
            "manager", "supervisor", "gerente", "responsable", "my mate", "my buddy", "my pal", "my gf", "my bf",
            "my girlfriend", "my boyfriend", "my fiancé", "my fiancee", "my fiance", "my cousin", "my uncle", "my aunt",
            "my neighbour", "my neighbor", "my flatmate", "my roommate", "mein freund", "meine freundin",
            "mein nachbar", "meine nachbarin", "mon ami", "mon amie", "mon copain", "ma copine", "mon voisin",
            "ma voisine", "mi amigo", "mi amiga", "mi novio", "mi novia", "mi vecino", "mi vecina", "il mio amico",
            "la mia amica", "il mio ragazzo", "la mia ragazza", "mijn vriend", "mijn vriendin", "mijn buurman",
            "mijn buurvrouw", "meu amigo", "minha amiga", "meu namorado", "minha namorada", "meu vizinho",
            "minha vizinha", "my mother-in-law", "my father-in-law", "my son-in-law", "my daughter-in-law",
            "meine schwiegermutter", "mein schwiegervater", "meine schwiegertochter", "mein schwiegersohn",
            "ma belle-mère", "mon beau-père", "ma belle-fille", "mon gendre", "mi suegra", "mi suegro", "mi yerno",
            "mi nuera", "mia suocera", "mio suocero", "mio genero", "mia nuora", "mijn schoonmoeder",
            "mijn schoonvader", "mijn schoonzoon", "mijn schoondochter", "minha sogra", "meu sogro", "meu genro",
            "minha nora", "a minha sogra", "o meu sogro", "please contact", "kontaktieren sie", "contactez",
            "contacte con", "contattate", "neem contact op met", "contactem",
            // Grandparents, aunts and uncles, and third-person naming ("she's called niamh", "chama-se Kauã").
            "my grandmother", "my grandfather", "my grandma", "my grandad", "my granddad", "my grandpa", "my nan",
            "my granny", "my grandson", "my granddaughter", "my niece", "my nephew", "my stepson", "my stepdaughter",
            "meine oma", "mein opa", "meine großmutter", "mein großvater", "mein enkel", "meine enkelin",
            "meine tante", "mein onkel", "meine nichte", "mein neffe", "ma grand-mère", "mon grand-père",
            "mon petit-fils", "ma petite-fille", "ma tante", "mon oncle", "ma nièce", "mon neveu", "mi abuela",
            "mi abuelo", "mi nieto", "mi nieta", "mi tía", "mi tío", "mi sobrino", "mi sobrina", "mia nonna",
            "mio nonno", "mio nipote", "mia nipote", "mia zia", "mio zio", "mijn oma", "mijn opa",
            "mijn kleinzoon", "mijn kleindochter", "mijn tante", "mijn oom", "mijn nicht", "mijn neef",
            "minha avó", "meu avô", "meu neto", "minha neta", "minha tia", "meu tio", "minha sobrinha",
            "meu sobrinho", "called", "named", "se llama", "se chama", "chama-se", "s'appelle", "si chiama",
            "heißt", "heisst",
            // An indefinite naming of a third party ("un tal Rubén", "um tal de Wellington", "ene Bram").
            "a certain", "ein gewisser", "eine gewisse", "einem gewissen", "einer gewissen", "un certain",
            "une certaine", "un tal", "una tal", "un certo", "una certa", "ene", "um tal", "uma tal", "um tal de",
            "uma tal de", "un tal de",
            // Verbs that put a named agent mid-sentence ("Could you ask Priyanka Raghunathan to …", "transferred
            // by Bethany", "me pasaron con Raúl", "doorverbonden door Fleur"), and a name after "…'s name,".
            "ask", "asked", "tell", "told", "transferred by", "transferred to", "transferred me to", "put me through to",
            "put through to", "passed me to", "passed me on to", "forwarded by", "forwarded to", "escalated to",
            "helped by", "served by", "speak to", "speak with", "talk to", "speaking to", "speaking with",
            "talking to", "name,", "under the name", "under the name of", "maiden name", "partner's name", "wife's name",
            "husband's name", "mother's name", "father's name", "son's name", "daughter's name", "verbunden mit", "durchgestellt zu", "weitergeleitet an", "transféré par",
            "transférée par", "transféré à", "transférée à", "passé à", "m'a passé", "me pasaron con",
            "me pasó con", "me paso con", "me pasaron a", "transferido por", "transferida por", "transferido a",
            "transferida a", "trasferito da", "trasferita da", "passato a", "passata a", "mi hanno passato",
            "doorverbonden door", "doorverbonden met", "doorgeschakeld naar", "transferido pelo", "transferida pela",
            "transferido para", "transferida para", "passou para", "passaram para",
        ]
        entries += relation.map { ($0, .relation) }
        entries += KinRoleLexicon.relationPhrases.map { ($0, .relation) }
        entries += KinRoleLexicon.kinRolePhrases.map { ($0, .kinRole) }
        let greeting = [
            "hi", "hello", "hey", "dear", "good morning", "good afternoon", "good evening", "hallo", "liebe",
            "lieber", "sehr geehrte", "sehr geehrter", "guten tag", "guten morgen", "moin", "servus",
            "bonjour", "bonsoir", "salut", "cher", "chère", "coucou", "hola", "buenos días", "buenas tardes",
            "buenas", "estimado", "estimada", "querido", "querida", "ciao", "salve", "buongiorno",
            "buonasera", "gentile", "caro", "cara", "hoi", "beste", "geachte", "goedemorgen", "goedemiddag",
            "olá", "ola", "oi", "bom dia", "boa tarde", "prezado", "prezada", "caríssimo",
            // Informal openers of chat lines (redaction-1.17.0): "oye dani", "hiya Becca", "ehi Peppe".
            "oye", "hiya", "heya", "howdy", "hé", "ehi", "hee", "grüezi", "hallöchen", "goedenavond", "goedendag",
            "boa noite", "buenas noches", "buona sera", "buon pomeriggio",
        ]
        entries += greeting.map { ($0, .greeting) }
        entries += ["here", "hier", "ici", "aquí", "aqui", "speaking", "am apparat"].map { ($0, .nameBefore) }
        entries += ["thanks", "thank you", "thx", "ty", "cheers", "danke", "danke dir", "danke schön", "merci", "merci bien",
                    "gracias", "muchas gracias", "grazie", "grazie mille", "dank je", "dank je wel", "dank u", "bedankt",
                    "obrigado", "obrigada", "valeu", "thank u", "tnx", "merciii", "dankjewel"].map { ($0, .thanks) }
        entries += ["ok", "okay", "oké", "oke", "okey", "vale", "va bene", "d'accord", "dacord", "tá", "ta bom", "prima",
                    "alles klar", "perfecto", "perfetto", "parfait", "perfeito"].map { ($0, .acknowledgement) }
        entries += ["order", "order no", "order number", "order #", "bestellung", "bestellnummer", "kundennummer",
                    "commande", "pedido", "ordine", "bestelling", "encomenda", "ref", "ref.", "reference",
                    "referencia", "referència", "référence", "riferimento", "referência", "kenmerk", "invoice",
                    "factura", "facture", "rechnung", "fattura", "factuur", "fatura", "ticket", "case",
                    "tracking", "sendung", "colis", "paquete", "pacco", "pakket",
                    // Abbreviated and compound reference labels ("Bestellnr 300-4471188", "klantnummer 77120093").
                    "auftrag", "vorgang", "bestellnr", "bestellnr.", "best.-nr.", "auftragsnummer", "auftragsnr", "auftragsnr.", "kundennr",
                    "kundennr.", "rechnungsnummer", "rechnungsnr", "rechnungsnr.", "vorgangsnummer", "order no",
                    "order no.", "order id", "order nr", "customer number", "customer no.", "account number",
                    "klantnummer", "klantnr", "klantnr.", "ordernummer", "bestelnummer", "factuurnummer",
                    "numéro de commande", "n° de commande", "nº de pedido", "número de pedido", "numero d'ordine",
                    "numero ordine", "número da encomenda", "número do pedido", "protocolo", "protocollo",
                    "expediente", "pratica", "dossier", "vorgang", "aktenzeichen"].map { ($0, .reference) }
        let signature = [
            "regards", "best regards", "kind regards", "warm regards", "best", "thanks", "thank you", "cheers",
            "sincerely", "yours sincerely", "yours truly", "saludos", "un saludo", "atentamente", "cordialmente",
            "mit freundlichen grüßen", "mit freundlichen grüssen", "gruss", "liebe grüsse", "freundliche grüsse",
            "beste grüsse", "herzliche grüsse", "viele grüsse", "mit freundlichem gruss", "mit freundlichem gruß", "freundliche grüße", "viele grüße",
            "beste grüße", "grüße", "lg", "cordialement", "bien à vous", "bien cordialement", "cordiali saluti",
            "distinti saluti", "saluti", "atenciosamente", "abraços", "met vriendelijke groet",
            "vriendelijke groeten", "groeten", "groetjes", "abraço", "um abraço", "beijos", "mvh",
            "pozdrawiam", "saygılarımla", "med vänliga hälsningar", "vänliga hälsningar", "hälsningar",
            "med venlig hilsen", "с уважением", "مع تحياتي", "مع خالص التحيات",
            "best wishes", "many thanks", "warm wishes", "all the best", "take care", "talk soon", "thx",
            "yours", "liebe grüße", "herzliche grüße", "schöne grüße", "gruß", "mfg", "danke und grüße",
            "amicalement", "bien à toi", "bises", "merci d'avance", "merci beaucoup", "un abrazo", "abrazos",
            "besos", "saludos cordiales", "un cordial saludo", "muchas gracias", "un saluto", "saluti cordiali",
            "a presto", "grazie mille", "hartelijke groet", "hartelijke groeten", "groet", "met vriendelijke groeten",
            "cumprimentos", "melhores cumprimentos", "com os melhores cumprimentos", "obrigada",
            "beijinhos", "um beijo", "muito obrigado", "muito obrigada", "sent from my iphone", "mvg", "m.v.g.",
            "vg", "bg", "cdlt", "slds", "abs", "att.", "cumpts", "grtz", "thanks in advance", "danke im voraus",
            "gracias de antemano", "grazie in anticipo", "bij voorbaat dank", "desde já obrigado", "merci pour votre aide",
        ]
        entries += signature.map { ($0, .signature) }
        let password = [
            "password", "passwd", "pwd", "pass", "passcode", "passwort", "kennwort", "contraseña", "contrasena",
            "clave", "mot de passe", "mdp", "senha", "palavra-passe", "palavra passe", "parola d'ordine", "wachtwoord", "lösenord", "пароль",
            "كلمة المرور", "pin", "api key", "api_key", "apikey", "secret", "client_secret", "access_token",
            "auth_token", "token",
            // Hyphenated header and field names ("X-Api-Key: …", "api-token=…").
            "api-key", "x-api-key", "api token", "api-token", "api_token", "auth token", "auth-token", "x-auth-token",
            "access token", "access-token",
            // Bearer tokens, passphrases, and the names of keys in connection strings and key files
            // ("Authorization: Bearer …", "AccountKey=…", "\"private_key_id\": \"…\"", "license key: …").
            "bearer", "passphrase", "pass phrase", "pincode", "pin code", "pin-code", "accountkey", "sharedaccesskey",
            // German compounds the word-start match misses ("Kundenkennwort", "Geheimzahl") and product and licence
            // keys in the seven languages ("product key", "Lizenzschlüssel", "clé de licence").
            "kundenkennwort", "telefonkennwort", "servicekennwort", "kundenpasswort", "onlinepasswort", "online-passwort",
            "zugangspasswort", "zugangskennwort", "geheimzahl", "pin-nummer", "product key", "produktschlüssel",
            "lizenzschlüssel", "aktivierungsschlüssel", "clé de licence", "clé produit", "clé de produit", "clé d'activation",
            "clave de licencia", "clave de producto", "chiave di licenza", "chiave prodotto", "chiave del prodotto",
            "chave de licença", "chave do produto", "licentiesleutel", "productsleutel", "licentiecode",
            "private_key", "private_key_id", "private key", "secret_key", "secretkey", "license key", "license_key",
            "licence key", "licence_key", "licensekey", "signing key", "signing_key", "signing secret", "signing_secret",
            "encryption key", "encryption_key", "master key", "master_key", "app secret", "app_secret", "client secret",
            "consumer secret", "consumer_secret", "shared secret", "shared_secret", "webhook secret", "refresh_token",
            "refresh token", "session_token", "id_token", "authtoken", "pw",
            // API keys and session tokens named in the other six languages, and compounds the word-start match
            // misses ("la chiave API …", "Sessietoken …", "Sitzungstoken …").
            "chiave api", "chiave dell'api", "clé api", "clé d'api", "cle api", "clave api", "clave de api", "chave api",
            "code confidentiel", "code secret", "código pin", "codigo pin", "codice pin",
            "chave de api", "chave da api", "api-sleutel", "api sleutel", "api-schlüssel", "api schlüssel", "api-schluessel",
            "sessietoken", "sessie-token", "session token", "sessiontoken", "sitzungstoken", "zugangstoken", "toegangstoken",
            "token de sesión", "token de sesion", "token di sessione", "token de sessão", "token de sessao", "jeton de session",
            "jeton d'accès", "jeton d'acces",
            // Wi-Fi keys ("le code wifi est …", "WLAN-Schlüssel: …", "codice wifi", "wifi-wachtwoord").
            "wifi code", "code wifi", "wifi key", "wifi-key", "network key", "wlan-schlüssel", "wlan-passwort",
            "wlan schlüssel", "código wifi", "codigo wifi", "clave wifi", "clave del wifi", "codice wifi",
            "chiave wifi", "wifi-wachtwoord", "wifi wachtwoord", "wifi-code", "senha do wifi", "senha wifi",
            // Access codes of portals, doors and accounts ("Zugangscode für das Portal: …", "code d'accès : …").
            "access code", "zugangscode", "code d'accès", "code d'acces", "código de acceso", "codigo de acceso",
            "codice di accesso", "codice d'accesso", "código de acesso", "codigo de acesso", "toegangscode",
            // Door, gate and key-safe codes ("Digicode : 4812B", "il codice del portone è 2580#", "O código do portão é 1357").
            "digicode", "code porte", "code de la porte", "code d'entrée", "code d'entree", "code portail", "code du portail",
            "codice del portone", "codice portone", "codice del cancello", "codice cancello", "código do portão",
            "codigo do portao", "código da porta", "código do prédio", "código del portal", "código de la puerta",
            "codigo de la puerta", "código del portón", "türcode", "haustürcode", "torcode", "tür-code", "deurcode",
            "poortcode", "gate code", "door code", "keypad code", "entry code", "key safe code", "lockbox code",
            "schlüsselsafe-code", "code boîte à clés",
            // The same with the hyphenated "Wi-Fi" and French "clé" ("le code Wi-Fi est …", "clé wifi : …").
            "wi-fi code", "code wi-fi", "wi-fi key", "clé wifi", "clé wi-fi", "cle wifi", "código wi-fi", "clave wi-fi",
            "codice wi-fi", "chiave wi-fi", "wi-fi-wachtwoord", "wi-fi wachtwoord", "senha do wi-fi", "senha wi-fi",
        ]
        entries += password.map { ($0, .password) }
        // One-time and verification codes in the seven languages. Hand-written for ``OneTimeCodes`` (own list);
        // accents are kept by folding, so both spellings are listed. "tan" alone is left out (an English colour).
        let oneTimeCode = [
            "validation code", "code de validation", "código de validación", "codigo de validacion", "codice di convalida",
            "código de validação", "codigo de validacao", "validatiecode", "validierungscode",
            "verification code", "one-time code", "one time code", "one-time password", "one time password", "otp",
            "otp code", "security code", "confirmation code", "sms code", "2fa code", "auth code", "authentication code",
            "login code", "sign-in code", "activation code", "bestätigungscode", "verifizierungscode", "sicherheitscode",
            "einmalcode", "einmalpasswort", "sms-code", "mtan", "sms-tan", "freischaltcode", "aktivierungscode",
            "authentifizierungscode", "anmeldecode", "code de vérification", "code de verification", "code de confirmation",
            "code de sécurité", "code de securite", "code à usage unique", "code sms", "code otp", "code d'activation",
            "code de connexion", "código de verificación", "codigo de verificacion", "código de confirmación",
            "codigo de confirmacion", "código de seguridad", "codigo de seguridad", "código sms", "codigo sms", "código otp",
            "codigo otp", "clave dinámica", "código de activación", "codice di verifica", "codice otp", "codice di conferma",
            "codice di sicurezza", "codice sms", "codice di attivazione", "código de verificação", "codigo de verificacao",
            "código de confirmação", "codigo de confirmacao", "código de segurança", "codigo de seguranca",
            "código de ativação", "verificatiecode", "bevestigingscode", "beveiligingscode", "smscode",
            "eenmalige code", "activatiecode", "inlogcode",
            // German transaction numbers (TAN) of online banking, with an article or a scheme ("eine TAN 736204").
            "eine tan", "die tan", "meine tan", "neue tan", "tan-nummer", "tan nummer", "tan-code", "pushtan", "push-tan",
            "chiptan", "phototan", "smstan", "mobiletan", "m-tan",
            "bestätigungs-tan", "transaktions-tan", "freigabe-tan",
        ]
        entries += oneTimeCode.map { ($0, .oneTimeCode) }
        let recoveryCode = [
            "recovery code", "recovery codes", "backup code", "backup codes", "backup-code", "backup-codes",
            "wiederherstellungscode", "wiederherstellungscodes", "notfallcode", "notfallcodes", "code de récupération",
            "codes de récupération", "code de secours", "codes de secours", "código de recuperación", "códigos de recuperación",
            "codigo de recuperacion", "codigos de recuperacion", "código de recuperação", "códigos de recuperação",
            "codigo de recuperacao", "codice di recupero", "codici di recupero", "codici di backup", "codice di backup",
            "herstelcode", "herstelcodes", "back-upcode", "back-upcodes", "reservecode", "reservecodes",
        ]
        entries += recoveryCode.map { ($0, .recoveryCode) }
        entries += ["code", "código", "codigo", "codice"].map { ($0, .bareCode) }
        entries += ["aws", "aws_secret_access_key", "secret access key", "secret_access_key", "secret key",
                    "aws secret"].map { ($0, .aws) }
        entries += ["postcode", "post code", "postal code", "zip", "zip code", "zipcode", "plz", "postleitzahl",
                    "código postal", "codigo postal", "code postal", "cap", "cep", "postnummer"].map { ($0, .postcode) }
        return entries
    }()
}

extension Array where Element == CueLexicon.Hit {
    /// Whether a cue of `kind` ends within `window` scalars before `position`.
    ///
    /// Binary-searches the start-sorted hits, so repeated queries stay logarithmic.
    func hasCue(_ kind: CueLexicon.Kind, before position: Int, within window: Int) -> Bool {
        let earliest = position - window - CueLexicon.maxPhraseLength
        var low = 0
        var high = count
        while low < high {
            let mid = (low + high) / 2
            if self[mid].start < earliest { low = mid + 1 } else { high = mid }
        }
        var i = low
        while i < count, self[i].start < position {
            let hit = self[i]
            if hit.kind == kind, hit.end <= position, position - hit.end <= window { return true }
            i += 1
        }
        return false
    }
}
