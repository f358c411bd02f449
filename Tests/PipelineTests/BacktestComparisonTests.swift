import Foundation
import Pipeline
import Storage
import Testing

@Suite("Backtest comparison and report")
struct BacktestComparisonTests {
    static func row(_ id: String, _ language: String, _ intent: String, _ queue: String, _ priority: String,
                    entities: [String: Int] = [:], latency: Int64, intentConfidence: Double = 0.5) -> BacktestRow {
        BacktestRow(eventID: id, kind: "ticket", models: ["triage": "t"], language: language, languageConfidence: 0.9,
                    intent: intent, intentConfidence: intentConfidence, queue: queue, priority: priority,
                    entityCounts: entities, latencyUs: latency)
    }

    static let baseline = [
        row("e1", "en", "A", "q1", "high", entities: ["EMAIL": 1], latency: 100, intentConfidence: 0.95),
        row("e2", "en", "B", "q1", "normal", latency: 200, intentConfidence: 0.55),
        row("e3", "fr", "A", "q2", "normal", entities: ["PHONE": 2], latency: 300, intentConfidence: 0.35),
        row("e4", "de", "C", "q3", "low", latency: 400),
        BacktestRow(eventID: "support.tickets:0:9", status: "invalid_json", kind: ""),
    ]
    static let candidate = [
        row("e1", "en", "A", "q1", "high", entities: ["EMAIL": 1], latency: 110, intentConfidence: 0.95),
        row("e2", "en", "A", "q1", "high", latency: 220, intentConfidence: 0.65),
        row("e3", "es", "B", "q2", "normal", entities: ["PHONE": 1], latency: 330, intentConfidence: 0.35),
        row("e5", "en", "A", "q1", "normal", latency: 50),
    ]
    static let labels = [
        BacktestLabel(eventID: "e1", language: "en", intent: "A"),
        BacktestLabel(eventID: "e2", intent: "A"),
        BacktestLabel(eventID: "e3", language: "fr", intent: "B"),
        BacktestLabel(eventID: "e4", intent: "C"),
    ]

    @Test("agreement, confusion, shifts, entities, latency and label scores match hand-computed values")
    func handComputed() {
        let c = BacktestComparison(baseline: Self.baseline, candidate: Self.candidate, labels: Self.labels)
        #expect((c.baselineCount, c.baselineRejected, c.candidateCount) == (4, 1, 4))
        #expect((c.joined, c.onlyBaseline, c.onlyCandidate) == (3, 1, 1))
        #expect(c.agreements.map(\.field) == ["language", "intent", "queue", "priority"])
        #expect(c.agreements.map(\.agree) == [2, 1, 3, 2])
        #expect(c.agreements.allSatisfy { $0.total == 3 })
        #expect(c.intentConfusion.map { "\($0.baseline)>\($0.candidate):\($0.count)" } == ["A>A:1", "A>B:1", "B>A:1"])
        #expect(c.disagreements.count == 2)

        // Language over joined events: baseline {en 2, fr 1}, candidate {en 2, es 1}.
        let language = c.shifts.first { $0.name == "language" }!
        let eps = 1e-4, norm = 1 + eps
        let expectedPSI = 2 * ((1.0 / 3 - eps) / norm) * log((1.0 / 3) / eps)
        #expect(abs(language.psi - expectedPSI) < 1e-9)
        #expect(abs(language.jensenShannon - (1.0 / 3).squareRoot()) < 1e-6)
        let intent = c.shifts.first { $0.name == "intent" }!
        #expect(intent.baseline == ["A": 2, "B": 1] && intent.candidate == ["A": 2, "B": 1])
        #expect(abs(intent.psi) < 1e-12 && abs(intent.jensenShannon) < 1e-6)
        let confidence = c.shifts.first { $0.name == "intent_confidence" }!
        #expect(confidence.baseline == ["0.9-1.0": 1, "0.5-0.6": 1, "0.3-0.4": 1])
        #expect(confidence.candidate == ["0.9-1.0": 1, "0.6-0.7": 1, "0.3-0.4": 1])

        #expect(c.entities.map { "\($0.type) \($0.baseline) \($0.candidate) \($0.eventsDiffering)" } == ["EMAIL 1 1 0", "PHONE 2 1 1"])

        #expect((c.baselineLatency.p50, c.baselineLatency.p95, c.baselineLatency.p99) == (200, 400, 400))
        #expect((c.candidateLatency.p50, c.candidateLatency.p95, c.candidateLatency.p99) == (110, 330, 330))
        #expect(Array(c.baselineLatency.histogram.prefix(4)) == [0, 1, 1, 2])
        #expect(Array(c.candidateLatency.histogram.prefix(4)) == [1, 1, 1, 1])

        #expect(c.labelled == 3)
        let lang = c.labelScores.first { $0.field == "language" }!
        #expect(lang.baseline == ClassificationScores(count: 2, accuracy: 1, macroF1: 1))
        #expect(lang.candidate.accuracy == 0.5)
        #expect(abs(lang.candidate.macroF1 - 1.0 / 3) < 1e-12)
        let intents = c.labelScores.first { $0.field == "intent" }!
        #expect(intents.baseline.count == 3)
        #expect(abs(intents.baseline.accuracy - 1.0 / 3) < 1e-12)
        #expect(intents.baseline.macroF1 == 0.25)
        #expect(intents.candidate == ClassificationScores(count: 3, accuracy: 1, macroF1: 1))

        let text = BacktestTextReport.render(c)
        #expect(text.contains("intent      33.33%  (1/3)"))
        #expect(text.contains("A -> B"))
    }

    @Test("the HTML report is self-contained, has every section and is deterministic")
    func htmlReport() throws {
        var candidate = Self.candidate
        candidate[0].intent = "<script>"
        let c = BacktestComparison(baseline: Self.baseline, candidate: candidate, labels: Self.labels)
        let html = BacktestHTMLReport.render(c, baselineName: "a.sqlite", candidateName: "b.sqlite")
        for section in ["agreement", "confusion", "distributions", "entities", "latency", "labels"] {
            #expect(html.contains("<h2 id=\"\(section)\">"), "missing section \(section)")
        }
        #expect(html.contains("aria-label=\"intent confusion heat map\""))
        #expect(html.contains("aria-label=\"latency histograms\""))
        #expect(html.contains("&lt;script&gt;"))
        #expect(!html.contains("<script"))
        #expect(!html.contains("http://") && !html.contains("https://"))
        #expect(html == BacktestHTMLReport.render(c, baselineName: "a.sqlite", candidateName: "b.sqlite"))
        let unlabelled = BacktestHTMLReport.render(BacktestComparison(baseline: Self.baseline, candidate: candidate),
                                                   baselineName: "a", candidateName: "b")
        #expect(!unlabelled.contains("id=\"labels\""))
    }

    @Test("labels parse from JSON lines and a bad line is named")
    func labelParsing() throws {
        let data = Data("{\"event_id\":\"e1\",\"language\":\"en\",\"entities\":[]}\n\n{\"event_id\":\"e2\",\"intent\":\"A\"}\n".utf8)
        #expect(try BacktestLabel.parse(data) == [BacktestLabel(eventID: "e1", language: "en"), BacktestLabel(eventID: "e2", intent: "A")])
        #expect(throws: BacktestError.badLabel(line: 2)) { try BacktestLabel.parse(Data("{\"event_id\":\"e1\"}\n[1]\n".utf8)) }
    }
}
