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

    /// Tunes malloc (``MallocTuning``), then parses and runs the command as `AsyncParsableCommand.main()` does.
    static func main() async {
        MallocTuning.apply()
        do {
            var command = try parseAsRoot()
            if var asyncCommand = command as? AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch {
            exit(withError: error)
        }
    }
}
