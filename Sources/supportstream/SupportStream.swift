import ArgumentParser

/// The `supportstream` command line.
@main
struct SupportStream: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "supportstream",
        abstract: "Language intelligence for customer-support event streams on Kafka.",
        subcommands: [RunCommand.self, EnrichCommand.self, BrokerCommand.self, ProduceCommand.self, TrainCommand.self,
                      DriftCommand.self, EvalCommand.self, BenchCommand.self, ReplayCommand.self, BacktestCommand.self,
                      ArchiveCommand.self, DLQCommand.self]
    )
}
