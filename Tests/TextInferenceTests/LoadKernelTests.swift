import Foundation
import Testing
@testable import TextInference

/// The model-load and row-sum fast paths against straightforward references.
@Suite("Load and row-sum kernels")
struct LoadKernelTests {
    /// Random bytes from a fixed seed.
    private static func randomBytes(_ count: Int, seed: UInt64) -> [UInt8] {
        var generator = SplitMix64(seed: seed)
        return (0..<count).map { _ in UInt8(truncatingIfNeeded: generator.next()) }
    }

    @Test("The pure-Swift SHA-256 and swift-crypto's agree on every length across the padding boundaries")
    func digestsAgree() {
        for length in Array(0...300) + [1_000, 4_095, 65_536, 100_003] {
            let bytes = Self.randomBytes(length, seed: UInt64(length) &+ 7)
            #expect(SHA256.hexDigest(bytes) == ArtifactDigest.hex(bytes), "length \(length)")
        }
        #expect(ArtifactDigest.hex(Array("abc".utf8)) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
    }

    @Test("readInt8s copies the bytes as their bit patterns and refuses to read past the end")
    func readInt8s() throws {
        let bytes: [UInt8] = [1, 0x7F, 0x80, 0xFF, 0, 42]
        var reader = ModelBinaryReader(bytes: bytes)
        _ = try reader.readUInt8()
        #expect(try reader.readInt8s(count: 4) == [127, -128, -1, 0])
        #expect(try reader.readInt8s(count: 0) == [])
        #expect(throws: ModelError.self) { try reader.readInt8s(count: 2) }
        #expect(try reader.readInt8s(count: 1) == [42])
        #expect(reader.isAtEnd)
    }

    @Test("A whole file is read byte for byte; a missing file gives nil")
    func readWholeFile() throws {
        let bytes = Self.randomBytes(70_001, seed: 3)
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("load-kernel-\(UUID().uuidString).bin").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        #expect(FileManager.default.createFile(atPath: path, contents: Data(bytes)))
        #expect(ModelResources.readWholeFile(atPath: path) == bytes)
        #expect(ModelResources.readWholeFile(atPath: path + ".missing") == nil)
    }

    /// A toy model with random weights, extremes included, so Int16 lanes come close to overflowing.
    private static func toyModel(classes: Int, bucketBits: Int, padded: Bool, extremes: Bool) throws -> HashedLinearModel {
        var generator = SplitMix64(seed: UInt64(classes * 31 + bucketBits))
        let weights = (0..<(classes << bucketBits)).map { index -> Int8 in
            if extremes { return index % 3 == 0 ? -128 : 127 }
            return Int8(truncatingIfNeeded: generator.next())
        }
        return try HashedLinearModel(
            kind: "toy", version: "toy-0", labels: (0..<classes).map { "c\($0)" }, bucketBits: bucketBits,
            temperature: 1.3, parameters: [:], biases: (0..<classes).map { Float($0) / 10 },
            scales: (0..<classes).map { 0.01 + Float($0) / 1000 }, weights: weights, padded: padded)
    }

    @Test("The language-ID table's SIMD sums equal plain Int32 sums, over and across 256-feature chunks")
    func weightTableSums() throws {
        for extremes in [false, true] {
            let model = try Self.toyModel(classes: 27, bucketBits: 10, padded: false, extremes: extremes)
            let table = try #require(LanguageIDWeightTable(model: model))
            var generator = SplitMix64(seed: 11)
            for count in [0, 1, 9, 255, 256, 257, 700, 1_300] {
                let features = (0..<count).map { _ in UInt32(truncatingIfNeeded: generator.next()) }
                var expected = [Int32](repeating: 0, count: 27)
                for feature in features {
                    let row = Int(feature & model.bucketMask) * 27
                    for label in 0..<27 { expected[label] += Int32(model.weights[row + label]) }
                }
                var sums: [Int32] = []
                table.sum(features[...], into: &sums)
                #expect(sums == expected, "count \(count), extremes \(extremes)")
            }
        }
    }

    @Test("Logits from the padded row copy equal logits from the unpadded weights")
    func paddedLogits() throws {
        let padded = try Self.toyModel(classes: 77, bucketBits: 9, padded: true, extremes: false)
        let plain = try Self.toyModel(classes: 77, bucketBits: 9, padded: false, extremes: false)
        #expect(padded.rowStride == 80)
        var generator = SplitMix64(seed: 5)
        for count in [1, 300, 900] {
            let features = (0..<count).map { _ in UInt32(truncatingIfNeeded: generator.next()) }
            var sums: [Int32] = [], paddedOutput: [Double] = [], plainOutput: [Double] = []
            padded.logits(features: features, sums: &sums, into: &paddedOutput)
            plain.logits(features: features, sums: &sums, into: &plainOutput)
            #expect(paddedOutput == plainOutput, "count \(count)")
        }
    }
}
