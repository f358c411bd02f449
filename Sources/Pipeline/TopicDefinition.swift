import Foundation

/// One topic definition from `Topics/*.json`.
public struct TopicDefinition: Sendable, Codable, Equatable {
    /// Topic name.
    public var name: String
    /// Partition count.
    public var partitions: Int
    /// Replication factor.
    public var replicationFactor: Int
    /// What the record key is.
    public var key: String
    /// Path of the value's JSON Schema, relative to Topics/.
    public var valueSchema: String
    /// What the topic carries.
    public var carries: String
    /// Topic configuration (e.g. `cleanup.policy`).
    public var config: [String: String]

    enum CodingKeys: String, CodingKey {
        case name, partitions, key, carries, config
        case replicationFactor = "replication_factor"
        case valueSchema = "value_schema"
    }

    /// Reads every `*.json` topic definition in a directory, sorted by name.
    public static func loadAll(from directory: String) throws -> [TopicDefinition] {
        let url = URL(fileURLWithPath: directory)
        let files = try FileManager.default.contentsOfDirectory(at: url, includingPropertiesForKeys: nil)
            .filter { $0.pathExtension == "json" }
        return try files.map { file in
            do {
                return try JSONDecoder().decode(TopicDefinition.self, from: Data(contentsOf: file))
            } catch {
                throw ConfigurationError.invalidFile(path: file.path, reason: "not a topic definition: \(error)")
            }
        }.sorted { $0.name < $1.name }
    }
}
