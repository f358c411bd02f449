/// Turns a support message into hashed word uni/bi-gram and character 2–5-gram features.
///
/// Text is lowercased, Arabic-normalised (letters by ``ArabicNormalizer``, runs of three or more of one
/// Arabic letter shortened to one, then dialect words by ``ArabicDialectLexicon``), digits become `0`,
/// apostrophes are dropped and every other non-letter separates words. Character n-grams run inside each word padded with spaces.
struct TriageFeatureExtractor: Sendable {
    /// Lowest character n-gram order.
    let minOrder: Int
    /// Highest character n-gram order.
    let maxOrder: Int
    /// Feature extraction stops at the first word boundary after this many normalised scalars.
    var maximumScalars: Int = .max
    /// Times each word uni/bi-gram feature is emitted, weighting words against character n-grams. Default 1.
    var wordWeight: Int = 1
    /// Whether word skip-bigrams (each word with the word two places before it) are added. Default off.
    var skipBigrams = false
    /// Features also written to ``Scratch/memberFeatures`` for the embedding member, one bit per kind:
    /// bit 0 word unigrams, bit 1 word bigrams (with the end-of-text bigram), bit n (2–7) character
    /// n-grams of order n inside `minOrder...maxOrder`; each emitted once, whatever `wordWeight` is.
    /// Default 0: no separate member features.
    var memberMask: UInt8 = 0

    /// Reusable per-call buffers.
    struct Scratch {
        /// Hashed features of the last text.
        var features: [UInt32] = []
        /// Normalised scalars, words separated by single spaces, with a leading and trailing space.
        var stream: [UInt32] = []
        /// Hashed features of the last text selected by ``TriageFeatureExtractor/memberMask`` (empty when it is 0).
        var memberFeatures: [UInt32] = []
        /// The classifier's buffers, kept here so a reused scratch also reuses them: distinct buckets,
        /// repeated buckets and their extra term weights (TF-IDF), the repeated buckets' class sums,
        /// integer class sums and logits.
        var distinct: [UInt32] = []
        var repeated: [UInt32] = []
        var extra: [Float] = []
        var extraTotals: [Double] = []
        var sums: [Int32] = []
        var logits: [Double] = []

        /// Creates empty buffers (each extraction sizes its arrays for the text it reads).
        init() {}
    }

    /// Tag of word unigrams.
    private static let unigramTag: UInt32 = 11
    /// Tag of word bigrams.
    private static let bigramTag: UInt32 = 12
    /// Tag of word skip-bigrams.
    private static let skipBigramTag: UInt32 = 13
    /// Tag base of character n-grams (tag = base + order).
    private static let charTagBase: UInt32 = 20
    /// Pseudo-word marking the start and end of the text in bigrams.
    private static let boundaryHash: UInt32 = 0x5B0B_5EED

    /// Normalises `text` into the scratch stream, stopping at the first word boundary after
    /// `maximumScalars` scalars (or at twice that inside one very long word).
    static func normalize(_ text: String, into stream: inout [UInt32], maximumScalars: Int = .max) {
        let hardLimit = maximumScalars > Int.max / 2 ? Int.max : 2 * maximumScalars
        var arabic = false
        var text = text
        // One stream entry per UTF-8 byte at most, plus the leading and trailing spaces: written
        // through a pointer, `last` is `output[written - 1]`.
        stream = text.withUTF8 { bytes in
            let count = bytes.count
            return [UInt32](unsafeUninitializedCapacity: count + 2) { buffer, initialized in
                let output = buffer.baseAddress!
                output[0] = 0x20
                var written = 1
                var run = 0  // length of the current run of one repeated Arabic letter
                var position = 0
                while position < count, let base = bytes.baseAddress {
                    let byte = base[position]
                    let folded: UInt32
                    if byte < 0x80 {
                        // ASCII: its own fold, never Arabic; letters, digits, the apostrophe, else a separator.
                        position &+= 1
                        folded = UInt32(byte)
                        if (folded | 0x20) &- 0x61 < 26 {
                            output[written] = folded | 0x20
                            written &+= 1
                            if written >= hardLimit { break }
                            continue
                        }
                    } else {
                        let (value, length) = LanguageIDFeatureExtractor.decode(base, position, count)
                        position &+= length
                        guard let value = ArabicNormalizer.fold(value) else { continue }
                        folded = value
                        if folded >= 0x600 && folded <= 0x6FF {
                            arabic = true
                            // Elongation (ليييش, شكراااا): a run of three or more of one Arabic letter becomes one.
                            run = output[written &- 1] == folded ? run + 1 : 1
                            if run >= 3 {
                                if run == 3 { written &-= 1 }
                                continue
                            }
                        }
                    }
                    if folded == 0x27 || folded == 0x2019 { continue }  // apostrophes join contractions
                    if TextScalars.isWordScalar(folded) {
                        output[written] = TextScalars.lowercase(folded)
                        written &+= 1
                    } else if TextScalars.isDigit(folded) {
                        output[written] = 0x30
                        written &+= 1
                    } else if output[written &- 1] != 0x20 {
                        if written > maximumScalars { break }
                        output[written] = 0x20
                        written &+= 1
                    }
                    if written >= hardLimit { break }
                }
                if output[written &- 1] != 0x20 {
                    output[written] = 0x20
                    written &+= 1
                }
                initialized = written
            }
        }
        if arabic { ArabicDialectLexicon.rewrite(&stream) }
    }

    /// Calls `body` with the unigram hash of each normalised word of `text`, in order.
    ///
    /// The hashes are the word-unigram features ``extract(_:into:)`` produces (tag included), so a
    /// vocabulary of them describes exactly the words the model saw in training. Like ``extract(_:into:)``,
    /// it reads only the first `maximumScalars` scalars: the words the classifier sees.
    func forEachWordHash(_ text: String, stream: inout [UInt32], _ body: (UInt32) -> Void) {
        Self.normalize(text, into: &stream, maximumScalars: maximumScalars)
        Self.forEachWordHash(normalized: stream, body)
    }

    /// Calls `body` with the unigram hash of each word of a stream made by ``normalize(_:into:maximumScalars:)``.
    static func forEachWordHash(normalized stream: [UInt32], _ body: (UInt32) -> Void) {
        let count = stream.count
        guard count > 1 else { return }
        var wordStart = 1
        stream.withUnsafeBufferPointer { buffer in
            for index in 1..<count where buffer[index] == 0x20 {
                if index > wordStart {
                    var state = FeatureHash.basis
                    for position in wordStart..<index { state = FeatureHash.step(state, buffer[position]) }
                    body(FeatureHash.finish(state, tag: Self.unigramTag))
                }
                wordStart = index + 1
            }
        }
    }

    /// Extracts features of `text` into `scratch`.
    ///
    /// The features are written through pointers into arrays sized for the worst case (no per-feature
    /// capacity or uniqueness checks), in the order of the stream, word by word.
    func extract(_ text: String, into scratch: inout Scratch) {
        Self.normalize(text, into: &scratch.stream, maximumScalars: maximumScalars)
        let stream = scratch.stream
        let count = stream.count
        guard count > 1 else {
            scratch.features.removeAll(keepingCapacity: true)
            scratch.memberFeatures.removeAll(keepingCapacity: true)
            return
        }
        // Words are single-space separated, so the padded words " w " hold at most 2 × count scalars
        // (each starting at most `orders` n-grams) and there are fewer than count words.
        let orders = max(0, maxOrder - minOrder + 1)
        let featureBound = count * (2 * orders + wordWeight * (skipBigrams ? 3 : 2)) + wordWeight + 1
        let memberBound = memberMask == 0 ? 0 : count * (2 * orders + 2) + 1
        var features: [UInt32] = []
        scratch.memberFeatures = [UInt32](unsafeUninitializedCapacity: memberBound) { member, memberCount in
            features = [UInt32](unsafeUninitializedCapacity: featureBound) { output, featureCount in
                stream.withUnsafeBufferPointer { buffer in
                    (featureCount, memberCount) = write(buffer, into: output.baseAddress!, member: member.baseAddress)
                }
            }
        }
        scratch.features = features
    }

    /// Writes the features of a normalised stream (more than one scalar) to `output` and, when
    /// ``memberMask`` is set, the member's to `member`; returns how many of each were written.
    @inline(__always)
    private func write(
        _ buffer: UnsafeBufferPointer<UInt32>, into output: UnsafeMutablePointer<UInt32>, member: UnsafeMutablePointer<UInt32>?
    ) -> (Int, Int) {
        let memberMask = UInt32(memberMask)
        let wordWeight = wordWeight, skipBigrams = skipBigrams, minOrder = minOrder, maxOrder = maxOrder
        let count = buffer.count
        var written = 0
        var memberWritten = 0
        @inline(__always) func emit(_ feature: UInt32) {
            output[written] = feature
            written &+= 1
        }
        @inline(__always) func emitMember(_ feature: UInt32) {
            member![memberWritten] = feature
            memberWritten &+= 1
        }
        var previousWord = Self.boundaryHash
        var wordBeforePrevious = Self.boundaryHash
        var wordStart = 1
        for index in 1..<count where buffer[index] == 0x20 {
            let length = index - wordStart
            if length > 0 {
                var state = FeatureHash.basis
                for position in wordStart..<index { state = FeatureHash.step(state, buffer[position]) }
                let word = FeatureHash.finish(state, tag: Self.unigramTag)
                let bigram = FeatureHash.finish(FeatureHash.step(previousWord, word), tag: Self.bigramTag)
                for _ in 0..<wordWeight {
                    emit(word)
                    emit(bigram)
                }
                if skipBigrams {
                    let skip = FeatureHash.finish(FeatureHash.step(wordBeforePrevious, word), tag: Self.skipBigramTag)
                    for _ in 0..<wordWeight { emit(skip) }
                }
                if memberMask & 1 != 0 { emitMember(word) }
                if memberMask & 2 != 0 { emitMember(bigram) }
                wordBeforePrevious = previousWord
                previousWord = word
                // Character n-grams over " word " (the spaces at wordStart-1 and index).
                let lower = wordStart - 1
                for start in lower...index {
                    var gram = FeatureHash.basis
                    for order in 1...maxOrder {
                        let end = start + order
                        if end > index + 1 { break }
                        gram = FeatureHash.step(gram, buffer[end - 1])
                        if order >= minOrder {
                            let feature = FeatureHash.finish(gram, tag: Self.charTagBase + UInt32(order))
                            emit(feature)
                            if memberMask >> UInt32(order) & 1 != 0 { emitMember(feature) }
                        }
                    }
                }
            }
            wordStart = index + 1
        }
        let last = FeatureHash.finish(FeatureHash.step(previousWord, Self.boundaryHash), tag: Self.bigramTag)
        for _ in 0..<wordWeight { emit(last) }
        if memberMask & 2 != 0 { emitMember(last) }
        return (written, memberWritten)
    }

    /// The embedding member's features of the last ``extract(_:into:)``: ``Scratch/memberFeatures``
    /// when ``memberMask`` selects some, else the linear model's features.
    @inline(__always)
    func memberFeatures(_ scratch: Scratch) -> [UInt32] {
        memberMask == 0 ? scratch.features : scratch.memberFeatures
    }
}
