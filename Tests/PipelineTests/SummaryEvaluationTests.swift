import Pipeline
import Testing
import TextInference

@Suite("Summary evaluation")
struct SummaryEvaluationTests {
    @Test("reads both dialogue shapes and maps speakers")
    func parsing() throws {
        let turns = #"{"id":"d1","turns":[{"speaker":"Customer","sentences":["My card is blocked.","Help?"]},"#
            + #"{"speaker":"Agent","sentences":["We unblocked it."]}],"references":["Card blocked, agent unblocked it."]}"#
        let a = try EvaluationDialogue.parse(Array(turns.utf8), line: 1)
        #expect(a.id == "d1")
        #expect(a.turns == [Turn(speaker: .customer, text: "My card is blocked. Help?"), Turn(speaker: .agent, text: "We unblocked it.")])
        let text = #"{"text":"Person1: Hello there.\nPerson2: I lost my key.\nPerson1: Here is a new one.","summary":"A key was lost."}"#
        let b = try EvaluationDialogue.parse(Array(text.utf8), line: 7)
        #expect(b.id == "7")
        #expect(b.turns.map(\.speaker) == [.customer, .agent, .customer])
        #expect(b.turns[1].text == "I lost my key.")
        #expect(b.references == ["A key was lost."])
        #expect(throws: EvaluationDataError.self) { try EvaluationDialogue.parse(Array(#"{"text":"Customer: hi"}"#.utf8), line: 3) }
    }

    @Test("scores the enriched conversation_summary through the offline path")
    func endToEnd() async {
        let dialogue = EvaluationDialogue(id: "x", turns: [
            Turn(speaker: .customer, text: "My parcel never arrived. The tracking page shows no update since Monday."),
            Turn(speaker: .agent, text: "Sorry about that. I have sent a replacement parcel today."),
        ], references: ["Customer's parcel never arrived. Agent sent a replacement parcel."])
        let runner = OfflineEnrichment(enricher: Enricher(core: Fixtures.core), decoder: EventDecoder(), shards: 2)
        let report = await SummaryEvaluation(runner: runner).evaluate([dialogue, dialogue])
        #expect(report.dialogues == 2 && report.missing == 0)
        #expect(report.summaries[0] == report.summaries[1])
        #expect(report.summaries[0].contains("parcel"))
        #expect(report.system.rouge1 > 0.3)
        #expect(report.system.rouge1 >= report.system.rouge2)
        #expect(report.lead3.rouge1 > 0)
    }
}
