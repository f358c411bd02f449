/// Turns text into hashed character n-gram and word features plus per-script letter counts.
///
/// Tokens that look like URLs, e-mail addresses, paths, code or identifiers mixing letters and
/// digits are skipped. Letters are lowercased into a single-space-separated scalar stream;
/// character n-grams of orders `1...maxOrder` run over the stream, word features over its words.
///
/// One pass over the UTF-8 bytes: no `String`/`Character` values, no per-token arrays, no
/// allocation once the scratch buffers have grown. Each n-gram is hashed as soon as its last
/// scalar is written (running FNV states for the last 1…5 scalars), so the stream itself is kept
/// only for the unsupported-neighbour cues.
struct LanguageIDFeatureExtractor: Sendable {
    /// Highest character n-gram order (1...5).
    let maxOrder: Int
    /// Longest word (in scalars) that gets a whole-word feature.
    let maxWordLength: Int
    /// Letter-stream scalars analysed at most; the rest of a long text is ignored (`Int.max`: all).
    let maxStreamScalars: Int
    /// Whether adjacent word pairs (both at most `maxWordLength`) also get a feature.
    let wordBigrams: Bool

    /// Creates an extractor.
    init(maxOrder: Int, maxWordLength: Int, maxStreamScalars: Int = Int.max, wordBigrams: Bool = false) {
        self.maxOrder = min(max(maxOrder, 1), 5)
        self.maxWordLength = maxWordLength
        self.maxStreamScalars = max(maxStreamScalars, 16)
        self.wordBigrams = wordBigrams
    }

    /// Reusable per-call buffers.
    struct Scratch {
        /// Storage for the hashed features of the last text; the first `featureCount` are valid.
        var featureStorage: [UInt32] = []
        /// Number of valid entries in `featureStorage`.
        var featureCount = 0
        /// Storage for the lowercased letter stream (single spaces between words); `streamCount` valid.
        var streamStorage: [UInt32] = []
        /// Number of valid entries in `streamStorage`.
        var streamCount = 0
        /// Inverted question and exclamation marks (¿ ¡) in the last text, which only Spanish writes.
        var invertedMarks = 0
        /// Letters per `WritingScript`.
        var scripts = [Int](repeating: 0, count: 10)
        /// Integer class sums (inference scratch).
        var sums: [Int32] = []
        /// Logits / probabilities (inference scratch).
        var logits: [Double] = []

        /// Creates empty buffers.
        init() {}

        /// The hashed features of the last text (a copy).
        var features: [UInt32] { Array(featureStorage[0..<featureCount]) }
        /// The letter stream of the last text (a copy).
        var stream: [UInt32] { Array(streamStorage[0..<streamCount]) }
    }

    /// Feature-family tags mixed into the hashes.
    static let wordTag: UInt32 = 97
    /// Tag of word-bigram features.
    static let wordBigramTag: UInt32 = 98

    /// Extracts features of `text` into `scratch` (previous contents are discarded).
    func extract(_ text: String, into scratch: inout Scratch) {
        var text = text
        text.withUTF8 { bytes in extract(utf8: bytes, into: &scratch) }
    }

    /// Extracts features of UTF-8 `bytes` into `scratch` (previous contents are discarded).
    ///
    /// N-grams are emitted when their last scalar is written: `h1…h5` hold the FNV states of the
    /// last 1…5 stream scalars, and `spaces` has bit i set when the scalar i positions back is a
    /// space. The n-gram of order k ending here starts with a space iff bit k−1 is set; such an
    /// n-gram counts only when it has no further space (a word start, never a whole word).
    func extract(utf8 bytes: UnsafeBufferPointer<UInt8>, into scratch: inout Scratch) {
        scratch.featureCount = 0
        scratch.streamCount = 0
        scratch.invertedMarks = 0
        for index in scratch.scripts.indices { scratch.scripts[index] = 0 }
        let count = bytes.count
        guard count > 0, let base = bytes.baseAddress else { return }
        let limit = maxStreamScalars
        // The stream has at most one space per scalar plus one, and is cut near `limit`.
        let streamBound = 2 * count + 2 <= limit ? 2 * count + 2 : limit + 2
        let featureBound = streamBound * (maxOrder + 1) + 1
        // Grown without zero-filling: entries are written before they are read.
        if scratch.streamStorage.count < streamBound {
            scratch.streamStorage = [UInt32](unsafeUninitializedCapacity: streamBound) { _, initialized in initialized = streamBound }
        }
        if scratch.featureStorage.count < featureBound {
            scratch.featureStorage = [UInt32](unsafeUninitializedCapacity: featureBound) { _, initialized in initialized = featureBound }
        }
        let bits = WordScalarTable.shared
        let maxOrder = self.maxOrder, maxWordLength = self.maxWordLength, wordBigrams = self.wordBigrams
        var streamLength = 0
        var featureCount = 0
        var invertedMarks = 0
        scratch.featureStorage.withUnsafeMutableBufferPointer { featureBuffer in
            scratch.streamStorage.withUnsafeMutableBufferPointer { streamBuffer in
                scratch.scripts.withUnsafeMutableBufferPointer { scripts in
                    let features = featureBuffer.baseAddress!, stream = streamBuffer.baseAddress!
                    var state = Emitter(
                        features: features, stream: stream, maxOrder: maxOrder, maxWordLength: maxWordLength,
                        wordBigrams: wordBigrams)
                    state.append(0x20)
                    var position = 0
                    while position < count {
                        let (value, length) = Self.decode(base, position, count)
                        if TextScalars.isSpace(value) {
                            position &+= length
                            continue
                        }
                        // A token runs to the next white space. Unspaced CJK or Hangul text is one token
                        // that may hold "50%", "COVID-19" or a URL: it is never dropped as machine text,
                        // its ASCII letters and digits are skipped instead.
                        let start = position
                        var end = position &+ length
                        var wide = Self.isWideScript(value)
                        while end < count {
                            let byte = base[end]
                            if byte > 0x20 && byte < 0x80 {
                                end &+= 1
                                continue
                            }
                            let (next, nextLength) = Self.decode(base, end, count)
                            if TextScalars.isSpace(next) { break }
                            if Self.isWideScript(next) { wide = true }
                            end &+= nextLength
                        }
                        position = end
                        if !wide && Self.isMachineToken(base, start, end) { continue }
                        var lastScript = -1
                        // Whether the previous scalar of the token was a Cyrillic letter (not across punctuation).
                        var previousCyrillic = false
                        var cursor = start
                        while cursor < end {
                            var (scalar, scalarLength) = Self.decode(base, cursor, end)
                            cursor &+= scalarLength
                            // A Latin look-alike typed inside a Cyrillic word ("колiна", "мaшина") reads as the
                            // Cyrillic letter: mixed keyboards write Ukrainian і as Latin i, which Russian never has.
                            if scalar < 0x80, let cyrillic = Self.cyrillicLookAlike(scalar),
                               previousCyrillic || (cursor < end && base[cursor] >= 0xD0 && base[cursor] <= 0xD3) {
                                scalar = cyrillic
                            }
                            if bits.isWordScalar(scalar) && !(wide && scalar < 0x80) {
                                if let script = WritingScript.of(scalar) {
                                    lastScript = script.rawValue
                                }
                                if lastScript >= 0 { scripts[lastScript] &+= 1 }
                                previousCyrillic = lastScript == WritingScript.cyrillic.rawValue
                                state.append(TextScalars.lowercase(scalar))
                                if state.streamLength >= limit { break }
                            } else {
                                previousCyrillic = false
                                if scalar == 0xBF || scalar == 0xA1 { invertedMarks &+= 1 }
                                if state.last != 0x20 { state.append(0x20) }
                            }
                        }
                        if state.last != 0x20 { state.append(0x20) }
                        if state.streamLength >= limit { break }
                    }
                    streamLength = state.streamLength
                    featureCount = state.featureCount
                }
            }
        }
        scratch.invertedMarks = invertedMarks
        if streamLength <= 1 { return }
        scratch.streamCount = streamLength
        scratch.featureCount = featureCount
    }

    /// Running hashes over the letter stream as it is written (see ``extract(utf8:into:)``).
    private struct Emitter {
        let features: UnsafeMutablePointer<UInt32>
        let stream: UnsafeMutablePointer<UInt32>
        let maxOrder: Int
        let maxWordLength: Int
        let wordBigrams: Bool
        var streamLength = 0
        var featureCount = 0
        var last: UInt32 = 0
        var spaces: UInt32 = 0
        var h1 = FeatureHash.basis, h2 = FeatureHash.basis, h3 = FeatureHash.basis
        var h4 = FeatureHash.basis, h5 = FeatureHash.basis
        var wordState = FeatureHash.basis
        var wordLength = 0
        /// Running hash of the previous word, a space and the current word (valid when `hasPrevious`).
        var pairState = FeatureHash.basis
        var hasPrevious = false

        init(
            features: UnsafeMutablePointer<UInt32>, stream: UnsafeMutablePointer<UInt32>, maxOrder: Int, maxWordLength: Int,
            wordBigrams: Bool
        ) {
            self.features = features
            self.stream = stream
            self.maxOrder = maxOrder
            self.maxWordLength = maxWordLength
            self.wordBigrams = wordBigrams
        }

        @inline(__always)
        mutating func emit(_ hash: UInt32) {
            features[featureCount] = hash
            featureCount &+= 1
        }

        @inline(__always)
        mutating func append(_ value: UInt32) {
            stream[streamLength] = value
            streamLength &+= 1
            last = value
            let isSpace: UInt32 = value == 0x20 ? 1 : 0
            spaces = (spaces &<< 1) | isSpace
            h5 = FeatureHash.step(h4, value)
            h4 = FeatureHash.step(h3, value)
            h3 = FeatureHash.step(h2, value)
            h2 = FeatureHash.step(h1, value)
            h1 = FeatureHash.step(FeatureHash.basis, value)
            if isSpace == 1 {
                if wordLength > 0 && wordLength <= maxWordLength {
                    emit(FeatureHash.finish(wordState, tag: LanguageIDFeatureExtractor.wordTag))
                    if wordBigrams {
                        if hasPrevious { emit(FeatureHash.finish(pairState, tag: LanguageIDFeatureExtractor.wordBigramTag)) }
                        pairState = FeatureHash.step(wordState, 0x20)
                        hasPrevious = true
                    }
                } else if wordLength > 0 {
                    hasPrevious = false
                }
                wordState = FeatureHash.basis
                wordLength = 0
            } else {
                wordState = FeatureHash.step(wordState, value)
                if wordBigrams { pairState = FeatureHash.step(pairState, value) }
                wordLength &+= 1
                emit(FeatureHash.finish(h1, tag: 1))
            }
            // Order k ending here: emitted unless it starts with a space and has another space inside.
            let top = min(maxOrder, streamLength)
            if top >= 2, spaces & 2 == 0 || spaces & 1 == 0 { emit(FeatureHash.finish(h2, tag: 2)) }
            if top >= 3, spaces & 4 == 0 || spaces & 3 == 0 { emit(FeatureHash.finish(h3, tag: 3)) }
            if top >= 4, spaces & 8 == 0 || spaces & 7 == 0 { emit(FeatureHash.finish(h4, tag: 4)) }
            if top >= 5, spaces & 16 == 0 || spaces & 15 == 0 { emit(FeatureHash.finish(h5, tag: 5)) }
        }
    }

    /// The Cyrillic letter a Latin letter stands in for when typed inside a Cyrillic word (i → і, a → а, c → с,
    /// e → е, o → о, p → р, x → х, y → у, and their capitals), or nil.
    @inline(__always)
    static func cyrillicLookAlike(_ scalar: UInt32) -> UInt32? {
        switch scalar {
        case 0x69: return 0x456
        case 0x49: return 0x406
        case 0x61: return 0x430
        case 0x63: return 0x441
        case 0x65: return 0x435
        case 0x6F: return 0x43E
        case 0x70: return 0x440
        case 0x78: return 0x445
        case 0x79: return 0x443
        case 0x41: return 0x410
        case 0x43: return 0x421
        case 0x45: return 0x415
        case 0x4F: return 0x41E
        case 0x50: return 0x420
        case 0x58: return 0x425
        default: return nil
        }
    }

    /// Decodes the UTF-8 scalar at `position` (before `end`); malformed bytes decode as U+FFFD, length 1.
    @inline(__always)
    static func decode(_ base: UnsafePointer<UInt8>, _ position: Int, _ end: Int) -> (UInt32, Int) {
        let lead = UInt32(base[position])
        if lead < 0x80 { return (lead, 1) }
        if lead >= 0xC2 && lead < 0xE0 && position + 1 < end {
            let b1 = UInt32(base[position + 1])
            if b1 & 0xC0 == 0x80 { return (((lead & 0x1F) << 6) | (b1 & 0x3F), 2) }
        } else if lead >= 0xE0 && lead < 0xF0 && position + 2 < end {
            let b1 = UInt32(base[position + 1]), b2 = UInt32(base[position + 2])
            if b1 & 0xC0 == 0x80 && b2 & 0xC0 == 0x80 {
                let value = ((lead & 0x0F) << 12) | ((b1 & 0x3F) << 6) | (b2 & 0x3F)
                if value >= 0x800 && (value < 0xD800 || value > 0xDFFF) { return (value, 3) }
            }
        } else if lead >= 0xF0 && lead < 0xF5 && position + 3 < end {
            let b1 = UInt32(base[position + 1]), b2 = UInt32(base[position + 2]), b3 = UInt32(base[position + 3])
            if b1 & 0xC0 == 0x80 && b2 & 0xC0 == 0x80 && b3 & 0xC0 == 0x80 {
                let value = ((lead & 0x07) << 18) | ((b1 & 0x3F) << 12) | ((b2 & 0x3F) << 6) | (b3 & 0x3F)
                if value >= 0x10000 && value <= 0x10FFFF { return (value, 4) }
            }
        }
        return (0xFFFD, 1)
    }

    /// Whether a whitespace-delimited token is machine text (URL, e-mail, path, code, ASCII identifier).
    ///
    /// Reads UTF-8 bytes; only ASCII bytes matter, so this equals the scalar-level rule.
    static func isMachineToken(_ base: UnsafePointer<UInt8>, _ start: Int, _ end: Int) -> Bool {
        var letters = 0
        var digits = 0
        var previousLower = false
        var index = start
        while index < end {
            let value = base[index]
            switch value {
            case 0x2F, 0x5C, 0x5F, 0x3D, 0x7B, 0x7D, 0x3C, 0x3E, 0x23, 0x24, 0x25, 0x26, 0x2A, 0x7C, 0x7E, 0x5E, 0x60, 0x40:
                return true  // / \ _ = { } < > # $ % & * | ~ ^ ` @
            case 0x2E, 0x3A:  // '.' or ':' between ASCII letters: domains, file names, schemes
                if index > start, index + 1 < end, isASCIILetter(base[index - 1]), isASCIILetter(base[index + 1]) {
                    return true
                }
            default:
                break
            }
            // Only ASCII letters and digits count: CJK sentences are single tokens that may hold digits.
            if value >= 0x30 && value <= 0x39 {
                digits += 1
            } else if (value >= 0x41 && value <= 0x5A) || (value >= 0x61 && value <= 0x7A) {
                letters += 1
                if value <= 0x5A, previousLower { return true }  // camelCase
                previousLower = value >= 0x61
            } else {
                previousLower = false
            }
            index += 1
        }
        return letters > 0 && digits > 0
    }

    /// Whether a scalar token is machine text (test helper; same rule as the byte scanner).
    static func isMachineToken(_ token: [UInt32]) -> Bool {
        var text = ""
        for value in token { if let scalar = Unicode.Scalar(value) { text.unicodeScalars.append(scalar) } }
        return text.withUTF8 { bytes in
            guard let base = bytes.baseAddress else { return false }
            return isMachineToken(base, 0, bytes.count)
        }
    }

    /// Whether a byte is an ASCII letter.
    @inline(__always)
    private static func isASCIILetter(_ value: UInt8) -> Bool {
        (value >= 0x41 && value <= 0x5A) || (value >= 0x61 && value <= 0x7A)
    }

    /// Whether a scalar is CJK, kana or Hangul: tokens holding one are never machine text.
    ///
    /// Emoji, variation selectors, the byte-order mark and U+FFFD lie above U+2E80 too but are not
    /// wide script: "Danke👍" must still be read as letters.
    @inline(__always)
    static func isWideScript(_ value: UInt32) -> Bool {
        switch value {
        case 0x2E80...0x9FFF, 0xAC00...0xD7AF, 0xF900...0xFAFF, 0xFF66...0xFFDC, 0x20000...0x3FFFF: return true
        default: return false
        }
    }

    /// Hashes one lowercase word the way the extractor does, for cue word lists.
    static func wordHash(_ word: String) -> UInt32 {
        var state = FeatureHash.basis
        for scalar in word.unicodeScalars { state = FeatureHash.step(state, TextScalars.lowercase(scalar.value)) }
        return FeatureHash.finish(state, tag: wordTag)
    }
}

/// `TextScalars.isWordScalar` precomputed for the Basic Multilingual Plane (8 KB bitmap).
final class WordScalarTable: Sendable {
    /// The process-wide table.
    static let shared = WordScalarTable()

    /// One bit per BMP scalar.
    private let bits: [UInt64]

    private init() {
        var bits = [UInt64](repeating: 0, count: 0x10000 / 64)
        for value in 0..<UInt32(0x10000) where TextScalars.isWordScalar(value) {
            bits[Int(value >> 6)] |= 1 << UInt64(value & 63)
        }
        self.bits = bits
    }

    /// Same answer as `TextScalars.isWordScalar`.
    @inline(__always)
    func isWordScalar(_ value: UInt32) -> Bool {
        if value < 0x10000 { return bits.withUnsafeBufferPointer { $0[Int(value >> 6)] >> UInt64(value & 63) & 1 == 1 } }
        return TextScalars.isWordScalar(value)
    }
}
