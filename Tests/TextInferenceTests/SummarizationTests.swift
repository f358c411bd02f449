import Testing
@testable import TextInference

/// Sentence splitting and extractive summaries.
@Suite("Summarization")
struct SummarizationTests {
    let summarizer = Summarizer()

    @Test("Latin-1 words hash as String.lowercased() would lower-case them; one-letter words are dropped")
    func latin1Terms() {
        var checked = 0
        for value in UInt32(0x80)...0xFF where ScalarClass.isWordChar(value) {
            let letter = String(Character(Unicode.Scalar(value)!))
            let word = "Q" + letter + "r" + letter + "Ä"
            #expect(SummaryTokenizer.terms(word) == [SummaryTokenizer.term(word.lowercased())], "U+\(String(value, radix: 16))")
            #expect(SummaryTokenizer.terms(letter).isEmpty)
            checked += 1
        }
        #expect(checked > 60)
        #expect(SummaryTokenizer.terms("ÉCOLE Straße naïve") == ["école", "straße", "naïve"].map(SummaryTokenizer.term))
    }

    @Test("cleaning joins the kept words by one space whatever ran between them, dropping handles and links")
    func cleanJoinsWords() {
        #expect(SummaryText.clean("Card  blocked\tagain, see https://x.y/z and @bank now") == "Card blocked again, see and now")
        #expect(SummaryText.clean("  one two  three\t\tfour ") == "one two three four")
        #expect(SummaryText.clean("single") == "single")
        #expect(SummaryText.clean("@bank https://a.b") == "")
    }

    @Test("splits on CJK, Arabic and Urdu punctuation")
    func multilingualSplitting() {
        #expect(SentenceSplitter.split("我的订单没有到。请帮我查一下！可以吗？", language: "zh") == ["我的订单没有到。", "请帮我查一下！", "可以吗？"])
        #expect(SentenceSplitter.split("注文が届きません。確認してください。", language: "ja").count == 2)
        #expect(SentenceSplitter.split("مرحبا. أين طلبي؟ شكرا لك", language: "ar") == ["مرحبا.", "أين طلبي؟", "شكرا لك"])
        #expect(SentenceSplitter.split("میرا آرڈر نہیں آیا۔ براہ کرم مدد کریں۔", language: "ur").count == 2)
    }

    @Test("abbreviations, decimals, URLs and ordinals do not split")
    func noFalseSplits() {
        let english = "Dr. Smith called e.g. yesterday. It costs 3.50 dollars. See https://www.example.com/a.html now."
        #expect(SentenceSplitter.split(english, language: "en") == [
            "Dr. Smith called e.g. yesterday.", "It costs 3.50 dollars.", "See https://www.example.com/a.html now.",
        ])
        let german = "Wir treffen uns am 12. März. Bis dann, z.B. morgen."
        #expect(SentenceSplitter.split(german, language: "de") == ["Wir treffen uns am 12. März.", "Bis dann, z.B. morgen."])
        #expect(SentenceSplitter.split("Really?! Yes... ok\nnext line", language: "en") == ["Really?!", "Yes...", "ok", "next line"])
    }

    private let body = """
        Hello team, hope you are well. I ordered a laptop on Monday and the package never arrived. \
        The tracking page says the package was delivered, but nothing was at my door. \
        I checked with my neighbours and nobody received the package. \
        Could you please refund the laptop or send a replacement package? \
        I have been a customer for years. Thanks a lot!
        """

    @Test("ticket summaries respect sentence and character limits and are deterministic")
    func ticketLimits() {
        let summary = summarizer.summarizeTicket(subject: "Laptop package not delivered", body: body, language: "en")
        #expect(summary.count <= 400)
        #expect(SentenceSplitter.split(summary, language: "en").count <= 3)
        #expect(!summary.contains("Hello team"))
        #expect(!summary.contains("Thanks a lot"))
        #expect(summary.contains("package"))
        #expect(summary == summarizer.summarizeTicket(subject: "Laptop package not delivered", body: body, language: "en"))
        let short = Summarizer(configuration: SummarizerConfiguration(maxSentences: 1, maxCharacters: 50))
        let clipped = short.summarizeTicket(subject: nil, body: body, language: "en")
        #expect(clipped.count <= 50 && clipped.hasSuffix("…"))
        #expect(Summarizer().version == "summary-1.0.0")
    }

    @Test("empty input gives an empty summary; subject alone is used when the body is empty")
    func emptyInput() {
        #expect(summarizer.summarizeTicket(subject: nil, body: "", language: "en") == "")
        #expect(summarizer.summarizeTicket(subject: "Refund request", body: "Thanks!", language: "en") == "Refund request")
        #expect(summarizer.summarizeConversation([], language: "en") == "")
    }

    @Test("CJK ticket summaries use character bigrams and stay within limits")
    func cjkTicket() {
        let text = "你好。我的订单没有送到。快递显示已经签收，但是我没有收到订单。请帮我退款。谢谢。"
        let summary = summarizer.summarizeTicket(subject: nil, body: text, language: "zh")
        #expect(!summary.isEmpty && summary.count <= 400)
        #expect(SentenceSplitter.split(summary, language: "zh").count <= 3)
        #expect(summary.contains("订单"))
    }

    @Test("conversation summaries read Customer: … Agent: … and skip pleasantries")
    func conversation() {
        let turns = [
            Turn(speaker: .customer, text: "Hi there!"),
            Turn(speaker: .customer, text: "@Shop My refund for order [ORDER] has not arrived after two weeks."),
            Turn(speaker: .agent, text: "Hello! Sorry to hear that. Can you confirm the email on the account?"),
            Turn(speaker: .customer, text: "It is [EMAIL]."),
            Turn(speaker: .agent, text: "Thanks. I have reissued the refund, it should reach your card in 3-5 business days."),
            Turn(speaker: .customer, text: "Great, thank you!"),
        ]
        let summary = summarizer.summarizeConversation(turns, language: "en")
        #expect(summary.hasPrefix("Customer: "))
        #expect(summary.contains(" Agent: "))
        #expect(summary.contains("refund for order"))
        #expect(summary.contains("reissued the refund"))
        #expect(!summary.contains("Hi there"))
        #expect(!summary.contains("@Shop"))
        #expect(summary.count <= 400)
        #expect(summary == summarizer.summarizeConversation(turns, language: "en"))
        let tight = Summarizer(configuration: SummarizerConfiguration(maxSentences: 3, maxCharacters: 80))
        #expect(tight.summarizeConversation(turns, language: "en").count <= 80)
    }
}
