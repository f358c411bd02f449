import ArgumentParser

/// `supportstream drift`: drift reference management.
struct DriftCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "drift",
        abstract: "Manage the drift reference used by `run`.",
        subcommands: [DriftBaselineCommand.self])
}
