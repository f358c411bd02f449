import Foundation
import TextInference

/// Resolves `--models DIR|VERSION` to a model directory, or `nil` for the bundled models.
enum ModelSelection {
    /// A directory holding `models.json`; `bundled` or a bundled model version (e.g. `triage-1.0.0`)
    /// selects the bundled set. Anything else is an error naming the value.
    static func directory(for value: String?) throws -> String? {
        guard let value else { return nil }
        if ModelDirectory.exists(at: value) { return value }
        let bundled = try ModelManifest.bundled().models.values.map(\.version)
        if value == "bundled" || bundled.contains(value) { return nil }
        throw ModelSelectionError(value: value, bundled: bundled.sorted())
    }
}

/// `--models` named neither a model directory nor a bundled version.
struct ModelSelectionError: Error, CustomStringConvertible {
    let value: String
    let bundled: [String]

    var description: String {
        "--models \(value): not a directory with models.json, and not a bundled version (\(bundled.joined(separator: ", ")) or 'bundled')"
    }
}
