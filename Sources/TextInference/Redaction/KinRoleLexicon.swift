/// Kinship and role words that stand before a person's name ("His daughter Adwoa", "mon fils Ilyès", "o estafeta
/// Anderson", "contractor Delroy St. Aubyn"), staff role labels that introduce the agent of a call note
/// ("Assistente: V. Mourão", "Atendeu: Nuno."), and the two other cue shapes ``KinRoleNameRecognizer`` reads: a
/// lower-case courtesy title ("neighbor mr. okafor") and a bare "name" before a lower-case name ("name kevin zabel.").
///
/// Source: hand-written for this project from everyday English, German, French, Spanish, Italian, Dutch and
/// Portuguese (own list, project licence); no list was copied. Words that are also frequent function words or
/// adjectives in another of the seven languages are listed only behind a possessive or article: English "son"
/// (French and Spanish "son"), "brother" (the printer brand), "assistant" (voice assistants), Italian "vicino"
/// ("near"), Spanish and Italian "prima"/"primo" ("bonus", "first") and Dutch "nicht" (German "not") are left out.
enum KinRoleLexicon {
    /// Kinship words of the seven languages (``CueLexicon/Kind/kinRole``).
    static let kinship = """
        daughter wife husband mother father grandson granddaughter grandmother grandfather grandma grandpa sister \
        neighbour neighbor nephew niece cousin uncle aunt stepson stepdaughter stepfather stepmother fiancé fiancée \
        girlfriend boyfriend flatmate roommate \
        sohn tochter enkel enkelin nachbar nachbarin ehemann ehefrau bruder schwester neffe nichte cousine schwager \
        schwägerin nachbarn sohnes bruders \
        fils fille petit-fils petite-fille voisin voisine mari épouse époux frère sœur soeur neveu nièce oncle tante \
        beau-frère belle-sœur belle-soeur père mère grand-père grand-mère \
        hijo hija nieto nieta vecino vecina marido esposo esposa hermano hermana sobrino sobrina tío tía cuñado cuñada \
        suegro suegra yerno nuera novio novia \
        figlio figlia nipote marito moglie fratello sorella cognato cognata suocero suocera zio zia cugino cugina \
        fidanzato fidanzata \
        zoon zoontje dochter dochtertje kleinzoon kleindochter buurman buurvrouw broer broertje zus zusje zwager \
        schoonzus oom echtgenoot echtgenote \
        filho filha neto neta vizinho vizinha irmão irmã sobrinho sobrinha cunhado cunhada sogro sogra genro tio tia \
        namorado namorada
        """

    /// Doorbell and name-plate words of the seven languages, after which a surname names the household ("citofono Bruno",
    /// "Klingel Nowak"; not the English "doorbell", "intercom" or Spanish "portero", "timbre", which name brands and other
    /// things as often). Also read by ``QuotedDoorbellNames``.
    static let doorbells =
        "klingel türklingel klingelschild citofono campanello sonnette naambordje interphone campainha interfone deurbel " +
        "briefkasten brievenbus"

    /// Trade and service roles of the seven languages that name the person doing a job (``CueLexicon/Kind/kinRole``), and
    /// the ``doorbells`` words.
    static let roles = doorbells + " " + """
        installer contractor subcontractor helper landlord landlady plumber electrician caretaker carer caregiver \
        postman mailman engineer fitter handyman dispatcher tenant accountant bookkeeper \
        vermieter vermieterin handwerker monteurin installateur elektriker klempner zusteller zustellerin paketbote \
        postbote kurier hausmeister hausmeisterin buchhalter buchhalterin steuerberater steuerberaterin mieter mieterin \
        eigentümer eigentümerin \
        technicien technicienne installatrice plombier électricien gardien gardienne concierge facteur \
        collaborateur collaboratrice comptable locataire propriétaire \
        instalador instaladora mensajero mensajera cartero fontanero electricista casero encargado encargada \
        inquilino inquilina propietario propietaria \
        installatore idraulico elettricista fattorino postino commercialista ragioniere ragioniera proprietario \
        proprietaria \
        loodgieter elektricien huisbaas verhuurder chauffeur koerier pakketbezorger postbode boekhouder boekhoudster \
        huurder huurster eigenaar eigenares \
        estafeta motorista entregador entregadora carteiro canalizador eletricista senhorio senhoria contabilista \
        proprietário proprietária
        """

    /// Ambiguous kinship and role words behind a possessive or article (see the type's note).
    static let possessivePhrases = [
        "his son", "her son", "our son", "their son", "your son", "his brother", "her brother", "our brother",
        "their brother", "your brother", "his assistant", "her assistant", "your assistant", "il mio vicino",
        "mio vicino", "la mia vicina", "mia vicina", "il vicino", "la vicina", "son petit-fils", "son fils",
        "sa fille", "son mari", "sa femme", "son voisin", "sa voisine", "son frère", "sa sœur",
        // The household named on an English doorbell ("Ring the bell for Nowak", "buzzer for Okafor").
        "bell for", "doorbell for", "buzzer for", "intercom for",
    ]

    /// Lower-case courtesy titles read with a lower-case name after them ("mr. okafor").
    static let lowercaseTitles = ["mr.", "mrs.", "ms.", "mr", "mrs"]

    /// A bare "name" before a lower-case name that closes its clause ("bestellung #OT-29386, name kevin zabel.").
    static let nameWords = ["name", "nome", "nombre", "naam"]

    /// Every ``CueLexicon/Kind/kinRole`` phrase.
    static var kinRolePhrases: [String] {
        words(kinship) + words(roles) + possessivePhrases + lowercaseTitles + nameWords
    }

    /// Staff role labels and hand-offs that introduce an agent's or a contact's name (``CueLexicon/Kind/relation``):
    /// "Assistente: V. Mourão", "Atendeu: Nuno.", "Sachbearbeiterin: Frau Wolff", "Questions to Henrietta Vos".
    static let relationPhrases = [
        "atendeu", "atendido por", "atendida por", "atendente", "assistente", "me atendeu", "atendió",
        "me atendió", "le atendió", "atendido por:", "bearbeiter", "bearbeiterin", "sachbearbeiter",
        "sachbearbeiterin", "asesor", "asesora", "gestor", "gestora", "assistante", "behandelaar", "behandeld door",
        "addetto", "addetta", "gestito da", "questions to", "queries to", "inquiries to", "enquiries to",
        "fragen an", "rückfragen an", "questions à", "preguntas a", "dudas a", "domande a", "vragen aan",
        "dúvidas para", "geändert von", "zuletzt geändert von",
    ]

    /// The kinship and role words, to keep them out of names read after a self-introduction ("soy la esposa de …").
    static let wordTable: WordHashSet = WordHash.table(kinship + " " + roles)

    /// ``lowercaseTitles`` and ``nameWords`` as ``WordHash`` values, to tell a ``CueLexicon/Kind/kinRole`` hit's shape.
    static let lowercaseTitleTable: WordHashSet = WordHash.table(lowercaseTitles.joined(separator: " "))
    static let nameWordTable: WordHashSet = WordHash.table(nameWords.joined(separator: " "))

    /// The space-separated words of `list`.
    private static func words(_ list: String) -> [String] {
        list.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\\" }).map(String.init)
    }
}
