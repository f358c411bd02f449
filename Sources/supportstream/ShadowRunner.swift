import Foundation
import KafkaClient
import Logging
import Pipeline

/// Runs a candidate model set beside production (`run --shadow-models DIR`); its failures are logged, never fatal.
struct ShadowRunner {
    private let task: Task<Void, Never>
    private let stopSignal: AsyncStream<Void>.Continuation

    /// Loads the candidate models and starts the shadow workers.
    static func start(models: String, production: ServiceConfiguration, bootstrap: String, broker: EmbeddedBroker?,
                      topicsDir: String, logger: Logger) throws -> ShadowRunner {
        let configuration = ShadowConfiguration.derive(from: production)
        if let broker {
            let partitions = (try? TopicDefinition.loadAll(from: topicsDir).first { $0.name == production.topics.enriched }?.partitions) ?? 6
            try broker.createTopic(ShadowConfiguration.enrichedTopic, partitions: partitions)
            try broker.createTopic(ShadowConfiguration.dlqTopic, partitions: 1)
        }
        let core = try CoreLoader.load(configuration: configuration, modelsDirectory: try ModelSelection.directory(for: models))
        let service = try StreamService(configuration: configuration, bootstrapServers: bootstrap,
                                        enricher: Enricher(core: core), logger: logger)
        let (stream, continuation) = AsyncStream<Void>.makeStream()
        logger.info("shadow started", metadata: ["models": "\(core.modelVersions)", "topic": "\(ShadowConfiguration.enrichedTopic)"])
        let task = Task {
            do {
                try await service.run(until: { for await _ in stream {} })
            } catch {
                logger.error("shadow stopped with an error; production is unaffected", metadata: ["error": "\(error)"])
            }
        }
        return ShadowRunner(task: task, stopSignal: continuation)
    }

    /// Drains, commits and closes the shadow workers.
    func stop() async {
        stopSignal.finish()
        await task.value
    }
}
