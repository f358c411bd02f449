#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Synchronization
import Foundation

/// A minimal HTTP/1.1 responder for /metrics, /health and /ready.
///
/// It answers `GET` requests one at a time on a dedicated thread (never the cooperative pool) and
/// closes each connection after the response. Enough for a Prometheus scraper and probes; not a
/// general web server.
public final class MetricsHTTPServer: Sendable {
    /// The port actually bound (useful with port 0).
    public let port: Int
    private let socketFD: Int32
    private let stopped = Atomic<Bool>(false)

    /// Binds `address:port` and starts serving; `handler` maps a request path to a response.
    public init(address: String = "127.0.0.1", port: Int,
                handler: @escaping @Sendable (_ path: String) -> MetricsHTTPResponse) throws(MetricsServerError) {
        #if canImport(Glibc)
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        #else
        let fd = socket(AF_INET, SOCK_STREAM, 0)
        #endif
        guard fd >= 0 else { throw .socket(errno: errno) }
        var yes: Int32 = 1
        setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &yes, socklen_t(MemoryLayout<Int32>.size))
        var addr = sockaddr_in()
        addr.sin_family = sa_family_t(AF_INET)
        addr.sin_port = in_port_t(UInt16(port).bigEndian)
        guard inet_pton(AF_INET, address, &addr.sin_addr) == 1 else {
            close(fd)
            throw .invalidAddress(address)
        }
        let bound = withUnsafePointer(to: &addr) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard bound == 0, listen(fd, 16) == 0 else {
            let code = errno
            close(fd)
            throw .bind(address: address, port: port, errno: code)
        }
        var actual = sockaddr_in()
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafeMutablePointer(to: &actual) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &length) }
        }
        self.port = Int(UInt16(bigEndian: actual.sin_port))
        self.socketFD = fd
        let thread = Thread { [self] in self.serve(handler) }
        thread.name = "metrics-http"
        thread.start()
    }

    /// Stops accepting connections.
    public func stop() {
        guard !stopped.exchange(true, ordering: .acquiringAndReleasing) else { return }
        shutdown(socketFD, Int32(SHUT_RDWR))
        close(socketFD)
    }

    private func serve(_ handler: @Sendable (String) -> MetricsHTTPResponse) {
        while !stopped.load(ordering: .acquiring) {
            let client = accept(socketFD, nil, nil)
            if client < 0 {
                if errno == EINTR { continue }
                return
            }
            var timeout = timeval(tv_sec: 2, tv_usec: 0)
            setsockopt(client, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
            let response: MetricsHTTPResponse
            if let line = Self.readRequestLine(client) {
                response = Self.route(line, handler)
            } else {
                response = MetricsHTTPResponse(status: 400, body: "bad request\n")
            }
            Self.write(response, to: client)
            close(client)
        }
    }

    /// Reads until the end of the headers (at most 8 KiB) and returns the request line.
    static func readRequestLine(_ fd: Int32) -> String? {
        var data: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1024)
        while data.count < 8192 {
            let n = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress, 1024) }
            if n <= 0 { break }
            data += chunk[0..<n]
            if data.count >= 4, String(decoding: data, as: UTF8.self).contains("\r\n\r\n") { break }
        }
        let text = String(decoding: data, as: UTF8.self)
        guard let line = text.split(separator: "\r\n", maxSplits: 1).first, !line.isEmpty else { return nil }
        return String(line)
    }

    /// Dispatches `GET path HTTP/1.x`; the query string is ignored.
    static func route(_ requestLine: String, _ handler: (String) -> MetricsHTTPResponse) -> MetricsHTTPResponse {
        let parts = requestLine.split(separator: " ")
        guard parts.count >= 2 else { return MetricsHTTPResponse(status: 400, body: "bad request\n") }
        guard parts[0] == "GET" || parts[0] == "HEAD" else { return MetricsHTTPResponse(status: 405, body: "GET only\n") }
        let path = String(parts[1].split(separator: "?", maxSplits: 1).first ?? "")
        return handler(path)
    }

    static func write(_ response: MetricsHTTPResponse, to fd: Int32) {
        let body = Array(response.body.utf8)
        let head = "HTTP/1.1 \(response.status) \(response.reason)\r\nContent-Type: \(response.contentType)\r\n"
            + "Content-Length: \(body.count)\r\nConnection: close\r\n\r\n"
        let bytes = Array(head.utf8) + body
        let total = bytes.count
        var offset = 0
        while offset < total {
            let start = offset
            let n = bytes.withUnsafeBytes { send(fd, $0.baseAddress! + start, total - start, Int32(MSG_NOSIGNAL)) }
            if n <= 0 { return }
            offset += n
        }
    }
}
