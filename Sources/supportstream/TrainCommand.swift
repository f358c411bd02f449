import ArgumentParser

/// `supportstream train`: trains the bundled language-ID and triage models from the shared data.
struct TrainCommand: AsyncParsableCommand {
    /// Command metadata and subcommands.
    static let configuration = CommandConfiguration(
        commandName: "train",
        abstract: "Train a bundled TextInference model and update Resources/models.json.",
        subcommands: [TrainLanguageIDCommand.self, TrainTriageCommand.self, TrainTriageVocabCommand.self, TrainNamesCommand.self]
    )
}
