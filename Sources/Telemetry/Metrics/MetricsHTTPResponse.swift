/// A response of ``MetricsHTTPServer``.
public struct MetricsHTTPResponse: Sendable, Equatable {
    /// HTTP status code.
    public var status: Int
    /// `Content-Type` header value.
    public var contentType: String
    /// Body text (UTF-8).
    public var body: String

    /// Creates a response.
    public init(status: Int, contentType: String = "text/plain; charset=utf-8", body: String) {
        self.status = status
        self.contentType = contentType
        self.body = body
    }

    /// The Prometheus text exposition content type.
    public static let prometheusContentType = "text/plain; version=0.0.4; charset=utf-8"

    var reason: String {
        switch status {
        case 200: return "OK"
        case 404: return "Not Found"
        case 405: return "Method Not Allowed"
        case 503: return "Service Unavailable"
        default: return "Status"
        }
    }
}
