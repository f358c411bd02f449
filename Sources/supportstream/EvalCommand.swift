import ArgumentParser

/// `supportstream eval`: offline evaluations of the inference core (a command group).
struct EvalCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval",
        abstract: "Evaluate the inference core on labelled data.",
        subcommands: [EvalSummarizeCommand.self, EvalPIICommand.self, EvalTriageCommand.self, EvalLangIDCommand.self])
}
