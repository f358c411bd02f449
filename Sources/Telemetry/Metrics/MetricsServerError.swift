/// Why the metrics endpoint could not start.
public enum MetricsServerError: Error, Sendable, Equatable, CustomStringConvertible {
    /// No socket could be created.
    case socket(errno: Int32)
    /// The bind address is not an IPv4 address.
    case invalidAddress(String)
    /// The address/port is taken or not allowed.
    case bind(address: String, port: Int, errno: Int32)

    /// An actionable one-line message.
    public var description: String {
        switch self {
        case let .socket(code): return "metrics endpoint: cannot create a socket (errno \(code))"
        case let .invalidAddress(address):
            return "metrics endpoint: metrics.bind_address '\(address)' is not an IPv4 address (e.g. 127.0.0.1 or 0.0.0.0)"
        case let .bind(address, port, code):
            return "metrics endpoint: cannot listen on \(address):\(port) (errno \(code)); pick a free --metrics-port"
        }
    }
}
