/// Words that make up greetings, thanks and sign-offs, which summaries skip.
enum SummaryLexicon {
    /// Pleasantry words in the supported languages (lower-case).
    static let pleasantries: Set<String> = Set("""
    hi hello hey dear team support thanks thank thx ty cheers regards best kind morning afternoon evening day \
    great ok okay sure welcome glad help happy good nice awesome perfect appreciate appreciated much lot again \
    hola buenos buenas días dias tardes noches gracias saludos muchas bonjour merci cordialement bonsoir salut \
    hallo guten tag morgen abend danke vielen dank grüße gruss ciao buongiorno grazie mille salve olá ola \
    obrigado obrigada bom dia boa tarde hej tack hei kiitos dzień dobry dziękuję привет здравствуйте спасибо \
    مرحبا شكرا السلام عليكم person bye goodbye care wonderful great welcome anytime np
    """.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init))

    /// Whether `terms` (from ``SummaryTokenizer``) hold nothing but pleasantries.
    static func isPleasantry<Terms: Collection<UInt64>>(_ terms: Terms) -> Bool {
        terms.allSatisfy { pleasantryTerms.contains($0) }
    }

    /// Term hashes of every pleasantry word and CJK bigram.
    private static let pleasantryTerms = TermSet(pleasantries.union(unspacedPleasantries).map(SummaryTokenizer.term))

    private static let unspacedPleasantries: Set<String> = ["谢谢", "你好", "您好", "あり", "りが", "がと", "とう", "こん", "んに", "にち", "ちは"]
}
