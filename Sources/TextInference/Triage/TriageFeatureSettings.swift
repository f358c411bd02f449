/// The feature settings a triage artifact stores, validated before they drive feature extraction.
///
/// The linear record carries `minOrder`, `maxOrder`, `wordWeight` and `skipBigrams` as doubles and the
/// embedding record a one-byte feature mask; a corrupt or hostile artifact could hold NaN, huge or
/// inverted orders (which would trap in `Int(_:)` or in the n-gram loop) or a mask naming features the
/// extractor never produces (which would silently starve the embedding member). Any of these is a
/// ``ModelError/invalidContent(reason:)`` at load.
struct TriageFeatureSettings: Sendable, Equatable {
    /// Highest character n-gram order an artifact may declare (the member mask has bits up to 7).
    static let highestOrder = 7
    /// Largest word weight an artifact may declare.
    static let highestWordWeight = 16

    /// Lowest character n-gram order.
    let minOrder: Int
    /// Highest character n-gram order.
    let maxOrder: Int
    /// Times each word uni/bi-gram is emitted.
    let wordWeight: Int
    /// Whether word skip-bigrams are features.
    let skipBigrams: Bool
    /// The embedding member's feature mask (``TriageFeatureExtractor/memberMask``).
    let memberMask: UInt8

    /// Reads and checks the settings of a linear record's `parameters` and an embedding record's mask.
    init(parameters: [String: Double], memberMask: UInt8) throws(ModelError) {
        func integer(_ key: String, default fallback: Int, in range: ClosedRange<Int>) throws(ModelError) -> Int {
            let value = parameters[key] ?? Double(fallback)
            guard value.isFinite, value == value.rounded(), value >= Double(range.lowerBound), value <= Double(range.upperBound)
            else {
                throw ModelError.invalidContent(reason: "feature setting '\(key)' is not an integer in \(range)")
            }
            return Int(value)
        }
        let minOrder = try integer("minOrder", default: 2, in: 1...Self.highestOrder)
        let maxOrder = try integer("maxOrder", default: 5, in: minOrder...Self.highestOrder)
        self.minOrder = minOrder
        self.maxOrder = maxOrder
        wordWeight = try integer("wordWeight", default: 1, in: 1...Self.highestWordWeight)
        skipBigrams = try integer("skipBigrams", default: 0, in: 0...1) == 1
        // Bits 0 and 1 are words and bigrams; bit n ≥ 2 is the character n-gram order n, which must be extracted.
        var allowed: UInt8 = 0b11
        for order in max(2, minOrder)...max(2, maxOrder) where order <= maxOrder { allowed |= 1 << UInt8(order) }
        guard memberMask & ~allowed == 0 else {
            throw ModelError.invalidContent(
                reason: "embedding feature mask \(memberMask) selects character n-gram orders outside \(minOrder)–\(maxOrder)")
        }
        self.memberMask = memberMask
    }
}
