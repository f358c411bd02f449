import Testing
import TextInference

/// Tests of the bundled routing table: intent queues, base priorities and text cues.
@Suite("Routing")
struct TriageRoutingTests {
    /// The bundled default table.
    static let table: RoutingTable = {
        do { return try RoutingTable.loadDefault() } catch { fatalError("cannot load routing table: \(error)") }
    }()

    @Test("Lost, stolen and compromised cards are urgent security work", arguments: ["lost_or_stolen_card", "compromised_card", "lost_or_stolen_phone"])
    func securityIntents(intent: String) {
        #expect(Self.table.route(intent: intent, redactedText: "please help") == Route(queue: "card-security", priority: "urgent"))
    }

    @Test("Every intent has a rule and unknown falls back to the default route")
    func coverage() throws {
        let classifier = try TriageClassifier.loadDefault()
        for intent in classifier.intents { #expect(Self.table.intents[intent] != nil, "\(intent)") }
        #expect(Self.table.route(intent: "unknown", redactedText: "hello") == Route(queue: "general", priority: "normal"))
    }

    @Test("Plain requests keep their base priority")
    func basePriority() {
        #expect(Self.table.route(intent: "exchange_rate", redactedText: "What rate do you use for euros?").priority == "low")
        #expect(Self.table.route(intent: "card_arrival", redactedText: "When will my card arrive?").priority == "normal")
    }

    @Test(
        "Outage words raise priority to at least high",
        arguments: [
            "The app keeps crashing and I cannot log in", "La app no funciona desde esta mañana", "L'application est en panne",
            "Die App hat eine Störung", "التطبيق لا يعمل منذ الصباح",
        ])
    func outage(text: String) {
        #expect(Self.table.route(intent: "exchange_rate", redactedText: text).priority == "high", "\(text)")
    }

    @Test(
        "Repeated contact raises priority",
        arguments: [
            "This is the third time I write about my card", "Es la tercera vez que escribo", "Je vous écris encore une fois",
            "Ich schreibe schon wieder wegen meiner Karte", "أكتب لكم للمرة الثالثة بخصوص بطاقتي",
        ])
    func repeatedContact(text: String) {
        #expect(Self.table.route(intent: "card_arrival", redactedText: text).priority == "high", "\(text)")
    }

    @Test(
        "Anger raises priority",
        arguments: ["This is unacceptable!", "Esto es inaceptable", "C'est inadmissible", "Das ist eine Frechheit", "هذا غير مقبول"])
    func anger(text: String) {
        #expect(Self.table.route(intent: "card_arrival", redactedText: text).priority == "high", "\(text)")
    }

    @Test("Cues add up and cap at urgent")
    func stacking() {
        let text = "Third time asking, this is unacceptable and urgent"
        #expect(Self.table.matchingCues(in: text).count >= 3)
        #expect(Self.table.route(intent: "exchange_rate", redactedText: text).priority == "urgent")
        #expect(Self.table.route(intent: "lost_or_stolen_card", redactedText: text).priority == "urgent")
    }

    @Test("Redaction placeholders do not trigger cues")
    func placeholders() {
        #expect(Self.table.matchingCues(in: "My email is [EMAIL] and my phone is <PHONE>").isEmpty)
    }

    @Test("Overrides decode from JSON and invalid priorities are rejected")
    func overrides() throws {
        let json = #"{"version":"t","defaultRoute":{"queue":"q","priority":"low"},"intents":{"a":{"queue":"x","priority":"high"}},"cues":[{"name":"c","raise":2,"phrases":{"en":["help*"]}}]}"#
        let table = try RoutingTable(jsonBytes: Array(json.utf8))
        #expect(table.route(intent: "a", redactedText: "hi") == Route(queue: "x", priority: "high"))
        #expect(table.route(intent: "b", redactedText: "helpless") == Route(queue: "q", priority: "high"))
        let bad = #"{"version":"t","defaultRoute":{"queue":"q","priority":"critical"},"intents":{}}"#
        #expect(throws: ModelError.self) { try RoutingTable(jsonBytes: Array(bad.utf8)) }
    }
}
