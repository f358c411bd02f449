/// The word tables of ``CredentialScope``: credential, code, answer, question and tried words, labels, set-off words,
/// units and the vetoes' vocabularies, all hand-written (own lists) and folded as ``WordHash`` folds them.
extension CredentialScope {
    /// The words of ``answerWords``.
    static let answerWordList = """
        answer antwort sicherheitsantwort geburtsname mädchenname réponse reponse \
        respuesta risposta resposta antwoord maiden soltera solteira nubile meisjesnaam
        """

    /// Credential words read as whole words. Hand-written (own list).
    static let credentialWords: WordHashSet = WordHash.table(credentialWordList)

    /// The words of ``credentialWords``.
    static let credentialWordList = """
        password passwords passwort kennwort passcode pin puk pwd mdp senha contraseña contrasena clave wachtwoord \
        token passphrase ww
        """

    /// Bare code and key words ("code", "código", "key", "Schlüssel", "chiave"): a credential only next to a word naming
    /// what it unlocks or proves ("alarm code", "gate code", "Wi-Fi key", "la chiave del Wi-Fi"), since most codes are
    /// references ("booking code", "zip code") and most keys open doors ("the key to locker 4471").
    static let codeWords: WordHashSet = WordHash.table(codeWordList)

    /// The words of ``codeWords``.
    static let codeWordList = """
        code codes código codigo códigos codigos codice codici key keys schlüssel schluessel clé cle chiave chave sleutel
        """

    /// Words before a bare code word that make it a credential, and the first parts of German and Dutch compounds
    /// ending in "code" that are ("Türcode", "Notfallcode", "toegangscode"). Hand-written (own list).
    static let codeQualifiers: WordHashSet = WordHash.table("""
        alarm duress panic gate door garage keypad lockbox unlock sim pin puk sms otp secret security access entry \
        verification confirmation recovery backup one-time login sign-in 2fa auth authentication wifi wi-fi \
        tür tor haustür zugangs sicherheits bestätigungs einmal notfall wiederherstellungs aktivierungs freischalt \
        entsperr anmelde verifizierungs sicherungs geheim tan \
        deur poort toegangs inlog verificatie bevestigings beveiligings herstel activatie geheime \
        alarme portail porte sécurité securite vérification verification confirmation accès acces \
        alarma puerta portón porton seguridad verificación verificacion confirmación confirmacion acceso \
        allarme portone cancello sicurezza verifica conferma accesso \
        alarme portão portao porta segurança seguranca verificação verificacao confirmação confirmacao acesso \
        voicemail mailbox messagerie segreteria buzón buzon voicemail nood emergency emergenza emergencia urgence \
        sblocco desbloqueo déverrouillage deverrouillage desbloqueio ontgrendel respaldo contrainte coacción coaccion \
        coazione coação coacao allarme alarma alarm card carte karte tarjeta carta cartão cartao kaart bankkaart \
        wlan netzwerk network réseau reseau red rete rede netwerk api licence license lizenz licencia licenza licença \
        licenca licentie product produkt produit producto prodotto produto private privater secret router modem \
        livebox fritzbox freebox correio
        """)

    /// Security-question words, after which a plain word is the value. Hand-written (own list).
    static let answerWords: WordHashSet = WordHash.table(answerWordList)

    /// The words of ``answerWords``.
    /// Of ``answerWords`` and ``questionWords``, the compounds that name a security question by themselves; the plain
    /// words ("answer", "Antwort", "question", "vraag") count only with a security word in the same sentence.
    static let securityAnswerWords: WordHashSet = WordHash.table("""
        sicherheitsantwort sicherheitsfrage sicherheitsabfrage geburtsname mädchenname maiden soltera solteira nubile \
        meisjesnaam beveiligingsvraag
        """)

    /// Words that make a plain answer or question word a security one. Hand-written (own list).
    static let securityWords: WordHashSet = WordHash.table("""
        security secret sécurité securite secrète secrete seguridad secreta secreto sicurezza segreta segurança \
        seguranca geheime geheim beveiligings veiligheidsvraag sicherheit
        """)

    /// Question words: in their sentence a plain capitalised word set off as a value is the answer ("the security
    /// question asks for my first pet's name, which is Biscuit"). Hand-written (own list).
    static let questionWords: WordHashSet = WordHash.table(questionWordList)

    /// The words of ``questionWords``.
    static let questionWordList = """
        question frage pregunta domanda pergunta vraag sicherheitsfrage sicherheitsabfrage beveiligingsvraag
        """

    /// Words of a tried or typed value ("I tried", "hab … probiert", "j'ai tapé"). Hand-written (own list).
    static let triedWords: WordHashSet = WordHash.table(triedWordList)

    /// The words of ``triedWords``.
    static let triedWordList = """
        tried try trying typed entered probiert versucht eingegeben eingetippt essayé essaye tapé tape saisi \
        probé probe intenté intente puse escribí escribi ingresé ingrese provato digitato inserito messo \
        tentei digitei coloquei usei geprobeerd ingevoerd ingetypt getypt tenté tente tentato tentado intentado pus \
        pongo
        """

    /// Compounds with a credential ending that name something else ("Fehlercode", "Gutscheincode", "Postcode").
    static let notCredentialCompounds: WordHashSet = WordHash.table(notCredentialCompoundList)

    /// The words of ``notCredentialCompounds``.
    static let notCredentialCompoundList = """
        fehlercode errorcode gutscheincode rabattcode promocode aktionscode postcode barcode qrcode qr-code zipcode \
        kortingscode actiecode foutcode landcode ländercode landescode sourcecode quellcode statuscode hscode \
        artikelcode produktcode productcode colorcode farbcode dresscode encode decode unicode opcode shortcode \
        geocode transcode bytecode
        """

    /// Labels of values that are not credentials, in the seven languages. Hand-written (own list).
    static let labelWords: WordHashSet = WordHash.table(labelWordList)

    /// The words of ``labelWords``.
    static let labelWordList = """
        order ordernumber ticket case ref reference invoice account customer contract serial model version firmware \
        build imei tracking shipment parcel package error username user login id sku item article part product promo \
        voucher coupon discount ssid network update patch app ios android windows ends ending policy claim booking \
        reservation flight incident request po member membership loyalty error
        bestellung bestellnummer auftrag auftragsnummer vorgang vorgangsnummer rechnung rechnungsnummer kundennummer \
        kundennr kunde vertrag vertragsnummer seriennummer modell fehler fehlercode sendung sendungsnummer paket \
        benutzername benutzer gutschein gutscheincode rabattcode endet endziffern artikel buchung buchungsnummer \
        police versicherungsnummer kundenkonto konto aktenzeichen
        commande dossier référence facture client contrat série modèle modele erreur suivi colis utilisateur \
        identifiant bon termine numéro
        pedido caso referencia factura cliente contrato serie modelo versión error seguimiento envío envio paquete \
        usuario cupón cupon descuento termina reserva póliza poliza
        ordine pratica riferimento fattura contratto seriale modello versione errore spedizione tracciamento pacco \
        utente sconto prenotazione polizza
        encomenda protocolo referência fatura série versão versao erro rastreio rastreamento usuário utilizador \
        cupom cupão desconto apólice apolice
        bestelling bestelnummer zaak referentie factuur klant klantnummer serienummer versie fout foutcode zending \
        pakket gebruikersnaam gebruiker kortingscode kortingsbon eindigt boeking polis \
        rede réseau reseau red rete netzwerk netwerk wlan-name acaba acabada open opens geöffnet ouvert abierto aperto \
        limit limite filiale branch sucursal agência agencia balcão balcao filiaal succursale agence blz cp plz cap cep \
        zip postcode server servidor serveur laufwerk drive host hostname vpn projekt project projet proyecto progetto \
        projeto wlan wifi wi-fi ssid gastnetz nutzername anmeldename utilisateur compte usuário utente room zimmer \
        chambre habitación habitacion camera quarto kamer locker spind casier casillero armadietto cacifo kluisje flug \
        vol vuelo volo voo vlucht flight plan tarif tarifa tariffa tarifário tarifario abonnement budget importo valor \
        bedrag amount betrag montant importe kenteken targa matrícula matricula plate kennzeichen immatriculation \
        transaction transaktion transacción transazione transação complaint reclamação beschwerde réclamation \
        reclamación reclamo klacht model modèle typ type tipo apartment apartamento appartement wohnung flat \
        appartamento piso andar etage floor étage piano profil profile workspace tenant group gruppe groupe grupo gruppo \
        groep connector stecker réservation pnr expediente localizador accounts konten comptes cuentas contas conti \
        accounts instance umgebung environment poste durchwahl extension extensión extension interno ramal toestel \
        forfait firma company société societe empresa ditta azienda bedrijf \
        appli application aplicación aplicativo kurs course cours curso corso cursus standort site sede \
        locatie halle hall nave capannone kabine cabine camarote cabina raum salle sala zaal büro bureau oficina \
        ufficio escritório kantoor zentrale zone artículo articolo artigo sku ddt richtlinie politique política \
        nutzer plaque baujahr jahr year année año anno ano jaar frist deadline hausverwaltung verwaltung terminado \
        acabado final finale eindigend endend region região regione región régión regio instance instância istanza \
        requests anfragen demandes solicitudes richieste pedidos aanvragen call anruf appel llamada chiamata chamada \
        gesprek meeting termin cita appuntamento afspraak vlan port
        """

    /// Company-form and service words after a name ("Secur24 GmbH", "Alarme24 Services"). Hand-written (own list).
    static let companySuffixes: WordHashSet = WordHash.table("""
        gmbh ag kg ug sl sa sas sarl srl spa bv nv ltd inc llc lda services service solutions team shop store
        """)

    /// Number words: a label of what stands before them ("die neue Nummer ist 4471") unless a credential word does
    /// ("PIN number is 1234", "Geheimnummer"). Hand-written (own list).
    static let numberWords: WordHashSet = WordHash.table("""
        number nummer numéro numero número nr no nº n°
        """)

    /// Words that set a value off right after them: copulas and "to"/"from"/"with" words. Hand-written (own list).
    static let setOffWords: WordHashSet = WordHash.table(setOffWordList)

    /// The words of ``setOffWords``.
    static let setOffWordList = """
        is was are were be ist war sind lautet lautete est était etait es era fue sea è é era foi é são seja \
        to from into auf von zu in à a de en para naar van met with mit avec con com par da c'est c’est c'était \
        c’était
        """

    /// Every single word that may open a credential scope or qualify a code word after it (``credentialWords``,
    /// ``codeWords``, ``answerWords``, ``questionWords``, ``triedWords``).
    static let triggerWords: WordHashSet = WordHashSet(
        WordHash.set(credentialWordList).union(WordHash.set(codeWordList)).union(WordHash.set(answerWordList))
            .union(WordHash.set(questionWordList)).union(WordHash.set(triedWordList)))

    /// Words of logging in or of an account, which make a "tried"/"typed" word's value a credential. Hand-written.
    static let loginWords: WordHashSet = WordHash.table("""
        login log logged logon signin sign anmelden einloggen anmeldung eingeloggt anmelde konto account compte cuenta \
        conta conto accesso accedere entrar acceder accéder acceder connexion connecter connecte iniciar sesión sesion \
        inloggen ingelogd inlog portal portail portale
        """)

    /// Every word of the role tables, so most words need one look-up (``role(_:_:_:previous:)``).
    static let anyRoleWord: WordHashSet = WordHashSet([credentialWordList, codeWordList, answerWordList,
        questionWordList, triedWordList, labelWordList, setOffWordList, notCredentialCompoundList]
        .reduce(into: Set<UInt64>()) { $0.formUnion(WordHash.set($1)) })

    /// Words that may stand between a PIN word and its digits ("PUK laut Karte", "il PUK della SIM", "O PIN do
    /// cartão"). Hand-written (own list).
    static let nearCueWords: WordHashSet = WordHash.table("""
        laut auf der die des meiner meine on the my of sur la le du de ma mon sa el del mi su il della mia lo sua do da \
        minha na no op van mijn sim karte card carte tarjeta carta cartão cartao kaart handy phone téléphone telefone \
        teléfono telefono telefoon dem
        """)

    /// Words that join a second value to a first one besides the conjunctions ("9090 oppure forse 0909", "and neither did
    /// …", "X, then Y"). Hand-written (own list).
    static let joinWords: WordHashSet = WordHash.table("""
        oppure neither nor then dann danach puis ensuite luego después despues poi depois daarna also auch aussi también \
        tambien anche também tambem ook forse vielleicht talvez quizás quizas misschien maybe perhaps weder noch ni né \
        nem nemmeno again nochmal encore otra ancora outra weer like voudrais quiero möchte vorrei quero wil poner \
        mettre setzen zetten colocar mettere
        """)

    /// Words after which a changed or new value stands ("von 1357 auf 7531", "de 2207 à 6185", "da 0000 a 2468").
    /// Hand-written (own list).
    static let changeWords: WordHashSet = WordHash.table("to from auf von à a de da para naar van em para")

    /// Words of a status or an error message, which a quoted credential value never holds. Hand-written (own list).
    static let statusWords: WordHashSet = WordHash.table("""
        incorrect invalid wrong expired weak strong error falsch ungültig ungultig abgelaufen nicht not pas no non niet \
        não nao incorrecto incorrecta inválida invalida válida valida errata errato sbagliata sbagliato fout ongeldig \
        verlopen incorreta incorreto expirada scaduta caducada expirée expiree expiré funktioniert works werkt funciona \
        funziona fonctionne message meldung mensaje messaggio mensagem melding
        """)

    /// Outcomes an agent notes after a security answer ("Security answer: Correct", "Antwoord: Juist"). Hand-written.
    static let outcomeWords: WordHashSet = WordHash.table("""
        correct incorrect matched match mismatch failed fail passed pass verified unverified partial unknown accepted \
        rejected confirmed answered given provided wrong right ok okay yes no none declined refused skipped \
        richtig falsch korrekt bestätigt verifiziert stimmt passt abgelehnt unbekannt ja nein \
        correcte juste bonne fausse erronée vérifiée validée confirmée refusée oui non inconnue \
        correcta correcto incorrecta incorrecto errada errado verificada validada confirmada coincide sí si no \
        corretta corretto errata errato sbagliata verificata confermata corrisponde sì \
        correta certo certa confere não nao sim \
        juist onjuist fout klopt bevestigd geverifieerd goed ja nee onbekend
        """)

    /// Brands and device words before a model number. Hand-written (own list).
    static let brandWords: WordHashSet = WordHash.table("""
        laserjet deskjet officejet canon epson brother zyxel technicolor avm fritzbox speedport router modem printer \
        zte sagemcom ultra pro max plus mini lite kyocera taskalfa ricoh xerox konica lexmark oki hikvision cisco elo \
        ubiquiti unifi mikrotik aruba juniper dahua axis synology qnap ap nvr \
        drucker imprimante impresora stampante impressora printer portable portátil portatile laptop notebook gerät \
        device appareil dispositivo apparaat tablet smartphone handy teléfono galaxy ue tv
        """)

    /// "By" and "from" words, after which a name of a company is as likely as a credential. Hand-written (own list).
    static let byWords: WordHashSet = WordHash.table("by from von par de di da door por pelo pela dal dalla del")

    /// Words right before a token that make it a login or account name rather than a credential. Hand-written.
    static let targetWords: WordHashSet = WordHash.table("""
        as als come como comme for für fur bei pour per voor
        """)

    /// "Of" words of the Romance languages.
    static let ofWords: WordHashSet = WordHash.table("de di da do")

    /// Words between an answer word and its value. Hand-written (own list).
    static let answerModifiers: WordHashSet = WordHash.table("""
        secret secrète secrete secreta segreta secreto geheime seguridad sicurezza segurança seguranca \
        sécurité securite security beveiligings
        """)

    /// Words that point back at the credential of the sentence before ("the old one", "der alte", "l'ancien").
    /// Hand-written (own list).
    static let anaphors: WordHashSet = WordHash.table("""
        old new previous one it alte alter altes neue neuer vorige vorherige ancien ancienne l'ancien l’ancien nouveau \
        nouvelle anterior antiguo antigua nuevo nueva vecchio vecchia nuovo nuova precedente antigo antiga novo nova \
        oude nieuwe vorige other another altro altra l'altro l’altro andere anderen autre l'autre l’autre otro otra \
        outro outra
        """)

    /// Auxiliary verbs after a number that is the subject of a clause ("1500 was withdrawn", "1500 sono stati
    /// prelevati"). Hand-written (own list).
    static let auxiliaries: WordHashSet = WordHash.table("""
        was were has have had wurde wurden hat haben ont été fue fueron ha han sono è stato stati foi foram tem \
        werd werden heeft hebben
        """)

    /// Units and currencies after a number that is no credential. Hand-written (own list).
    static let unitWords: WordHashSet = WordHash.table("""
        seconds second secs sec minutes minute mins min hours hour hrs days day euro euros eur dollars dollar usd gbp \
        chf € $ £ % sekunden minuten stunden tage secondes heures jours segundos minutos horas días dias dólares \
        dolares secondi minuti ore giorni dollari seconden minuten uur dagen reais real times mal fois veces volte vezes \
        keer x kb mb gb tb kg km pesos peso francs franc franken franchi soles sol reales rupees yen pounds libras \
        sterline sterling characters caractères caracteres caratteri zeichen tekens chars digits stellen chiffres \
        dígitos digitos cifre cijfers attempts versuche tentatives intentos tentativi tentativas pogingen uhr h \
        anni jahre ans años anos jaar years yrs
        """)

    /// Brands, devices and month abbreviations glued to a number, besides ``PasswordValueAhead``'s product words.
    /// Hand-written (own list).
    static let productNames: WordHashSet = WordHash.table("""
        tp fritz archer livebox freebox bbox speedport easybox xbox ps playstation kindle surface thinkpad macbook imac \
        ipod note redmi xperia nighthawk netgear huawei samsung xiaomi oneplus nokia motorola lenovo asus acer dell hp \
        lg sony philips bosch siemens miele dyson vw audi bmw tesla covid ipv wpa wpa2 wep usb hdmi jan feb mar apr \
        base arm amd intel ryzen \
        jun jul aug sep sept oct nov dec mär okt dez janv févr fevr avr juil sept déc ene abr ago dic gen mag giu lug \
        set ott fev mai out dez mrt mei
        """)

    /// Units glued to a number. Hand-written (own list).
    static let unitSuffixes: WordHashSet = WordHash.table("""
        gb mb kb tb gib mib ghz mhz khz hz mbps mbit kbps gbit gbps ml l cl kg g mg km m cm mm h min mins s sec ms x k \
        p w kw kwh wh v mah fps dpi in ft eur usd gbp chf pcs st stk th nd rd anni jahre ans años anos jaar
        """)

    /// Conjunctions after which a plain-word value's clause ends.
    static let conjunctions: WordHashSet = WordHash.table("""
        and but or und aber oder et mais ou y pero o e ma mas en maar of
        """)

    /// Copulas: a value right after one of them is named, even when it reads as a year ("the duress code is 1974").
    static let copulaWords: WordHashSet = WordHash.table("""
        is was ist war lautet lautete est était etait es era fue è é foi são be sein être etre ser essere zijn \
        c'est c’est c'était c’était
        """)
}
