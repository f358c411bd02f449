import Foundation
import TextInference

/// The `redaction` section of the service configuration, plus the pseudonym key from the environment.
///
/// File keys: `redaction.operators` (entity type → `placeholder`, `mask`, `pseudonym` or `drop`;
/// default `placeholder` for every type) and `redaction.max_field_chars` (default 100 000).
/// The HMAC key for pseudonyms comes only from `SUPPORTSTREAM_PSEUDONYM_KEY` (base64).
public struct RedactionSettings: Sendable, Equatable {
    /// Operator per entity type. Default: empty (placeholders).
    public var operators: [EntityType: RedactionOperator] = [:]
    /// Largest text field redacted; a larger one sends the event to the DLQ (`redaction_failed`). Default: 100 000.
    public var maxFieldChars = 100_000
    /// The decoded pseudonym key. Default: `nil` (pseudonyms fall back to placeholders).
    public var pseudonymKey: [UInt8]?

    /// The environment variable holding the base64 pseudonym key.
    public static let keyVariable = "SUPPORTSTREAM_PSEUDONYM_KEY"

    /// The defaults.
    public init() {}

    /// The redactor configuration these settings describe.
    public var redactorConfiguration: RedactorConfiguration {
        RedactorConfiguration(operators: operators, pseudonymKey: pseudonymKey, maxFieldScalars: maxFieldChars)
    }

    /// Reads the `redaction` object of a configuration file.
    mutating func apply(_ object: [String: Any], origin: String) throws(ConfigurationError) {
        let reader = ConfigReader(values: object, origin: origin, prefix: "redaction.")
        maxFieldChars = try reader.int("max_field_chars") ?? maxFieldChars
        if let map = try reader.object("operators") {
            for (name, value) in map {
                guard let type = EntityType(rawValue: name) else {
                    let known = EntityType.allCases.map(\.rawValue).joined(separator: ", ")
                    throw .invalidValue(key: "redaction.operators.\(name)", reason: "unknown entity type (known: \(known))", origin: origin)
                }
                guard let raw = value as? String, let op = RedactionOperator(rawValue: raw) else {
                    throw .invalidValue(key: "redaction.operators.\(name)",
                                        reason: "must be placeholder, mask, pseudonym or drop", origin: origin)
                }
                operators[type] = op
            }
        }
    }

    /// Reads the pseudonym key from the environment.
    mutating func apply(environment: [String: String]) throws(ConfigurationError) {
        guard let raw = environment[Self.keyVariable] else { return }
        guard let data = Data(base64Encoded: raw.trimmingCharacters(in: .whitespacesAndNewlines)), !data.isEmpty else {
            throw .invalidValue(key: "redaction.pseudonym_key", reason: "must be non-empty base64", origin: Self.keyVariable)
        }
        pseudonymKey = Array(data)
    }

    /// Checks the limits.
    func validate() throws(ConfigurationError) {
        if maxFieldChars < 1 || maxFieldChars > 64 << 20 {
            throw .invalidValue(key: "redaction.max_field_chars", reason: "must be between 1 and 67108864", origin: "configuration")
        }
    }
}
