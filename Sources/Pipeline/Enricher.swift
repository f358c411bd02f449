import Storage
import TextInference

/// Runs one input event through language ID, redaction, triage and summaries.
///
/// Stateless apart from the conversation store it is handed, so one value serves every worker.
public struct Enricher: Sendable {
    /// The shared inference core.
    public let core: InferenceCore
    /// Whether triage reads the original text (in-process only; its output is just a label) rather
    /// than the redacted text. Default: `true`, because redaction placeholders can erase intent words.
    public var triageReadsOriginal: Bool = true

    /// Creates an enricher over a loaded core.
    public init(core: InferenceCore, triageReadsOriginal: Bool = true) {
        self.core = core
        self.triageReadsOriginal = triageReadsOriginal
    }

    /// Enriches one event: one output per ticket and chat message, one summary per `chat_closed`.
    ///
    /// A `chat_closed` whose conversation holds no stored turns (never seen, or already summarised
    /// when it went idle) yields no event: its summary id `<conversation_id>:summary` was either never
    /// used or already carries the real summary, which an empty one must not overwrite.
    public func enrich(_ event: InputEvent, conversations: ConversationStore,
                       source: EnrichedEvent.Source? = nil) throws(EnrichmentError) -> [EnrichedEvent] {
        switch event {
        case let .ticket(ticket):
            return [try enrichTicket(ticket, source: source)]
        case let .chatMessage(message):
            return [try enrichChatMessage(message, conversations: conversations, source: source)]
        case let .chatClosed(closed):
            do {
                guard let summary = try summarizeConversation(closed, conversations: conversations, source: source) else { return [] }
                return [summary]
            } catch {
                throw .storage(error)
            }
        }
    }

    private func enrichTicket(_ ticket: InputEvent.Ticket, source: EnrichedEvent.Source?) throws(EnrichmentError) -> EnrichedEvent {
        var stages = TicketStages(ticket, source: source)
        var workspace = LanguageIDWorkspace()
        stages.identifyLanguage(core, workspace: &workspace)
        stages.redact(core)
        stages.classify(core, readsOriginal: triageReadsOriginal)
        stages.summarize(core)
        return try stages.event(self).get()
    }

    /// Enriches tickets stage by stage (language ID for all, then redaction for all, …), which keeps
    /// each stage's tables in cache; the events are those of ``enrich(_:conversations:source:)``
    /// ticket by ticket, in input order.
    public func enrichTickets(_ tickets: [(ticket: InputEvent.Ticket, source: EnrichedEvent.Source?)])
        -> [Result<EnrichedEvent, EnrichmentError>] {
        var stages = tickets.map { TicketStages($0.ticket, source: $0.source) }
        var workspace = LanguageIDWorkspace()
        for index in stages.indices { stages[index].identifyLanguage(core, workspace: &workspace) }
        for index in stages.indices { stages[index].redact(core) }
        var inputs: [(index: Int, text: String, language: String)] = []
        for index in stages.indices {
            if let input = stages[index].triageInput(readsOriginal: triageReadsOriginal) { inputs.append((index, input.text, input.language)) }
        }
        let started = ContinuousClock.now
        let classified = core.triageClassifier.classifyMeasuringVocabulary(inputs.map(\.text), languages: inputs.map(\.language))
        let share = inputs.isEmpty ? 0 : StageClock.microseconds(ContinuousClock.now - started) / Int64(inputs.count)
        for (input, result) in zip(inputs, classified) { stages[input.index].route(core, classified: result, sharedMicros: share) }
        for index in stages.indices { stages[index].summarize(core) }
        return stages.map { $0.event(self) }
    }

    private func enrichChatMessage(_ message: InputEvent.ChatMessage, conversations: ConversationStore,
                                   source: EnrichedEvent.Source?) throws(EnrichmentError) -> EnrichedEvent {
        var clock = StageClock()
        let language = core.languageIdentifier.identify(message.text)
        clock.lap("langid")
        var session = RedactionSession()
        let redacted: RedactionResult
        do {
            redacted = try core.redactor.redact(message.text, language: language.code, session: &session)
        } catch {
            throw .redaction(error)
        }
        clock.lap("redaction")
        let (triage, oovRate) = core.triageClassifier.classifyMeasuringVocabulary(
            triageReadsOriginal ? message.text : redacted.text, language: language.code)
        let route = core.routing.route(intent: triage.intent, redactedText: redacted.text)
        clock.lap("triage")
        let at = RFC3339.epochMilliseconds(message.occurredAt) ?? 0
        do {
            _ = try conversations.append(
            conversationID: message.conversationID,
            turn: StoredTurn(sender: message.sender, redactedText: redacted.text, language: language.code,
                             eventID: message.eventID, occurredAt: at),
            at: at, position: source.map { SourcePosition(partition: $0.partition, offset: $0.offset) })
        } catch {
            throw .storage(error)
        }
        clock.lap("state")
        return withTriageOOVRate(oovRate, EnrichedEvent(
            eventID: message.eventID, kind: "chat_message", ticketID: nil, conversationID: message.conversationID,
            occurredAt: message.occurredAt, sender: message.sender, language: languageObject(language),
            redacted: .init(subject: nil, body: nil, text: redacted.text),
            entities: redacted.entities.map { span($0, field: "text") }, triage: triageObject(triage, route),
            summary: nil, messageCount: nil, models: core.modelVersions, latencyUs: clock.finish(), source: source))
    }

    private func summarizeConversation(_ closed: InputEvent.ChatClosed, conversations: ConversationStore,
                                       source: EnrichedEvent.Source?) throws(StorageError) -> EnrichedEvent? {
        var clock = StageClock()
        let turns = try conversations.close(conversationID: closed.conversationID)
        guard !turns.isEmpty else { return nil }
        clock.lap("state")
        let customerTurns = turns.filter { $0.sender == "customer" }
        let (code, share) = Self.majorityLanguage(customerTurns.isEmpty ? turns : customerTurns)
        clock.lap("langid")
        let customerText = customerTurns.map(\.redactedText).joined(separator: "\n")
        let triage = core.triageClassifier.classify(customerText, language: code)
        let route = core.routing.route(intent: triage.intent, redactedText: customerText)
        clock.lap("triage")
        let summary = core.summarizer.summarizeConversation(
            turns.map { Turn(speaker: Speaker(rawValue: $0.sender) ?? .customer, text: $0.redactedText) }, language: code)
        clock.lap("summary")
        return EnrichedEvent(
            eventID: closed.conversationID + ":summary", kind: "conversation_summary", ticketID: nil,
            conversationID: closed.conversationID, occurredAt: closed.occurredAt, sender: nil,
            language: .init(code: code, confidence: EventEncoding.round4(share), top: nil),
            redacted: .init(subject: nil, body: nil, text: nil), entities: [], triage: triageObject(triage, route),
            summary: .init(text: summary), messageCount: turns.count, models: core.modelVersions,
            latencyUs: clock.finish(), source: source)
    }

    /// The summary of a conversation that timed out or was never closed, dated at its last message;
    /// `nil` when the store holds no turns for it.
    public func summarizeOpen(conversationID: String, conversations: ConversationStore,
                              source: EnrichedEvent.Source? = nil) throws(StorageError) -> EnrichedEvent? {
        let last = try conversations.snapshot(conversationID: conversationID)?.turns.last?.occurredAt ?? 0
        let closed = InputEvent.ChatClosed(eventID: conversationID + ":summary", conversationID: conversationID,
                                           occurredAt: RFC3339.string(epochMilliseconds: last))
        return try summarizeConversation(closed, conversations: conversations, source: source)
    }

    /// The most frequent known language among turns, weighted by text length, and its share.
    static func majorityLanguage(_ turns: [StoredTurn]) -> (String, Double) {
        var weights: [String: Int] = [:]
        for turn in turns where turn.language != "und" {
            weights[turn.language, default: 0] += max(1, turn.redactedText.utf8.count)
        }
        let total = weights.values.reduce(0, +)
        guard total > 0 else { return ("und", 0) }
        let best = weights.max { $0.value < $1.value || ($0.value == $1.value && $0.key > $1.key) }!
        return (best.key, Double(best.value) / Double(total))
    }

    func span(_ entity: Entity, field: String) -> EnrichedEvent.EntitySpan {
        EnrichedEvent.EntitySpan(type: entity.type.rawValue, field: field, start: entity.start, end: entity.end)
    }

    func languageObject(_ result: LanguageResult) -> EnrichedEvent.Language {
        EnrichedEvent.Language(code: result.code, confidence: EventEncoding.round4(result.confidence),
                               top: result.top.map { .init(code: $0.code, intent: nil, probability: EventEncoding.round4($0.probability)) })
    }

    func triageObject(_ result: TriageResult, _ route: Route) -> EnrichedEvent.Triage {
        EnrichedEvent.Triage(intent: result.intent, confidence: EventEncoding.round4(result.confidence),
                             queue: route.queue, priority: route.priority,
                             top: result.top.map { .init(code: nil, intent: $0.intent, probability: EventEncoding.round4($0.probability)) })
    }
}
