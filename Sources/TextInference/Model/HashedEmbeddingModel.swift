/// A fastText-style classifier over hashed sparse features: averaged Int8 embeddings, an optional
/// ReLU hidden layer, then one score per class.
///
/// Used as the second member of the triage ensemble: its scores, times ``blendWeight``, are added to
/// the linear model's logits. Binary layout (format version 1, little-endian), written after the
/// linear model's record in `triage.ssm`: `"SSTE"` magic, UInt16 format version, UInt8 bucket bits,
/// UInt16 dimension, UInt16 hidden units, UInt16 classes, Float32 blend weight, Float32 per-dimension
/// scales, UInt32 count + Int8 embeddings (`embeddings[bucket * dimension + d]`), Float32 hidden
/// weights (`[unit * dimension + d]`) and biases, Float32 output weights (`[class * width + j]`,
/// width = hidden units or the dimension without a hidden layer) and biases.
struct HashedEmbeddingModel: Sendable {
    /// The four magic bytes that open the record.
    static let magic: [UInt8] = Array("SSTE".utf8)
    /// The newest format version this build reads and writes (format 1, without a feature mask, is
    /// read too and written for mask 0).
    static let formatVersion: UInt16 = 2

    /// log2 of the number of embedding rows.
    let bucketBits: Int
    /// Embedding width, a multiple of 16.
    let dimension: Int
    /// ReLU hidden units (a multiple of 16); 0 feeds the averaged embedding straight to the output layer.
    let hidden: Int
    /// Number of classes.
    let classCount: Int
    /// Which extracted features the member reads (``TriageFeatureExtractor/memberMask``); 0 = the
    /// linear model's features, as extracted.
    let featureMask: UInt8
    /// Factor applied to the scores before they are added to the other member's logits.
    let blendWeight: Float
    /// Per-dimension dequantization scale of the Int8 embeddings.
    let scales: [Float]
    /// Quantized embeddings, bucket-major.
    let embeddings: [Int8]
    /// Hidden-layer weights, unit-major.
    let hiddenWeights: [Float]
    /// Hidden-layer biases.
    let hiddenBiases: [Float]
    /// Output weights, class-major.
    let outputWeights: [Float]
    /// Output biases.
    let outputBiases: [Float]

    /// Inputs of the output layer: the hidden units, or the embedding dimension without a hidden layer.
    var width: Int { hidden > 0 ? hidden : dimension }

    /// The embedding row of a 32-bit feature hash (multiplicative hashing, so rows do not share the
    /// linear model's bucket collisions).
    @inline(__always)
    static func bucket(_ feature: UInt32, bits: Int) -> Int {
        Int((feature &* 0x9E37_79B1) >> UInt32(32 - bits))
    }

    /// Creates a model from its parts, validating their sizes.
    init(
        bucketBits: Int, dimension: Int, hidden: Int, classCount: Int, featureMask: UInt8 = 0, blendWeight: Float,
        scales: [Float], embeddings: [Int8], hiddenWeights: [Float], hiddenBiases: [Float], outputWeights: [Float],
        outputBiases: [Float]
    ) throws {
        guard bucketBits > 0, bucketBits <= 24, dimension > 0, dimension % 16 == 0, hidden >= 0, hidden % 16 == 0,
              classCount > 1
        else {
            throw ModelError.invalidContent(reason: "embedding shape out of range")
        }
        let width = hidden > 0 ? hidden : dimension
        guard scales.count == dimension, embeddings.count == dimension << bucketBits,
              hiddenWeights.count == hidden * dimension, hiddenBiases.count == hidden,
              outputWeights.count == classCount * width, outputBiases.count == classCount
        else {
            throw ModelError.invalidContent(reason: "embedding member sizes do not match its shape")
        }
        guard blendWeight.isFinite else { throw ModelError.invalidContent(reason: "blend weight must be finite") }
        self.bucketBits = bucketBits
        self.dimension = dimension
        self.hidden = hidden
        self.classCount = classCount
        self.featureMask = featureMask
        self.blendWeight = blendWeight
        self.scales = scales
        self.embeddings = embeddings
        self.hiddenWeights = hiddenWeights
        self.hiddenBiases = hiddenBiases
        self.outputWeights = outputWeights
        self.outputBiases = outputBiases
    }

    /// Decodes one record at the reader's position.
    init(reader: inout ModelBinaryReader) throws {
        guard reader.remaining >= 4 else {
            throw ModelError.truncated(expectedAtLeast: reader.offset + 4, actual: reader.offset + reader.remaining)
        }
        guard try reader.readRaw(count: 4) == Self.magic else { throw ModelError.wrongFormat(expectedMagic: "SSTE") }
        let format = try reader.readUInt16()
        guard format == 1 || format == Self.formatVersion else {
            throw ModelError.unsupportedFormatVersion(found: Int(format), supported: Int(Self.formatVersion))
        }
        let bucketBits = Int(try reader.readUInt8())
        let dimension = Int(try reader.readUInt16())
        let hidden = Int(try reader.readUInt16())
        let classCount = Int(try reader.readUInt16())
        let featureMask = format >= 2 ? try reader.readUInt8() : 0
        let blendWeight = try reader.readFloat()
        func floats(_ count: Int) throws -> [Float] {
            // The count comes from the file: check it against the bytes left before reserving memory.
            guard count <= reader.remaining / 4 else {
                throw ModelError.truncated(expectedAtLeast: reader.offset + 4 * count, actual: reader.offset + reader.remaining)
            }
            var values: [Float] = []
            values.reserveCapacity(count)
            for _ in 0..<count { values.append(try reader.readFloat()) }
            return values
        }
        let scales = try floats(dimension)
        let count = Int(try reader.readUInt32())
        let embeddings = try reader.readInt8s(count: count)
        let width = hidden > 0 ? hidden : dimension
        let hiddenWeights = try floats(hidden * dimension)
        let hiddenBiases = try floats(hidden)
        let outputWeights = try floats(classCount * width)
        let outputBiases = try floats(classCount)
        try self.init(
            bucketBits: bucketBits, dimension: dimension, hidden: hidden, classCount: classCount, featureMask: featureMask,
            blendWeight: blendWeight, scales: scales, embeddings: embeddings, hiddenWeights: hiddenWeights, hiddenBiases: hiddenBiases,
            outputWeights: outputWeights, outputBiases: outputBiases)
    }

    /// This model with another blend weight.
    func reweighted(_ blendWeight: Float) throws -> HashedEmbeddingModel {
        try HashedEmbeddingModel(
            bucketBits: bucketBits, dimension: dimension, hidden: hidden, classCount: classCount, featureMask: featureMask,
            blendWeight: blendWeight, scales: scales, embeddings: embeddings, hiddenWeights: hiddenWeights, hiddenBiases: hiddenBiases,
            outputWeights: outputWeights, outputBiases: outputBiases)
    }

    /// Appends the record to `writer`.
    func serialize(into writer: inout ModelBinaryWriter) {
        writer.write(raw: Self.magic)
        writer.write(featureMask == 0 ? UInt16(1) : Self.formatVersion)
        writer.write(UInt8(bucketBits))
        writer.write(UInt16(dimension))
        writer.write(UInt16(hidden))
        writer.write(UInt16(classCount))
        if featureMask != 0 { writer.write(featureMask) }
        writer.write(blendWeight)
        for value in scales { writer.write(value) }
        writer.write(UInt32(embeddings.count))
        writer.write(int8s: embeddings)
        for value in hiddenWeights { writer.write(value) }
        for value in hiddenBiases { writer.write(value) }
        for value in outputWeights { writer.write(value) }
        for value in outputBiases { writer.write(value) }
    }

    /// Adds `blendWeight` × the class scores of a bag of hashed features to `output` (one entry per class).
    ///
    /// The Int8 rows are summed in integer arithmetic (``Int8RowSums``, 16 dimensions at a time), then
    /// scaled once: the mean embedding. The dense layers run on 16-lane Float vectors.
    func addScores(features: [UInt32], to output: inout [Double]) {
        guard !features.isEmpty else { return }
        let dimension = dimension
        let blocks = dimension / 16
        let bits = bucketBits
        let classes = classCount
        let weight = Double(blendWeight)
        var touched: Int8 = 0
        withUnsafeTemporaryAllocation(of: SIMD16<Float>.self, capacity: blocks + width / 16) { vectors in
            withUnsafeTemporaryAllocation(of: SIMD16<Int32>.self, capacity: blocks) { totals in
                for block in 0..<blocks { totals[block] = .zero }
                embeddings.withUnsafeBytes { table in
                    features.withUnsafeBufferPointer { features in
                        touched = Int8RowSums.add(
                            features, table: table, blocks: blocks, rowBytes: dimension, readAhead: Self.readAhead, into: totals
                        ) { Self.bucket($0, bits: bits) &* dimension }
                    }
                }
                let inverse = 1 / Float(features.count)
                scales.withUnsafeBytes { scales in
                    for block in 0..<blocks {
                        let scale = scales.loadUnaligned(fromByteOffset: block &* 64, as: SIMD16<Float>.self)
                        vectors[block] = SIMD16<Float>(totals[block]) * scale * inverse
                    }
                }
            }
            var input = UnsafeMutableBufferPointer(rebasing: vectors[0..<blocks])
            if hidden > 0 {
                let units = UnsafeMutableBufferPointer(rebasing: vectors[blocks..<(blocks + hidden / 16)])
                hiddenWeights.withUnsafeBytes { weights in
                    hiddenBiases.withUnsafeBufferPointer { biases in
                        withUnsafeTemporaryAllocation(of: Float.self, capacity: hidden) { values in
                            for unit in 0..<hidden {
                                values[unit] = max(biases[unit] + Self.dot(weights, row: unit &* blocks, input), 0)
                            }
                            for block in 0..<(hidden / 16) {
                                units[block] = UnsafeRawBufferPointer(values).loadUnaligned(fromByteOffset: block &* 64, as: SIMD16<Float>.self)
                            }
                        }
                    }
                }
                input = units
            }
            let inputBlocks = input.count
            outputWeights.withUnsafeBytes { weights in
                for label in 0..<classes {
                    let sum = outputBiases[label] + Self.dot(weights, row: label &* inputBlocks, input)
                    output[label] += weight * Double(sum)
                }
            }
        }
        HashedLinearModel.keep(touched)
    }

    /// The dot product of row `row` (counted in 16-float blocks of `input.count` blocks) of a Float
    /// matrix with `input`.
    @inline(__always)
    private static func dot(_ matrix: UnsafeRawBufferPointer, row: Int, _ input: UnsafeMutableBufferPointer<SIMD16<Float>>) -> Float {
        var accumulator = SIMD16<Float>.zero
        let base = row &* 64
        for block in 0..<input.count {
            accumulator += matrix.loadUnaligned(fromByteOffset: base &+ block &* 64, as: SIMD16<Float>.self) * input[block]
        }
        return accumulator.sum()
    }

    /// How many features ahead ``addScores(features:to:)`` touches a row.
    static let readAhead = 12
}
