import TextInference

/// `supportstream bench --section langid`: language identification alone on one core.
enum LanguageIDBench {
    /// Multilingual support-style sentences (several scripts) for the mixed-language rows.
    static let multilingual = [
        "Hola, no me llega la tarjeta y ya pasaron dos semanas desde que la pedí por la aplicación.",
        "Bonjour, ma carte a été refusée ce matin au supermarché alors que mon compte est approvisionné.",
        "Hallo, ich habe die Rückerstattung für die doppelte Abbuchung von letzter Woche noch nicht erhalten.",
        "Ciao, l'app continua a bloccarsi quando provo ad aprire la schermata dei bonifici sul telefono.",
        "Olá, fui cobrado duas vezes pela mesma compra e quero que o segundo pagamento seja estornado.",
        "Hej, mitt nya kort har inte kommit än och jag beställde det för mer än tio dagar sedan.",
        "Hei, jeg har glemt passordet mitt og lenken i e-posten fungerer ikke, kan dere hjelpe meg?",
        "Dzień dobry, przelew na moje konto oszczędnościowe wciąż oczekuje, czy coś jest nie tak?",
        "Здравствуйте, моя карта заблокирована, и я не могу оплатить покупки уже второй день подряд.",
        "Добрий день, я досі не отримав повернення коштів за подвійне списання минулого тижня.",
        "Merhaba, kartım bu sabah markette reddedildi ama hesabımda yeterli para var, neden acaba?",
        "私のカードが今朝スーパーで使えませんでした。口座には十分なお金があるのに、なぜでしょうか。",
        "我的银行卡还没有收到，已经过了两个星期了，请帮我查询一下现在的状态，谢谢你们的帮助。",
        "Xin chào, thẻ của tôi bị từ chối sáng nay dù tài khoản vẫn còn đủ tiền, xin hãy kiểm tra giúp.",
    ]

    /// Runs the measurements and renders a small table.
    static func run(_ identifier: LanguageIdentifier, quick: Bool, loadSeconds: Double) -> String {
        let n = quick ? 2_000 : 200_000
        func clip(_ texts: [String], _ length: Int) -> [String] {
            texts.map { text in
                var out = text
                while out.count < length { out += " " + text }
                return String(out.prefix(length))
            }
        }
        let rows: [(String, [String], Int)] = [
            ("English 15 chars", BenchCorpus.texts(count: 200, length: 15, seed: 1), n),
            ("English 90 chars", BenchCorpus.texts(count: 200, length: 90, seed: 2), n),
            ("English 1 KB", BenchCorpus.texts(count: 200, length: 1_000, seed: 4), n / 10),
            ("mixed 15 chars", clip(multilingual, 15), n),
            ("mixed 90 chars", clip(multilingual, 90), n),
            ("mixed 1 KB", clip(multilingual, 1_000), n / 10),
        ]
        var lines = ["supportstream bench langid (\(identifier.version), one core\(quick ? ", quick" : ""))",
                     "model load \(Int(loadSeconds * 1000)) ms (all core models) · RSS \(BenchStats.currentRSSMiB()) MiB", "",
                     "input              texts/s      µs/text"]
        // One workspace, as a pipeline worker keeps one (`identify(_:localeHint:workspace:)`).
        var workspace = LanguageIDWorkspace()
        for (name, texts, total) in rows {
            _ = CoreBench.rate(texts, total: min(total, 2_000)) { _ = identifier.identify($0, workspace: &workspace) }  // warm-up
            let rate = CoreBench.rate(texts, total: total) { _ = identifier.identify($0, workspace: &workspace) }
            let padded = name.padding(toLength: 18, withPad: " ", startingAt: 0)
            lines.append("\(padded) \(String(Int(rate)).padding(toLength: 12, withPad: " ", startingAt: 0)) \((1e6 / rate * 100).rounded() / 100)")
        }
        let medium = BenchCorpus.texts(count: 200, length: 90, seed: 2)
        var features = 0
        for text in medium { features += identifier.profileExtract(text) }
        let extractRate = CoreBench.rate(medium, total: n) { _ = identifier.profileExtract($0) }
        lines.append("extract only, English 90: \(Int(extractRate))/s, \(features / medium.count) features per text")
        let fresh = CoreBench.rate(medium, total: n) { _ = identifier.identify($0) }
        lines.append("English 90 with fresh buffers per call (identify(_:localeHint:)): \(Int(fresh))/s")
        return lines.joined(separator: "\n")
    }
}
