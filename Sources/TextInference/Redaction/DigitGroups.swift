/// A run of digit groups joined by single separators, e.g. `4111 1111 1111 1111`.
///
/// Shared by the card, SSN and phone recognizers. Reading stops at the first character
/// that is neither a digit nor a permitted separator between two digits, or when the
/// digit cap is reached, so one read is bounded by its cap.
struct DigitGroups {
    /// Start offset of each group.
    var starts: [Int] = []
    /// End offset (exclusive) of each group.
    var ends: [Int] = []
    /// Digit values of each group.
    var values: [[UInt8]] = []
    /// The separator scalar that preceded each group after the first (0 for the first).
    var separators: [UInt32] = []

    /// Number of groups read.
    var count: Int { starts.count }

    /// Reads groups from `i` (which must be a digit), joined by one consistent separator.
    static func read(_ v: [UInt32], from i: Int, separators allowed: [UInt32], maxDigits: Int) -> DigitGroups {
        var groups = DigitGroups()
        var j = i
        var total = 0
        let n = v.count
        var separator: UInt32 = 0
        var pending: UInt32 = 0
        while j < n, ScalarClass.isDigit(v[j]) {
            let start = j
            var digits: [UInt8] = []
            while j < n, ScalarClass.isDigit(v[j]), total <= maxDigits {
                digits.append(UInt8(v[j] - 48))
                j += 1
                total += 1
            }
            groups.starts.append(start)
            groups.ends.append(j)
            groups.values.append(digits)
            groups.separators.append(pending)
            if total > maxDigits { break }
            guard j + 1 < n, allowed.contains(v[j]), ScalarClass.isDigit(v[j + 1]) else { break }
            if separator == 0 { separator = v[j] } else if separator != v[j] { break }
            pending = v[j]
            j += 1
        }
        return groups
    }

    /// The number of digits ``read(_:from:separators:maxDigits:)`` would collect from `i`, and
    /// the end of its first group, without allocating.
    static func digitCount(_ v: [UInt32], from i: Int, separators allowed: [UInt32], maxDigits: Int) -> (total: Int, firstEnd: Int) {
        var j = i
        var total = 0
        var firstEnd = -1
        let n = v.count
        var separator: UInt32 = 0
        while j < n, ScalarClass.isDigit(v[j]) {
            while j < n, ScalarClass.isDigit(v[j]), total <= maxDigits {
                j += 1
                total += 1
            }
            if firstEnd < 0 { firstEnd = j }
            if total > maxDigits { break }
            guard j + 1 < n, allowed.contains(v[j]), ScalarClass.isDigit(v[j + 1]) else { break }
            if separator == 0 { separator = v[j] } else if separator != v[j] { break }
            j += 1
        }
        return (total, firstEnd < 0 ? i + 1 : firstEnd)
    }

    /// All digits of groups `0...index`.
    func digits(throughGroup index: Int) -> [UInt8] {
        var result: [UInt8] = []
        for k in 0...index { result += values[k] }
        return result
    }

    /// Card grouping: one compact group, or 2+ groups of 3–7 digits with a first group of 4–6; a 13-digit
    /// number printed in fours ends in a group of one ("4159 8055 3011 0", Visa's 13-digit length).
    func hasCardShape(_ taken: Int) -> Bool {
        if taken == 1 { return true }
        guard (4...6).contains(values[0].count) else { return false }
        if taken == 4, values[3].count == 1, (0..<3).allSatisfy({ values[$0].count == 4 }) { return true }
        for k in 1..<taken where !(2...7).contains(values[k].count) { return false }
        return true
    }

    /// Whether the text after group `index` does not continue the number.
    ///
    /// A following letter or digit always fails; a following separator + digit fails unless
    /// it is a space and `allowSpaceTail` is set (a second number after a space).
    func isRightBoundaryValid(_ v: [UInt32], afterGroup index: Int, allowSpaceTail: Bool) -> Bool {
        let end = ends[index]
        guard end < v.count else { return true }
        let c = v[end]
        if ScalarClass.isWordChar(c) { return false }
        if (c == 45 || c == 46 || c == 47 || c == 44 || c == 58), end + 1 < v.count, ScalarClass.isDigit(v[end + 1]) {
            return false
        }
        if c == 32, !allowSpaceTail, end + 1 < v.count, ScalarClass.isDigit(v[end + 1]) { return false }
        return true
    }
}
