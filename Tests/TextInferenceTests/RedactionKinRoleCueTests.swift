import Testing
@testable import TextInference

/// Names announced by kinship and role words, lower-case titles, a bare "name", chat self-introductions that open
/// a text and staff role labels (``KinRoleNameRecognizer``, ``KinRoleLexicon``).
@Suite("Redaction names after kinship and role cues")
struct RedactionKinRoleCueTests {
    let redactor = RedactionTestSupport.redactor

    private func names(_ text: String, _ language: String) -> [String] {
        RedactionTestSupport.spans(redactor.redact(text, language: language), in: text, type: .person)
    }

    @Test("a capitalised name after a kinship or role word is a name", arguments: [
        ("His daughter Adwoa is to be added as an authorised user.", "en", ["Adwoa"]),
        ("Your installer Tyrell fitted the thermostat last Thursday.", "en", ["Tyrell"]),
        ("mon fils Ilyès (né en 2010) doit être inscrit sur le forfait.", "fr", ["Ilyès"]),
        ("Mijn zoontje Olek is vorige maand vijf geworden.", "nl", ["Olek"]),
        ("o estafeta Anderson disse que não encontrou a morada.", "pt", ["Anderson"]),
        ("El fontanero Wilmer dijo que volvería el lunes.", "es", ["Wilmer"]),
        ("Il fattorino Gennaro ha lasciato il pacco al bar.", "it", ["Gennaro"]),
        ("Mein Enkel Jannik hat das Abo bestellt.", "de", ["Jannik"]),
        ("hab beim Nachbarn (Yıldırım, 2. OG) gefragt", "de", ["Yıldırım"]),
        ("Mon voisin (Karim) a signé le bon.", "fr", ["Karim"]),
    ])
    func capitalisedNames(text: String, language: String, expected: [String]) {
        #expect(names(text, language) == expected)
    }

    @Test("surname particles and saint abbreviations stay inside the name", arguments: [
        ("Form correction for contractor Delroy St. Aubyn: the 1099 shows our number.", "en", ["Delroy St. Aubyn"]),
        ("Je suis son petit-fils, Tanguy Le Bihan, joignable le soir.", "fr", ["Tanguy Le Bihan"]),
        ("Mijn buurvrouw Fenna van der Berg neemt het pakket aan.", "nl", ["Fenna van der Berg"]),
    ])
    func particleNames(text: String, language: String, expected: [String]) {
        #expect(names(text, language) == expected)
    }

    @Test("a verb, noun, possessive or product after the cue is no name", arguments: [
        ("my son's school called and the driver said no.", "en"),
        ("mon fils est malade et ma fille aussi.", "fr"),
        ("der Fahrer kam nicht und meine Tochter Schule hat angerufen.", "de"),
        ("o estafeta disse que não havia ninguém em casa.", "pt"),
        ("Our installer Mode was set wrong and the contractor Portal is down.", "en"),
        ("El repartidor Amazon dejó el paquete en la puerta.", "es"),
        ("the plumber came and the electrician left early.", "en"),
        ("Der Zusteller DHL hat nur einen Zettel dagelassen.", "de"),
        ("Mio figlio (Liceo) usa l'account.", "it"),
    ])
    func noNameAfterCue(text: String, language: String) {
        #expect(names(text, language).isEmpty)
    }

    @Test("a lower-case name after a lower-case courtesy title", arguments: [
        ("neighbor mr. okafor didnt get it either", "en", ["okafor"]),
        ("pls ask mrs. abernathy about the parcel", "en", ["abernathy"]),
    ])
    func lowercaseTitles(text: String, language: String, expected: [String]) {
        #expect(names(text, language) == expected)
    }

    @Test("lower-case self-introductions that open a chat", arguments: [
        ("holaa soy arantxa 😅 mi pedido sigue en reparto", "es", ["arantxa"]),
        ("hi im jordan feliciano i need to reset my pin", "en", ["jordan feliciano"]),
        ("ciao sono salvo giuffrida, il pacco non è arrivato", "it", ["salvo giuffrida"]),
        ("bestellung #OT-29386, name kevin zabel. die konsole soll heute kommen", "de", ["kevin zabel"]),
    ])
    func lowercaseIntroductions(text: String, language: String, expected: [String]) {
        #expect(names(text, language) == expected)
    }

    @Test("common words after a self-introduction are no name", arguments: [
        ("hola soy nueva aquí y no sé cómo pagar", "es"),
        ("ciao sono stanco di aspettare il rimborso", "it"),
        ("hi im not sure what happened to my order", "en"),
        ("olá é o meu pedido que não chegou", "pt"),
        ("hola soy de madrid y mi pedido no llega", "es"),
        ("hey its broken again after the update", "en"),
        ("hallo ich bin echt sauer wegen der rechnung", "de"),
        ("Sono nato il 27/06/1960 ma il modulo non accetta la data.", "it"),
        ("Buenas, soy la esposa de mi marido y llamo por su cuenta.", "es"),
        ("oi aqui é a kkk meu cartão não passa", "pt"),
        ("name change requested, the name on the card is wrong", "en"),
    ])
    func commonWordsAfterIntroductions(text: String, language: String) {
        #expect(names(text, language).isEmpty)
    }

    @Test("staff role labels introduce a name", arguments: [
        ("Contacto alternativo confirmado. Assistente: V. Mourão", "pt", ["V. Mourão"]),
        ("Vorgang geprüft.\nSachbearbeiterin: Jolanta Wierzbicka", "de", ["Jolanta Wierzbicka"]),
        ("Questions to Henrietta Vos at the front desk.", "en", ["Henrietta Vos"]),
    ])
    func roleLabels(text: String, language: String, expected: [String]) {
        #expect(names(text, language) == expected)
    }

    @Test("a Portuguese title with an ordinal indicator opens a three-part name")
    func ordinalTitle() {
        #expect(names("Nota: a Sr.ª Djamila Tavares Semedo pediu alteração do IBAN.", "pt") == ["Djamila Tavares Semedo"])
    }
}
