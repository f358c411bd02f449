import Foundation
import Pipeline

/// Renders a ``BenchReport`` as the human-readable table `supportstream bench` prints.
enum BenchTable {
    static func render(_ report: BenchReport) -> String {
        var lines: [String] = []
        lines.append("supportstream bench (\(report.run.cores) cores\(report.run.quick ? ", quick" : ""), tickets: \(report.run.ticketSource))")
        var memory = "model load \(fixed(report.modelLoadSeconds * 1000, 0)) ms · RSS after load \(fixed(report.rssAfterLoadMiB, 1)) MiB"
        if let core = report.peakRSSBeforeStreamMiB { memory += " · peak RSS before the stream \(fixed(core, 1)) MiB" }
        lines.append(memory + " · peak RSS \(fixed(report.peakRSSMiB, 1)) MiB (with the in-process broker's topics)")
        if !report.stages.isEmpty {
            lines.append("")
            lines.append(pad("stage µs/event", 16) + pad("chat p50", 11) + pad("chat p99", 11) + pad("ticket p50", 12) + "ticket p99")
            let order = ["decode", "langid", "redaction", "triage", "summary", "state", "enrich", "encode", "total"]
            for stage in order where report.stages.values.contains(where: { $0[stage] != nil }) {
                let chat = report.stages["chat"]?[stage], ticket = report.stages["ticket"]?[stage]
                lines.append(pad(stage, 16) + pad(chat.map { fixed($0.medianUs, 1) } ?? "-", 11) + pad(chat.map { fixed($0.p99Us, 1) } ?? "-", 11)
                    + pad(ticket.map { fixed($0.medianUs, 1) } ?? "-", 12) + (ticket.map { fixed($0.p99Us, 1) } ?? "-"))
            }
        }
        if let rates = report.stageRates {
            lines.append("")
            lines.append("one core, one stage: langid 15 chars \(count(rates.langid15CharsPerSec))/s · langid 90 chars \(count(rates.langid90CharsPerSec))/s")
            lines.append("  redaction 225 chars \(count(rates.redaction225CharsPerSec))/s · triage 1 KB (+route) \(count(rates.triagePerSec))/s · summarize \(count(rates.summarizeDialoguesPerSec)) dialogues/s (\(rates.summarizeTurnsPerDialogue) turns)")
            if let short = rates.triageShortPerSec, let classify = rates.triageClassify1KPerSec, let route = rates.route1KPerSec {
                let cycled = rates.triageShortQueries.map { " (\($0) texts cycled)" } ?? ""
                lines.append("  triage short queries\(cycled) (+route) \(count(short))/s · triage 1 KB alone \(count(classify))/s · route 1 KB alone \(count(route))/s")
            }
            let phases = rates.redactionPhaseUs.sorted { $0.value > $1.value }.prefix(8).map { "\($0.key) \(fixed($0.value, 2))" }
            lines.append("  redaction µs by phase (225 chars): " + phases.joined(separator: ", "))
        }
        if let core = report.core {
            lines.append("")
            lines.append(pad("core events/s", 16) + pad("1 core", 12) + "\(core.workers) workers")
            lines.append(pad("1 KB tickets", 16) + pad(count(core.ticketEventsPerSecOneCore), 12) + count(core.ticketEventsPerSecAllCores))
            lines.append(pad("chat messages", 16) + pad(count(core.chatEventsPerSecOneCore), 12) + count(core.chatEventsPerSecAllCores))
            if let one = core.batchedTicketEventsPerSecOneCore, let all = core.batchedTicketEventsPerSecAllCores {
                lines.append(pad("tickets batched", 16) + pad(count(one), 12) + count(all) + "   (enrich's path: batches of \(OfflineEnrichment.ticketBatch))")
            }
        }
        if let latency = report.latency {
            lines.append("")
            lines.append("latency at \(count(latency.offeredEventsPerSec)) tickets/s offered (\(Int(latency.loadFraction * 100))% of max, from intended start, \(latency.events) events):")
            lines.append("  p50 \(fixed(latency.p50Us, 0)) µs · p99 \(fixed(latency.p99Us, 0)) µs · p99.9 \(fixed(latency.p999Us, 0)) µs · max \(fixed(latency.maxUs, 0)) µs")
        }
        if let stream = report.stream {
            lines.append("")
            lines.append("embedded broker, \(stream.partitions) partitions, \(stream.workers) workers, \(stream.events) tickets (produced in \(fixed(stream.produceSeconds, 2)) s):")
            lines.append(pad("  passthrough", 16) + pad("\(count(stream.passthroughEventsPerSec))/s", 12) + "(consume→produce, no inference: the ceiling; join \(fixed(stream.passthroughJoinSeconds, 2)) s; longest pause \(fixed(stream.passthroughLongestPauseSeconds, 2)) s)")
            lines.append(pad("  enrich stream", 16) + pad("\(count(stream.streamEventsPerSec))/s", 12) + "(start-up \(fixed(stream.streamStartupSeconds, 2)) s, join \(fixed(stream.streamJoinSeconds, 2)) s; longest pause \(fixed(stream.streamLongestPauseSeconds, 2)) s)")
        }
        return lines.joined(separator: "\n")
    }

    static func fixed(_ value: Double, _ digits: Int) -> String { String(format: "%.\(digits)f", value) }

    static func count(_ value: Double) -> String {
        let rounded = Int(value.rounded())
        var text = String(rounded), out = ""
        for (index, char) in text.reversed().enumerated() {
            if index > 0 && index % 3 == 0 { out.append(",") }
            out.append(char)
        }
        text = String(out.reversed())
        return text
    }

    static func pad(_ text: String, _ width: Int) -> String {
        text.count >= width ? text + " " : text + String(repeating: " ", count: width - text.count)
    }
}
