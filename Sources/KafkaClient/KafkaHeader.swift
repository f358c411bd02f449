/// One Kafka record header.
public struct KafkaHeader: Sendable, Hashable {
    /// Header name.
    public var key: String
    /// Header value bytes; `nil` for a null value.
    public var value: [UInt8]?

    /// Creates a header from bytes.
    public init(key: String, value: [UInt8]?) {
        self.key = key
        self.value = value
    }

    /// Creates a header from a UTF-8 string.
    public init(key: String, string: String) {
        self.key = key
        self.value = Array(string.utf8)
    }

    /// The value decoded as UTF-8, if it is valid UTF-8.
    public var stringValue: String? {
        value.flatMap { String(validating: $0, as: UTF8.self) }
    }
}

extension Array where Element == KafkaHeader {
    /// The first header with this name, decoded as UTF-8.
    public func string(for key: String) -> String? {
        first { $0.key == key }?.stringValue
    }
}
