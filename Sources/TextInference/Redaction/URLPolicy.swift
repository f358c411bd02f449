/// Decides whether a URL carries personal data and must be redacted.
///
/// Redacted: credentials (`user:pass@`), e-mail addresses anywhere, query parameters named
/// like tokens, keys, secrets, sessions or personal fields (in the seven languages: `jeton`, `codice`,
/// `sessie`, `senha`, …), user-profile paths
/// (`/users/<name>`, `/~name`, …), personal handles in the path or a query value (`/m.oconnor/book`,
/// `/klant/piet.devries`, `?holder=beatrix.h`; ``URLHandleShape``) and long opaque path tokens. Kept: plain public URLs and
/// allow-listed documentation URLs (which are checked only for credentials, e-mails and
/// sensitive query parameters).
struct URLPolicy: Sendable {
    private let allowList: [(host: [UInt32], path: [UInt32])]

    /// Creates a policy from allow-list entries such as `docs.python.org` or `github.com/docs`.
    init(allowList: [String]) {
        self.allowList = allowList.map { entry in
            let folded = [UInt32](scalarsOf: entry)
            if let slash = folded.firstIndex(of: 47) {
                return (Array(folded[..<slash]), Array(folded[slash...]))
            }
            return (folded, [])
        }
    }

    private static let sensitiveKeys: Set<[UInt32]> = Set([
        "token", "access_token", "refresh_token", "id_token", "auth", "authorization", "auth_token", "key", "api_key",
        "apikey", "api-key", "secret", "client_secret", "password", "passwd", "pwd", "pass", "session", "sessionid",
        "session_id", "sid", "sig", "signature", "x-amz-signature", "x-amz-credential", "code", "otp", "email", "mail",
        "e-mail", "user", "username", "user_id", "userid", "uid", "login", "name", "first_name", "last_name",
        "firstname", "lastname", "fullname", "phone", "tel", "mobile", "ssn", "dob", "birthdate", "address",
        "iban", "card", "account", "customer", "customer_id", "jwt", "reset", "reset_token", "invite",
        // The same keys in the other six languages (ASCII spellings, as they appear in query strings).
        "jeton", "cle", "mdp", "motdepasse", "utilisateur", "identifiant", "courriel", "nom", "prenom", "telephone",
        "schluessel", "passwort", "kennwort", "benutzer", "nutzer", "sitzung", "vorname", "nachname", "geburtsdatum",
        "clave", "contrasena", "usuario", "sesion", "correo", "nombre", "apellido", "telefono", "codigo",
        "codice", "chiave", "utente", "sessione", "cognome", "gettone",
        "sessie", "sleutel", "wachtwoord", "gebruiker", "gebruikersnaam", "naam", "achternaam", "telefoon",
        "chave", "senha", "utilizador", "sessao", "nome", "telefone",
        // Access and customer keys: "?toegang=…", "?zugang=…", "?acceso=…", "?kunde=…" (not the English "client" or
        // "access": "?client=firefox-b-d" is public).
        "toegang", "zugang", "acces", "acceso", "accesso", "acesso", "kunde", "klant", "cliente",
        // Card holders and recipients ("?holder=…", "?destinatario=…", "?empfaenger=…") and mobile numbers ("?cel=…").
        "holder", "cardholder", "card_holder", "recipient", "destinatario", "destinataire", "empfaenger", "ontvanger",
        "titular", "intestatario", "cel", "celular", "movil", "telemovel",
        // National identity, tax and passport numbers ("?dni=…", "?cpf=…", "?bsn=…", "?codice_fiscale=…").
        "dni", "nie", "nif", "cpf", "rg", "bsn", "cf", "codice_fiscale", "codicefiscale", "steuerid", "steuer_id",
        "steuernummer", "svnr", "nir", "insee", "tax_id", "taxid", "tin", "national_id", "nationalid", "id_number",
        "idnumber", "nino", "ppsn", "passport", "pasaporte", "passaporte", "passaporto", "paspoort", "reisepass",
        "ausweis", "ausweisnummer",
    ].map { [UInt32](scalarsOf: $0) })

    private static let userSegments: Set<[UInt32]> = Set([
        "users", "user", "u", "profile", "profiles", "people", "person", "members", "member", "home", "account",
        "accounts", "customers", "customer", "employees", "staff", "in",
        // The same path words in the other six languages ("/profiel/lotte.verbeek/", "/utenti/sveva.marini/").
        "profil", "profiel", "perfil", "profilo", "benutzer", "nutzer", "utilisateur", "utilisateurs",
        "usuario", "usuarios", "utente", "utenti", "utilizador", "utilizadores", "gebruiker", "gebruikers", "membre", "membres",
        // Not the customer words ("client", "kunden"): "/client/latest/Installer.msi" is a public download path.
        "mitglied", "mitglieder", "miembro", "miembros", "membro", "membri", "membros", "lid", "leden",
    ].map { [UInt32](scalarsOf: $0) })

    /// Path words after which a handle-shaped segment ("first.last", "f.last1987") names a customer even when its
    /// parts are no known names: wish lists, customer and user pages, shared folders. Source: hand-written for this
    /// project in the seven languages; no copied list.
    private static let customerSegments: Set<[UInt32]> = Set([
        "wishlist", "wishlists", "wish-list", "registry", "klant", "klanten", "kunde", "kunden", "cliente", "clientes",
        "customer", "customers", "user", "users", "u", "profile", "profiles", "account", "accounts",
        "utilisateur", "utilisateurs", "usuario", "usuarios", "utente", "utenti", "benutzer", "gebruiker", "member",
        "members", "people", "staff", "verlanglijst", "verlanglijstje", "wunschliste", "merkliste", "lista",
        "liste", "share", "shared", "booking", "calendar", "agenda", "rdv", "termin", "afspraak", "cita", "book",
    ].map { [UInt32](scalarsOf: $0) })

    /// Host labels that begin documentation sites, whose paths are not checked for handles ("docs.example.com").
    private static let documentationHosts: [[UInt32]] = ["docs.", "doc.", "developer.", "developers.", "wiki."]
        .map { [UInt32](scalarsOf: $0) }

    /// Whether the folded URL `url` (scheme optional) must be redacted.
    func mustRedact(_ url: ArraySlice<UInt32>) -> Bool {
        let parts = URLParts(url)
        if parts.hasCredentials || url.contains(64) || containsEncodedAt(url) { return true }
        for key in parts.queryKeys where URLPolicy.sensitiveKeys.contains(key) { return true }
        if isAllowListed(parts) { return false }
        let documentation = URLPolicy.documentationHosts.contains { parts.host.starts(with: $0) }
        if !documentation {
            for value in parts.queryValues where URLHandleShape.isPersonal(value, afterCustomerWord: false, allowSpace: true) {
                return true
            }
        }
        let segments = parts.pathSegments
        for (index, segment) in segments.enumerated() {
            if !documentation, segment.count >= 4,
               URLHandleShape.isPersonal(segment, afterCustomerWord: index > 0 && URLPolicy.customerSegments.contains(segments[index - 1])) {
                return true
            }
            if !documentation, URLHandleShape.isNameSlug(segment) { return true }
            if segment.first == 126, segment.count > 1 { return true }  // "/~name"
            if URLPolicy.userSegments.contains(segment), index + 1 < segments.count, !segments[index + 1].isEmpty {
                return true
            }
            if isOpaqueToken(segment) { return true }
            // A share link is a capability: "/s/claim-mrs-ainsworth-7Hq2", "/share/AbC123xyz" opens the file to anyone.
            if index > 0, URLPolicy.shareSegments.contains(segments[index - 1]), segment.count >= 6, looksRandom(segment) {
                return true
            }
        }
        return false
    }

    /// Whether a path segment reads as a random id: a `-`/`_`-separated part that switches between letters and digits
    /// twice or more ("7hq2", "abc123xyz"), or three switches in all; "summer2024", "webinar-q3-2024" are words.
    private func looksRandom(_ segment: [UInt32]) -> Bool {
        var total = 0, part = 0, best = 0
        var previous: Bool? = nil
        for c in segment {
            if c == 45 || c == 95 { best = max(best, part); part = 0; previous = nil; continue }
            let digit = c >= 48 && c <= 57
            if let p = previous, p != digit { part += 1; total += 1 }
            previous = digit
        }
        return max(best, part) >= 2 || total >= 3
    }

    /// Path words that open a share or invitation link, whose next segment (with a digit) grants access. Hand-written.
    private static let shareSegments: Set<[UInt32]> = Set(["s", "share", "shared", "sharing", "invite", "invitation", "join"]
        .map { [UInt32](scalarsOf: $0) })

    private func containsEncodedAt(_ url: ArraySlice<UInt32>) -> Bool {
        var i = url.startIndex
        while i + 2 < url.endIndex {
            if url[i] == 37, url[i + 1] == 52, url[i + 2] == 48 { return true }  // "%40"
            i += 1
        }
        return false
    }

    private func isAllowListed(_ parts: URLParts) -> Bool {
        for entry in allowList {
            let host = parts.host
            let hostMatches = host == entry.host[...]
                || (host.count > entry.host.count && host.hasSuffix(entry.host) && host[host.endIndex - entry.host.count - 1] == 46)
            guard hostMatches else { continue }
            if entry.path.isEmpty || parts.path.starts(with: entry.path) { return true }
        }
        return false
    }

    /// A path segment of 24+ letters/digits mixing digits and letters looks like a token, and so does one of 25+
    /// letters and digits with a digit and no separator (a shared file's id: "/file/d/1AbCdEfGh…/view").
    private func isOpaqueToken(_ segment: [UInt32]) -> Bool {
        guard segment.count >= 24 else { return false }
        var digits = 0
        var letters = 0
        var hyphens = 0
        var separators = 0
        for c in segment {
            if ScalarClass.isDigit(c) {
                digits += 1
            } else if ScalarClass.isASCIILetter(c) {
                letters += 1
            } else if c == 45 || c == 95 {
                separators += 1
                if c == 45 { hyphens += 1 }
            } else {
                return false
            }
        }
        if segment.count >= 25, separators == 0, digits >= 1, letters >= 10 { return true }
        if hyphens == 4, segment.count == 36 { return false }  // a UUID is an ID, not a secret
        return digits >= 4 && letters >= 4
    }
}
