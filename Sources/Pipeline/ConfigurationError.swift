/// A configuration problem, reported as one line that names the key; the CLI exits with code 2.
public enum ConfigurationError: Error, Sendable, CustomStringConvertible, Equatable {
    /// A key holds a value of the wrong type or out of range.
    case invalidValue(key: String, reason: String, origin: String)
    /// A secret was put in a file instead of the environment.
    case secretInFile(key: String, variable: String)
    /// A file could not be read or parsed.
    case invalidFile(path: String, reason: String)

    /// One line naming the problem.
    public var description: String {
        switch self {
        case let .invalidValue(key, reason, origin):
            return "config: invalid value for '\(key)' (\(origin)): \(reason)"
        case let .secretInFile(key, variable):
            return "config: '\(key)' is a secret and must not be in a file; set the environment variable \(variable) instead"
        case let .invalidFile(path, reason):
            return "config: cannot use \(path): \(reason)"
        }
    }
}
