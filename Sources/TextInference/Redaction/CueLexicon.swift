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
        /// A reference or order number follows ("order", "Bestellung", "ref"); a number right after it
        /// is not a phone number.
        case reference
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

    private let phrases: [[UInt32]]
    private let kinds: [Kind]
    private var asciiBuckets: [[Int]]
    private var otherBuckets: [UInt32: [Int]]

    /// An upper bound on phrase length in scalars, used to bound look-backs.
    static let maxPhraseLength = 32

    /// The built-in multilingual lexicon.
    static let standard = CueLexicon(entries: CueLexicon.defaultEntries)

    /// Builds a lexicon from `(phrase, kind)` pairs.
    init(entries: [(String, Kind)]) {
        var phrases: [[UInt32]] = []
        var kinds: [Kind] = []
        var ascii = [[Int]](repeating: [], count: 128)
        var other: [UInt32: [Int]] = [:]
        for (phrase, kind) in entries {
            let folded = [UInt32](scalarsOf: phrase)
            guard let first = folded.first else { continue }
            let index = phrases.count
            phrases.append(folded)
            kinds.append(kind)
            if first < 128 { ascii[Int(first)].append(index) } else { other[first, default: []].append(index) }
        }
        self.phrases = phrases
        self.kinds = kinds
        self.asciiBuckets = ascii
        self.otherBuckets = other
    }

    /// Every cue occurrence in `text`, sorted by start (overlapping phrases all reported).
    func hits(in text: ScannedText) -> [Hit] {
        var result: [Hit] = []
        let folded = text.folded
        var i = 0
        let n = folded.count
        while i < n {
            let c = folded[i]
            if !text.isWordStart(i) || !ScalarClass.isWordChar(text.values[i]) {
                i += 1
                continue
            }
            let bucket: [Int]
            if c < 128 { bucket = asciiBuckets[Int(c)] } else { bucket = otherBuckets[c] ?? [] }
            for index in bucket {
                let phrase = phrases[index]
                let end = i + phrase.count
                guard end <= n else { continue }
                var k = 1
                while k < phrase.count, folded[i + k] == phrase[k] { k += 1 }
                guard k == phrase.count else { continue }
                let last = phrase[phrase.count - 1]
                if ScalarClass.isWordChar(last), !text.isWordEnd(end) { continue }
                result.append(Hit(kind: kinds[index], start: i, end: end))
            }
            i += 1
        }
        return result
    }

    private static let defaultEntries: [(String, Kind)] = {
        var entries: [(String, Kind)] = []
        let phone = [
            "phone", "phone number", "tel", "tel.", "telephone", "mobile", "cell", "cellphone", "call me",
            "call", "reach me", "text me", "whatsapp", "number", "contact", "fax", "teléfono", "telefono",
            "móvil", "movil", "celular", "número", "numero", "llámame", "telefon", "telefonnummer", "handy",
            "nummer", "rufnummer", "téléphone", "portable", "appelez", "cellulare", "chiamami", "telefone",
            "telemóvel", "ligue", "telefoonnummer", "mobiel", "bel me", "ring mig", "телефон", "هاتف", "رقم",
        ]
        entries += phone.map { ($0, .phone) }
        entries += ["ssn", "ssn#", "social security", "social security number", "social-security", "sozialversicherungsnummer",
                    "seguro social", "tin"].map { ($0, .ssn) }
        let birth = [
            "born", "born on", "date of birth", "birth date", "birthdate", "birthday", "dob", "d.o.b", "d.o.b.",
            "fecha de nacimiento", "nacido el", "nacida el", "nací el", "geboren", "geboren am", "geburtsdatum",
            "geb.", "né le", "née le", "né", "née", "date de naissance", "data di nascita", "nato il", "nata il",
            "data de nascimento", "nascido em", "nascida em", "geboortedatum", "geboren op", "födelsedatum",
            "född", "дата рождения", "родился", "родилась", "تاريخ الميلاد", "تاريخ ميلادي",
        ]
        entries += birth.map { ($0, .birth) }
        let name = [
            "my name is", "my name's", "name is", "i'm", "i am", "this is", "me llamo", "mi nombre es",
            "je m'appelle", "mon nom est", "ich heiße", "ich heisse", "mein name ist", "mi chiamo",
            "il mio nome è", "meu nome é", "me chamo", "mijn naam is", "ik heet", "jag heter",
            "mitt namn är", "jeg hedder", "jeg heter", "меня зовут", "моё имя", "мое имя", "اسمي",
            "name:", "full name", "in the name of", "au nom de", "a nombre de", "em nome de", "intestato a",
            "auf den namen", "op naam van", "nombre:", "nom :", "nom:", "nome:", "naam:", "namn:",
        ]
        entries += name.map { ($0, .selfName) }
        entries += ["hier ist", "hier spricht", "c'est", "ici", "soy", "aquí", "aqui", "sono", "qui è", "met",
                    "hier is", "aqui é", "sou", "fala", "it's", "its"].map { ($0, .weakSelfName) }
        entries += ["order", "order no", "order number", "order #", "bestellung", "bestellnummer", "kundennummer",
                    "commande", "pedido", "ordine", "bestelling", "encomenda", "ref", "ref.", "reference",
                    "referencia", "referència", "référence", "riferimento", "referência", "kenmerk", "invoice",
                    "factura", "facture", "rechnung", "fattura", "factuur", "fatura", "ticket", "case",
                    "tracking", "sendung", "colis", "paquete", "pacco", "pakket"].map { ($0, .reference) }
        let signature = [
            "regards", "best regards", "kind regards", "warm regards", "best", "thanks", "thank you", "cheers",
            "sincerely", "yours sincerely", "yours truly", "saludos", "un saludo", "atentamente", "cordialmente",
            "mit freundlichen grüßen", "mit freundlichen grüssen", "freundliche grüße", "viele grüße",
            "beste grüße", "grüße", "lg", "cordialement", "bien à vous", "bien cordialement", "cordiali saluti",
            "distinti saluti", "saluti", "atenciosamente", "abraços", "met vriendelijke groet",
            "vriendelijke groeten", "groeten", "groetjes", "abraço", "um abraço", "beijos", "mvh",
            "pozdrawiam", "saygılarımla", "med vänliga hälsningar", "vänliga hälsningar", "hälsningar",
            "med venlig hilsen", "с уважением", "مع تحياتي", "مع خالص التحيات",
        ]
        entries += signature.map { ($0, .signature) }
        let password = [
            "password", "passwd", "pwd", "pass", "passcode", "passwort", "kennwort", "contraseña", "contrasena",
            "clave", "mot de passe", "mdp", "senha", "parola d'ordine", "wachtwoord", "lösenord", "пароль",
            "كلمة المرور", "pin", "api key", "api_key", "apikey", "secret", "client_secret", "access_token",
            "auth_token", "token",
        ]
        entries += password.map { ($0, .password) }
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
