/// Derives the configuration of a shadow deployment: a candidate model set on live traffic.
///
/// The shadow is its own consumer group (`<group>-shadow`), so it reads every input record
/// independently of production and never moves production's offsets; it publishes to
/// `support.enriched.shadow` (dead letters to `support.dlq.shadow`), which routing does not read,
/// and keeps its conversation state in its own file.
public enum ShadowConfiguration {
    /// The shadow output topic.
    public static let enrichedTopic = "support.enriched.shadow"
    /// The shadow dead-letter topic (production already dead-letters the same records).
    public static let dlqTopic = "support.dlq.shadow"

    /// The production configuration with the shadow's group, topics, state file and worker count.
    public static func derive(from production: ServiceConfiguration, workers: Int = 1) -> ServiceConfiguration {
        var shadow = production
        shadow.groupID = production.groupID + "-shadow"
        shadow.topics.enriched = enrichedTopic
        shadow.topics.dlq = dlqTopic
        shadow.statePath = production.statePath.hasSuffix(".sqlite")
            ? String(production.statePath.dropLast(7)) + "-shadow.sqlite" : production.statePath + "-shadow"
        shadow.workers = workers
        shadow.modelsDirectory = nil
        return shadow
    }
}
