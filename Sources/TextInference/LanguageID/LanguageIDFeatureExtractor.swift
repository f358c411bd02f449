/// Turns text into hashed character n-gram and word features plus per-script letter counts.
///
/// Tokens that look like URLs, e-mail addresses, paths, code or identifiers mixing letters and
/// digits are skipped. Letters are lowercased into a single-space-separated scalar stream;
/// character n-grams of orders `1...maxOrder` run over the stream, word features over its words.
struct LanguageIDFeatureExtractor: Sendable {
    /// Highest character n-gram order.
    let maxOrder: Int
    /// Longest word (in scalars) that gets a whole-word feature.
    let maxWordLength: Int

    /// Reusable per-call buffers.
    struct Scratch {
        /// Hashed features of the last text.
        var features: [UInt32] = []
        /// Lowercased letter stream with single spaces between words.
        var stream: [UInt32] = []
        /// Raw scalars of the token being read.
        var token: [UInt32] = []
        /// Letters per `WritingScript`.
        var scripts = [Int](repeating: 0, count: WritingScript.allCases.count)

        /// Creates empty buffers with room for about 1 KB of text.
        init() {
            features.reserveCapacity(4096)
            stream.reserveCapacity(1024)
            token.reserveCapacity(64)
        }
    }

    /// Feature-family tags mixed into the hashes.
    static let wordTag: UInt32 = 97

    /// Extracts features of `text` into `scratch` (previous contents are discarded).
    func extract(_ text: String, into scratch: inout Scratch) {
        scratch.features.removeAll(keepingCapacity: true)
        scratch.stream.removeAll(keepingCapacity: true)
        scratch.token.removeAll(keepingCapacity: true)
        for index in scratch.scripts.indices { scratch.scripts[index] = 0 }
        scratch.stream.append(0x20)
        for scalar in text.unicodeScalars {
            if TextScalars.isSpace(scalar.value) {
                flushToken(&scratch)
            } else {
                scratch.token.append(scalar.value)
            }
        }
        flushToken(&scratch)
        if scratch.stream.count == 1 { return }
        emitFeatures(&scratch)
    }

    /// Appends the current token's letters to the stream unless it looks like a URL or code.
    private func flushToken(_ scratch: inout Scratch) {
        defer { scratch.token.removeAll(keepingCapacity: true) }
        guard !scratch.token.isEmpty, !Self.isMachineToken(scratch.token) else { return }
        var lastScript: WritingScript?
        for value in scratch.token {
            if TextScalars.isWordScalar(value) {
                let script = WritingScript.of(value) ?? lastScript
                if let script {
                    scratch.scripts[script.rawValue] += 1
                    lastScript = script
                }
                scratch.stream.append(TextScalars.lowercase(value))
            } else if scratch.stream.last != 0x20 {
                scratch.stream.append(0x20)
            }
        }
        if scratch.stream.last != 0x20 { scratch.stream.append(0x20) }
    }

    /// Whether a whitespace-delimited token is machine text (URL, e-mail, path, code, ASCII identifier).
    static func isMachineToken(_ token: [UInt32]) -> Bool {
        var letters = 0
        var digits = 0
        var previousLower = false
        for (index, value) in token.enumerated() {
            switch value {
            case 0x2F, 0x5C, 0x5F, 0x3D, 0x7B, 0x7D, 0x3C, 0x3E, 0x23, 0x24, 0x25, 0x26, 0x2A, 0x7C, 0x7E, 0x5E, 0x60, 0x40:
                return true  // / \ _ = { } < > # $ % & * | ~ ^ ` @
            case 0x2E, 0x3A:  // '.' or ':' between ASCII letters: domains, file names, schemes
                if index > 0, index + 1 < token.count, isASCIILetter(token[index - 1]), isASCIILetter(token[index + 1]) {
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
        }
        return letters > 0 && digits > 0
    }

    /// Whether a scalar is an ASCII letter.
    @inline(__always)
    private static func isASCIILetter(_ value: UInt32) -> Bool {
        (value >= 0x41 && value <= 0x5A) || (value >= 0x61 && value <= 0x7A)
    }

    /// Hashes the character n-grams and words of the stream.
    private func emitFeatures(_ scratch: inout Scratch) {
        let stream = scratch.stream
        let count = stream.count
        stream.withUnsafeBufferPointer { buffer in
            for start in 0..<count {
                var state = FeatureHash.basis
                for order in 1...maxOrder {
                    let end = start + order
                    if end > count { break }
                    state = FeatureHash.step(state, buffer[end - 1])
                    if order == 1 && buffer[start] == 0x20 { continue }
                    if order > 1 && buffer[end - 1] == 0x20 && buffer[start] == 0x20 { break }
                    scratch.features.append(FeatureHash.finish(state, tag: UInt32(order)))
                }
            }
            var wordStart = 1
            for index in 1..<count where buffer[index] == 0x20 {
                let length = index - wordStart
                if length > 0 && length <= maxWordLength {
                    var state = FeatureHash.basis
                    for position in wordStart..<index { state = FeatureHash.step(state, buffer[position]) }
                    scratch.features.append(FeatureHash.finish(state, tag: Self.wordTag))
                }
                wordStart = index + 1
            }
        }
    }

    /// Hashes one lowercase word the way `emitFeatures` does, for cue word lists.
    static func wordHash(_ word: String) -> UInt32 {
        var state = FeatureHash.basis
        for scalar in word.unicodeScalars { state = FeatureHash.step(state, TextScalars.lowercase(scalar.value)) }
        return FeatureHash.finish(state, tag: wordTag)
    }
}
