import ArgumentParser
import Foundation
import Pipeline
import Storage

/// `supportstream backtest`: compare two replay stores, optionally against labels.
struct BacktestCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "backtest",
        abstract: "Compare two replay stores: agreement, intent confusion, distribution shifts, entities, latency, label scores.")

    @Option(name: .long, help: "Backtest store of the baseline run (replay --out).")
    var baseline: String

    @Option(name: .long, help: "Backtest store of the candidate run.")
    var candidate: String

    @Option(name: .long, help: "JSON lines {event_id, language?, intent?} to score both sides against.")
    var labels: String?

    @Option(name: .long, help: "Write a self-contained HTML report here.")
    var report: String?

    mutating func run() async throws {
        func rows(_ path: String) throws -> [BacktestRow] {
            guard FileManager.default.fileExists(atPath: path) else { throw fail("backtest: \(path) does not exist") }
            do {
                return try BacktestStore(path: path).rows()
            } catch {
                throw fail("backtest: \(error)")
            }
        }
        let base = try rows(baseline), cand = try rows(candidate)
        var parsedLabels: [BacktestLabel]?
        if let labels {
            guard let data = FileManager.default.contents(atPath: labels) else { throw fail("backtest: cannot read \(labels)") }
            do {
                parsedLabels = try BacktestLabel.parse(data)
            } catch {
                throw fail("backtest: \(labels): \(error)")
            }
        }
        let comparison = BacktestComparison(baseline: base, candidate: cand, labels: parsedLabels)
        print(BacktestTextReport.render(comparison), terminator: "")
        if let report {
            let html = BacktestHTMLReport.render(comparison, baselineName: URL(fileURLWithPath: baseline).lastPathComponent,
                                                 candidateName: URL(fileURLWithPath: candidate).lastPathComponent)
            guard OutputFile.write(Data(html.utf8), to: report) else {
                throw fail("backtest: cannot write \(report)")
            }
            print("report: \(report)")
        }
    }
}
