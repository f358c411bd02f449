import Pipeline
import Testing

@Suite("Shadow configuration")
struct ShadowConfigurationTests {
    @Test("the shadow uses its own group, topics and state file, and keeps the connection settings")
    func derived() {
        var production = ServiceConfiguration()
        production.bootstrapServers = "kafka:9092"
        production.kafkaProperties = ["security.protocol": "SASL_SSL"]
        production.modelsDirectory = "/srv/models/current"
        let shadow = ShadowConfiguration.derive(from: production)
        #expect(shadow.groupID == "supportstream-enricher-shadow")
        #expect(shadow.topics.enriched == "support.enriched.shadow")
        #expect(shadow.topics.dlq == "support.dlq.shadow")
        #expect(shadow.topics.tickets == production.topics.tickets && shadow.topics.chat == production.topics.chat)
        #expect(shadow.statePath == "supportstream-state-shadow.sqlite")
        #expect(shadow.workers == 1)
        #expect(shadow.modelsDirectory == nil)
        #expect(shadow.bootstrapServers == "kafka:9092" && shadow.kafkaProperties == production.kafkaProperties)
    }
}
