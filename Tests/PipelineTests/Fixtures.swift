import Foundation
import Logging
import Pipeline
import TextInference

/// Paths and shared objects for pipeline tests.
enum Fixtures {
    /// The repository root, found from this file's path.
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let topicsDir = root.appendingPathComponent("Topics").path
    static let samplesDir = root.appendingPathComponent("Topics/samples").path

    static let logger: Logger = {
        var logger = Logger(label: "pipeline-test")
        logger.logLevel = ProcessInfo.processInfo.environment["TEST_LOG"] == nil ? .critical : .debug
        return logger
    }()

    /// The inference core with the shipped models, loaded once.
    static let core: InferenceCore = {
        do {
            return try CoreLoader.load(configuration: ServiceConfiguration())
        } catch {
            fatalError("models failed to load: \(error)")
        }
    }()

    /// Lines of a sample file.
    static func lines(_ name: String) throws -> [[UInt8]] {
        let data = try Data(contentsOf: URL(fileURLWithPath: samplesDir).appendingPathComponent(name))
        return data.split(separator: UInt8(ascii: "\n")).map { Array($0) }
    }

    /// Parses a JSON object.
    static func object(_ bytes: [UInt8]) -> [String: Any]? {
        (try? JSONSerialization.jsonObject(with: Data(bytes))) as? [String: Any]
    }

    /// The `required` list of a schema object, and of its named sub-objects.
    static func required(schema name: String) throws -> (top: [String], nested: [String: [String]]) {
        let data = try Data(contentsOf: URL(fileURLWithPath: topicsDir).appendingPathComponent("schemas/\(name)"))
        let schema = try JSONSerialization.jsonObject(with: data) as? [String: Any] ?? [:]
        let top = schema["required"] as? [String] ?? []
        var nested: [String: [String]] = [:]
        for (key, value) in schema["properties"] as? [String: Any] ?? [:] {
            if let required = (value as? [String: Any])?["required"] as? [String] { nested[key] = required }
        }
        return (top, nested)
    }
}
