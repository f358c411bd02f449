/// Finds credentials: cloud and SaaS API keys, tokens, JWTs, PEM private keys and the
/// values written after password-like labels.
///
/// Key formats follow the vendors' published token prefixes: AWS access key IDs
/// (`AKIA`/`ASIA` + 16 upper-case alphanumerics), GitHub (`ghp_`, `gho_`, `ghu_`, `ghs_`,
/// `ghr_`, `github_pat_`), Slack (`xoxa-`, `xoxb-`, `xoxp-`, `xoxr-`, `xoxs-`), Stripe
/// (`sk_`/`rk_`/`pk_` + `live_`/`test_`), GitLab (`glpat-`), SendGrid (`SG.` + two dot-separated parts),
/// Google API keys (`AIza` + 35), OpenAI (`sk-`), and JWTs (three base64url parts, the header starting `eyJ`).
/// A 40-character AWS secret key is taken only near an AWS cue. The developer-service tokens of
/// ``serviceTokenPrefixes`` and Doppler's `dp.<kind>.` tokens (``dopplerToken(_:at:)``) carry their vendors'
/// documented prefixes.
enum SecretRecognizer {
    /// The characters a key body may contain.
    private enum Body: Sendable {
        case alnum, upperAlnum, token, hex, letters
        /// Base64url characters and `=` (Atlassian API tokens end in padding-like characters).
        case tokenPadded

        func accepts(_ c: UInt32) -> Bool {
            switch self {
            case .alnum: return SecretRecognizer.alnum(c)
            case .upperAlnum: return SecretRecognizer.upperAlnum(c)
            case .token: return SecretRecognizer.tokenChar(c)
            case .hex: return ScalarClass.isHex(c)
            case .letters: return ScalarClass.isASCIIUpper(c) || ScalarClass.isASCIILower(c)
            case .tokenPadded: return SecretRecognizer.tokenChar(c) || c == 61
            }
        }
    }

    private struct Prefix: Sendable {
        let scalars: [UInt32]
        let minBody: Int
        let maxBody: Int
        let body: Body
        /// Whether the body must hold both a letter and a digit (random tokens do; words and slugs seldom).
        var mixed = false
    }

    private static func alnum(_ c: UInt32) -> Bool { ScalarClass.isASCIIAlnum(c) }
    private static func upperAlnum(_ c: UInt32) -> Bool { ScalarClass.isASCIIUpper(c) || ScalarClass.isDigit(c) }
    private static func tokenChar(_ c: UInt32) -> Bool { ScalarClass.isASCIIAlnum(c) || c == 95 || c == 45 }
    private static func base64URL(_ c: UInt32) -> Bool { ScalarClass.isASCIIAlnum(c) || c == 95 || c == 45 }

    private static let prefixes: [Prefix] = {
        var list: [Prefix] = []
        func add(_ text: String, _ minBody: Int, _ maxBody: Int, _ body: Body) {
            list.append(Prefix(scalars: [UInt32](rawScalarsOf: text), minBody: minBody, maxBody: maxBody, body: body))
        }
        add("AKIA", 16, 16, .upperAlnum)
        add("ASIA", 16, 16, .upperAlnum)
        for p in ["ghp_", "gho_", "ghu_", "ghs_", "ghr_"] { add(p, 30, 255, .alnum) }
        add("github_pat_", 22, 255, .token)
        for p in ["xoxa-", "xoxb-", "xoxp-", "xoxr-", "xoxs-"] { add(p, 10, 255, .token) }
        for p in ["sk_live_", "sk_test_", "rk_live_", "rk_test_", "pk_live_", "pk_test_"] { add(p, 16, 255, .alnum) }
        add("AIza", 35, 35, .token)
        add("sk-", 20, 255, .token)
        for (prefix, minBody, maxBody, body) in serviceTokenPrefixes {
            list.append(Prefix(scalars: [UInt32](rawScalarsOf: prefix), minBody: minBody, maxBody: maxBody, body: body,
                               mixed: body != .letters))
        }
        // Grouped by first scalar for ``prefixRangeStarts``.
        list.sort { $0.scalars[0] < $1.scalars[0] }
        precondition(list.allSatisfy { mayStartPrefix($0.scalars[0]) }, "a key prefix starts with a letter mayStartPrefix rejects")
        return list
    }()

    /// Whether `c` is the first scalar of a key prefix: a switch, so the most frequent word starts are
    /// rejected before any table is read (``prefixes`` checks once that it lists every first scalar).
    @inline(__always) private static func mayStartPrefix(_ c: UInt32) -> Bool {
        switch c {
        case 65, 80, 83, 100, 103, 104, 107, 108, 110, 112, 114, 115, 119, 120: return true  // A P S d g h k l n p r s w x
        default: return false
        }
    }

    /// Prefixed tokens of common developer services: prefix, shortest and longest body taken, body alphabet.
    ///
    /// The prefixes and formats are the vendors' published ones; the shortest body taken is a little below the
    /// documented length where the prefix alone is distinctive, so a token shortened in a paste still counts,
    /// and every body but Hugging Face's must mix letters and digits.
    /// - GitLab (docs.gitlab.com, "Token overview: token prefixes"): `glpat-` personal, `gloas-` OAuth application
    ///   secret, `gldt-` deploy, `glrt-` runner, `glcbt-` CI/CD job, `glptt-` pipeline trigger, `glft-` feed,
    ///   `glimt-` incoming mail, `glagent-` agent, `glsoat-` SCIM tokens; 20 or more base64url characters.
    /// - npm (github.blog 2021-09-23, "npm's new access token format"): `npm_` + 36 base62 characters.
    /// - Docker Hub (docs.docker.com, "Personal access tokens"): `dckr_pat_`, organisation tokens `dckr_oat_`;
    ///   27 base64url characters in issued tokens.
    /// - PyPI (pypi.org/help, "API tokens"): `pypi-` + a base64url macaroon of well over 100 characters.
    /// - Hugging Face (huggingface.co/docs/hub/security-tokens): `hf_` + 34 letters.
    /// - Shopify (shopify.dev, access token prefixes): `shpat_` admin API, `shpca_` custom app, `shppa_` private app,
    ///   `shpss_` shared secret; 32 hexadecimal digits.
    /// - Twilio (twilio.com/docs/iam/api-keys): API key SIDs are `SK` + 32 hexadecimal digits.
    /// - DigitalOcean (docs.digitalocean.com, "How to create a personal access token"): `dop_v1_` personal,
    ///   `doo_v1_` OAuth, `dor_v1_` refresh tokens; 64 hexadecimal digits.
    /// - Postman (learning.postman.com, "Postman API authentication"): `PMAK-` + 24 hex, `-`, 34 hex.
    /// - Atlassian (support.atlassian.com, "Manage API tokens for your Atlassian account"): `ATATT` + about 187
    ///   base64url characters with a trailing checksum that may hold `=`.
    /// - Linear (developers.linear.app, "Personal API keys"): `lin_api_` + 40 alphanumerics.
    /// - HashiCorp Vault (developer.hashicorp.com/vault/docs/concepts/tokens, "Token prefixes"): `hvs.` service,
    ///   `hvb.` batch and `hvr.` recovery tokens; service tokens are 95 characters or more.
    /// - Stripe (docs.stripe.com/webhooks): webhook signing secrets `whsec_` + 32 or more alphanumerics.
    /// - Mailgun (documentation.mailgun.com, "API keys"; the older format still in many configs): `key-` + 32
    ///   hexadecimal digits.
    private static let serviceTokenPrefixes: [(String, Int, Int, Body)] = [
        ("glpat-", 20, 255, .token), ("gloas-", 20, 255, .token), ("gldt-", 20, 255, .token), ("glrt-", 20, 255, .token),
        ("glcbt-", 20, 255, .token), ("glptt-", 20, 255, .token), ("glft-", 20, 255, .token), ("glimt-", 20, 255, .token),
        ("glagent-", 20, 255, .token), ("glsoat-", 20, 255, .token),
        ("npm_", 30, 40, .alnum),
        ("dckr_pat_", 20, 64, .token), ("dckr_oat_", 20, 64, .token),
        ("pypi-", 50, 1024, .token),
        ("hf_", 30, 40, .letters),
        ("shpat_", 32, 32, .hex), ("shpca_", 32, 32, .hex), ("shppa_", 32, 32, .hex), ("shpss_", 32, 32, .hex),
        ("SK", 32, 32, .hex),
        ("dop_v1_", 64, 64, .hex), ("doo_v1_", 64, 64, .hex), ("dor_v1_", 64, 64, .hex),
        ("PMAK-", 50, 70, .token),
        ("ATATT", 40, 400, .tokenPadded),
        ("lin_api_", 32, 48, .alnum),
        ("hvs.", 24, 512, .token), ("hvb.", 24, 1024, .token), ("hvr.", 24, 512, .token),
        ("whsec_", 24, 255, .alnum),
        ("key-", 32, 32, .hex),
    ]

    /// Per ASCII first scalar `c`: the prefixes starting with it are `prefixes[prefixRangeStarts[c]..<prefixRangeStarts[c + 1]]`
    /// (``prefixes`` is sorted by first scalar), so a word start only compares the prefixes that can match it.
    private static let prefixRangeStarts: [Int] = {
        var starts = [Int](repeating: 0, count: 129)
        for prefix in prefixes where prefix.scalars[0] < 128 { starts[Int(prefix.scalars[0]) + 1] += 1 }
        for c in 0..<128 { starts[c + 1] += starts[c] }
        return starts
    }()

    /// Per prefix: its first two scalars packed as in ``prefixedKey(_:at:)`` (every prefix has at least two).
    private static let prefixFirstTwo: [UInt64] = prefixes.map { UInt64($0.scalars[0]) | UInt64($0.scalars[1]) << 32 }

    private static let pemBegin = [UInt32](rawScalarsOf: "-----BEGIN ")
    private static let pemEnd = [UInt32](rawScalarsOf: "-----END ")
    private static let privateKey = [UInt32](rawScalarsOf: "PRIVATE KEY-----")
    private static let jwtHeader = [UInt32](rawScalarsOf: "eyJ")

    /// Appends a ``EntityType/secret`` candidate for every credential in `context`.
    static func scan(_ context: ScanContext, into candidates: inout [Candidate]) {
        let text = context.text
        let v = text.values
        let n = v.count
        // A 40-character AWS secret needs an AWS cue; without one, skip its run reading at every word.
        let awsCue = context.cues.contains { $0.kind == .aws }
        // An access key ID ("AKIA…", "ASIA…") also licenses a secret key within 80 scalars after it.
        var accessKeyEnd = -1
        var i = 0
        while i < n {
            let c = v[i]
            // A PEM block starts "-----" (so a second `-` follows).
            if c == 45, i + 1 < n, v[i + 1] == 45, let end = pemBlock(text, at: i) {
                candidates.append(Candidate(type: .secret, start: i, end: end))
                i = end
                continue
            }
            // An AWS secret key is base64 and may start with `/` or `+` ("AKIA… / /wyXx…").
            if c == 47 || c == 43, awsCue || (accessKeyEnd >= 0 && i - accessKeyEnd <= 80),
               i == 0 || !(tokenChar(v[i - 1]) || v[i - 1] == 46 || v[i - 1] == 47 || v[i - 1] == 43),
               let end = awsSecret(context, at: i, licensed: accessKeyEnd >= 0 && i - accessKeyEnd <= 80) {
                candidates.append(Candidate(type: .secret, start: i, end: end))
                i = end
                continue
            }
            guard ScalarClass.isASCIIAlnum(c), i == 0 || !(tokenChar(v[i - 1]) || v[i - 1] == 46 || v[i - 1] == 47 || v[i - 1] == 43) else {
                i += 1
                while i < n, v[i] != 45, tokenChar(v[i - 1]) { i += 1 }  // as below
                continue
            }
            let nearAccessKey = accessKeyEnd >= 0 && i - accessKeyEnd <= 80
            // A JWT starts "eyJ", a SendGrid key "SG.".
            if let end = prefixedKey(text, at: i) ?? (c == 101 ? jwt(text, at: i) : nil) ?? (c == 83 ? sendGridKey(text, at: i) : nil)
                ?? (awsCue || nearAccessKey ? awsSecret(context, at: i, licensed: nearAccessKey) : nil)
                ?? (c >= 97 && c <= 122 ? UnderscoreKeys.end(v, at: i) : nil) {
                if c == 65, end - i == 20, text.hasPrefix(akia, at: i) || text.hasPrefix(asia, at: i) { accessKeyEnd = end }
                candidates.append(Candidate(type: .secret, start: i, end: end))
                i = end
                continue
            }
            i += 1
            // Inside a run of token characters nothing can start but a PEM block: a key needs no token
            // character before it, so only a `-` there is worth the checks above.
            while i < n, v[i] != 45, tokenChar(v[i - 1]) { i += 1 }
        }
        scanLabelledValues(context, into: &candidates)
        PasswordValueAhead.scan(context, into: &candidates)
        scanURLCredentials(text, into: &candidates)
        CredentialAssignments.scan(context, into: &candidates)
        OneTimeCodes.scan(context, into: &candidates)
        BareCodeCues.scan(context, into: &candidates)
        CodeMentions.scan(context, into: &candidates)
        if text.triggers.hasAt { LoginPairs.scan(text, into: &candidates) }
        ProductKeys.scan(context, into: &candidates)
        QuotedPasswords.scan(context, into: &candidates)
        StrongTokens.scan(context, into: &candidates)
        CardSecurityCodes.scan(text, into: &candidates)
    }

    /// Redacts the password of a URL's user information: `postgres://app:x@db.example.com/…`,
    /// `jdbc:mysql://shop:x@10.0.0.5:3306`, `redis://default:x@cache:6379`. The user information ends at the
    /// last `@` before the first `/` or whitespace after `://`; the password runs from its first `:`.
    private static func scanURLCredentials(_ text: ScannedText, into candidates: inout [Candidate]) {
        // Every match follows a "://" (see ``TextTriggers``).
        guard text.triggers.hasSchemeSeparator else { return }
        let v = text.values
        let n = v.count
        var i = 0
        while i + 3 < n {
            guard v[i] == 58, v[i + 1] == 47, v[i + 2] == 47 else { i += 1; continue }
            let start = i + 3
            var colon = -1, at = -1
            var j = start
            while j < n, j - start < 256 {
                let c = v[j]
                // `?` and `#` stay inside: pasted passwords carry them unencoded ("admin:Croissant#55@host").
                if ScalarClass.isWhitespace(c) || c == 47 { break }
                if c == 58, colon < 0, at < 0 { colon = j }
                if c == 64 { at = j }
                j += 1
            }
            if colon > start, at > colon + 1 {
                candidates.append(Candidate(type: .secret, start: colon + 1, end: at))
            }
            i = max(i + 3, j)
        }
    }

    private static func prefixedKey(_ text: ScannedText, at i: Int) -> Int? {
        let v = text.values
        guard mayStartPrefix(v[i]) else { return nil }
        let first = prefixRangeStarts[Int(v[i])], last = prefixRangeStarts[Int(v[i]) + 1]
        guard first < last else { return nil }
        // A prefix matches only if its first two scalars do: compare those before reading the prefix.
        let second = i + 1 < v.count ? v[i + 1] : 0x11_0000
        if v[i] == 100, second == 112, let end = dopplerToken(text, at: i) { return end }
        let pair = UInt64(v[i]) | UInt64(second) << 32
        for index in first..<last where prefixFirstTwo[index] == pair {
            let prefix = prefixes[index]
            guard text.hasPrefix(prefix.scalars, at: i) else { continue }
            let bodyStart = i + prefix.scalars.count
            let length = text.runLength(from: bodyStart, cap: prefix.maxBody + 1, prefix.body.accepts)
            guard length >= prefix.minBody, length <= prefix.maxBody else { continue }
            let end = bodyStart + length
            if end < v.count, tokenChar(v[end]) || (prefix.body == .tokenPadded && v[end] == 61) { continue }
            if prefix.mixed, !mixesLettersAndDigits(v, bodyStart, end) { continue }
            return end
        }
        return nil
    }

    /// Whether `v[start..<end]` holds an ASCII letter and a digit.
    private static func mixesLettersAndDigits(_ v: [UInt32], _ start: Int, _ end: Int) -> Bool {
        var letter = false, digit = false
        for k in start..<end {
            if ScalarClass.isDigit(v[k]) { digit = true } else if ScalarClass.isASCIIAlnum(v[k]) { letter = true }
            if letter && digit { return true }
        }
        return false
    }

    /// The kinds of Doppler token (docs.doppler.com, "Auth token formats"): service, personal, CLI, service
    /// account, SCIM and audit tokens.
    private static let dopplerKinds: [[UInt32]] = ["st", "pt", "ct", "sa", "scim", "audit"].map { [UInt32](rawScalarsOf: $0) }

    /// A Doppler token at `i`: `dp.`, its kind, `.`, then 40 or more alphanumerics, or (service tokens) an
    /// environment slug of up to 35 characters, `.` and the 40 or more alphanumerics ("dp.st.prd.…"), or nil.
    private static func dopplerToken(_ text: ScannedText, at i: Int) -> Int? {
        let v = text.values
        guard text.at(i + 1) == 112, text.at(i + 2) == 46 else { return nil }
        guard let kind = dopplerKinds.first(where: { text.hasPrefix($0, at: i + 3) }), text.at(i + 3 + kind.count) == 46 else { return nil }
        var j = i + 4 + kind.count
        let first = text.runLength(from: j, cap: 65, alnum)
        if first >= 40, first <= 64, !(j + first < v.count && (tokenChar(v[j + first]) || v[j + first] == 46)) {
            return mixesLettersAndDigits(v, j, j + first) ? j + first : nil
        }
        let slug = text.runLength(from: j, cap: 36, tokenChar)
        guard slug >= 1, slug <= 35, text.at(j + slug) == 46 else { return nil }
        j += slug + 1
        let body = text.runLength(from: j, cap: 65, alnum)
        guard body >= 40, body <= 64, !(j + body < v.count && tokenChar(v[j + body])), mixesLettersAndDigits(v, j, j + body) else { return nil }
        return j + body
    }

    private static func jwt(_ text: ScannedText, at i: Int) -> Int? {
        guard text.hasPrefix(jwtHeader, at: i) else { return nil }
        var j = i
        for part in 0..<3 {
            let length = text.runLength(from: j, cap: 8192, base64URL)
            guard length >= (part == 2 ? 8 : 10) else { return nil }
            j += length
            if part < 2 {
                guard text.at(j) == 46 else { return nil }
                j += 1
            }
        }
        return j
    }

    /// A SendGrid API key: "SG." and two dot-separated base64url parts (22 and 43 characters in SendGrid's
    /// documented format; at least 10 each are taken, so shortened or pasted-in-part keys still count).
    private static func sendGridKey(_ text: ScannedText, at i: Int) -> Int? {
        guard text.at(i + 1) == 71, text.at(i + 2) == 46 else { return nil }
        var j = i + 3
        for part in 0..<2 {
            let length = text.runLength(from: j, cap: 256, base64URL)
            guard length >= 10 else { return nil }
            j += length
            if part == 0 {
                guard text.at(j) == 46 else { return nil }
                j += 1
            }
        }
        return j
    }

    /// A 40-character `[A-Za-z0-9/+=]` string with mixed classes, within 60 scalars of an AWS cue.
    private static func awsSecret(_ context: ScanContext, at i: Int, licensed: Bool) -> Int? {
        let text = context.text
        let length = text.runLength(from: i, cap: 41) { ScalarClass.isASCIIAlnum($0) || $0 == 47 || $0 == 43 || $0 == 61 }
        guard length == 40 else { return nil }
        var upper = false, lower = false, digit = false
        for k in i..<(i + 40) {
            let c = text.values[k]
            if ScalarClass.isASCIIUpper(c) { upper = true } else if ScalarClass.isASCIILower(c) { lower = true } else if ScalarClass.isDigit(c) { digit = true }
        }
        guard upper && lower && digit, licensed || context.cues.hasCue(.aws, before: i, within: 60) else { return nil }
        return i + 40
    }

    private static func pemBlock(_ text: ScannedText, at i: Int) -> Int? {
        guard text.hasPrefix(pemBegin, at: i) else { return nil }
        // The header must name a private key within its first line.
        var j = i + pemBegin.count
        var headerEnd = -1
        while j < text.count, j - i < 80, text.values[j] != 10 {
            if text.hasPrefix(privateKey, at: j) { headerEnd = j + privateKey.count; break }
            j += 1
        }
        guard headerEnd > 0 else { return nil }
        var k = headerEnd
        while k < text.count {
            if text.values[k] == 45, text.hasPrefix(pemEnd, at: k) {
                var e = k + pemEnd.count
                var dashes = 0
                while e < text.count, text.values[e] != 10, dashes < 5 {
                    if text.values[e] == 45 { dashes += 1 } else { dashes = 0 }
                    e += 1
                }
                return e
            }
            k += 1
        }
        return text.count  // Unterminated block: fail closed, redact to the end.
    }

    /// Redacts the value after a password/token label: `password: x`, `pwd=x`, `my password is x`.
    private static func scanLabelledValues(_ context: ScanContext, into candidates: inout [Candidate]) {
        let text = context.text
        let v = text.values
        for hit in context.cues where hit.kind == .password {
            var j = hit.end
            while j < text.count, j - hit.end < 4, v[j] == 32 || v[j] == 9 || v[j] == 34 || v[j] == 39 { j += 1 }
            var explicit = false
            if j < text.count, v[j] == 58 || v[j] == 61 || v[j] == 0xFF1A {
                explicit = true
                j += 1
                if j < text.count, v[j] == 61 { j += 1 }
            } else if let copula = copulas.first(where: { text.hasFoldedPrefix($0, at: j) }) {
                j += copula.count
            } else if let after = copulaAfterQualifier(text, from: j) {
                // "Passwort für das Händlerportal lautet x", "senha da conta da empresa é x".
                j = after
            } else if j > hit.end, !startsWithFieldKey(v, j), isLongMixedToken(v, j) || isSymbolMixedToken(v, j)
                        || isWordAndNumberToken(v, j) || isInterleavedToken(v, j) || isHyphenatedCode(v, j) {
                // "with secret wJalrXUtn…", "token 9f8a7c6e…": a long mixed value right after the label;
                // "nennt Passwort Tannenbaum!88", "dettato la password Sole_Mare_2024": letters, digits and a symbol.
            } else if j > hit.end, let value = symbolMixedTokenInClause(v, from: j) {
                // "la password nuova Vesuvio_Lava#2025", "wachtwoord voor de beheeromgeving, Windmolen!Zaandam_37".
                j = value
            } else if let value = strongPasswordAhead(v, from: j) {
                // "me cambiaron la contraseña y no puedo entrar. la nueva que puse es Mate&Facturas_1986".
                j = value
            } else if let value = valueAfterChange(text, from: j) ?? valueAfterChangedLabel(text, labelStart: hit.start, from: j) {
                // "wachtwoord veranderd naar x", "changed my password to x", "cambié la clave a x", "Kennwort auf x geändert".
                j = value
            } else if let value = attemptedPassword(text, from: j) {
                // "chiede una password che non ricordo. Ho provato Nieddu.Giulia92 ma niente",
                // "esqueci a senha de novo\n[22:47] cliente: tentei Thais@2024novo".
                j = value
            } else {
                continue
            }
            // At most twelve spaces before the value, counted from the end of what came before ("Passwort fürs
            // Mitarbeiterportal ist x": the copula "ist" may end far from the label).
            let spacesStart = j
            while j < text.count, j - spacesStart < 12, v[j] == 32 || v[j] == 9 || v[j] == 0xA0 { j += 1 }
            var start = j
            if start < text.count, v[start] == 34 || v[start] == 39 || v[start] == 96 || v[start] == 0x201C { start += 1 }
            var end = start
            while end < text.count, end - start < 256, !ScalarClass.isWhitespace(v[end]) { end += 1 }
            while end > start, [34, 39, 96, 44, 46, 59, 41, 0x201D].contains(v[end - 1]) { end -= 1 }
            guard end > start else { continue }
            // "password in the chat: it was x", "Passwort: es war x": a pronoun and copula before the value.
            if !looksLikeSecret(v, start, end), let lead = leadIns.first(where: { text.hasFoldedPrefix($0, at: start) }) {
                var s2 = start + lead.count
                if s2 < text.count, v[s2] == 34 || v[s2] == 39 || v[s2] == 96 || v[s2] == 0x201C { s2 += 1 }
                var e2 = s2
                while e2 < text.count, e2 - s2 < 256, !ScalarClass.isWhitespace(v[e2]) { e2 += 1 }
                while e2 > s2, [34, 39, 96, 44, 46, 59, 41, 0x201D].contains(v[e2 - 1]) { e2 -= 1 }
                guard e2 > s2, looksLikeSecret(v, s2, e2), !containsScheme(v, s2, e2) else { continue }
                // "Password: it is fine now": a clause about the password, no value.
                start = s2
                end = e2
            }
            // "è stata cambiata in x", "was changed to x", "wurde geändert in x": the new value after a change verb.
            if !explicit, !looksLikeSecret(v, start, end), let changed = valueAfterChange(text, from: start) {
                start = changed
                end = start
                while end < text.count, end - start < 256, !ScalarClass.isWhitespace(v[end]) { end += 1 }
                while end > start, [34, 39, 96, 44, 46, 59, 41, 0x201D].contains(v[end - 1]) { end -= 1 }
                guard end > start else { continue }
            } else if !explicit, !looksLikeSecret(v, start, end), let value = passwordAfterAdverbs(text, from: start) {
                // "het admin wachtwoord is nog Fenna!Modem2025", "mein Passwort ist immer noch Sommer2026!Lager".
                start = value.start
                end = value.end
            }
            // A connection string goes on after `;` with its next `Name=` field ("AccountKey=x;EndpointSuffix=…").
            if explicit, let cut = CredentialAssignments.connectionStringFieldEnd(v, start, end) { end = cut }
            // A reference to another variable or a flag value is no credential ("API_KEY=${API_KEY}", "USE_TOKEN=true").
            if explicit, CredentialAssignments.isReferenceOrFlag(v, start, end) { continue }
            // Not after an implicit label: plain words, links, or another label ("… en el ticket: password: x").
            if !explicit, !looksLikeSecret(v, start, end) || containsScheme(v, start, end) || v[end - 1] == 58 { continue }
            candidates.append(Candidate(type: .secret, start: start, end: end))
        }
    }

    /// The end of a copula after up to five words that qualify a label on the same clause ("password of the
    /// shared account is", "mot de passe du compte partagé est"), or nil. The qualifying words are letters
    /// (with apostrophes and hyphens) only, so "password 2 is" or a sentence break ends the search.
    private static func copulaAfterQualifier(_ text: ScannedText, from start: Int) -> Int? {
        let v = text.values
        var j = start
        var words = 0
        while j < text.count, j - start < 60, words < 5 {
            guard ScalarClass.isLetter(v[j]) else { return nil }
            if words > 0, let copula = copulas.first(where: { text.hasFoldedPrefix($0, at: j) }) { return j + copula.count }
            while j < text.count, ScalarClass.isLetter(v[j]) || v[j] == 39 || v[j] == 0x2019 || v[j] == 45 { j += 1 }
            // "mot de passe du wifi de la boutique : x", "password for the admin panel: x".
            if j < text.count, v[j] == 58 { return skipSpaces(v, from: j + 1) }
            if j + 1 < text.count, v[j] == 32, v[j + 1] == 58 { return skipSpaces(v, from: j + 2) }
            guard j < text.count, v[j] == 32 else { return nil }
            j += 1
            words += 1
        }
        if j < text.count, words > 0, let copula = copulas.first(where: { text.hasFoldedPrefix($0, at: j) }) { return j + copula.count }
        return nil
    }

    /// The start of the first token with lower-case letters, digits and a password symbol among the next four words
    /// of a label's clause, or nil. Only letter words (a comma may follow one) may come before it, so a sentence end,
    /// a number or a link ends the search; a token starting `#` or without a lower-case letter is an order or
    /// ticket number ("password reset for order #WX-4039A"), not a password.
    private static func symbolMixedTokenInClause(_ v: [UInt32], from start: Int) -> Int? {
        var j = start
        var words = 0
        while j < v.count, words < 5 {
            if v[j] != 35, isSymbolMixedToken(v, j), hasLowerAndPasswordSymbol(v, j) { return j }
            guard words < 4, ScalarClass.isLetter(v[j]) else { return nil }
            while j < v.count, ScalarClass.isLetter(v[j]) || v[j] == 39 || v[j] == 0x2019 || v[j] == 45 { j += 1 }
            if j < v.count, v[j] == 44 { j += 1 }
            guard j < v.count, v[j] == 32 else { return nil }
            j += 1
            words += 1
        }
        return nil
    }

    /// The start of a password-shaped token within 120 scalars after a password label, on the same line
    /// (across a sentence end): 8–64 scalars with upper- and lower-case letters, digits and one of
    /// `! # $ % & * @ ? ~ ^ =`, and no `.`, `/` or `:` inside (not a link, address or version).
    private static func strongPasswordAhead(_ v: [UInt32], from start: Int) -> Int? {
        var j = start
        while j < v.count, j - start < 120, v[j] != 10 {
            // Not a hashtag or a handle ("#BlackFriday2024", "@Support24h").
            if j == start || ScalarClass.isWhitespace(v[j - 1]), v[j] != 35, v[j] != 64, isSymbolMixedToken(v, j),
               hasLowerAndPasswordSymbol(v, j) {
                var e = j
                var upper = false
                while e < v.count, !ScalarClass.isWhitespace(v[e]) {
                    if ScalarClass.isUpper(v[e]) { upper = true }
                    e += 1
                }
                if upper { return j }
            }
            j += 1
        }
        return nil
    }

    /// Whether the token at `j` (up to the next whitespace) has a lower-case letter and one of `! # $ % & * @ ? ~ ^ =`
    /// (model names join their parts with `_`, `-` or `+`: "TP-Link_Archer_C6" is no password).
    private static func hasLowerAndPasswordSymbol(_ v: [UInt32], _ j: Int) -> Bool {
        var e = j
        var lower = false, symbol = false
        while e < v.count, !ScalarClass.isWhitespace(v[e]) {
            let c = v[e]
            if ScalarClass.isLower(c) { lower = true } else if [33, 35, 36, 37, 38, 42, 64, 63, 126, 94, 61].contains(c) { symbol = true }
            e += 1
        }
        return lower && symbol
    }

    /// Whether `v[start..<end]` holds `://` — a link after "password reset link:", not a password.
    private static func containsScheme(_ v: [UInt32], _ start: Int, _ end: Int) -> Bool {
        var k = start
        while k + 2 < end {
            if v[k] == 58, v[k + 1] == 47, v[k + 2] == 47 { return true }
            k += 1
        }
        return false
    }

    /// The first index at or after `from` that is not a space, tab or no-break space (at most 4 skipped).
    private static func skipSpaces(_ v: [UInt32], from: Int) -> Int {
        var j = from
        while j < v.count, j - from < 4, v[j] == 32 || v[j] == 9 || v[j] == 0xA0 { j += 1 }
        return j
    }

    /// Change verbs and the preposition after them, between a password label's copula and the new value.
    private static let changeVerbWords = """
        changed reset set updated geändert gewijzigd veranderd changé changée modifié modifiée cambiata cambiato \
        modificata cambiada cambiado modificada alterada alterado mudada mudado
        """
    private static let changeVerbs: WordHashSet = WordHash.table(changeVerbWords)
    private static let changePrepositions: WordHashSet = WordHash.table("to in auf zu naar en a à por para per")

    /// Change verbs that stand before the label in the first person ("I changed my password to x", "cambié la clave
    /// a x", "mudei a senha para x", "j'ai changé le mot de passe en x") or after the value in German and Dutch word
    /// order ("Kennwort auf x geändert"). Hand-written for this recognizer (own list).
    private static let leadingChangeVerbs: WordHashSet = WordHash.table(changeVerbWords + """
         change änderte gesetzt zurückgesetzt veranderde wijzigde aangepast ingesteld mis cambié cambie puse impostato \
        messo mudei alterei troquei coloquei
        """)

    /// The start of the value after a change preposition that follows a label directly, when a change verb stands
    /// within four words before the label or right after the value's token, or nil.
    private static func valueAfterChangedLabel(_ text: ScannedText, labelStart: Int, from j: Int) -> Int? {
        let v = text.values
        var p = j
        while p < text.count, ScalarClass.isLetter(v[p]) { p += 1 }
        guard p > j, p - j <= 4, p + 1 < text.count, v[p] == 32, changePrepositions.contains(WordHash.of(text.folded, j, p)),
              !ScalarClass.isWhitespace(v[p + 1])
        else { return nil }
        let value = p + 1
        // Before the label: up to four words ("changed my", "J'ai changé le", "Cambié la").
        var e = labelStart
        var words = 0
        while words < 4, e > 0, v[e - 1] == 32 {
            var s = e - 1
            while s > 0, ScalarClass.isLetter(v[s - 1]) { s -= 1 }
            guard s < e - 1 else { break }
            if leadingChangeVerbs.contains(WordHash.of(text.folded, s, e - 1)) { return value }
            // "J'ai changé": an elided pronoun ends the look-back.
            if s > 0, v[s - 1] == 39 || v[s - 1] == 0x2019 { break }
            e = s
            words += 1
        }
        // After the value's token: "Kennwort auf x geändert", "wachtwoord op x gezet".
        var t = value
        while t < text.count, t - value < 64, !ScalarClass.isWhitespace(v[t]) { t += 1 }
        guard t < text.count, v[t] == 32 else { return nil }
        var w = t + 1
        while w < text.count, ScalarClass.isLetter(v[w]) { w += 1 }
        return w > t + 1 && leadingChangeVerbs.contains(WordHash.of(text.folded, t + 1, w)) ? value : nil
    }

    /// The start of the value after up to two auxiliary words, a change verb and its preposition at `from`
    /// ("stata cambiata in x", "been changed to x", "geändert in x"), or nil.
    private static func valueAfterChange(_ text: ScannedText, from: Int) -> Int? {
        let v = text.values
        var j = from
        var words = 0
        while words < 4, j < text.count, ScalarClass.isLetter(v[j]) {
            var e = j
            while e < text.count, ScalarClass.isLetter(v[e]) { e += 1 }
            guard e < text.count, v[e] == 32 else { return nil }
            if changeVerbs.contains(WordHash.of(text.folded, j, e)) {
                var p = e + 1
                while p < text.count, ScalarClass.isLetter(v[p]) { p += 1 }
                guard p > e + 1, p + 1 < text.count, v[p] == 32, changePrepositions.contains(WordHash.of(text.folded, e + 1, p)) else { return nil }
                // "changed in 2020", "changé en 2021": a number after "in"/"en" is a time, not the new value.
                if p - e - 1 == 2, text.folded[e + 2] == 110, ScalarClass.isDigit(v[p + 1]) { return nil }
                return p + 1
            }
            j = e + 1
            words += 1
        }
        return nil
    }

    /// Words between a label and its value: "password is x", "Passwort lautet x", "mot de passe est x",
    /// "mot de passe c'est x", "la senha foi x".
    private static let copulas: [[UInt32]] = ["is ", "es ", "ist", "lautet ", "est ", "c'est ", "était ", "è ", "é ", "era ",
                                              "was ", "wäre ", "war ", "fue ", "foi ", "sono ", "são "]
        .map { [UInt32](scalarsOf: $0) }

    /// A pronoun and copula that open the value's clause after a label's colon ("password: it was x", "Passwort:
    /// es war x", "mot de passe : c'était x", "wachtwoord: het was x", "contraseña: era x"). Hand-written (own list).
    private static let leadIns: [[UInt32]] = [
        "it was ", "it is ", "it's ", "that was ", "that is ", "es war ", "es ist ", "das war ", "das ist ",
        "c'était ", "c'est ", "het was ", "het is ", "dat was ", "dat is ", "era ", "fue ", "es ", "foi ", "é ", "è ",
    ].map { [UInt32](scalarsOf: $0) }

    /// Adverbs that may stand between a password label's copula and the value, in the seven languages ("is still",
    /// "ist immer noch", "est toujours", "es todavía", "è ancora", "é ainda", "is nog", "was trouwens").
    /// Hand-written for this recognizer (no external source).
    private static let valueAdverbs: WordHashSet = WordHash.table("""
        still now currently actually also just always again \
        noch immer jetzt aktuell derzeit momentan übrigens eigentlich weiterhin auch nur \
        toujours encore maintenant actuellement d'ailleurs aussi juste \
        todavía todavia aún aun ahora actualmente también tambien siempre \
        ancora sempre adesso ora attualmente comunque anche \
        ainda agora atualmente aliás alias também \
        nog steeds nu momenteel trouwens eigenlijk ook gewoon altijd
        """)

    /// The password-shaped token after up to three adverbs at `from` ("nog Fenna!Modem2025", "immer noch
    /// Sommer2026!Lager"), or nil: only ``valueAdverbs`` single-spaced may come before it.
    private static func passwordAfterAdverbs(_ text: ScannedText, from: Int) -> (start: Int, end: Int)? {
        let v = text.values
        var j = from
        for _ in 0..<3 {
            var e = j
            while e < text.count, e - j < 16, ScalarClass.isLetter(v[e]) || v[e] == 39 || v[e] == 0x2019 { e += 1 }
            guard e > j, e < text.count, v[e] == 32, valueAdverbs.contains(WordHash.of(text.folded, j, e)) else { return nil }
            j = e + 1
            if let end = passwordShapedEnd(v, j) { return (j, end) }
        }
        return nil
    }

    /// Verbs of trying or entering a value in the seven languages ("I tried x", "ho provato x", "tentei x",
    /// "probiert", "essayé", "probé", "geprobeerd"). Hand-written for this recognizer (no external source).
    private static let attemptVerbs: WordHashSet = WordHash.table("""
        tried try typed entered used using tested \
        probiert versucht eingegeben eingetippt verwendet benutzt getestet \
        essayé essaye tapé tape saisi entré testé utilisé \
        probé probe probado intenté intente intentado puse escribí escribi introduje usé usado \
        provato provata messo inserito digitato usato tentato scritto \
        tentei testei coloquei digitei usei tentado experimentei \
        geprobeerd probeerde ingevuld ingetypt getypt gebruikt
        """)

    /// The start of a password-shaped token right after a verb of trying ("provato Nieddu.Giulia92", "tried
    /// 'Admin#2024'") within 160 scalars and two line breaks after a password label, or nil.
    private static func attemptedPassword(_ text: ScannedText, from start: Int) -> Int? {
        let v = text.values
        var j = start
        var lines = 0
        while j < text.count, j - start < 160 {
            let c = v[j]
            if c == 10 {
                lines += 1
                guard lines <= 2 else { return nil }
                j += 1
                continue
            }
            guard ScalarClass.isLetter(c), text.isWordStart(j) else { j += 1; continue }
            var e = j
            while e < text.count, ScalarClass.isLetter(v[e]) { e += 1 }
            if e - j >= 3, e < text.count, v[e] == 32, attemptVerbs.contains(WordHash.of(text.folded, j, e)) {
                var k = e + 1
                if k < text.count, v[k] == 34 || v[k] == 39 || v[k] == 0x201C || v[k] == 0xAB || v[k] == 96 { k += 1 }
                if passwordShapedEnd(v, k) != nil { return k }
            }
            j = e
        }
        return nil
    }

    /// The end of a password-shaped token at `j`, or nil: 6–64 scalars up to the next whitespace (closing
    /// punctuation and quotes trimmed), with a lower-case letter, a digit and either a symbol among
    /// `! # $ % & * @ ? ~ ^ = +` or a capital after the first scalar (with a second capital or a `.`, `_` or `-`);
    /// not a link, path, e-mail address, hashtag or handle.
    static func passwordShapedEnd(_ v: [UInt32], _ j: Int) -> Int? {
        guard j < v.count, v[j] != 35, v[j] != 64, !ScalarClass.isWhitespace(v[j]) else { return nil }
        var e = j
        while e < v.count, e - j <= 72, !ScalarClass.isWhitespace(v[e]) { e += 1 }
        while e > j, [34, 39, 96, 44, 46, 59, 58, 41, 0x201D, 0xBB].contains(v[e - 1]) { e -= 1 }
        guard e - j >= 6, e - j <= 64 else { return nil }
        var lower = false, digit = false, symbol = false, innerUpper = false, at = false, dotAfterAt = false
        var uppers = 0, joiner = false
        for k in j..<e {
            let c = v[k]
            if ScalarClass.isLower(c) { lower = true } else if ScalarClass.isDigit(c) { digit = true }
            else if ScalarClass.isUpper(c) { uppers += 1; if k > j { innerUpper = true } }
            else if c == 47 { return nil }
            else if c == 64 { at = true; symbol = true }
            else if c == 46 || c == 95 || c == 45 { joiner = true; if c == 46, at { dotAfterAt = true } }
            else if [33, 35, 36, 37, 38, 42, 63, 126, 94, 61, 43].contains(c) { symbol = true }
        }
        // A lone inner capital is a product name ("iPhone15"); a password joins words ("Nieddu.Giulia92") or
        // capitalises several ("RossiMarco88").
        guard lower, digit, symbol || (innerUpper && (uppers >= 2 || joiner)), !dotAfterAt else { return nil }
        return e
    }
    private static let akia = [UInt32](rawScalarsOf: "AKIA")
    private static let asia = [UInt32](rawScalarsOf: "ASIA")

    /// Whether the token at `j` opens with a field name of a log line, letters then `=` ("troca de senha
    /// origem=2001:db8::ff02"): another field, not the value of the label before it.
    private static func startsWithFieldKey(_ v: [UInt32], _ j: Int) -> Bool {
        var e = j
        while e < v.count, e - j < 24, ScalarClass.isLetter(v[e]) || v[e] == 95 { e += 1 }
        return e > j && e < v.count && v[e] == 61
    }

    /// Whether a token of at least 16 non-space scalars starts at `j` with letters and digits mixed.
    private static func isLongMixedToken(_ v: [UInt32], _ j: Int) -> Bool {
        var e = j
        var letters = false, digits = false
        while e < v.count, e - j < 256, !ScalarClass.isWhitespace(v[e]) {
            if ScalarClass.isLetter(v[e]) { letters = true } else if ScalarClass.isDigit(v[e]) { digits = true }
            e += 1
        }
        return e - j >= 16 && letters && digits
    }

    /// Whether a token of 8 to 64 non-space scalars starts at `j` with letters, digits and one of `! # $ % & * _ @ + = ? ~ ^`
    /// (no `/`, `:` or `.`, so links, paths, times and versions stay).
    static func isSymbolMixedToken(_ v: [UInt32], _ j: Int) -> Bool {
        var e = j
        var letters = false, digits = false, symbol = false
        while e < v.count, e - j <= 64, !ScalarClass.isWhitespace(v[e]) {
            let c = v[e]
            // A closing comma, dot, semicolon or bracket ends the value.
            if c == 44 || c == 46 || c == 59 || c == 41, e + 1 >= v.count || ScalarClass.isWhitespace(v[e + 1]) { break }
            if ScalarClass.isLetter(c) { letters = true } else if ScalarClass.isDigit(c) { digits = true }
            else if [33, 35, 36, 37, 38, 42, 95, 64, 43, 61, 63, 126, 94].contains(c) { symbol = true }
            else if c == 47 || c == 58 || c == 46 { return false }
            e += 1
        }
        return e - j >= 8 && e - j <= 64 && letters && digits && symbol
    }

    /// Whether the token at `j` joins letters (one in lower case) and at least two digits with hyphens, 8 to 40
    /// scalars and nothing else ("tijdelijk wachtwoord Tulp-7718-qz"): a generated or chosen password. "2FA-code" has
    /// one digit; versions and models have dots or no small letter.
    private static func isHyphenatedCode(_ v: [UInt32], _ j: Int) -> Bool {
        var e = j
        var lower = false, letters = 0, digits = 0, hyphens = 0
        while e < v.count, e - j <= 40, !ScalarClass.isWhitespace(v[e]) {
            let c = v[e]
            if c == 44 || c == 46 || c == 59 || c == 41, e + 1 >= v.count || ScalarClass.isWhitespace(v[e + 1]) { break }
            if ScalarClass.isASCIILetter(c) {
                letters += 1
                if ScalarClass.isLower(c) { lower = true }
            } else if ScalarClass.isDigit(c) { digits += 1 } else if c == 45 { hyphens += 1 } else { return false }
            e += 1
        }
        return (8...40).contains(e - j) && lower && letters >= 2 && digits >= 2 && hyphens >= 1 && v[j] != 45 && v[e - 1] != 45
    }

    /// Whether a token of 6 to 32 scalars at `j` is three or more letters then two or more digits and nothing else
    /// ("password Roma2020", "Passwort Tanne1987"): the commonest shape of a chosen password. Versions and models
    /// have separators or few letters ("v2", "X-200", "Windows 10").
    private static func isWordAndNumberToken(_ v: [UInt32], _ j: Int) -> Bool {
        var e = j
        while e < v.count, ScalarClass.isLetter(v[e]) { e += 1 }
        let letters = e - j
        let digitsStart = e
        while e < v.count, ScalarClass.isDigit(v[e]) { e += 1 }
        let digits = e - digitsStart
        // A closing comma, dot or bracket may follow; another word character may not.
        if e < v.count, !ScalarClass.isWhitespace(v[e]), !(v[e] == 44 || v[e] == 46 || v[e] == 41 || v[e] == 59) { return false }
        return letters >= 3 && digits >= 2 && letters + digits <= 32
    }

    /// Whether a token of 5 to 32 ASCII letters and digits at `j` holds at least two of each, interleaved (a letter
    /// after a digit: "4k9xq2", "x7Tq9mA"), as generated passwords are ("TeamViewer ID …, password 4k9xq2"). Words
    /// with a number at the end are ``isWordAndNumberToken``'s; versions and models have separators ("v2", "X-200").
    private static func isInterleavedToken(_ v: [UInt32], _ j: Int) -> Bool {
        var e = j
        var letters = 0, digits = 0
        var letterAfterDigit = false
        while e < v.count, e - j <= 32, ScalarClass.isASCIILetter(v[e]) || ScalarClass.isDigit(v[e]) {
            if ScalarClass.isDigit(v[e]) { digits += 1 } else {
                letters += 1
                if digits > 0 { letterAfterDigit = true }
            }
            e += 1
        }
        if e < v.count, !ScalarClass.isWhitespace(v[e]), !(v[e] == 44 || v[e] == 46 || v[e] == 41 || v[e] == 59) { return false }
        return (5...32).contains(e - j) && letters >= 2 && digits >= 2 && letterAfterDigit
    }

    /// Whether the token at `j` is shaped like a chosen or generated password: letters, digits and a symbol, a word
    /// and a number, or letters and digits interleaved (read by ``LoginPairs``).
    static func isPasswordShaped(_ v: [UInt32], _ j: Int) -> Bool {
        isSymbolMixedToken(v, j) || isWordAndNumberToken(v, j) || isInterleavedToken(v, j)
    }

    /// After "password is", only take values that are not plain lower-case words.
    private static func looksLikeSecret(_ v: [UInt32], _ start: Int, _ end: Int) -> Bool {
        var sawOther = false
        var sawUpperAfterFirst = false
        for k in start..<end {
            let c = v[k]
            if !ScalarClass.isLetter(c) { sawOther = true }
            if k > start, ScalarClass.isUpper(c) { sawUpperAfterFirst = true }
        }
        return sawOther || sawUpperAfterFirst
    }
}
