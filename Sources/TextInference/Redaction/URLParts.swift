/// The pieces of a URL relevant to the personal-data policy, all folded.
struct URLParts {
    /// The host name.
    var host: ArraySlice<UInt32> = []
    /// The path, starting with `/` (empty when absent).
    var path: ArraySlice<UInt32> = []
    /// Whether the authority holds `userinfo@`.
    var hasCredentials = false
    /// The names of query parameters.
    var queryKeys: [[UInt32]] = []
    /// The values of query parameters (empty for a key without `=`).
    var queryValues: [[UInt32]] = []

    /// Non-empty path segments.
    var pathSegments: [[UInt32]] {
        path.split(separator: 47).map(Array.init)
    }

    /// Splits `url` into scheme, authority, path and query.
    init(_ url: ArraySlice<UInt32>) {
        var rest = url
        if let colon = rest.firstIndex(of: 58), colon + 2 < rest.endIndex, rest[colon + 1] == 47, rest[colon + 2] == 47 {
            rest = rest[(colon + 3)...]
        }
        let authorityEnd = rest.firstIndex { $0 == 47 || $0 == 63 || $0 == 35 } ?? rest.endIndex
        var authority = rest[rest.startIndex..<authorityEnd]
        if let at = authority.lastIndex(of: 64) {
            hasCredentials = true
            authority = authority[(at + 1)...]
        }
        if let colon = authority.firstIndex(of: 58) { authority = authority[..<colon] }
        host = authority
        let afterAuthority = rest[authorityEnd...]
        let queryStart = afterAuthority.firstIndex(of: 63)
        let fragmentStart = afterAuthority.firstIndex(of: 35)
        let pathEnd = [queryStart, fragmentStart].compactMap { $0 }.min() ?? afterAuthority.endIndex
        path = afterAuthority[afterAuthority.startIndex..<pathEnd]
        for source in [queryStart, fragmentStart].compactMap({ $0 }) {
            let end = source == queryStart ? (fragmentStart.map { $0 > source ? $0 : afterAuthority.endIndex } ?? afterAuthority.endIndex) : afterAuthority.endIndex
            let query = afterAuthority[(source + 1)..<end]
            for pair in query.split(whereSeparator: { $0 == 38 || $0 == 59 }) {
                let key = pair.split(separator: 61, maxSplits: 1).first ?? pair
                queryKeys.append(Array(key))
                if let equals = pair.firstIndex(of: 61) { queryValues.append(Array(pair[(equals + 1)...])) }
            }
        }
    }
}

extension ArraySlice where Element == UInt32 {
    /// Whether the slice ends with `suffix`.
    func hasSuffix(_ suffix: [UInt32]) -> Bool {
        count >= suffix.count && Array(self[(endIndex - suffix.count)...]) == suffix
    }
}
