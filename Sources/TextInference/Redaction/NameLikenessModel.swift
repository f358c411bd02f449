/// A learned score of how much one capitalised word looks like part of a personal name.
///
/// Logistic regression over ``NameLikenessFeatures`` (hashed character n-grams of the folded word):
/// `logit = bias + Σ w[feature] / sqrt(feature count)`. It lets the redactor take names that no
/// lexicon lists and no cue announces ("Harlan Pettibone", "M. Lüdtke"). Trained by
/// ``NameLikenessTrainer`` (`supportstream train names`); the artifact is `names.bin`, `SSNAME01`,
/// then the bucket bits (`UInt8`), the bias and 2^bits weights (little-endian `Float`).
/// Scoring reads the folded scalars in place: no allocation per word.
public struct NameLikenessModel: Sendable, Equatable {
    /// The name of the model's entry in `models.json`.
    public static let modelName = "names"
    /// The artifact file name in `Resources/`.
    public static let fileName = "names.bin"
    private static let magic = Array("SSNAME01".utf8)

    /// Log2 of the number of weight buckets.
    public let bucketBits: Int
    /// The intercept.
    let bias: Float
    /// One weight per bucket.
    let weights: [Float]
    /// The artifact version from its `models.json` entry (published in the enriched event's `models` as
    /// `names`), or ``unversioned`` for a model built in memory or decoded from bare bytes.
    public let version: String
    /// The version of a model that did not come with a manifest entry.
    public static let unversioned = "names-unversioned"

    /// Creates a model from trained parameters (`weights.count` must be `1 << bucketBits`).
    init(bucketBits: Int, bias: Float, weights: [Float], version: String = NameLikenessModel.unversioned) {
        precondition(weights.count == 1 << bucketBits)
        self.bucketBits = bucketBits
        self.bias = bias
        self.weights = weights
        self.version = version
    }

    /// The bundled model, checked against `models.json`.
    public static func loadDefault() throws -> NameLikenessModel {
        let version = try ModelManifest.loadBundled().models[modelName]?.version ?? unversioned
        return try NameLikenessModel(bytes: ModelResources.verifiedModelBytes(named: modelName), version: version)
    }

    /// The bundled model, loaded once, for redactors built without an explicit model. The artifact ships
    /// inside the module, so a failure here is a broken build: it stops the process with the reason.
    public static let bundled: NameLikenessModel = {
        do { return try loadDefault() } catch { preconditionFailure("the bundled name model cannot be loaded: \(error)") }
    }()

    /// Decodes an artifact written by ``bytes()``; `version` is its manifest entry's version.
    public init(bytes: [UInt8], version: String = NameLikenessModel.unversioned) throws {
        var reader = ModelBinaryReader(bytes: bytes)
        guard (try? reader.readRaw(count: Self.magic.count)) == Self.magic else {
            throw ModelError.wrongFormat(expectedMagic: "SSNAME01")
        }
        let bits = Int(try reader.readUInt8())
        guard (8...20).contains(bits) else { throw ModelError.invalidContent(reason: "name model: \(bits) bucket bits") }
        let bias = try reader.readFloat()
        var weights = [Float](repeating: 0, count: 1 << bits)
        for k in 0..<weights.count { weights[k] = try reader.readFloat() }
        guard reader.isAtEnd else { throw ModelError.invalidContent(reason: "name model: bytes after the weights") }
        guard bias.isFinite, weights.allSatisfy(\.isFinite) else { throw ModelError.invalidContent(reason: "name model: a weight is not finite") }
        self.init(bucketBits: bits, bias: bias, weights: weights, version: version)
    }

    /// The artifact bytes.
    public func bytes() -> [UInt8] {
        var writer = ModelBinaryWriter()
        writer.write(raw: Self.magic)
        writer.write(UInt8(bucketBits))
        writer.write(bias)
        for weight in weights { writer.write(weight) }
        return writer.bytes
    }

    /// The logit that the folded word `folded[start..<end]` is part of a personal name.
    @inline(__always)
    func logit(_ folded: [UInt32], _ start: Int, _ end: Int) -> Float {
        folded.withUnsafeBufferPointer { logit($0, start, end) }
    }

    /// ``logit(_:_:_:)`` over a buffer.
    @inline(__always)
    func logit(_ folded: UnsafeBufferPointer<UInt32>, _ start: Int, _ end: Int) -> Float {
        let mask = UInt32((1 << bucketBits) - 1)
        return weights.withUnsafeBufferPointer { table in
            var sum: Float = 0
            let count = NameLikenessFeatures.forEach(folded, start, end) { sum += table[Int($0 & mask)] }
            return bias + sum / Float(count).squareRoot()
        }
    }

    /// The logit of a word given as text (folded here), for tests and tools.
    public func logit(word: String) -> Float {
        let folded = word.unicodeScalars.map { ScalarClass.fold($0.value) }
        return logit(folded, 0, folded.count)
    }
}
