/// A text decoded once into Unicode scalars, the unit every recognizer scans.
///
/// Index `i` is also the entity offset reported to callers, so no offset conversion is
/// needed after scanning. `folded` holds case- and space-folded values for cue matching.
struct ScannedText {
    /// The original scalars, used to rebuild the redacted text.
    let scalars: [Unicode.Scalar]
    /// Raw scalar values, for class tests.
    let values: [UInt32]
    /// Values folded by ``ScalarClass/fold(_:)``.
    let folded: [UInt32]

    /// Decodes `text` into its scalar arrays.
    init(_ text: String) {
        var scalars: [Unicode.Scalar] = []
        var values: [UInt32] = []
        var folded: [UInt32] = []
        let estimate = text.utf8.count
        scalars.reserveCapacity(estimate)
        values.reserveCapacity(estimate)
        folded.reserveCapacity(estimate)
        for scalar in text.unicodeScalars {
            scalars.append(scalar)
            values.append(scalar.value)
            folded.append(ScalarClass.fold(scalar.value))
        }
        self.scalars = scalars
        self.values = values
        self.folded = folded
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
