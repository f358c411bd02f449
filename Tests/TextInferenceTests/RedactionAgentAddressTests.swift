import Testing
@testable import TextInference

/// redaction-1.6.0: names after agent verbs ("ask", "transferred by", "me pasaron con"), possessives,
/// listed names, "…'s name," and copulas after name labels, thanks with intensifiers, sentence subjects of
/// everyday verbs; AWS secrets next to an access key ID, long values after "secret"/"token", "Passwort lautet";
/// addresses with building parts, German prepositional streets, "Laan van", "5/22" units, stair/door numbers,
/// unit letters, " - " before the postcode, counties, city particles, regions and compact Canadian postcodes.
@Suite("Redaction 1.6.0 agent names, secrets and address formats")
struct RedactionAgentAddressTests {
    let redactor = RedactionTestSupport.redactor

    @Test("names after agent verbs, in lists and possessives are redacted", arguments: [
        ("Can you ask Ravindra Subramaniam to email me the quote?", "en", ["Ravindra Subramaniam"]),
        ("I was transferred by Clementine to the returns desk.", "en", ["Clementine"]),
        ("The policy is under my husband's name, Horatio Fairweather.", "en", ["Horatio Fairweather"]),
        ("Please refund Siobhan's order as well.", "en", ["Siobhan"]),
        ("cc: Adaeze Okonkwo, Perpetua Ashdown", "en", ["Adaeze Okonkwo", "Perpetua Ashdown"]),
        ("thanks so much fiona you saved my day", "en", ["fiona"]),
        ("Ansprechpartner ist Dominik Wollenhaupt aus dem Vertrieb.", "de", ["Dominik Wollenhaupt"]),
        ("Me pasaron con Remedios, que no sabía nada.", "es", ["Remedios"]),
        ("What's your last name? Thorvaldsen", "en", ["Thorvaldsen"]),
        ("Johanna is very reliable, she fixed it.", "en", ["Johanna"]),
    ])
    func names(text: String, language: String, names: [String]) {
        #expect(RedactionTestSupport.spans(redactor.redact(text, language: language), in: text, type: .person) == names)
    }

    @Test("products, support words and plain verbs after the new cues stay", arguments: [
        ("Could you ask Customer Service to call me?", "en"),
        ("I told you the order was late.", "en"),
        ("Alexa is not responding since the update.", "en"),
        ("Please confirm your name, address and date of birth.", "en"),
        ("That's the Google Pay issue again.", "en"),
    ])
    func negatives(text: String, language: String) {
        #expect(RedactionTestSupport.spans(redactor.redact(text, language: language), in: text, type: .person).isEmpty)
    }

    @Test("secrets after an access key ID, after a bare label and after a copula are redacted", arguments: [
        ("key AKIAQ3EXAMPLE7KEY234 and secret Zq8sLm2Vt9Xr4Pw7Nd3Kb6Hy1Jc5Gf0Ea8Ru2Ti4", "en",
         ["AKIAQ3EXAMPLE7KEY234", "Zq8sLm2Vt9Xr4Pw7Nd3Kb6Hy1Jc5Gf0Ea8Ru2Ti4"]),
        ("the token 4f9a8b7c6d5e4f3a2b1c0d9e8f7a6b5c works", "en", ["4f9a8b7c6d5e4f3a2b1c0d9e8f7a6b5c"]),
        ("Das Passwort lautet Brezel&Senf42, bitte ändern.", "de", ["Brezel&Senf42"]),
    ])
    func secrets(text: String, language: String, secrets: [String]) {
        #expect(RedactionTestSupport.spans(redactor.redact(text, language: language), in: text, type: .secret) == secrets)
    }

    @Test("address formats of 1.6.0 are redacted whole", arguments: [
        ("Neue Adresse: Auf dem Kamp 12b, 48149 Münster", "de", "Auf dem Kamp 12b, 48149 Münster"),
        ("Stuur het naar Laan van Nieuw Oost-Indië 40\n2593 BN Den Haag", "nl", "Laan van Nieuw Oost-Indië 40\n2593 BN Den Haag"),
        ("Ship to Unit 7/14 Smith St, Fitzroy VIC 3065 please", "en", "Unit 7/14 Smith St, Fitzroy VIC 3065"),
        ("Bitte an Wiener Gasse 8/3/12, 2340 Mödling liefern.", "de", "Wiener Gasse 8/3/12, 2340 Mödling"),
        ("Livrer à Résidence Le Parc, bât. C, 9 rue Pasteur, 31000 Toulouse.", "fr", "Résidence Le Parc, bât. C, 9 rue Pasteur, 31000 Toulouse"),
        ("Enviar a Av. Santa Fe 3100, piso 2 depto C, C1425BGN CABA", "es", "Av. Santa Fe 3100, piso 2 depto C, C1425BGN CABA"),
        ("Spedite a Piazza Maggiore, 6 - 40124 Bologna.", "it", "Piazza Maggiore, 6 - 40124 Bologna"),
        ("we live at 4 Church Lane, Kilkenny, Co. Kilkenny R95 A1B2 now", "en", "4 Church Lane, Kilkenny, Co. Kilkenny R95 A1B2"),
        ("Endereço: Rua Visconde de Pirajá 550, casa 3, Rio de Janeiro - RJ, 22410-002", "pt",
         "Rua Visconde de Pirajá 550, casa 3, Rio de Janeiro - RJ, 22410-002"),
        ("Envoyez à 813 chemin Sainte-Foy Suite 20, Québec, QC G1S2L3.", "fr", "813 chemin Sainte-Foy Suite 20, Québec, QC G1S2L3"),
        ("Enviar a Diagonal Norte N° 812, Rosario 2000, Santa Fe.", "es", "Diagonal Norte N° 812, Rosario 2000, Santa Fe"),
    ])
    func addresses(text: String, language: String, address: String) {
        #expect(RedactionTestSupport.spans(redactor.redact(text, language: language), in: text, type: .address) == [address])
    }
}
