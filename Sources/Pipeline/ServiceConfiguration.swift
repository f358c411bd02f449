import Foundation
import KafkaClient

/// Everything `supportstream run` needs, read from a JSON file and then the environment.
///
/// Environment variables override the file:
/// `SUPPORTSTREAM_BOOTSTRAP_SERVERS`, `SUPPORTSTREAM_GROUP_ID`, `SUPPORTSTREAM_WORKERS`,
/// `SUPPORTSTREAM_STATE_PATH`, `SUPPORTSTREAM_FEED_RATE`, `SUPPORTSTREAM_ASSIGNMENT_STRATEGY`, and
/// `SUPPORTSTREAM_KAFKA_<PROPERTY>` for any librdkafka property (`_` becomes `.`, lower-cased), e.g.
/// `SUPPORTSTREAM_KAFKA_SASL_PASSWORD` sets `sasl.password`. Secrets are accepted only from the environment.
public struct ServiceConfiguration: Sendable, Equatable {
    /// Bootstrap servers; ignored with `--embedded`. Default: `localhost:9092`.
    public var bootstrapServers = "localhost:9092"
    /// librdkafka properties passed through (security settings and tuning).
    public var kafkaProperties: [String: String] = [:]
    /// Consumer group id. Default: `supportstream-enricher`.
    public var groupID = "supportstream-enricher"
    /// Partition assignment strategy. Default: cooperative-sticky.
    public var assignmentStrategy: AssignmentStrategy = .cooperativeSticky
    /// Give each worker a stable `group.instance.id` (`<group>-<host>-<n>`) so a restart reclaims its
    /// partitions at once. Default: `false`; enable where a worker's host name is stable.
    public var staticMembership = false
    /// Session timeout in ms: how long a crashed worker's partitions wait before moving. Default: 6 000 (the broker minimum by default).
    public var sessionTimeoutMs = 6_000
    /// How often processed offsets are committed, in ms; bounds the duplicates after a crash to
    /// about this long of processing. Default: 200.
    public var commitIntervalMs = 200
    /// Consumer workers in this process; 0 means one per core. Default: 0.
    public var workers = 0
    /// Topic names.
    public var topics = TopicNames()
    /// Largest accepted input record in bytes. Default: 1 MiB.
    public var maxEventBytes = 1 << 20
    /// SQLite file for conversation state. Default: `supportstream-state.sqlite`.
    public var statePath = "supportstream-state.sqlite"
    /// Most turns kept per open conversation. Default: 200.
    public var stateMaxTurns = 200
    /// Most bytes kept per open conversation. Default: 65 536.
    public var stateMaxBytes = 65_536
    /// A conversation with no message for this long (in event time) is summarized and dropped.
    /// Default: 1 800 000 (30 minutes).
    public var stateInactivityTimeoutMs = 1_800_000
    /// Optional routing table overriding the bundled one.
    public var routingTablePath: String?
    /// Directory of the active model set (layout of `Sources/TextInference/Resources`). Default: `nil`
    /// (the bundled models). Rolling back is pointing this at the previous set and restarting.
    public var modelsDirectory: String?
    /// Language confidence below which the code is `und`. Default: `nil` (the model's default).
    public var languageMinConfidence: Double?
    /// Triage confidence below which the intent is `unknown`. Default: `nil` (the model's default).
    public var triageMinConfidence: Double?
    /// How long SIGTERM may take to drain in-flight records before closing anyway, in ms. Default: 10 000.
    public var shutdownTimeoutMs = 10_000
    /// Records of one partition that may await delivery confirmation; above this the partition is
    /// paused, and it resumes below half. Default: 1 000.
    public var maxInFlightPerPartition = 1_000
    /// Most records a worker takes from its consumer at once (`max_batch_records`). A run of ticket
    /// records among them goes through the ticket stages together, which saves CPU; at full load a
    /// record also waits for the rest of its batch (about this many × 0.17 ms). At low load a batch is
    /// one or two records whatever the limit. 1 processes every record alone. Default: 192 (192 instead
    /// of 64 cut the stream's CPU per event by another 10–14 %).
    public var maxBatchRecords = 192
    /// A record whose processing takes longer than this (ms) goes to the DLQ with reason `timeout`
    /// once it returns. Default: 30 000 (wall time, so it must stay far above normal processing even on a loaded machine).
    public var stageTimeoutMs = 30_000
    /// A worker with work but no progress for this long (ms) is reported stalled: /health answers 503
    /// so the supervisor restarts the process. Default: 120 000.
    public var stallRestartMs = 120_000
    /// What dead letters keep of the original record (`dlq.payload`). Default: `encrypted` with the key in
    /// `SUPPORTSTREAM_DLQ_KEY`; without that key, only size and SHA-256 are kept.
    public var dlqPayload: DeadLetterPayloadMode = .encrypted
    /// Embedded mode: sample events fed per second. Default: 200.
    public var feedRate = 200.0
    /// Embedded mode: broker count. Default: 1.
    public var embeddedBrokers = 1
    /// PII redaction operators and limits (`redaction.*`, key from `SUPPORTSTREAM_PSEUDONYM_KEY`).
    public var redaction = RedactionSettings()

    /// The defaults.
    public init() {}

    /// Property names that must come from the environment, never from a file.
    static let secretProperties: Set<String> = ["sasl.password", "ssl.key.password", "ssl.keystore.password",
                                                "sasl.oauthbearer.client.secret", "ssl.key.pem"]

    /// Reads a file (if given) and applies environment overrides.
    public static func load(path: String?, environment: [String: String]) throws(ConfigurationError) -> ServiceConfiguration {
        var config = ServiceConfiguration()
        if let path {
            let data: Data
            do {
                data = try Data(contentsOf: URL(fileURLWithPath: path))
            } catch {
                throw .invalidFile(path: path, reason: "cannot read the file")
            }
            guard let object = try? JSONSerialization.jsonObject(with: data), let root = object as? [String: Any] else {
                throw .invalidFile(path: path, reason: "not a JSON object")
            }
            try config.apply(file: root, origin: path)
        }
        try config.apply(environment: environment)
        try config.validate()
        return config
    }

    private mutating func apply(file root: [String: Any], origin: String) throws(ConfigurationError) {
        let reader = ConfigReader(values: root, origin: origin)
        if let kafka = try reader.object("kafka") {
            let sub = ConfigReader(values: kafka, origin: origin, prefix: "kafka.")
            bootstrapServers = try sub.string("bootstrap_servers") ?? bootstrapServers
            if let properties = try sub.object("properties") {
                for (key, value) in properties {
                    if Self.secretProperties.contains(key) {
                        throw .secretInFile(key: "kafka.properties.\(key)", variable: Self.environmentName(forProperty: key))
                    }
                    guard let string = value as? String else {
                        throw .invalidValue(key: "kafka.properties.\(key)", reason: "must be a string", origin: origin)
                    }
                    kafkaProperties[key] = string
                }
            }
        }
        groupID = try reader.string("group_id") ?? groupID
        if let strategy = try reader.string("assignment_strategy") {
            guard let parsed = AssignmentStrategy(rawValue: strategy) else {
                throw .invalidValue(key: "assignment_strategy", reason: "must be eager or cooperative-sticky", origin: origin)
            }
            assignmentStrategy = parsed
        }
        staticMembership = try reader.bool("static_membership") ?? staticMembership
        sessionTimeoutMs = try reader.int("session_timeout_ms") ?? sessionTimeoutMs
        commitIntervalMs = try reader.int("commit_interval_ms") ?? commitIntervalMs
        workers = try reader.int("workers") ?? workers
        if let topicMap = try reader.object("topics") {
            let sub = ConfigReader(values: topicMap, origin: origin, prefix: "topics.")
            topics.tickets = try sub.string("tickets") ?? topics.tickets
            topics.chat = try sub.string("chat") ?? topics.chat
            topics.enriched = try sub.string("enriched") ?? topics.enriched
            topics.dlq = try sub.string("dlq") ?? topics.dlq
            topics.drift = try sub.string("drift") ?? topics.drift
            topics.chatState = try sub.string("chat_state") ?? topics.chatState
        }
        maxEventBytes = try reader.int("max_event_bytes") ?? maxEventBytes
        shutdownTimeoutMs = try reader.int("shutdown_timeout_ms") ?? shutdownTimeoutMs
        maxInFlightPerPartition = try reader.int("max_in_flight_per_partition") ?? maxInFlightPerPartition
        maxBatchRecords = try reader.int("max_batch_records") ?? maxBatchRecords
        stageTimeoutMs = try reader.int("stage_timeout_ms") ?? stageTimeoutMs
        stallRestartMs = try reader.int("stall_restart_ms") ?? stallRestartMs
        if let state = try reader.object("state") {
            let sub = ConfigReader(values: state, origin: origin, prefix: "state.")
            statePath = try sub.string("path") ?? statePath
            stateMaxTurns = try sub.int("max_turns") ?? stateMaxTurns
            stateMaxBytes = try sub.int("max_bytes") ?? stateMaxBytes
            stateInactivityTimeoutMs = try sub.int("inactivity_timeout_ms") ?? stateInactivityTimeoutMs
        }
        if let models = try reader.object("models") {
            let sub = ConfigReader(values: models, origin: origin, prefix: "models.")
            routingTablePath = try sub.string("routing_table") ?? routingTablePath
            modelsDirectory = try sub.string("directory") ?? modelsDirectory
            languageMinConfidence = try sub.double("language_min_confidence") ?? languageMinConfidence
            triageMinConfidence = try sub.double("triage_min_confidence") ?? triageMinConfidence
        }
        if let section = try reader.object("redaction") { try redaction.apply(section, origin: origin) }
        if let dlq = try reader.object("dlq") {
            if dlq["key"] != nil { throw .secretInFile(key: "dlq.key", variable: DeadLetterKey.environmentVariable) }
            if let mode = try ConfigReader(values: dlq, origin: origin, prefix: "dlq.").string("payload") {
                guard let parsed = DeadLetterPayloadMode(rawValue: mode) else {
                    throw .invalidValue(key: "dlq.payload", reason: "must be encrypted, plain or drop", origin: origin)
                }
                dlqPayload = parsed
            }
        }
        if let embedded = try reader.object("embedded") {
            let sub = ConfigReader(values: embedded, origin: origin, prefix: "embedded.")
            feedRate = try sub.double("feed_rate") ?? feedRate
            embeddedBrokers = try sub.int("brokers") ?? embeddedBrokers
        }
    }

    private mutating func apply(environment: [String: String]) throws(ConfigurationError) {
        func number(_ name: String, _ key: String) throws(ConfigurationError) -> Int? {
            guard let raw = environment[name] else { return nil }
            guard let value = Int(raw) else { throw .invalidValue(key: key, reason: "must be an integer", origin: name) }
            return value
        }
        if let value = environment["SUPPORTSTREAM_BOOTSTRAP_SERVERS"] { bootstrapServers = value }
        if let value = environment["SUPPORTSTREAM_GROUP_ID"] { groupID = value }
        if let value = environment["SUPPORTSTREAM_STATE_PATH"] { statePath = value }
        if let raw = environment["SUPPORTSTREAM_STATIC_MEMBERSHIP"] {
            guard let value = Bool(raw) else {
                throw .invalidValue(key: "static_membership", reason: "must be true or false", origin: "SUPPORTSTREAM_STATIC_MEMBERSHIP")
            }
            staticMembership = value
        }
        if let value = environment["SUPPORTSTREAM_MODELS_DIRECTORY"] { modelsDirectory = value }
        if let raw = environment["SUPPORTSTREAM_DLQ_PAYLOAD"] {
            guard let value = DeadLetterPayloadMode(rawValue: raw) else {
                throw .invalidValue(key: "dlq.payload", reason: "must be encrypted, plain or drop", origin: "SUPPORTSTREAM_DLQ_PAYLOAD")
            }
            dlqPayload = value
        }
        if let value = try number("SUPPORTSTREAM_WORKERS", "workers") { workers = value }
        if let raw = environment["SUPPORTSTREAM_FEED_RATE"] {
            guard let value = Double(raw) else {
                throw .invalidValue(key: "embedded.feed_rate", reason: "must be a number", origin: "SUPPORTSTREAM_FEED_RATE")
            }
            feedRate = value
        }
        if let raw = environment["SUPPORTSTREAM_ASSIGNMENT_STRATEGY"] {
            guard let value = AssignmentStrategy(rawValue: raw) else {
                throw .invalidValue(key: "assignment_strategy", reason: "must be eager or cooperative-sticky",
                                    origin: "SUPPORTSTREAM_ASSIGNMENT_STRATEGY")
            }
            assignmentStrategy = value
        }
        try redaction.apply(environment: environment)
        let prefix = "SUPPORTSTREAM_KAFKA_"
        for (name, value) in environment where name.hasPrefix(prefix) && name.count > prefix.count {
            let property = name.dropFirst(prefix.count).lowercased().replacingOccurrences(of: "_", with: ".")
            kafkaProperties[property] = value
        }
    }

    private func validate() throws(ConfigurationError) {
        if bootstrapServers.trimmingCharacters(in: .whitespaces).isEmpty {
            throw .invalidValue(key: "kafka.bootstrap_servers", reason: "must not be empty", origin: "configuration")
        }
        if !(0...256).contains(workers) {
            throw .invalidValue(key: "workers", reason: "must be between 0 (one per core) and 256", origin: "configuration")
        }
        if groupID.isEmpty { throw .invalidValue(key: "group_id", reason: "must not be empty", origin: "configuration") }
        if sessionTimeoutMs < 1_000 || sessionTimeoutMs > 300_000 {
            throw .invalidValue(key: "session_timeout_ms", reason: "must be between 1000 and 300000", origin: "configuration")
        }
        if commitIntervalMs < 10 || commitIntervalMs > 60_000 {
            throw .invalidValue(key: "commit_interval_ms", reason: "must be between 10 and 60000", origin: "configuration")
        }
        if maxEventBytes < 1_024 || maxEventBytes > 64 << 20 {
            throw .invalidValue(key: "max_event_bytes", reason: "must be between 1 KiB and 64 MiB", origin: "configuration")
        }
        if shutdownTimeoutMs < 100 || shutdownTimeoutMs > 600_000 {
            throw .invalidValue(key: "shutdown_timeout_ms", reason: "must be between 100 and 600000", origin: "configuration")
        }
        if maxInFlightPerPartition < 2 || maxInFlightPerPartition > 1_000_000 {
            throw .invalidValue(key: "max_in_flight_per_partition", reason: "must be between 2 and 1000000", origin: "configuration")
        }
        if maxBatchRecords < 1 || maxBatchRecords > 1_024 {
            throw .invalidValue(key: "max_batch_records", reason: "must be between 1 and 1024", origin: "configuration")
        }
        if stageTimeoutMs < 1 || stageTimeoutMs > 600_000 {
            throw .invalidValue(key: "stage_timeout_ms", reason: "must be between 1 and 600000", origin: "configuration")
        }
        if stallRestartMs <= stageTimeoutMs || stallRestartMs > 3_600_000 {
            throw .invalidValue(key: "stall_restart_ms", reason: "must be above stage_timeout_ms and at most 3600000", origin: "configuration")
        }
        if stateMaxTurns < 1 { throw .invalidValue(key: "state.max_turns", reason: "must be at least 1", origin: "configuration") }
        if stateMaxBytes < 256 { throw .invalidValue(key: "state.max_bytes", reason: "must be at least 256", origin: "configuration") }
        if stateInactivityTimeoutMs < 1_000 {
            throw .invalidValue(key: "state.inactivity_timeout_ms", reason: "must be at least 1000", origin: "configuration")
        }
        if feedRate < 0 { throw .invalidValue(key: "embedded.feed_rate", reason: "must not be negative", origin: "configuration") }
        if !(1...9).contains(embeddedBrokers) {
            throw .invalidValue(key: "embedded.brokers", reason: "must be between 1 and 9", origin: "configuration")
        }
        try redaction.validate()
        for (key, value) in [("models.language_min_confidence", languageMinConfidence),
                             ("models.triage_min_confidence", triageMinConfidence)] {
            if let value, !(0...1).contains(value) {
                throw .invalidValue(key: key, reason: "must be between 0 and 1", origin: "configuration")
            }
        }
    }

    /// The number of workers to start: `workers`, or the core count when 0.
    public var effectiveWorkers: Int {
        workers > 0 ? workers : max(1, ProcessInfo.processInfo.activeProcessorCount)
    }

    /// The environment variable that sets a librdkafka property.
    static func environmentName(forProperty property: String) -> String {
        "SUPPORTSTREAM_KAFKA_" + property.uppercased().replacingOccurrences(of: ".", with: "_")
    }
}

/// Typed reads from a parsed JSON object, with errors that name the key.
struct ConfigReader {
    let values: [String: Any]
    let origin: String
    var prefix = ""

    func fail(_ key: String, _ reason: String) -> ConfigurationError {
        .invalidValue(key: prefix + key, reason: reason, origin: origin)
    }

    func string(_ key: String) throws(ConfigurationError) -> String? {
        guard let value = values[key], !(value is NSNull) else { return nil }
        guard let string = value as? String else { throw fail(key, "must be a string") }
        return string
    }

    func int(_ key: String) throws(ConfigurationError) -> Int? {
        guard let value = values[key], !(value is NSNull) else { return nil }
        if let number = value as? Int { return number }
        if let number = value as? Double, number == number.rounded(), abs(number) < 1e15 { return Int(number) }
        throw fail(key, "must be an integer")
    }

    func double(_ key: String) throws(ConfigurationError) -> Double? {
        guard let value = values[key], !(value is NSNull) else { return nil }
        if let number = value as? Double { return number }
        if let number = value as? Int { return Double(number) }
        throw fail(key, "must be a number")
    }

    func bool(_ key: String) throws(ConfigurationError) -> Bool? {
        guard let value = values[key], !(value is NSNull) else { return nil }
        guard let flag = value as? Bool else { throw fail(key, "must be true or false") }
        return flag
    }

    func object(_ key: String) throws(ConfigurationError) -> [String: Any]? {
        guard let value = values[key], !(value is NSNull) else { return nil }
        guard let object = value as? [String: Any] else { throw fail(key, "must be an object") }
        return object
    }
}
