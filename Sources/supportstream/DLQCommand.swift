import ArgumentParser

/// `supportstream dlq`: tools for dead letters.
struct DLQCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dlq",
        abstract: "Work with support.dlq records.",
        subcommands: [DLQDecryptCommand.self])
}
