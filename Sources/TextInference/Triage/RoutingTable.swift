import Foundation

/// Configuration that turns an intent and the redacted ticket text into a queue and a priority.
///
/// The intent selects a queue and base priority (unknown intents use `defaultRoute`); each
/// matching cue group (outage words, repeated contact, anger, …) then raises the priority by its
/// `raise` levels and to at least its `minimum`, capped at `urgent`.
public struct RoutingTable: Sendable, Codable {
    /// Table version, e.g. `"routing-1.0.0"`.
    public var version: String
    /// Route for intents without a rule (including `"unknown"`).
    public var defaultRoute: RouteRule
    /// Rules by intent label.
    public var intents: [String: RouteRule]
    /// Priority-raising cue groups.
    public var cues: [RoutingCue]

    /// Compiled cue phrases, parallel to `cues`.
    private var compiledCues: [RoutingCue.Compiled] = []
    /// All cues compiled for one-lookup-per-token matching.
    private var matcher = RoutingMatcher([])

    /// Keys of the JSON form.
    private enum CodingKeys: String, CodingKey { case version, defaultRoute, intents, cues }

    /// Loads the bundled default table (`Resources/routing.json`).
    public static func loadDefault() throws -> RoutingTable {
        try RoutingTable(jsonBytes: ModelResources.bytes(of: "routing.json"))
    }

    /// Decodes a table from JSON (e.g. a `Config/routing.json` override), validating priorities.
    public init(jsonBytes: [UInt8]) throws {
        do {
            self = try JSONDecoder().decode(RoutingTable.self, from: Data(jsonBytes))
        } catch let error as ModelError {
            throw error
        } catch {
            throw ModelError.malformedJSON(resource: "routing.json", reason: String(describing: error))
        }
    }

    /// Creates a table in code.
    public init(version: String, defaultRoute: RouteRule, intents: [String: RouteRule], cues: [RoutingCue]) throws {
        self.version = version
        self.defaultRoute = defaultRoute
        self.intents = intents
        self.cues = cues
        try validateAndCompile()
    }

    /// Decodes and validates a table.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        version = try container.decode(String.self, forKey: .version)
        defaultRoute = try container.decode(RouteRule.self, forKey: .defaultRoute)
        intents = try container.decode([String: RouteRule].self, forKey: .intents)
        cues = try container.decodeIfPresent([RoutingCue].self, forKey: .cues) ?? []
        try validateAndCompile()
    }

    /// Encodes the table (without compiled data).
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(version, forKey: .version)
        try container.encode(defaultRoute, forKey: .defaultRoute)
        try container.encode(intents, forKey: .intents)
        try container.encode(cues, forKey: .cues)
    }

    /// Checks every priority name and compiles the cue phrases.
    private mutating func validateAndCompile() throws {
        var names = [defaultRoute.priority] + intents.values.map(\.priority)
        names += cues.compactMap(\.minimum)
        for name in names where RoutingPriority(name: name) == nil {
            throw ModelError.malformedJSON(
                resource: "routing.json", reason: "unknown priority '\(name)' (use urgent, high, normal or low)")
        }
        compiledCues = cues.map { $0.compiled() }
        matcher = RoutingMatcher(compiledCues)
    }

    /// Routes a ticket: queue from the intent, priority from the intent rule raised by matching cues.
    public func route(intent: String, redactedText: String) -> Route {
        let rule = intents[intent] ?? defaultRoute
        var priority = RoutingPriority(name: rule.priority) ?? .normal
        let matched: [Bool]
        if matcher.isUsable {
            matched = matcher.matchingGroups(redactedText, groupCount: cues.count)
        } else {
            let tokens = RoutingText.tokens(redactedText)
            matched = compiledCues.map { !tokens.isEmpty && $0.matches(tokens) }
        }
        for (index, cue) in cues.enumerated() where matched[index] {
            priority = priority.raised(by: cue.raise)
            if let minimum = cue.minimum.flatMap(RoutingPriority.init(name:)), priority < minimum {
                priority = minimum
            }
        }
        return Route(queue: rule.queue, priority: priority.name)
    }

    /// The names of the cue groups that match `redactedText` (for explanations and tests).
    public func matchingCues(in redactedText: String) -> [String] {
        let tokens = RoutingText.tokens(redactedText)
        return zip(cues, compiledCues).filter { $0.1.matches(tokens) }.map(\.0.name)
    }

    /// The names of the matching cue groups by the one-pass matcher ``route(intent:redactedText:)``
    /// uses (tests check it against ``matchingCues(in:)``).
    func fastMatchingCues(in redactedText: String) -> [String] {
        let matched = matcher.matchingGroups(redactedText, groupCount: cues.count)
        return cues.indices.filter { matched[$0] }.map { cues[$0].name }
    }
}
