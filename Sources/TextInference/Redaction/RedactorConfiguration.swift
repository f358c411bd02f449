/// Settings for a ``Redactor``; every property has a documented default.
public struct RedactorConfiguration: Sendable {
    /// Hosts (and optional path prefixes) of public documentation whose URLs are kept.
    ///
    /// An entry matches a URL whose host equals it or ends with `.` + it; an entry with a
    /// path (`github.com/docs`) also requires the URL path to start with that path. URLs on
    /// these hosts are still redacted when they carry credentials, tokens or e-mail addresses.
    /// Default: ``RedactorConfiguration/defaultURLAllowList``.
    public var urlAllowList: [String]
    /// How spans are written into the redacted text. Default: ``PlaceholderStyle/bracketedType``.
    public var placeholderStyle: PlaceholderStyle
    /// Entity types to detect; others are left in place. Default: every type.
    public var enabledTypes: Set<EntityType>

    /// Public documentation sites kept by default.
    public static let defaultURLAllowList: [String] = [
        "docs.python.org", "developer.apple.com", "support.apple.com", "learn.microsoft.com",
        "docs.microsoft.com", "support.microsoft.com", "wikipedia.org", "github.com/docs", "docs.github.com",
        "developer.mozilla.org", "docs.aws.amazon.com", "cloud.google.com/docs", "support.google.com",
        "developer.android.com", "docs.oracle.com", "kubernetes.io/docs", "swift.org", "docs.swift.org",
        "rfc-editor.org", "w3.org", "stackoverflow.com/questions",
    ]

    /// Creates a configuration; every argument defaults to the documented value.
    public init(
        urlAllowList: [String] = RedactorConfiguration.defaultURLAllowList,
        placeholderStyle: PlaceholderStyle = .bracketedType,
        enabledTypes: Set<EntityType> = Set(EntityType.allCases)
    ) {
        self.urlAllowList = urlAllowList
        self.placeholderStyle = placeholderStyle
        self.enabledTypes = enabledTypes
    }
}
