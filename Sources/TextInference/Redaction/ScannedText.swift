/// A text decoded once into Unicode scalar values, the unit every recognizer scans.
///
/// Index `i` is also the entity offset reported to callers, so no offset conversion is
/// needed after scanning. `folded` holds case- and space-folded values for cue matching.
struct ScannedText {
    /// Raw scalar values, for class tests and to rebuild the redacted text.
    let values: [UInt32]
    /// Values folded by ``ScalarClass/fold(_:)``.
    let folded: [UInt32]
    /// The rare ASCII triggers the text holds, for recognizers that can skip their scan.
    let triggers: TextTriggers

    /// Decodes `text` into its scalar arrays, both filled in one pass and sized once from the
    /// UTF-8 length; native strings are decoded straight from their UTF-8 bytes.
    init(_ text: String) {
        var text = text
        let capacity = text.utf8.count
        var count = 0
        var folded: [UInt32] = []
        var triggers = TextTriggers()
        let values = [UInt32](unsafeUninitializedCapacity: capacity) { values, initialized in
            folded = [UInt32](unsafeUninitializedCapacity: capacity) { foldedBuffer, foldedCount in
                text.withUTF8 { utf8 in
                    ScannedText.asciiFolds.withUnsafeBufferPointer { asciiFolds in
                        count = ScannedText.decode(utf8, into: values, folded: foldedBuffer, asciiFolds: asciiFolds)
                    }
                    triggers = TextTriggers(utf8)
                }
                foldedCount = count
            }
            initialized = count
        }
        self.values = values
        self.folded = folded
        self.triggers = triggers
    }

    /// ``ScalarClass/foldASCII(_:)`` of every ASCII value.
    private static let asciiFolds: [UInt32] = (0..<128).map { ScalarClass.foldASCII(UInt32($0)) }

    /// Decodes the (valid) UTF-8 `bytes` into scalar values and their folds; returns the scalar count.
    ///
    /// Eight bytes at a time while they are all ASCII (each byte is then one scalar, folded by
    /// `asciiFolds`, the table of ``ScalarClass/foldASCII(_:)``), one sequence at a time otherwise.
    private static func decode(_ bytes: UnsafeBufferPointer<UInt8>, into values: UnsafeMutableBufferPointer<UInt32>,
                               folded: UnsafeMutableBufferPointer<UInt32>,
                               asciiFolds: UnsafeBufferPointer<UInt32>) -> Int {
        var count = 0
        var i = 0
        let n = bytes.count
        guard let base = bytes.baseAddress else { return 0 }
        while i < n {
            if i + 8 <= n, UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self) & 0x8080_8080_8080_8080 == 0 {
                for k in 0..<8 {
                    let b = Int(base[i + k])
                    values[count + k] = UInt32(b)
                    folded[count + k] = asciiFolds[b]
                }
                count += 8
                i += 8
                continue
            }
            let b0 = UInt32(bytes[i])
            if b0 < 0x80 {
                values[count] = b0
                folded[count] = ScalarClass.foldASCII(b0)
                count += 1
                i += 1
                continue
            }
            let value: UInt32
            if b0 < 0xE0 {
                value = (b0 & 0x1F) << 6 | (UInt32(bytes[i + 1]) & 0x3F)
                i += 2
            } else if b0 < 0xF0 {
                value = (b0 & 0x0F) << 12 | (UInt32(bytes[i + 1]) & 0x3F) << 6 | (UInt32(bytes[i + 2]) & 0x3F)
                i += 3
            } else {
                value = (b0 & 0x07) << 18 | (UInt32(bytes[i + 1]) & 0x3F) << 12 | (UInt32(bytes[i + 2]) & 0x3F) << 6
                    | (UInt32(bytes[i + 3]) & 0x3F)
                i += 4
            }
            values[count] = value
            folded[count] = ScalarClass.fold(value)
            count += 1
        }
        return count
    }

    /// Number of scalars.
    var count: Int { values.count }

    /// The value at `i`, or 0 when `i` is out of range (a safe sentinel for look-arounds).
    @inline(__always) func at(_ i: Int) -> UInt32 {
        i >= 0 && i < values.count ? values[i] : 0
    }

    /// Whether a word may start at `i` (no word character directly before it).
    @inline(__always) func isWordStart(_ i: Int) -> Bool {
        i == 0 || !ScalarClass.isWordChar(values[i - 1])
    }

    /// Whether a word may end at `end` (no word character at `end`).
    @inline(__always) func isWordEnd(_ end: Int) -> Bool {
        end >= values.count || !ScalarClass.isWordChar(values[end])
    }

    /// Whether the folded text at `i` starts with the folded ASCII `prefix`.
    func hasFoldedPrefix(_ prefix: [UInt32], at i: Int) -> Bool {
        guard i >= 0, i + prefix.count <= values.count else { return false }
        for k in 0..<prefix.count where folded[i + k] != prefix[k] { return false }
        return true
    }

    /// Whether the raw text at `i` starts with exactly `prefix`.
    func hasPrefix(_ prefix: [UInt32], at i: Int) -> Bool {
        guard i >= 0, i + prefix.count <= values.count else { return false }
        for k in 0..<prefix.count where values[k + i] != prefix[k] { return false }
        return true
    }

    /// Index of the first non-space scalar at or after `i` (line breaks count as space).
    func skipSpaces(from i: Int, limit: Int = 8) -> Int {
        var j = i
        while j < values.count, j - i < limit, ScalarClass.isWhitespace(values[j]) { j += 1 }
        return j
    }

    /// Lengths of the run of scalars from `i` that satisfy `predicate`, capped at `cap`.
    func runLength(from i: Int, cap: Int = .max, _ predicate: (UInt32) -> Bool) -> Int {
        var j = i
        while j < values.count, j - i < cap, predicate(values[j]) { j += 1 }
        return j - i
    }
}

extension Array where Element == UInt32 {
    /// The folded scalar values of `string`, for case-insensitive prefix tables.
    init(scalarsOf string: String) {
        self = string.unicodeScalars.map { ScalarClass.fold($0.value) }
    }

    /// The unfolded scalar values of `string`, for case-sensitive prefixes.
    init(rawScalarsOf string: String) {
        self = string.unicodeScalars.map(\.value)
    }
}
