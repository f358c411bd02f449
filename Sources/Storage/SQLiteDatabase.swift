import CSQLite
import Foundation

/// A single SQLite connection. Not shared between threads: give each worker its own.
public final class SQLiteDatabase {
    private let db: OpaquePointer
    /// The file path, or `:memory:`.
    public let path: String

    /// Opens (creating if needed) a database in WAL mode with a busy timeout.
    public init(path: String) throws(StorageError) {
        var handle: OpaquePointer?
        let flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX
        let rc = sqlite3_open_v2(path, &handle, flags, nil)
        guard rc == SQLITE_OK, let handle else {
            let reason = handle.map { String(cString: sqlite3_errmsg($0)) } ?? "error \(rc)"
            if let handle { sqlite3_close(handle) }
            throw .openFailed(path: path, reason: reason)
        }
        self.db = handle
        self.path = path
        sqlite3_busy_timeout(db, 5_000)
        if path != ":memory:" {
            // Switching to WAL needs a moment of exclusive access; other connections opening the
            // same file at the same time make it fail with SQLITE_BUSY, so retry briefly.
            var attempts = 0
            while true {
                do {
                    try execute("PRAGMA journal_mode=WAL")
                    break
                } catch {
                    attempts += 1
                    if attempts >= 100 { throw error }
                    usleep(20_000)
                }
            }
            try execute("PRAGMA synchronous=NORMAL")
        }
    }

    deinit {
        sqlite3_close_v2(db)
    }

    /// Runs one or more statements without parameters.
    public func execute(_ sql: String) throws(StorageError) {
        var message: UnsafeMutablePointer<CChar>?
        let rc = sqlite3_exec(db, sql, nil, nil, &message)
        if rc != SQLITE_OK {
            let reason = message.map { String(cString: $0) } ?? "error \(rc)"
            sqlite3_free(message)
            throw .statementFailed(sql: sql, reason: reason)
        }
    }

    /// Prepares a statement.
    public func prepare(_ sql: String) throws(StorageError) -> SQLiteStatement {
        var statement: OpaquePointer?
        let rc = sqlite3_prepare_v2(db, sql, -1, &statement, nil)
        guard rc == SQLITE_OK, let statement else {
            throw .statementFailed(sql: sql, reason: String(cString: sqlite3_errmsg(db)))
        }
        return SQLiteStatement(statement: statement, sql: sql, db: db)
    }

    /// Runs `body` inside a transaction, rolling back if it throws.
    public func transaction<T>(_ body: () throws(StorageError) -> T) throws(StorageError) -> T {
        try execute("BEGIN IMMEDIATE")
        do {
            let result = try body()
            try execute("COMMIT")
            return result
        } catch {
            try? execute("ROLLBACK")
            throw error
        }
    }
}

/// A prepared statement with positional parameters (1-based).
public final class SQLiteStatement {
    private let statement: OpaquePointer
    private let sql: String
    private let db: OpaquePointer

    init(statement: OpaquePointer, sql: String, db: OpaquePointer) {
        self.statement = statement
        self.sql = sql
        self.db = db
    }

    deinit {
        sqlite3_finalize(statement)
    }

    /// A value to bind.
    public enum Value: Sendable {
        case int(Int64)
        case double(Double)
        case text(String)
        case null
    }

    /// Binds values, runs the statement, and returns every row as an array of column values.
    @discardableResult
    public func run(_ values: [Value] = []) throws(StorageError) -> [[Value]] {
        sqlite3_reset(statement)
        sqlite3_clear_bindings(statement)
        for (index, value) in values.enumerated() {
            let position = Int32(index + 1)
            switch value {
            case let .int(number): sqlite3_bind_int64(statement, position, number)
            case let .double(number): sqlite3_bind_double(statement, position, number)
            case let .text(string): sqlite3_bind_text(statement, position, string, -1, ss_sqlite_transient())
            case .null: sqlite3_bind_null(statement, position)
            }
        }
        var rows: [[Value]] = []
        while true {
            let rc = sqlite3_step(statement)
            if rc == SQLITE_DONE { break }
            guard rc == SQLITE_ROW else {
                throw .statementFailed(sql: sql, reason: String(cString: sqlite3_errmsg(db)))
            }
            let columns = sqlite3_column_count(statement)
            rows.append((0..<columns).map { column in
                switch sqlite3_column_type(statement, column) {
                case SQLITE_INTEGER: return .int(sqlite3_column_int64(statement, column))
                case SQLITE_FLOAT: return .double(sqlite3_column_double(statement, column))
                case SQLITE_NULL: return .null
                default: return .text(String(cString: sqlite3_column_text(statement, column)))
                }
            })
        }
        return rows
    }
}

extension SQLiteStatement.Value {
    /// The integer value, if this is an integer.
    public var int: Int64? { if case let .int(value) = self { return value } else { return nil } }
    /// The text value, if this is text.
    public var text: String? { if case let .text(value) = self { return value } else { return nil } }
}
