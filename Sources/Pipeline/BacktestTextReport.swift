import Foundation

/// The plain-text summary `supportstream backtest` prints.
public enum BacktestTextReport {
    /// Renders the comparison; `top` limits the confusion list.
    public static func render(_ c: BacktestComparison, top: Int = 10) -> String {
        var out: [String] = []
        func f(_ format: String, _ args: CVarArg...) -> String { String(format: format, arguments: args) }
        out.append("baseline:  \(c.baselineCount) events (\(c.baselineRejected) rejected), models \(models(c.baselineModels))")
        out.append("candidate: \(c.candidateCount) events (\(c.candidateRejected) rejected), models \(models(c.candidateModels))")
        out.append("joined: \(c.joined) events; only in baseline \(c.onlyBaseline), only in candidate \(c.onlyCandidate)")
        out.append("")
        out.append("agreement")
        for a in c.agreements { out.append(f("  %@ %6.2f%%  (%d/%d)", pad(a.field, 10), a.rate * 100, a.agree, a.total)) }
        out.append("")
        out.append("intent confusion (baseline -> candidate), top \(top) disagreements")
        let disagreements = c.disagreements
        if disagreements.isEmpty { out.append("  none") }
        for cell in disagreements.prefix(top) { out.append(f("  %5d  %@ -> %@", cell.count, cell.baseline, cell.candidate)) }
        out.append("")
        out.append("distribution shift (baseline = reference)")
        for s in c.shifts { out.append(f("  %@ PSI %.4f  JS %.4f", pad(s.name, 20), s.psi, s.jensenShannon)) }
        out.append("")
        out.append("entities per PII type (baseline / candidate / events differing)")
        if c.entities.isEmpty { out.append("  none") }
        for e in c.entities { out.append(f("  %@ %6d / %6d / %d", pad(e.type, 14), e.baseline, e.candidate, e.eventsDiffering)) }
        out.append("")
        out.append("latency us (p50 / p95 / p99)")
        out.append(f("  baseline   %d / %d / %d  (n=%d)", c.baselineLatency.p50, c.baselineLatency.p95, c.baselineLatency.p99, c.baselineLatency.count))
        out.append(f("  candidate  %d / %d / %d  (n=%d)", c.candidateLatency.p50, c.candidateLatency.p95, c.candidateLatency.p99, c.candidateLatency.count))
        if !c.labelScores.isEmpty {
            out.append("")
            out.append("against labels (\(c.labelled) labelled joined events): accuracy / macro-F1")
            for s in c.labelScores {
                out.append(f("  %@ baseline %.4f / %.4f   candidate %.4f / %.4f   (n=%d)", pad(s.field, 10), s.baseline.accuracy,
                             s.baseline.macroF1, s.candidate.accuracy, s.candidate.macroF1, s.baseline.count))
            }
        }
        return out.joined(separator: "\n") + "\n"
    }

    /// Left-aligns `text` in `width` columns (String(format:) does not pad `%@` on Linux).
    static func pad(_ text: String, _ width: Int) -> String {
        text.count >= width ? text : text + String(repeating: " ", count: width - text.count)
    }

    static func models(_ versions: [String: String]) -> String {
        versions.isEmpty ? "-" : versions.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: " ")
    }
}
