/// Settings for a ``Redactor``; every property has a documented default.
public struct RedactorConfiguration: Sendable {
    /// Hosts (and optional path prefixes) of public documentation whose URLs are kept.
    ///
    /// An entry matches a URL whose host equals it or ends with `.` + it; an entry with a
    /// path (`github.com/docs`) also requires the URL path to start with that path. URLs on
    /// these hosts are still redacted when they carry credentials, tokens or e-mail addresses.
    /// Default: ``RedactorConfiguration/defaultURLAllowList``.
    public var urlAllowList: [String]
    /// How placeholders are written. Default: ``PlaceholderStyle/numbered`` (`<EMAIL_1>`).
    public var placeholderStyle: PlaceholderStyle
    /// Entity types to detect; others are left in place. Default: every type.
    public var enabledTypes: Set<EntityType>
    /// The operator per entity type; a type not listed uses ``RedactionOperator/placeholder``.
    /// Default: empty (placeholders for every type).
    public var operators: [EntityType: RedactionOperator]
    /// The HMAC key for ``RedactionOperator/pseudonym``; `nil` or empty makes pseudonyms fall back
    /// to placeholders. Default: `nil`. Comes from the environment only (`SUPPORTSTREAM_PSEUDONYM_KEY`).
    public var pseudonymKey: [UInt8]?
    /// Largest field, in Unicode scalars, that ``Redactor/redact(_:language:session:)`` accepts;
    /// a larger one throws ``RedactionError/fieldTooLarge(scalars:limit:)``. Default: 100 000.
    public var maxFieldScalars: Int

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
        placeholderStyle: PlaceholderStyle = .numbered,
        enabledTypes: Set<EntityType> = Set(EntityType.allCases),
        operators: [EntityType: RedactionOperator] = [:],
        pseudonymKey: [UInt8]? = nil,
        maxFieldScalars: Int = 100_000
    ) {
        self.urlAllowList = urlAllowList
        self.placeholderStyle = placeholderStyle
        self.enabledTypes = enabledTypes
        self.operators = operators
        self.pseudonymKey = pseudonymKey
        self.maxFieldScalars = maxFieldScalars
    }

    /// Whether some type asks for pseudonyms but no key is set (they fall back to placeholders).
    public var pseudonymsLackKey: Bool {
        operators.values.contains(.pseudonym) && (pseudonymKey?.isEmpty ?? true)
    }
}
