@testable import TextInference
import Testing

/// The fast paths behind triage speed give the same answers as the straightforward code.
@Suite("Triage fast paths")
struct TriageSpeedPathTests {
    @Test("Word, digit and lowercase by table (below U+3000) equal the property-based answers")
    func scalarTable() {
        for value in UInt32(0)...0x3100 {
            #expect(TextScalars.isWordScalar(value) == TextScalars.isWordScalarByCategory(value), "U+\(String(value, radix: 16))")
            let category = Unicode.Scalar(value).map { $0.properties.generalCategory == .decimalNumber } ?? false
            #expect(TextScalars.isDigit(value) == category, "U+\(String(value, radix: 16))")
            #expect(TextScalars.lowercase(value) == TextScalars.lowercaseByProperties(value), "U+\(String(value, radix: 16))")
        }
    }

    @Test("Row sums over padded Int16 lanes equal the plain Int32 sums, past the 256-feature flush")
    func rowSums() throws {
        var random = TestRandom(state: 7)
        func next() -> UInt64 { random.next() }
        let classes = 77, bits = 6
        let weights = (0..<(classes << bits)).map { _ in Int8(truncatingIfNeeded: Int(next() % 255) - 127) }
        let model = try HashedLinearModel(
            kind: "triage", version: "t", labels: (0..<classes).map { "c\($0)" }, bucketBits: bits, temperature: 1,
            parameters: [:], biases: [Float](repeating: 0, count: classes), scales: [Float](repeating: 1, count: classes),
            weights: weights)
        for count in [0, 1, 255, 256, 257, 1000] {
            let features = (0..<count).map { _ in UInt32(truncatingIfNeeded: next()) }
            var expected = [Int32](repeating: 0, count: classes)
            for feature in features {
                let row = Int(feature & model.bucketMask) * classes
                for label in 0..<classes { expected[label] += Int32(weights[row + label]) }
            }
            var sums: [Int32] = []
            var logits: [Double] = []
            model.logits(features: features, sums: &sums, into: &logits)
            #expect(Array(sums.prefix(classes)) == expected, "\(count) features")
        }
    }

    @Test("Batched row sums equal the plain Int32 sums of each list, past the Int16 flush and at the weight extremes")
    func batchRowSums() throws {
        var state: UInt64 = 11
        func next() -> UInt64 {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return state >> 33
        }
        let classes = 77, bits = 6
        var weights = (0..<(classes << bits)).map { _ in Int8(truncatingIfNeeded: Int(next() % 256) - 128) }
        for label in 0..<classes {
            weights[label] = -128  // bucket 0: the most negative row
            weights[classes + label] = 127  // bucket 1: the most positive row
        }
        let model = try HashedLinearModel(
            kind: "triage", version: "t", labels: (0..<classes).map { "c\($0)" }, bucketBits: bits, temperature: 1,
            parameters: [:], biases: [Float](repeating: 0, count: classes), scales: [Float](repeating: 1, count: classes),
            weights: weights)
        var lists = [0, 1, 255, 256, 257, 511, 512, 513, 1000, 3000].map { count in
            (0..<count).map { _ in UInt32(truncatingIfNeeded: next()) }
        }
        lists.append([UInt32](repeating: 0, count: 1000))  // 1000 × -128 in every class
        lists.append([UInt32](repeating: 1, count: 700) + [UInt32](repeating: 0, count: 300))
        let sums = model.classSums(of: lists)
        #expect(sums.count == lists.count)
        for (index, features) in lists.enumerated() {
            var expected = [Int32](repeating: 0, count: classes)
            for feature in features {
                let row = Int(feature & model.bucketMask) * classes
                for label in 0..<classes { expected[label] += Int32(weights[row + label]) }
            }
            #expect(sums[index] == expected, "list \(index) of \(features.count) features")
        }
    }

    @Test("Long tickets are read up to the configured number of scalars")
    func readLimit() throws {
        let classifier = try TriageClassifier.loadDefault()
        let head = "I lost my card yesterday and I think somebody has it, please block it right now."
            + String(repeating: " The weather was nice and I went for a walk in the park.", count: 8)
        let first = classifier.classify(head + " I was charged twice for the same coffee.", language: "en")
        let second = classifier.classify(head + " How do I change my PIN?", language: "en")
        #expect(first == second)
        let whole = try TriageClassifier.loadDefault(configuration: TriageConfiguration(maximumScalars: .max))
        #expect(whole.classify(head + " How do I change my PIN?", language: "en") != second)
        let short = "How do I change my PIN?"
        #expect(whole.classify(short, language: "en") == classifier.classify(short, language: "en"))
    }

    /// The scalar-by-scalar normalisation the byte scanner replaced (the reference it must equal).
    static func referenceStream(_ text: String, maximumScalars: Int) -> [UInt32] {
        var stream: [UInt32] = [0x20]
        let hardLimit = maximumScalars > Int.max / 2 ? Int.max : 2 * maximumScalars
        var arabic = false
        var run = 0
        for scalar in text.unicodeScalars {
            guard let folded = ArabicNormalizer.fold(scalar.value) else { continue }
            if folded >= 0x600 && folded <= 0x6FF {
                arabic = true
                run = stream.last == folded ? run + 1 : 1
                if run >= 3 {
                    if run == 3 { stream.removeLast() }
                    continue
                }
            }
            if folded == 0x27 || folded == 0x2019 { continue }
            if TextScalars.isWordScalar(folded) {
                stream.append(TextScalars.lowercase(folded))
            } else if TextScalars.isDigit(folded) {
                stream.append(0x30)
            } else if stream.last != 0x20 {
                if stream.count > maximumScalars { break }
                stream.append(0x20)
            }
            if stream.count >= hardLimit { break }
        }
        if stream.last != 0x20 { stream.append(0x20) }
        if arabic { ArabicDialectLexicon.rewrite(&stream) }
        return stream
    }

    @Test("The UTF-8 byte normaliser equals the scalar reference, with and without a scalar cap", arguments: [
        "How do I activate my card? It's URGENT: 4 digits, O'Brien’s PIN 1234!",
        "ليييش شكراااا بـــطاقة إلى مستشفى ٣٤ ۵ كيفاش نفعّل الكارطة ديالي؟ abc ييي",
        "CAFÉ naïve İSTANBUL ΣΟΦΊΑ Straße ёлка x\u{301}y 中文 한국어 😀 ٣٤٥",
        "a\u{0}b\tc\nd e\u{7F}f " + String(repeating: "longword", count: 40) + " tail words here",
        "",
        "’'’",
    ])
    func byteNormaliser(text: String) {
        for limit in [Int.max, 400, 7, 1] {
            var stream: [UInt32] = []
            TriageFeatureExtractor.normalize(text, into: &stream, maximumScalars: limit)
            #expect(stream == Self.referenceStream(text, maximumScalars: limit), "limit \(limit)")
        }
    }

    @Test("Dialect words map to the trained words, whole or behind a proclitic")
    func dialectWords() {
        func stream(_ text: String) -> [UInt32] {
            var stream: [UInt32] = []
            TriageFeatureExtractor.normalize(text, into: &stream)
            return stream
        }
        #expect(stream("كيفاش نفعّل الكارطة ديالي؟") == stream("كيف نفعل البطاقة تبعي"))
        #expect(stream("بغيت، علاش! فين") == stream("بدي ليش وين"))
        #expect(stream("وكيفاش بالكارطة") == stream("وكيف بالبطاقة"))  // a proclitic is kept
        #expect(stream("والكارطة فلوس") == stream("والبطاقة فلوس"))
        #expect(stream("كيفاشي") != stream("كيفي"))  // other affixes: unchanged
        #expect(stream("بنقدر بلاش") == [0x20] + "بنقدر بلاش".unicodeScalars.map(\.value) + [0x20])  // bare ب is no proclitic
        #expect(stream("ماكاينش كارطة") == stream("ما في بطاقة"))  // a target may be two words
        #expect(stream("شكون صيفط الفلوس؟ مزال ماوصلتنيش") == stream("مين ابعت الفلوس لسا ما وصلتني"))  // 1.4.0 entries
        #expect(stream("علاه الكارطة زادة") == stream("ليش البطاقة كمان"))
        #expect(stream("ليييش شكراااا") == stream("ليش شكرا"))  // elongation
        #expect(stream("ممكن") == [0x20] + "ممكن".unicodeScalars.map(\.value) + [0x20])  // a doubled letter stays
        #expect(stream("How do I activate my card") == stream("how do i activate my card"))
        let sources = ArabicDialectLexicon.pairs.map { ArabicNormalizer.normalize($0.0) }
        #expect(Set(sources).count == sources.count)
    }

    @Test("Dialect letters fold to their common Arabic forms")
    func dialectLetters() {
        #expect(ArabicNormalizer.normalize("ڤيزا گارت ڨلبي پاس چيك") == "فيزا كارت قلبي باس جيك")
    }
}
