import Foundation
import Pipeline
import Storage
import Telemetry
import Testing

@Suite("Triage OOV rate on enriched events")
struct EnricherOOVTests {
    static func chat(_ text: String) -> [UInt8] {
        let event: [String: String] = ["kind": "chat_message", "event_id": "e-\(text.count)",
                                       "conversation_id": "c-1", "occurred_at": "2026-01-01T00:00:00Z", "sender": "customer", "text": text]
        return Array(try! JSONSerialization.data(withJSONObject: event))
    }

    @Test("the rate travels with the event to drift, and is never published")
    func travelsInProcess() throws {
        let enricher = Enricher(core: Fixtures.core)
        let decoder = EventDecoder(maxEventBytes: 1 << 20)
        let store = MemoryConversationStore()
        var rates: [Double] = []
        for text in ["Where is my new card? It has not arrived", "qzxvw blorptk wuggafrimz snorkelbladt"] {
            guard case let .success(input) = decoder.decode(Self.chat(text)) else {
                Issue.record("sample chat event did not decode")
                return
            }
            let event = try #require(try enricher.enrich(input, conversations: store).first)
            let rate = try #require(event.triageOOVRate)
            rates.append(rate)
            #expect(DriftObservation(event)?.triageOOVRate == rate)
            let json = String(decoding: EventEncoding.encode(event), as: UTF8.self)
            #expect(!json.contains("oov"))
            let decoded = try JSONDecoder().decode(EnrichedEvent.self, from: Data(json.utf8))
            #expect(decoded.triageOOVRate == nil)
            #expect(decoded == event)
        }
        #expect(rates[0] < 0.2)
        #expect(rates[1] == 1)
    }
}
