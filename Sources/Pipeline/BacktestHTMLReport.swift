import Foundation

/// A self-contained HTML backtest report: inline CSS and SVG only, no scripts or network assets.
///
/// Sections (each an `<h2>` with an `id`): `agreement`, `confusion` (heat map of intents),
/// `distributions` (baseline vs candidate bars), `entities`, `latency` (histograms) and, with
/// labels, `labels`. The output depends only on the comparison, so it is deterministic.
public enum BacktestHTMLReport {
    static let baseColor = "#4c78a8", candColor = "#f58518"

    /// Renders the report; `baselineName`/`candidateName` label the two stores.
    public static func render(_ c: BacktestComparison, baselineName: String, candidateName: String) -> String {
        var h = """
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="utf-8"><title>SupportStream backtest</title>
            <style>
            body{font:14px/1.4 system-ui,sans-serif;margin:24px auto;max-width:1100px;color:#222}
            h1{font-size:22px}h2{font-size:18px;margin-top:32px;border-bottom:1px solid #ddd}
            table{border-collapse:collapse;margin:8px 0}td,th{padding:3px 10px;border-bottom:1px solid #eee;text-align:right}
            td:first-child,th:first-child{text-align:left}.b{color:\(baseColor)}.c{color:\(candColor)}
            .legend span{display:inline-block;width:12px;height:12px;margin:0 4px 0 12px;vertical-align:middle}
            svg text{font:11px system-ui,sans-serif;fill:#333}
            </style></head><body>
            <h1>Backtest: <span class="b">\(esc(baselineName))</span> vs <span class="c">\(esc(candidateName))</span></h1>
            <p class="legend"><span style="background:\(baseColor)"></span>baseline: \(c.baselineCount) events,
            models \(esc(BacktestTextReport.models(c.baselineModels)))
            <span style="background:\(candColor)"></span>candidate: \(c.candidateCount) events,
            models \(esc(BacktestTextReport.models(c.candidateModels)))</p>
            <p>Joined events: \(c.joined); only in baseline: \(c.onlyBaseline); only in candidate: \(c.onlyCandidate).</p>

            """
        h += "<h2 id=\"agreement\">Agreement</h2>\n<table><tr><th>field</th><th>agree</th><th>total</th><th>rate</th><th></th></tr>\n"
        for a in c.agreements {
            h += "<tr><td>\(a.field)</td><td>\(a.agree)</td><td>\(a.total)</td><td>\(pct(a.rate))</td>"
            h += "<td><svg width=\"200\" height=\"12\"><rect width=\"200\" height=\"12\" fill=\"#eee\"/>"
            h += "<rect width=\"\(fmt(200 * a.rate))\" height=\"12\" fill=\"#54a24b\"/></svg></td></tr>\n"
        }
        h += "</table>\n"
        h += confusionSection(c)
        h += "<h2 id=\"distributions\">Distributions</h2>\n"
        for shift in c.shifts {
            h += "<h3>\(esc(shift.name)) — PSI \(fmt4(shift.psi)), JS \(fmt4(shift.jensenShannon))</h3>\n"
            h += bars(shift, limit: shift.name.hasSuffix("confidence") ? 10 : 20)
        }
        h += "<h2 id=\"entities\">Entities per PII type</h2>\n<table><tr><th>type</th><th class=\"b\">baseline</th>"
        h += "<th class=\"c\">candidate</th><th>difference</th><th>events differing</th></tr>\n"
        for e in c.entities {
            h += "<tr><td>\(esc(e.type))</td><td>\(e.baseline)</td><td>\(e.candidate)</td><td>\(e.candidate - e.baseline)</td><td>\(e.eventsDiffering)</td></tr>\n"
        }
        if c.entities.isEmpty { h += "<tr><td colspan=\"5\">no entities on either side</td></tr>\n" }
        h += "</table>\n"
        h += latencySection(c)
        if !c.labelScores.isEmpty {
            h += "<h2 id=\"labels\">Against labels</h2>\n<p>\(c.labelled) labelled joined events.</p>\n"
            h += "<table><tr><th>field</th><th>n</th><th class=\"b\">baseline accuracy</th><th class=\"b\">baseline macro-F1</th>"
            h += "<th class=\"c\">candidate accuracy</th><th class=\"c\">candidate macro-F1</th></tr>\n"
            for s in c.labelScores {
                h += "<tr><td>\(s.field)</td><td>\(s.baseline.count)</td><td>\(fmt4(s.baseline.accuracy))</td><td>\(fmt4(s.baseline.macroF1))</td>"
                h += "<td>\(fmt4(s.candidate.accuracy))</td><td>\(fmt4(s.candidate.macroF1))</td></tr>\n"
            }
            h += "</table>\n"
        }
        h += "</body></html>\n"
        return h
    }

    /// Heat map over the most frequent intents (rows: baseline, columns: candidate), then the top disagreements.
    static func confusionSection(_ c: BacktestComparison, size: Int = 15) -> String {
        var totals: [String: Int] = [:]
        for cell in c.intentConfusion {
            totals[cell.baseline, default: 0] += cell.count
            totals[cell.candidate, default: 0] += cell.count
        }
        let labels = totals.sorted { ($1.value, $0.key) < ($0.value, $1.key) }.prefix(size).map(\.key)
        var cells: [String: Int] = [:]
        for cell in c.intentConfusion { cells[cell.baseline + "\u{0}" + cell.candidate] = cell.count }
        let maxCount = max(1, cells.values.max() ?? 1)
        let cellSize = 26, left = 250, top = 200
        let width = left + cellSize * labels.count + 150, height = top + cellSize * labels.count + 10
        var s = "<h2 id=\"confusion\">Intent confusion</h2>\n"
        s += "<p>Rows: baseline intent; columns: candidate intent; the \(labels.count) most frequent intents. Darker = more events.</p>\n"
        s += "<svg role=\"img\" aria-label=\"intent confusion heat map\" width=\"\(width)\" height=\"\(height)\">\n"
        for (i, label) in labels.enumerated() {
            let y = top + i * cellSize + cellSize / 2 + 4
            s += "<text x=\"\(left - 6)\" y=\"\(y)\" text-anchor=\"end\">\(esc(short(label)))</text>\n"
            let x = left + i * cellSize + cellSize / 2 + 4
            s += "<text x=\"\(x)\" y=\"\(top - 6)\" transform=\"rotate(-60 \(x) \(top - 6))\">\(esc(short(label)))</text>\n"
        }
        for (i, row) in labels.enumerated() {
            for (j, column) in labels.enumerated() {
                let count = cells[row + "\u{0}" + column] ?? 0
                let intensity = count == 0 ? 0 : 0.15 + 0.85 * log(Double(count) + 1) / log(Double(maxCount) + 1)
                let color = i == j ? "84,162,75" : "228,87,86"
                s += "<rect x=\"\(left + j * cellSize)\" y=\"\(top + i * cellSize)\" width=\"\(cellSize - 1)\" height=\"\(cellSize - 1)\" "
                s += "fill=\"rgba(\(color),\(fmt(intensity)))\" stroke=\"#eee\"><title>\(esc(row)) → \(esc(column)): \(count)</title></rect>\n"
                if count > 0 {
                    s += "<text x=\"\(left + j * cellSize + cellSize / 2)\" y=\"\(top + i * cellSize + cellSize / 2 + 4)\" text-anchor=\"middle\">\(count)</text>\n"
                }
            }
        }
        s += "</svg>\n<h3>Top disagreements</h3>\n<table><tr><th>baseline → candidate</th><th>events</th></tr>\n"
        for cell in c.disagreements.prefix(15) {
            s += "<tr><td>\(esc(cell.baseline)) → \(esc(cell.candidate))</td><td>\(cell.count)</td></tr>\n"
        }
        if c.disagreements.isEmpty { s += "<tr><td colspan=\"2\">the runs agree on every intent</td></tr>\n" }
        return s + "</table>\n"
    }

    /// Paired horizontal bars of the shares of the most frequent categories.
    static func bars(_ shift: BacktestComparison.Shift, limit: Int) -> String {
        let bTotal = max(1, shift.baseline.values.reduce(0, +)), cTotal = max(1, shift.candidate.values.reduce(0, +))
        var keys = Set(shift.baseline.keys).union(shift.candidate.keys).sorted()
        if !shift.name.hasSuffix("confidence") {
            keys = keys.sorted { a, b in
                let wa = (shift.baseline[a] ?? 0) + (shift.candidate[a] ?? 0), wb = (shift.baseline[b] ?? 0) + (shift.candidate[b] ?? 0)
                return (wb, a) < (wa, b)
            }
        }
        let shown = Array(keys.prefix(limit))
        let share = { (counts: [String: Int], total: Int, key: String) in Double(counts[key] ?? 0) / Double(total) }
        let maxShare = max(0.0001, shown.map { max(share(shift.baseline, bTotal, $0), share(shift.candidate, cTotal, $0)) }.max() ?? 1)
        let row = 22, left = 250, barWidth = 420.0
        var s = "<svg role=\"img\" aria-label=\"\(esc(shift.name)) distribution\" width=\"\(left + Int(barWidth) + 130)\" height=\"\(row * shown.count + 6)\">\n"
        for (i, key) in shown.enumerated() {
            let y = i * row
            let b = share(shift.baseline, bTotal, key), c = share(shift.candidate, cTotal, key)
            s += "<text x=\"\(left - 6)\" y=\"\(y + 14)\" text-anchor=\"end\">\(esc(short(key)))</text>\n"
            s += "<rect x=\"\(left)\" y=\"\(y + 2)\" width=\"\(fmt(barWidth * b / maxShare))\" height=\"8\" fill=\"\(baseColor)\"/>\n"
            s += "<rect x=\"\(left)\" y=\"\(y + 11)\" width=\"\(fmt(barWidth * c / maxShare))\" height=\"8\" fill=\"\(candColor)\"/>\n"
            s += "<text x=\"\(left + Int(barWidth) + 8)\" y=\"\(y + 14)\">\(pct(b)) / \(pct(c))</text>\n"
        }
        s += "</svg>\n"
        if keys.count > shown.count { s += "<p>… and \(keys.count - shown.count) more categories.</p>\n" }
        return s
    }

    /// Latency histograms of both sides on log₂ bins, with the quantiles.
    static func latencySection(_ c: BacktestComparison) -> String {
        var s = "<h2 id=\"latency\">Latency</h2>\n<table><tr><th>side</th><th>n</th><th>p50 µs</th><th>p95 µs</th><th>p99 µs</th></tr>\n"
        for (name, l) in [("baseline", c.baselineLatency), ("candidate", c.candidateLatency)] {
            s += "<tr><td>\(name)</td><td>\(l.count)</td><td>\(l.p50)</td><td>\(l.p95)</td><td>\(l.p99)</td></tr>\n"
        }
        s += "</table>\n"
        let edges = BacktestComparison.latencyBinEdges
        let bTotal = max(1, c.baselineLatency.count), cTotal = max(1, c.candidateLatency.count)
        let shares = { (l: BacktestComparison.Latency, total: Int) in l.histogram.map { Double($0) / Double(total) } }
        let b = shares(c.baselineLatency, bTotal), cs = shares(c.candidateLatency, cTotal)
        let maxShare = max(0.0001, (b + cs).max() ?? 1)
        let column = 44, height = 160, bottom = 200
        s += "<svg role=\"img\" aria-label=\"latency histograms\" width=\"\(column * edges.count + 20)\" height=\"\(bottom + 40)\">\n"
        for (i, edge) in edges.enumerated() {
            let x = 10 + i * column
            let hb = Double(height) * (i < b.count ? b[i] : 0) / maxShare, hc = Double(height) * (i < cs.count ? cs[i] : 0) / maxShare
            s += "<rect x=\"\(x)\" y=\"\(fmt(Double(bottom) - hb))\" width=\"18\" height=\"\(fmt(hb))\" fill=\"\(baseColor)\"/>\n"
            s += "<rect x=\"\(x + 19)\" y=\"\(fmt(Double(bottom) - hc))\" width=\"18\" height=\"\(fmt(hc))\" fill=\"\(candColor)\"/>\n"
            let label = edge >= 1_000_000 ? "\(edge / 1_000_000)s" : edge >= 1_000 ? "\(edge / 1_000)ms" : "\(edge)µs"
            s += "<text x=\"\(x + 18)\" y=\"\(bottom + 16)\" text-anchor=\"middle\">≥\(label)</text>\n"
        }
        return s + "</svg>\n"
    }

    /// Labels longer than 34 characters are cut with an ellipsis (the full name is in the cell's tooltip).
    static func short(_ label: String) -> String {
        label.count > 34 ? String(label.prefix(33)) + "…" : label
    }

    static func esc(_ text: String) -> String {
        var out = ""
        for ch in text {
            switch ch {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            default: out.append(ch)
            }
        }
        return out
    }

    static func fmt(_ value: Double) -> String { String(format: "%.2f", value) }
    static func fmt4(_ value: Double) -> String { String(format: "%.4f", value) }
    static func pct(_ value: Double) -> String { String(format: "%.1f%%", value * 100) }
}
