import TextInference

/// One ticket's state between the enrichment stages, so a batch of tickets can run stage by stage.
///
/// Running language ID for every ticket of a batch, then redaction for every ticket, and so on keeps
/// each stage's tables in the core's caches across tickets; the results are those of running the
/// stages ticket by ticket. Each stage times only its own ticket, so `latency_us` stays per event.
struct TicketStages {
    /// The input ticket.
    let ticket: InputEvent.Ticket
    /// Where the ticket was read from, if from Kafka.
    let source: EnrichedEvent.Source?
    /// Subject and body joined as language ID and triage read them.
    let fullText: String
    /// Per-stage times of this ticket.
    private var clock = StageClock()
    /// Language ID result.
    private var language: LanguageResult = .undetermined
    /// Redacted subject, if there is one.
    private var redactedSubject: RedactionResult?
    /// Redacted body.
    private var redactedBody: RedactionResult?
    /// Set when redaction failed: the ticket yields no event.
    private(set) var failure: EnrichmentError?
    /// Triage result and its route.
    private var triage: (result: TriageResult, oovRate: Double?, route: Route)?
    /// Redacted subject and body joined (what routing reads), set by ``triageInput(readsOriginal:)``.
    private var redactedFull = ""
    /// Summary text.
    private var summary = ""

    /// Starts a ticket's enrichment.
    init(_ ticket: InputEvent.Ticket, source: EnrichedEvent.Source?) {
        self.ticket = ticket
        self.source = source
        fullText = ticket.subject.map { $0 + "\n" + ticket.body } ?? ticket.body
    }

    /// Stage 1: language ID.
    mutating func identifyLanguage(_ core: InferenceCore, workspace: inout LanguageIDWorkspace) {
        clock.resume()
        language = core.languageIdentifier.identify(fullText, localeHint: ticket.locale, workspace: &workspace)
        clock.lap("langid")
    }

    /// Stage 2: redaction of subject and body in one session (fails closed).
    mutating func redact(_ core: InferenceCore) {
        clock.resume()
        var session = RedactionSession()
        do {
            redactedSubject = try ticket.subject.map { (subject) throws(RedactionError) in
                try core.redactor.redact(subject, language: language.code, session: &session)
            }
            redactedBody = try core.redactor.redact(ticket.body, language: language.code, session: &session)
        } catch {
            failure = .redaction(error)
        }
        clock.lap("redaction")
    }

    /// Stage 3: triage (of the original or the redacted text) and routing (of the redacted text).
    mutating func classify(_ core: InferenceCore, readsOriginal: Bool) {
        guard failure == nil, let redactedBody else { return }
        clock.resume()
        let redactedFull = redactedSubject.map { $0.text + "\n" + redactedBody.text } ?? redactedBody.text
        let (result, oovRate) = core.triageClassifier.classifyMeasuringVocabulary(
            readsOriginal ? fullText : redactedFull, language: language.code)
        let route = core.routing.route(intent: result.intent, redactedText: redactedFull)
        triage = (result, oovRate, route)
        clock.lap("triage")
    }

    /// Stage 3, batched, first half: the text triage reads and its language (`nil` after a redaction failure).
    mutating func triageInput(readsOriginal: Bool) -> (text: String, language: String)? {
        guard failure == nil, let redactedBody else { return nil }
        redactedFull = redactedSubject.map { $0.text + "\n" + redactedBody.text } ?? redactedBody.text
        return (readsOriginal ? fullText : redactedFull, language.code)
    }

    /// Stage 3, batched, second half: routing, given the batch's classification of ``triageInput(readsOriginal:)``;
    /// `sharedMicros` is this ticket's share of the time the batch classification took.
    mutating func route(_ core: InferenceCore, classified: (result: TriageResult, oovRate: Double?), sharedMicros: Int64) {
        clock.resume()
        let route = core.routing.route(intent: classified.result.intent, redactedText: redactedFull)
        triage = (classified.result, classified.oovRate, route)
        clock.lap("triage", adding: sharedMicros)
    }

    /// Stage 4: the summary of the redacted subject and body.
    mutating func summarize(_ core: InferenceCore) {
        guard failure == nil, let redactedBody else { return }
        clock.resume()
        summary = core.summarizer.summarizeTicket(subject: redactedSubject?.text, body: redactedBody.text,
                                                  language: language.code)
        clock.lap("summary")
    }

    /// The enriched event, or the redaction failure.
    func event(_ enricher: Enricher) -> Result<EnrichedEvent, EnrichmentError> {
        if let failure { return .failure(failure) }
        guard let redactedBody, let triage else { preconditionFailure("ticket stages must all run before event(_:)") }
        // Time since the summary lap belongs to the other tickets of a batch.
        var clock = self.clock
        clock.resume()
        var entities = (redactedSubject?.entities ?? []).map { enricher.span($0, field: "subject") }
        entities += redactedBody.entities.map { enricher.span($0, field: "body") }
        return .success(enricher.withTriageOOVRate(triage.oovRate, EnrichedEvent(
            eventID: ticket.eventID, kind: "ticket", ticketID: ticket.ticketID, conversationID: nil,
            occurredAt: ticket.occurredAt, sender: nil, language: enricher.languageObject(language),
            redacted: .init(subject: redactedSubject?.text, body: redactedBody.text, text: nil),
            entities: entities, triage: enricher.triageObject(triage.result, triage.route), summary: .init(text: summary),
            messageCount: nil, models: enricher.core.modelVersions, latencyUs: clock.finish(), source: source)))
    }
}
