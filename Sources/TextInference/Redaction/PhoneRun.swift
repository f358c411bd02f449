/// The digit groups of one phone-like run and the separators between them.
struct PhoneRun {
    /// Start offset of each group.
    var starts: [Int] = []
    /// End offset (exclusive) of each group.
    var ends: [Int] = []
    /// Digit values of each group.
    var values: [[UInt8]] = []
    /// Whether each group was wrapped in parentheses.
    var parenthesized: [Bool] = []
    /// Whether the separator before each group contained a space (0 for the first group).
    var spaced: [Bool] = []
    /// Whether the run started with `+`.
    var hasPlus = false
    /// Offset of the `+` or `(` that opens the run, if any.
    var openerOffset: Int?

    /// Number of groups.
    var count: Int { starts.count }

    /// Reads a run from `i` (a digit, `+` or `(` followed by a digit).
    static func read(_ v: [UInt32], from i: Int, maxGroups: Int) -> PhoneRun {
        var run = PhoneRun()
        let n = v.count
        var j = i
        var openParen = false
        // "(+34) 91 …": a bracketed country code reads like "+34".
        var plusParen = false
        if v[j] == 40, j + 2 < n, v[j + 1] == 43, ScalarClass.isDigit(v[j + 2]) {
            run.hasPlus = true
            run.openerOffset = j
            plusParen = true
            j += 2
        } else if v[j] == 43 { run.hasPlus = true; run.openerOffset = j; j += 1 }
        var spacedBefore = false
        var digitsTotal = 0
        while j < n, run.count < maxGroups {
            if v[j] == 40 {
                if run.count == 0 { run.openerOffset = run.openerOffset ?? j }
                openParen = true
                j += 1
            }
            guard j < n, ScalarClass.isDigit(v[j]) else { break }
            let start = j
            var digits: [UInt8] = []
            while j < n, ScalarClass.isDigit(v[j]), digits.count < 16 { digits.append(UInt8(v[j] - 48)); j += 1 }
            if j < n, ScalarClass.isDigit(v[j]) {  // absurdly long digit string: not a phone
                run.appendGroup(start, j, digits, paren: false, spaced: spacedBefore)
                while j < n, ScalarClass.isDigit(v[j]) { j += 1 }
                run.ends[run.count - 1] = j
                run.values[run.count - 1] = []
                break
            }
            var paren = false
            if openParen, j < n, v[j] == 41 { paren = true; openParen = false }
            if plusParen, run.count == 0, j < n, v[j] == 41 {
                plusParen = false
                run.appendGroup(start, j, digits, paren: false, spaced: spacedBefore)
                digitsTotal += digits.count
                j += 1
                var k = j
                while k < n, k - j < 2, v[k] == 32 || v[k] == 0xA0 { k += 1 }
                guard k > j, k < n, ScalarClass.isDigit(v[k]) else { break }
                spacedBefore = true
                j = k
                continue
            }
            run.appendGroup(start, j, digits, paren: paren, spaced: spacedBefore)
            digitsTotal += digits.count
            if digitsTotal > 17 { break }
            if paren { j += 1 }
            // Separator sequence: at most 3 scalars from the separator set, then a digit or "(".
            var k = j
            var sawSpace = paren
            while k < n, k - j < 3, v[k] == 32 || v[k] == 45 || v[k] == 46 || v[k] == 47 || v[k] == 0xA0 || v[k] == 0x2011 || v[k] == 0x2013 {
                if v[k] == 32 || v[k] == 0xA0 { sawSpace = true }
                k += 1
            }
            let nextIsDigit = k < n && (ScalarClass.isDigit(v[k]) || (v[k] == 40 && k + 1 < n && ScalarClass.isDigit(v[k + 1])))
            // "+49(0)7837 626756", "+44(0)113 496 0190": a bracketed trunk zero right after the country code.
            let trunkAfterCode = k == j && run.hasPlus && run.count == 1 && k + 2 < n && v[k] == 40 && v[k + 1] == 48 && v[k + 2] == 41
            guard nextIsDigit, k > j || paren || trunkAfterCode else { break }
            spacedBefore = sawSpace
            j = k
        }
        return run
    }

    private mutating func appendGroup(_ start: Int, _ end: Int, _ digits: [UInt8], paren: Bool, spaced: Bool) {
        starts.append(start)
        ends.append(end)
        values.append(digits)
        parenthesized.append(paren)
        self.spaced.append(spaced)
    }

    /// Whether a number may start or end at the boundary before group `index`.
    func separatorAllowsSplit(before index: Int) -> Bool { spaced[index] }

    /// The offset where a number starting at group `group` begins (including `+` or `(`).
    func spanStart(group: Int) -> Int {
        if group == 0, let opener = openerOffset { return opener }
        if parenthesized[group] { return starts[group] - 1 }
        return starts[group]
    }

    /// Whether the text after group `index` does not continue the number.
    func isRightBoundaryValid(_ v: [UInt32], afterGroup index: Int) -> Bool {
        if values[index].isEmpty { return false }
        let end = ends[index]
        guard end < v.count else { return true }
        let c = v[end]
        // An extension directly after the number ("555-3560x4587") is taken with it by the recognizer.
        if c == 120 || c == 88, end + 1 < v.count, ScalarClass.isDigit(v[end + 1]) { return true }
        if ScalarClass.isWordChar(c) { return false }
        // "+353 87 555 0412,1987-09-30": after an international number a comma and digits start another field of a
        // pasted row, not the decimals of an amount.
        if c == 44, hasPlus, index > 0 { return true }
        if (c == 44 || c == 46 || c == 58 || c == 47 || c == 45), end + 1 < v.count, ScalarClass.isDigit(v[end + 1]) {
            return false
        }
        return true
    }
}
