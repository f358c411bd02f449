import Foundation
import Pipeline
import Testing

@Suite("Service configuration")
struct ServiceConfigurationTests {
    func write(_ json: String) throws -> String {
        let path = NSTemporaryDirectory() + "ss-config-\(UUID().uuidString).json"
        try json.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    @Test("the shipped config files load")
    func shippedFiles() throws {
        let root = Fixtures.root.appendingPathComponent("Config")
        let embedded = try ServiceConfiguration.load(path: root.appendingPathComponent("supportstream.json").path, environment: [:])
        #expect(embedded.topics.enriched == "support.enriched")
        #expect(embedded.topics.chatState == "support.chat-state")
        #expect(embedded.stateInactivityTimeoutMs == 1_800_000)
        let custom = try ServiceConfiguration.load(path: try write(#"{"state": {"inactivity_timeout_ms": 60000}}"#), environment: [:])
        #expect(custom.stateInactivityTimeoutMs == 60_000)
        let production = try ServiceConfiguration.load(path: root.appendingPathComponent("production.example.json").path, environment: [:])
        #expect(production.kafkaProperties["security.protocol"] == "SASL_SSL")
        #expect(production.staticMembership)
    }

    @Test("environment variables override the file and pass librdkafka properties through")
    func environmentOverrides() throws {
        let path = try write(#"{"workers": 3, "kafka": {"bootstrap_servers": "a:1"}}"#)
        let config = try ServiceConfiguration.load(path: path, environment: [
            "SUPPORTSTREAM_WORKERS": "5",
            "SUPPORTSTREAM_BOOTSTRAP_SERVERS": "b:2",
            "SUPPORTSTREAM_KAFKA_SASL_PASSWORD": "from-env",
        ])
        #expect(config.workers == 5)
        #expect(config.bootstrapServers == "b:2")
        #expect(config.kafkaProperties["sasl.password"] == "from-env")
    }

    @Test("invalid values name the key", arguments: [
        (#"{"workers": "many"}"#, "workers"),
        (#"{"workers": 1000}"#, "workers"),
        (#"{"state": {"max_turns": 0}}"#, "state.max_turns"),
        (#"{"state": {"inactivity_timeout_ms": 10}}"#, "state.inactivity_timeout_ms"),
        (#"{"assignment_strategy": "sticky"}"#, "assignment_strategy"),
        (#"{"models": {"triage_min_confidence": 2}}"#, "models.triage_min_confidence"),
        (#"{"kafka": {"properties": {"sasl.password": "x"}}}"#, "kafka.properties.sasl.password"),
    ])
    func invalid(json: String, key: String) throws {
        let path = try write(json)
        do {
            _ = try ServiceConfiguration.load(path: path, environment: [:])
            Issue.record("expected an error")
        } catch {
            #expect("\(error)".contains("'\(key)'"))
            #expect(!"\(error)".contains("\n"))
        }
    }

    @Test("an invalid environment value names the key and the variable")
    func invalidEnvironment() {
        #expect(throws: ConfigurationError.invalidValue(key: "workers", reason: "must be an integer", origin: "SUPPORTSTREAM_WORKERS")) {
            try ServiceConfiguration.load(path: nil, environment: ["SUPPORTSTREAM_WORKERS": "two"])
        }
    }
}
