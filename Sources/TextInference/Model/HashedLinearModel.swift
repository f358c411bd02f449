/// A quantized multiclass linear model over hashed sparse features, shared by language ID and triage.
///
/// Binary layout (format version 1, all integers little-endian):
/// `"SSTI"` magic, UInt16 format version, kind string, model version string,
/// UInt16 label count + label strings, UInt8 bucket bits, Float32 temperature,
/// UInt16 parameter count + (string, Float64) pairs, Float32 biases × classes,
/// Float32 per-class scales × classes, UInt32 weight count + Int8 weights
/// stored bucket-major (`weights[bucket * classes + class]`).
struct HashedLinearModel: Sendable {
    /// The four magic bytes that open every artifact.
    static let magic: [UInt8] = Array("SSTI".utf8)
    /// The only format version this build reads and writes.
    static let formatVersion: UInt16 = 1

    /// What the model does, e.g. `"langid"` or `"triage"`.
    let kind: String
    /// The model version published with results, e.g. `"langid-1.0.0"`.
    let version: String
    /// Class labels in score order.
    let labels: [String]
    /// log2 of the number of hash buckets.
    let bucketBits: Int
    /// Softmax temperature fitted on held-out data.
    let temperature: Float
    /// Named numeric settings (feature extraction options) stored with the weights.
    let parameters: [String: Double]
    /// Per-class bias added to the logit.
    let biases: [Float]
    /// Per-class dequantization scale for the Int8 weights.
    let scales: [Float]
    /// Quantized weights, bucket-major.
    let weights: [Int8]
    /// `weights` with each bucket's row padded with zeros to `rowStride` (a multiple of 16) bytes,
    /// so ``logits(features:sums:into:)`` adds whole 16-lane vectors. Empty for a single-score model
    /// or when the caller lays out its own table (`padded: false`).
    let paddedRows: [Int8]
    /// Bytes per row of `paddedRows` (0 when there is no padded copy).
    let rowStride: Int

    /// Number of classes.
    var classCount: Int { labels.count }
    /// Mask selecting a bucket from a 32-bit feature hash.
    var bucketMask: UInt32 { UInt32((1 << bucketBits) - 1) }

    /// Creates a model from its parts, validating their sizes.
    init(
        kind: String, version: String, labels: [String], bucketBits: Int, temperature: Float,
        parameters: [String: Double], biases: [Float], scales: [Float], weights: [Int8], padded: Bool = true
    ) throws {
        guard !labels.isEmpty, bucketBits > 0, bucketBits <= 24 else {
            throw ModelError.invalidContent(reason: "empty label set or bucket bits \(bucketBits) out of range")
        }
        guard biases.count == labels.count, scales.count == labels.count,
            weights.count == labels.count << bucketBits
        else {
            throw ModelError.invalidContent(reason: "weight table size does not match \(labels.count) classes")
        }
        guard temperature > 0, temperature.isFinite else {
            throw ModelError.invalidContent(reason: "temperature must be positive")
        }
        guard biases.allSatisfy(\.isFinite), scales.allSatisfy(\.isFinite) else {
            throw ModelError.invalidContent(reason: "biases and scales must be finite")
        }
        self.kind = kind
        self.version = version
        self.labels = labels
        self.bucketBits = bucketBits
        self.temperature = temperature
        self.parameters = parameters
        self.biases = biases
        self.scales = scales
        self.weights = weights
        let classes = labels.count
        guard classes > 1, padded else {
            // A single score (a binary model), or a caller with its own layout: no padded copy.
            rowStride = 0
            paddedRows = []
            return
        }
        rowStride = (classes + 15) / 16 * 16
        var padded = [Int8](repeating: 0, count: rowStride << bucketBits)
        let stride = rowStride
        padded.withUnsafeMutableBytes { target in
            weights.withUnsafeBytes { source in
                for bucket in 0..<(1 << bucketBits) {
                    (target.baseAddress! + bucket * stride).copyMemory(from: source.baseAddress! + bucket * classes, byteCount: classes)
                }
            }
        }
        paddedRows = padded
    }

    /// The temperature-scaled score of a single-score (binary) model for a bag of hashed features.
    func binaryLogit(features: ArraySlice<UInt32>) -> Double {
        let mask = bucketMask
        var sum: Int32 = 0
        weights.withUnsafeBufferPointer { weights in
            for feature in features { sum &+= Int32(weights[Int(feature & mask)]) }
        }
        let featureWeight = features.isEmpty ? 0 : 1 / Double(features.count).squareRoot()
        return (Double(biases[0]) + Double(scales[0]) * Double(sum) * featureWeight) / Double(temperature)
    }

    /// Decodes an artifact, checking magic, format version and the expected kind.
    init(bytes: [UInt8], expectedKind: String) throws {
        var reader = ModelBinaryReader(bytes: bytes)
        try self.init(reader: &reader, expectedKind: expectedKind)
        guard reader.isAtEnd else {
            throw ModelError.invalidContent(reason: "\(bytes.count - reader.offset) unexpected trailing bytes")
        }
    }

    /// Decodes one artifact record at the reader's position (more records may follow it); `padded`
    /// as in the memberwise initialiser.
    init(reader: inout ModelBinaryReader, expectedKind: String, padded: Bool = true) throws {
        guard reader.remaining >= 4 else {
            throw ModelError.truncated(expectedAtLeast: reader.offset + 4, actual: reader.offset + reader.remaining)
        }
        guard try reader.readRaw(count: 4) == Self.magic else { throw ModelError.wrongFormat(expectedMagic: "SSTI") }
        let format = try reader.readUInt16()
        guard format == Self.formatVersion else {
            throw ModelError.unsupportedFormatVersion(found: Int(format), supported: Int(Self.formatVersion))
        }
        let kind = try reader.readString()
        guard kind == expectedKind else { throw ModelError.wrongModelKind(expected: expectedKind, found: kind) }
        let version = try reader.readString()
        let labelCount = Int(try reader.readUInt16())
        var labels: [String] = []
        for _ in 0..<labelCount { labels.append(try reader.readString()) }
        let bucketBits = Int(try reader.readUInt8())
        let temperature = try reader.readFloat()
        let parameterCount = Int(try reader.readUInt16())
        var parameters: [String: Double] = [:]
        for _ in 0..<parameterCount {
            let key = try reader.readString()
            parameters[key] = try reader.readDouble()
        }
        var biases: [Float] = []
        for _ in 0..<labelCount { biases.append(try reader.readFloat()) }
        var scales: [Float] = []
        for _ in 0..<labelCount { scales.append(try reader.readFloat()) }
        let weightCount = Int(try reader.readUInt32())
        let weights = try reader.readInt8s(count: weightCount)
        try self.init(
            kind: kind, version: version, labels: labels, bucketBits: bucketBits, temperature: temperature,
            parameters: parameters, biases: biases, scales: scales, weights: weights, padded: padded)
    }

    /// Encodes the model in the artifact format.
    func serialized() -> [UInt8] {
        var writer = ModelBinaryWriter()
        writer.write(raw: Self.magic)
        writer.write(Self.formatVersion)
        writer.write(kind)
        writer.write(version)
        writer.write(UInt16(labels.count))
        for label in labels { writer.write(label) }
        writer.write(UInt8(bucketBits))
        writer.write(temperature)
        writer.write(UInt16(parameters.count))
        for key in parameters.keys.sorted() {
            writer.write(key)
            writer.write(parameters[key] ?? 0)
        }
        for bias in biases { writer.write(bias) }
        for scale in scales { writer.write(scale) }
        writer.write(UInt32(weights.count))
        writer.write(int8s: weights)
        return writer.bytes
    }

    /// Computes temperature-scaled logits for a bag of hashed features.
    ///
    /// Every feature carries the same weight `1 / sqrt(count)`, so the Int8 rows are summed in
    /// integer arithmetic (``Int8RowSums``, 16 classes at a time) and scaled once at the end.
    /// `sums` is caller-owned scratch.
    func logits(features: [UInt32], sums: inout [Int32], into output: inout [Double]) {
        let classes = classCount
        if rowStride == 0 {
            // No padded copy: plain integer sums over `weights` (same result).
            if sums.count != classes { sums = [Int32](repeating: 0, count: classes) }
            for index in 0..<classes { sums[index] = 0 }
            let mask = bucketMask
            weights.withUnsafeBufferPointer { weights in
                for feature in features {
                    let row = Int(feature & mask) &* classes
                    for index in 0..<classes { sums[index] &+= Int32(weights[row &+ index]) }
                }
            }
            logits(sums: sums, featureCount: features.count, into: &output)
            return
        }
        let stride = rowStride
        let blocks = stride / 16
        if sums.count != stride { sums = [Int32](repeating: 0, count: stride) }
        let mask = bucketMask
        var touched: Int8 = 0
        paddedRows.withUnsafeBytes { table in
            features.withUnsafeBufferPointer { features in
                withUnsafeTemporaryAllocation(of: SIMD16<Int32>.self, capacity: blocks) { totals in
                    for block in 0..<blocks { totals[block] = .zero }
                    touched = Int8RowSums.add(
                        features, table: table, blocks: blocks, rowBytes: stride, readAhead: Self.readAhead, into: totals
                    ) { Int($0 & mask) &* stride }
                    for block in 0..<blocks {
                        for offset in 0..<16 { sums[block &* 16 &+ offset] = totals[block][offset] }
                    }
                }
            }
        }
        Self.keep(touched)
        let featureWeight = features.isEmpty ? 0 : 1 / Double(features.count).squareRoot()
        if output.count != classes { output = [Double](repeating: 0, count: classes) }
        let inverseTemperature = 1 / Double(temperature)
        for index in 0..<classes {
            let raw = Double(biases[index]) + Double(scales[index]) * Double(sums[index]) * featureWeight
            output[index] = raw * inverseTemperature
        }
    }

    /// Temperature-scaled logits from integer class sums of `featureCount` features (each weighted `1 / sqrt(n)`).
    func logits(sums: [Int32], featureCount: Int, into output: inout [Double]) {
        let classes = classCount
        let featureWeight = featureCount == 0 ? 0 : 1 / Double(featureCount).squareRoot()
        if output.count != classes { output = [Double](repeating: 0, count: classes) }
        let inverseTemperature = 1 / Double(temperature)
        for index in 0..<classes {
            output[index] = (Double(biases[index]) + Double(scales[index]) * Double(sums[index]) * featureWeight) * inverseTemperature
        }
    }

    /// The sums of `extra[i]` × the Int8 row of bucket `repeated[i]` per class (exact in Double when each
    /// factor is a multiple of 1/256, as ``TriageIDF/termWeight(_:)`` makes them).
    func extraSums(repeated: [UInt32], extra: [Float]) -> [Double] {
        var output: [Double] = []
        extraSums(repeated: repeated, extra: extra, into: &output)
        return output
    }

    /// ``extraSums(repeated:extra:)`` written into caller-owned `output` (resized to the class count).
    ///
    /// When every factor is a multiple of 1/256 each product is an integer number of 1/256, so the sums
    /// are Int32 multiples of 1/256 over the padded copy (16 classes at a time, rows the logits pass just
    /// read), divided by 256 once: the same Double values, bit for bit, as summing the products in any
    /// order. Buckets that share a factor (in TF-IDF, every bucket seen twice) are summed first as plain
    /// rows and multiplied once per group, since a 32-bit lane multiply is several instructions on
    /// baseline x86-64; up to ``extraFactorGroups`` groups, the rest bucket by bucket.
    func extraSums(repeated: [UInt32], extra: [Float], into output: inout [Double]) {
        let classes = classCount
        if output.count != classes {
            output = [Double](repeating: 0, count: classes)
        } else {
            for index in 0..<classes { output[index] = 0 }
        }
        let count = repeated.count
        precondition(count == extra.count, "extraSums needs one factor per repeated bucket")
        guard count > 0 else { return }
        let mask = bucketMask
        if rowStride > 0, extra.allSatisfy({ Int32(exactly: $0 * 256) != nil }) {
            let stride = rowStride
            let blocks = stride / 16
            var touched: Int8 = 0
            paddedRows.withUnsafeBytes { table in
                withUnsafeTemporaryAllocation(of: SIMD16<Int32>.self, capacity: 2 * blocks) { space in
                    let totals = UnsafeMutableBufferPointer(rebasing: space[0..<blocks])
                    let group = UnsafeMutableBufferPointer(rebasing: space[blocks..<(2 * blocks)])
                    for block in 0..<blocks { totals[block] = .zero }
                    withUnsafeTemporaryAllocation(of: UInt32.self, capacity: 2 * count) { lists in
                        withUnsafeTemporaryAllocation(of: Int32.self, capacity: count) { factors in
                            // Pending buckets at the front of `lists`, the current group's after them.
                            var pending = count
                            for index in 0..<count {
                                lists[index] = repeated[index]
                                factors[index] = Int32(extra[index] * 256)
                            }
                            var groups = 0
                            while pending > 0 && groups < Self.extraFactorGroups {
                                groups &+= 1
                                let factor = factors[0]
                                var kept = 0, members = 0
                                for index in 0..<pending {
                                    if factors[index] == factor {
                                        lists[count &+ members] = lists[index]
                                        members &+= 1
                                    } else {
                                        lists[kept] = lists[index]
                                        factors[kept] = factors[index]
                                        kept &+= 1
                                    }
                                }
                                pending = kept
                                for block in 0..<blocks { group[block] = .zero }
                                touched ^= Int8RowSums.add(
                                    UnsafeBufferPointer(rebasing: lists[count..<(count &+ members)]), table: table, blocks: blocks,
                                    rowBytes: stride, readAhead: 0, into: group
                                ) { Int($0 & mask) &* stride }
                                let scale = SIMD16<Int32>(repeating: factor)
                                for block in 0..<blocks { totals[block] &+= group[block] &* scale }
                            }
                            for index in 0..<pending {
                                let base = Int(lists[index] & mask) &* stride
                                let scale = SIMD16<Int32>(repeating: factors[index])
                                for block in 0..<blocks {
                                    let weights = table.loadUnaligned(fromByteOffset: base &+ block &* 16, as: SIMD16<Int8>.self)
                                    totals[block] &+= SIMD16<Int32>(truncatingIfNeeded: weights) &* scale
                                }
                            }
                        }
                    }
                    UnsafeRawPointer(totals.baseAddress!).withMemoryRebound(to: Int32.self, capacity: stride) { lanes in
                        output.withUnsafeMutableBufferPointer { output in
                            for index in 0..<classes { output[index] = Double(lanes[index]) / 256 }
                        }
                    }
                }
            }
            Self.keep(touched)
            return
        }
        output.withUnsafeMutableBufferPointer { output in
            weights.withUnsafeBufferPointer { weights in
                for (bucket, factor) in zip(repeated, extra) {
                    let row = Int(bucket & mask) &* classes
                    let scale = Double(factor)
                    for index in 0..<classes { output[index] += scale * Double(weights[row &+ index]) }
                }
            }
        }
    }

    /// Most factor groups ``extraSums(repeated:extra:into:)`` sums row-first (TF-IDF texts have one or two).
    static let extraFactorGroups = 4

    /// Temperature-scaled logits from integer class sums of distinct features plus `extraSums` (the repeated
    /// buckets' extra rows), all times `featureWeight` (the TF-IDF form, ``TriageTermWeights``).
    func logits(sums: [Int32], extraSums: [Double], featureWeight: Double, into output: inout [Double]) {
        let classes = classCount
        if output.count != classes { output = [Double](repeating: 0, count: classes) }
        let inverseTemperature = 1 / Double(temperature)
        for index in 0..<classes {
            let total = Double(sums[index]) + extraSums[index]
            output[index] = (Double(biases[index]) + Double(scales[index]) * total * featureWeight) * inverseTemperature
        }
    }

    /// How many features ahead ``logits(features:sums:into:)`` touches a row.
    static let readAhead = 12

    /// Consumes a value so the read-ahead loads in ``logits(features:sums:into:)`` are not removed.
    @inline(never)
    static func keep(_ value: Int8) {
        if value == 0x7F && keepSink { print("", terminator: "") }
    }

    /// Never true; read by ``keep(_:)`` so its argument stays live.
    nonisolated(unsafe) static var keepSink = false

    /// Turns logits into probabilities in place (numerically stable softmax over `allowed` classes).
    ///
    /// The inference form (``VectorSoftmax``); trainers use ``referenceSoftmax(_:allowed:)``.
    @inline(__always)
    static func softmax(_ values: inout [Double], allowed: [Bool]? = nil) {
        VectorSoftmax.apply(&values, allowed: allowed)
    }

    /// The scalar softmax the shipped artifacts were calibrated with; trainers keep it so a retrained
    /// artifact stays byte-identical. Agrees with ``softmax(_:allowed:)`` to about 1e-15 relative.
    static func referenceSoftmax(_ values: inout [Double], allowed: [Bool]? = nil) {
        var maximum = -Double.infinity
        for index in values.indices where allowed?[index] ?? true { maximum = max(maximum, values[index]) }
        var total = 0.0
        for index in values.indices {
            if allowed?[index] ?? true {
                values[index] = expApprox(values[index] - maximum)
                total += values[index]
            } else {
                values[index] = 0
            }
        }
        guard total > 0 else { return }
        for index in values.indices { values[index] /= total }
    }

    /// Computes e^x for x ≤ 0 without Foundation, accurate to about 1e-12 relative.
    static func expApprox(_ x: Double) -> Double {
        if x < -700 { return 0 }
        // Range reduction: e^x = 2^k · e^r with |r| ≤ ln2/2, then a Taylor series for e^r.
        let ln2 = 0.693_147_180_559_945_3
        let k = (x / ln2).rounded()
        let r = x - k * ln2
        var term = 1.0
        var sum = 1.0
        for n in 1...14 {
            term *= r / Double(n)
            sum += term
        }
        return sum * pow2(Int(k))
    }

    /// Returns 2^k for integer k using the bit pattern of a double.
    private static func pow2(_ k: Int) -> Double {
        if k < -1022 { return 0 }
        if k > 1023 { return .infinity }
        return Double(sign: .plus, exponent: k, significand: 1)
    }
}
