/// Finds structured and contextual personal data in a text and masks it.
///
/// Every recognizer scans the text's Unicode scalars once, left to right, without
/// backtracking; overlaps are then resolved by type priority and span length. The result's
/// offsets count Unicode scalars of the original text. The redactor is immutable and safe
/// to share between threads.
public struct Redactor: Sendable {
    /// The rule-set version published with every redaction.
    public let version: String
    /// The settings this redactor applies.
    public let configuration: RedactorConfiguration
    private let urlPolicy: URLPolicy
    private let renderer: SpanRenderer
    /// Scores unlisted capitalised words for ``LearnedNameRecognizer``; nil turns that recognizer off.
    public let nameModel: NameLikenessModel?
    /// Whether every entity type is enabled (the default), so candidates need no set look-up
    /// (`Set<EntityType>.contains` hashes the type's raw string).
    private let allTypesEnabled: Bool

    /// Creates a redactor with `configuration` and the name-likeness model (by default the bundled one,
    /// loaded once; nil leaves names that no cue or lexicon confirms alone).
    public init(configuration: RedactorConfiguration = .init(), nameModel: NameLikenessModel? = .bundled) {
        self.version = "redaction-1.21.0"
        self.configuration = configuration
        self.nameModel = nameModel
        self.urlPolicy = URLPolicy(allowList: configuration.urlAllowList)
        self.renderer = SpanRenderer(configuration: configuration)
        self.allTypesEnabled = EntityType.allCases.allSatisfy(configuration.enabledTypes.contains)
        Redactor.warmUp()
    }

    /// Builds the lexicons' lazy statics now, so the first event does not pay for them.
    private static func warmUp() {
        _ = BMPProperties.flags
        _ = CueLexicon.standard
        _ = FirstNameLexicon.table
        _ = SurnameLexicon.table
        _ = LexiconPersonRecognizer.nonNames.count
        _ = LexiconPersonRecognizer.ambiguous.count
    }

    /// Redacts `text` on its own (placeholder numbering starts afresh); `language` (an ISO 639-1
    /// code, may be empty) tunes national phone rules. No size limit applies.
    public func redact(_ text: String, language: String) -> RedactionResult {
        var session = RedactionSession()
        return redact(text, language: language, session: &session) { _ in }
    }

    /// Redacts one field of an event, numbering placeholders in `session` (shared by the event's fields).
    ///
    /// Throws ``RedactionError/fieldTooLarge(scalars:limit:)`` when `text` has more than
    /// ``RedactorConfiguration/maxFieldScalars`` scalars; the caller must then drop the event's text.
    public func redact(_ text: String, language: String,
                       session: inout RedactionSession) throws(RedactionError) -> RedactionResult {
        if text.utf8.count > configuration.maxFieldScalars {
            let scalars = text.unicodeScalars.count
            if scalars > configuration.maxFieldScalars {
                throw .fieldTooLarge(scalars: scalars, limit: configuration.maxFieldScalars)
            }
        }
        return redact(text, language: language, session: &session) { _ in }
    }

    /// The phases of one redaction, in order, as reported to the `lap` hook of
    /// ``redact(_:language:lap:)`` (for benchmarks).
    package static let phaseNames = [
        "decode", "cues", "url", "secret", "email", "credit_card", "iban", "ssn", "ip_address", "phone",
        "date_of_birth", "address", "person", "person_lexicon", "person_learned", "name_propagation", "resolve_render",
    ]

    /// Redacts `text`, calling `lap(i)` after phase `phaseNames[i]` finishes (a timing hook for benchmarks).
    @inline(__always)
    package func redact(_ text: String, language: String, lap: (Int) -> Void) -> RedactionResult {
        var session = RedactionSession()
        return redact(text, language: language, session: &session, lap: lap)
    }

    /// Redacts `text` with `session`'s numbering, calling `lap(i)` after phase `phaseNames[i]`.
    @inline(__always)
    func redact(_ text: String, language: String, session: inout RedactionSession, lap: (Int) -> Void) -> RedactionResult {
        let scanned = ScannedText(text)
        lap(0)
        guard scanned.count > 0 else { return RedactionResult(text: text, entities: []) }
        let cues = CueLexicon.standard.hits(in: scanned)
        lap(1)
        let context = ScanContext(text: scanned, cues: cues, language: language.lowercased())
        var candidates: [Candidate] = []
        var keptURLs: [Range<Int>] = []
        URLRecognizer.scan(context, policy: urlPolicy, into: &candidates, keptURLs: &keptURLs)
        lap(2)
        SecretRecognizer.scan(context, into: &candidates)
        lap(3)
        EmailRecognizer.scan(context, into: &candidates)
        SpokenEmailRecognizer.scan(scanned, into: &candidates)
        lap(4)
        CreditCardRecognizer.scan(context, into: &candidates)
        lap(5)
        IBANRecognizer.scan(context, into: &candidates)
        lap(6)
        SSNRecognizer.scan(context, into: &candidates)
        lap(7)
        IPAddressRecognizer.scan(context, into: &candidates)
        lap(8)
        PhoneRecognizer.scan(context, into: &candidates)
        lap(9)
        DateOfBirthRecognizer.scan(context, into: &candidates)
        lap(10)
        AddressRecognizer.scan(context, into: &candidates)
        lap(11)
        PersonRecognizer.scan(context, into: &candidates)
        KinRoleNameRecognizer.scan(context, model: nameModel, into: &candidates)
        QuotedDoorbellNames.scan(context, model: nameModel, into: &candidates)
        RoleTaggedSpeakers.scan(scanned, into: &candidates)
        TranscriptSpeakers.scan(scanned, model: nameModel, into: &candidates)
        ChatMentions.scan(scanned, model: nameModel, into: &candidates)
        lap(12)
        LexiconPersonRecognizer.scan(context, into: &candidates)
        lap(13)
        if let nameModel { LearnedNameRecognizer.scan(context, model: nameModel, into: &candidates) }
        ContactSignatureNames.scan(scanned, candidates: &candidates)
        if scanned.triggers.hasNewline { TableColumns.scan(scanned, into: &candidates) }
        JSONNameFields.scan(scanned, into: &candidates)
        lap(14)
        InvertedDisplayNames.scan(scanned, into: &candidates)
        RecipientLines.scan(scanned, candidates: &candidates)
        InvertedNamesAfterCue.scan(scanned, candidates: &candidates)
        InvertedNamesAfterCue.extendBack(scanned, candidates: &candidates)
        CoordinatedGivenNames.scan(scanned, candidates: &candidates)
        RoleMailboxDisplayNames.removeDeskNames(scanned, candidates: &candidates)
        BusinessNames.removeBusinessNames(scanned, candidates: &candidates)
        PlaceAndShopFrames.remove(scanned, candidates: &candidates)
        EmailLinkedNames.scan(scanned, model: nameModel, candidates: &candidates)
        PersonExtent.complete(in: scanned, candidates: &candidates)
        TrailingNameWord.extend(scanned, candidates: &candidates)
        NicknameNames.scan(scanned, candidates: &candidates)
        NamePropagation.propagate(in: scanned, candidates: &candidates)
        // After the names: a postcode-anchored address never takes in a person found before it.
        PostcodeAnchoredAddresses.scan(scanned, into: &candidates)
        // Last: values in a credential word's sentence that no other recognizer holds, then every repeat of a secret.
        CredentialScope.scan(context, candidates: &candidates)
        SecretRepeats.scan(scanned, into: &candidates)
        lap(15)
        let enabled = configuration.enabledTypes
        let allEnabled = allTypesEnabled
        candidates.removeAll { candidate in
            !(allEnabled || enabled.contains(candidate.type)) || Redactor.isInsideKeptURL(candidate, keptURLs)
        }
        Redactor.yieldContainedSecrets(&candidates)
        let entities = Redactor.resolve(candidates, length: scanned.count)
        let result = RedactionResult(text: render(text, scanned, entities, session: &session), entities: entities)
        lap(16)
        return result
    }

    /// Drops a secret that lies inside a longer candidate of another type: a label rule that read only the first token of
    /// a card number, IBAN or name after a password word ("CVC: 4111 1111 1111 1111", "Password: DE89 3704 …") would
    /// otherwise win by priority and leave the rest. The longer span covers every character, so nothing leaks.
    static func yieldContainedSecrets(_ candidates: inout [Candidate]) {
        // Not an address: its number-and-words shape may swallow a PIN ("PIN 4419 am Telefon genannt").
        let wider = candidates.filter { [.creditCard, .iban, .phone, .person, .email, .url].contains($0.type) }
        guard !wider.isEmpty else { return }
        candidates.removeAll { c in
            c.type == .secret && wider.contains { $0.start <= c.start && c.end <= $0.end && $0.end - $0.start > c.end - c.start }
        }
    }

    /// Contextual types are suppressed inside public URLs that are kept verbatim.
    private static func isInsideKeptURL(_ candidate: Candidate, _ kept: [Range<Int>]) -> Bool {
        switch candidate.type {
        case .phone, .usSSN, .address, .person, .dateOfBirth, .creditCard, .iban:
            return kept.contains { $0.lowerBound <= candidate.start && candidate.end <= $0.upperBound }
        default:
            return false
        }
    }

    /// Picks non-overlapping candidates by priority, then length, then position.
    static func resolve(_ candidates: [Candidate], length: Int) -> [Entity] {
        let ordered = candidates.filter { $0.start < $0.end }.sorted { a, b in
            if a.priority != b.priority { return a.priority > b.priority }
            if a.end - a.start != b.end - b.start { return a.end - a.start > b.end - b.start }
            return a.start < b.start
        }
        var occupied = [Bool](repeating: false, count: length)
        var taken: [Candidate] = []
        for candidate in ordered {
            let range = max(0, candidate.start)..<min(length, candidate.end)
            if range.isEmpty || occupied[range].contains(true) { continue }
            for i in range { occupied[i] = true }
            taken.append(candidate)
        }
        return taken.sorted { $0.start < $1.start }.map { Entity(type: $0.type, start: $0.start, end: $0.end) }
    }

    /// Copies the original UTF-8 between spans and writes each span's replacement.
    private func render(_ original: String, _ text: ScannedText, _ entities: [Entity],
                        session: inout RedactionSession) -> String {
        guard !entities.isEmpty else { return original }
        let utf8 = Array(original.utf8)
        var output: [UInt8] = []
        output.reserveCapacity(utf8.count + 16 * entities.count)
        var scalarIndex = 0
        var byteIndex = 0
        func byteOffset(of target: Int) -> Int {
            var offset = byteIndex
            while scalarIndex < target {
                let value = text.values[scalarIndex]
                offset += value < 0x80 ? 1 : value < 0x800 ? 2 : value < 0x10000 ? 3 : 4
                scalarIndex += 1
            }
            return offset
        }
        for entity in entities {
            let startByte = byteOffset(of: entity.start)
            output.append(contentsOf: utf8[byteIndex..<startByte])
            byteIndex = startByte
            byteIndex = byteOffset(of: entity.end)
            let replacement = renderer.replacement(for: entity.type, values: text.values[entity.start..<entity.end],
                                                   session: &session)
            output.append(contentsOf: replacement.utf8)
        }
        output.append(contentsOf: utf8[byteIndex...])
        return String(decoding: output, as: UTF8.self)
    }
}
