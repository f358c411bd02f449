/// Errors from the SQLite-backed stores, with the path or statement that failed.
public enum StorageError: Error, Sendable, CustomStringConvertible {
    /// The database file could not be opened.
    case openFailed(path: String, reason: String)
    /// A statement failed to prepare or run.
    case statementFailed(sql: String, reason: String)

    /// A message naming what failed; never contains stored text.
    public var description: String {
        switch self {
        case let .openFailed(path, reason):
            return "cannot open SQLite database at \(path): \(reason); check the directory exists and is writable"
        case let .statementFailed(sql, reason):
            return "SQLite statement failed (\(sql.prefix(60))…): \(reason)"
        }
    }
}
