import Pipeline
import Testing

/// Regression gate: conversation summaries on a committed synthetic fixture must not lose ROUGE.
@Suite("Summary ROUGE regression gate")
struct SummaryRegressionTests {
    /// ROUGE F1 (stemmed) recorded for summary-1.0.0 on ``SummaryRegressionFixture``.
    static let recorded = RougeSummary(rouge1: 0.555, rouge2: 0.318, rougeL: 0.482)
    /// Allowed drop, in F1 (0.5 points).
    static let tolerance = 0.005

    @Test("ROUGE on the multilingual fixture does not drop by more than 0.5 points")
    func gate() async throws {
        var dialogues: [EvaluationDialogue] = []
        for (index, line) in SummaryRegressionFixture.lines.enumerated() {
            dialogues.append(try EvaluationDialogue.parse(Array(line.utf8), line: index + 1))
        }
        let runner = OfflineEnrichment(enricher: Enricher(core: Fixtures.core), decoder: EventDecoder(), shards: 2)
        let report = await SummaryEvaluation(runner: runner, stem: true).evaluate(dialogues)
        print("regression fixture: \(report.system.formatted) (Lead-3 \(report.lead3.formatted))")
        #expect(report.missing == 0)
        #expect(report.system.rouge1 >= Self.recorded.rouge1 - Self.tolerance)
        #expect(report.system.rouge2 >= Self.recorded.rouge2 - Self.tolerance)
        #expect(report.system.rougeL >= Self.recorded.rougeL - Self.tolerance)
        // Every dialogue, whatever its script, gets a non-empty summary.
        for (dialogue, summary) in zip(dialogues, report.summaries) {
            #expect(!summary.isEmpty, "\(dialogue.id)")
        }
    }
}
