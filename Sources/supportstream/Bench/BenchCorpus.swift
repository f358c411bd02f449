import Foundation
import TextInference

/// Deterministic synthetic inputs for `supportstream bench`: chat messages, ~1 KB tickets, dialogues.
///
/// Texts are assembled from fixed support-style fragments (some carrying e-mail addresses, phone
/// and card numbers) with a seeded generator, so every run measures the same bytes.
struct BenchCorpus {
    /// JSON lines of `ticket` events (about 1 KB of body each).
    var tickets: [[UInt8]]
    /// JSON lines of `chat_message` events (one short message each).
    var chats: [[UInt8]]

    /// Sentences mixed into texts; a few carry personal data.
    static let sentences = [
        "My card was declined at the supermarket this morning even though I have enough money in the account.",
        "I still have not received the refund for the duplicate charge from last week.",
        "Please call me back on +1 415 555 0134, I have been waiting for two days.",
        "The app keeps crashing when I try to open the transfer screen on my phone.",
        "You can reach me at jane.doe@example.com if you need more details.",
        "I was charged twice for the same purchase and I want the second payment reversed.",
        "My new card has not arrived yet and I ordered it more than ten days ago.",
        "This is the third time I contact you about this problem and nobody answers.",
        "The transfer to my savings account is still pending, is something wrong?",
        "I think someone used my card 4111 1111 1111 1111 without my permission.",
        "How long does it take for a top up by bank transfer to show in my balance?",
        "I need to change the address on my account because I moved to a new flat.",
        "The exchange rate you applied to my payment abroad looks wrong to me.",
        "Can you tell me why my account was frozen and what I have to do now?",
        "I forgot my passcode and the reset link in the email does not work.",
        "Es urgente, no puedo pagar con mi tarjeta desde ayer y necesito ayuda.",
    ]

    /// Short chat messages (roughly 15 to 90 characters).
    static let shortMessages = [
        "hi, my card is blocked", "where is my refund??", "app crashes on login",
        "I was charged twice for one coffee", "can I get a new card sent to my new address?",
        "transfer still pending since monday", "call me on 0612345678 please",
        "why was my top up declined", "this is urgent, I can't pay rent", "thanks, that fixed it",
    ]

    /// Builds `ticketCount` tickets and `chatCount` chat messages.
    static func synthetic(ticketCount: Int, chatCount: Int) -> BenchCorpus {
        var random = SplitMix64(seed: 42)
        var tickets: [[UInt8]] = []
        tickets.reserveCapacity(ticketCount)
        for index in 0..<ticketCount {
            var body = ""
            while body.utf8.count < 1_000 {
                body += (body.isEmpty ? "" : " ") + sentences[random.next(below: sentences.count)]
            }
            tickets.append(ticketLine(index: index, subject: "Problem with my account", body: body))
        }
        var chats: [[UInt8]] = []
        chats.reserveCapacity(chatCount)
        for index in 0..<chatCount {
            let text = shortMessages[random.next(below: shortMessages.count)]
            chats.append(Array(("{\"kind\":\"chat_message\",\"event_id\":\"bench-c-\(index)\",\"conversation_id\":\"C-\(index % 97)\","
                + "\"occurred_at\":\"2024-06-03T07:00:00Z\",\"sender\":\"customer\",\"text\":\(jsonString(text))}").utf8))
        }
        return BenchCorpus(tickets: tickets, chats: chats)
    }

    /// One ticket event as a JSON line.
    static func ticketLine(index: Int, subject: String, body: String) -> [UInt8] {
        Array(("{\"kind\":\"ticket\",\"event_id\":\"bench-t-\(index)\",\"ticket_id\":\"T-\(index)\","
            + "\"occurred_at\":\"2024-06-03T07:00:00Z\",\"subject\":\(jsonString(subject)),\"body\":\(jsonString(body))}").utf8)
    }

    /// Synthetic customer/agent dialogues of `turns` turns each, for the summarizer.
    static func dialogues(count: Int, turns: Int) -> [[(customer: Bool, text: String)]] {
        var random = SplitMix64(seed: 7)
        return (0..<count).map { _ in
            (0..<turns).map { turn in
                turn % 2 == 0
                    ? (true, sentences[random.next(below: sentences.count)])
                    : (false, "Thanks for reaching out. I have checked your account and escalated the case to our card team.")
            }
        }
    }

    /// Texts of about `length` characters cut from the sentences (for per-stage throughput).
    static func texts(count: Int, length: Int, seed: UInt64) -> [String] {
        var random = SplitMix64(seed: seed)
        return (0..<count).map { _ in
            var text = ""
            while text.count < length { text += (text.isEmpty ? "" : " ") + sentences[random.next(below: sentences.count)] }
            return String(text.prefix(length))
        }
    }

    /// A JSON string literal for `text` (quotes, backslashes and control characters escaped).
    static func jsonString(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if scalar.value < 0x20 { out += String(format: "\\u%04x", scalar.value) } else { out.unicodeScalars.append(scalar) }
            }
        }
        return out + "\""
    }

    /// Why a `--queries` file was refused (the line number only, never its text).
    struct QueryFileProblem: Error {
        let message: String
    }

    /// The non-empty `text` fields of JSON lines (blank lines skipped), or the first line that has none.
    static func queries(jsonLines data: Data) -> Result<[String], QueryFileProblem> {
        var texts: [String] = []
        for (index, line) in data.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).enumerated() {
            if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { continue }
            guard let object = try? JSONSerialization.jsonObject(with: Data(line)) as? [String: Any],
                  let text = object["text"] as? String, !text.isEmpty
            else {
                return .failure(.init(message: "line \(index + 1) is not a JSON object with a non-empty \"text\" string"))
            }
            texts.append(text)
        }
        return texts.isEmpty ? .failure(.init(message: "no queries")) : .success(texts)
    }
}
