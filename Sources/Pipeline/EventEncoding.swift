import Foundation

/// Deterministic JSON encoding of enriched events: sorted keys, no escaped slashes.
public enum EventEncoding {
    /// Encodes one event as a single JSON line (without the newline).
    public static func encode(_ event: EnrichedEvent) -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        // Encoding plain strings, numbers and dictionaries cannot fail.
        return Array((try? encoder.encode(event)) ?? Data("{}".utf8))
    }

    /// Rounds a probability to 4 decimals so outputs are stable and compact.
    static func round4(_ value: Double) -> Double {
        (value * 10_000).rounded() / 10_000
    }
}
