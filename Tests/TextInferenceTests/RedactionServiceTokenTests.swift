import Testing
@testable import TextInference

/// Prefixed tokens of common developer services are secrets; words, package names and identifiers that share
/// a prefix are not. (Every token below is made up: random characters in the vendor's documented shape.)
@Suite("Redaction: developer-service tokens")
struct RedactionServiceTokenTests {
    let redactor = RedactionTestSupport.redactor

    @Test("prefixed tokens in the seven languages are secrets", arguments: [
        ("The .npmrc had _authToken=npm_C3J27XDCG2LmlZGEONYlgCtjfIZ4SOcMz9CP in it.", "en",
         "npm_C3J27XDCG2LmlZGEONYlgCtjfIZ4SOcMz9CP"),
        ("Docker-Login mit dckr_pat_ubiheyEd7P4zDL_ak6J0kGODKdi. Bitte sperren.", "de", "dckr_pat_ubiheyEd7P4zDL_ak6J0kGODKdi"),
        ("Le jeton GitLab glpat-KXgzg2sye9b2Rann76dE a fuité dans le wiki.", "fr", "glpat-KXgzg2sye9b2Rann76dE"),
        ("Subí el paquete con pypi-AgEIcHlwaS5vcmcWY1jzIRlNQb0prFmbh7-wy5yq1XoY1BaIMcAxYmfsB4HbQLXjjlAFbVV6q9r ayer.", "es",
         "pypi-AgEIcHlwaS5vcmcWY1jzIRlNQb0prFmbh7-wy5yq1XoY1BaIMcAxYmfsB4HbQLXjjlAFbVV6q9r"),
        ("Il token 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 è nel notebook condiviso.", "it", "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"),
        ("A loja usa 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 no script de importação.", "pt", "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"),
        ("De API-sleutel SK8daceee2092f073ff80b9465aef7ac86 staat in de config.", "nl", "SK8daceee2092f073ff80b9465aef7ac86"),
        ("doctl auth init with dop_v1_d66c7a644fb12853ef86dcfaea21818b904ce6087413e3b266f850f1578b5c72 failed", "en",
         "dop_v1_d66c7a644fb12853ef86dcfaea21818b904ce6087413e3b266f850f1578b5c72"),
        ("Postman: PMAK-dc4ee60caea63367c29a80b2-1ead8f062d15a4f4ef27e9589c6948f6d3 (abgelaufen?)", "de",
         "PMAK-dc4ee60caea63367c29a80b2-1ead8f062d15a4f4ef27e9589c6948f6d3"),
        ("Le jeton ATATT3xFfGF0aWdfZp-lvi60ZIF8_qR38Ony1dHqceytDbKPTF_n_pGz3cW0uABBrDSxOOyBymrEqlHXm31qzZcmzTUo=ABCD1234 renvoie 401",
         "fr", "ATATT3xFfGF0aWdfZp-lvi60ZIF8_qR38Ony1dHqceytDbKPTF_n_pGz3cW0uABBrDSxOOyBymrEqlHXm31qzZcmzTUo=ABCD1234"),
        ("La clave lin_api_TGOWvGR1mZeEgbcWJNG5KEjmlhnl1ks7RgLdi8RD ya no funciona.", "es", "lin_api_TGOWvGR1mZeEgbcWJNG5KEjmlhnl1ks7RgLdi8RD"),
        ("Ho messo dp.st.prd.eWguzDBGwBnMxaOSc2mlADxVxz6mMkgGYau5fZ1T436 nel file .env", "it",
         "dp.st.prd.eWguzDBGwBnMxaOSc2mlADxVxz6mMkgGYau5fZ1T436"),
        ("o token pessoal dp.pt.O8zKMmGLvZWqr6hVVXk07zi5v4ISxXBWlznUleZvtEg foi revogado", "pt",
         "dp.pt.O8zKMmGLvZWqr6hVVXk07zi5v4ISxXBWlznUleZvtEg"),
        ("vault login hvs.bTgDIMRBZxjX_BpYconEG4ZgzWbmHGJR1m4jfXuX8v_h2_1KZNUK9IKLdbFfu0XgOYgOjC29GFfm7sFog16pAgTtpU4r16H werkt niet", "nl",
         "hvs.bTgDIMRBZxjX_BpYconEG4ZgzWbmHGJR1m4jfXuX8v_h2_1KZNUK9IKLdbFfu0XgOYgOjC29GFfm7sFog16pAgTtpU4r16H"),
    ])
    func tokens(text: String, language: String, token: String) {
        #expect(RedactionTestSupport.spans(redactor.redact(text, language: language), in: text, type: .secret) == [token])
    }

    @Test("prefixes, package names and identifiers that are no token stay", arguments: [
        ("Set npm_config_registry before running npm ci.", "en"),
        ("Wir rufen hf_hub_download aus dem Skript auf.", "de"),
        ("Le préfixe shpat_ désigne un jeton d'administration Shopify.", "fr"),
        ("El SKU SK12345678 está agotado.", "es"),
        ("Il pacchetto pypi-server-tools-for-internal-mirrors è aggiornato.", "it"),
        ("Os tokens começam por dop_v1_ e têm 64 caracteres.", "pt"),
        ("Het bestand ATATTACHMENTSOVERVIEWFORTHEWHOLETEAMINONEPLACE staat op de share.", "nl"),
        ("Order SK-2024-00891 shipped, version hvs.2.1 installed.", "en"),
        ("The dp.st.louis office handles the ticket.", "en"),
    ])
    func notTokens(text: String, language: String) {
        #expect(RedactionTestSupport.spans(redactor.redact(text, language: language), in: text, type: .secret).isEmpty)
    }
}
