/// Finds US Social Security numbers.
///
/// `ddd-dd-dddd` and `ddd dd dddd` are always checked; a bare nine-digit number only when
/// an SSN cue ("ssn", "social security") precedes it within 40 scalars. Validity follows
/// the SSA's rules: area not 000, 666 or 900–999; group not 00; serial not 0000.
enum SSNRecognizer {
    /// Appends a ``EntityType/usSSN`` candidate for every valid number in `context`.
    static func scan(_ context: ScanContext, into candidates: inout [Candidate]) {
        let v = context.text.values
        let n = v.count
        var i = 0
        while i < n {
            guard ScalarClass.isDigit(v[i]), CreditCardRecognizer.isLeftBoundary(v, i) else { i += 1; continue }
            // An SSN starts with a run of exactly 3 or 9 digits; skip other runs without reading groups
            // (the reader stops its first group after 13 digits, so the skip does too).
            var run = 0
            while i + run < n, run < 13, ScalarClass.isDigit(v[i + run]) { run += 1 }
            // A 3-digit run starts an SSN only as the first of `ddd-dd-dddd` / `ddd dd dddd`, so a `-` or a
            // space and a digit must follow it; without them the groups below would be [3] alone, which
            // matches nothing and moves `i` past the run, as this skip does.
            let groupFollows = i + 4 < n && (v[i + 3] == 45 || v[i + 3] == 32) && ScalarClass.isDigit(v[i + 4])
            if (run != 3 && run != 9) || (run == 3 && !groupFollows) {
                i += run
                continue
            }
            let groups = DigitGroups.read(v, from: i, separators: [45, 32], maxDigits: 12)
            defer { i = max(i + 1, groups.ends.first ?? i + 1) }
            let lengths = groups.values.map(\.count)
            var digits: [UInt8] = []
            var last = -1
            if lengths.count >= 3, lengths[0] == 3, lengths[1] == 2, lengths[2] == 4,
               groups.isRightBoundaryValid(v, afterGroup: 2, allowSpaceTail: groups.separators[1] == 32) {
                if groups.separators[1] == 45 || lengths.count == 3 || context.cues.hasCue(.ssn, before: i, within: 40) {
                    digits = groups.values[0] + groups.values[1] + groups.values[2]
                    last = 2
                }
            } else if lengths.first == 9, groups.isRightBoundaryValid(v, afterGroup: 0, allowSpaceTail: true),
                      context.cues.hasCue(.ssn, before: i, within: 40) {
                digits = groups.values[0]
                last = 0
            }
            if last >= 0, isValid(digits) {
                candidates.append(Candidate(type: .usSSN, start: i, end: groups.ends[last]))
            }
        }
    }

    /// Applies the SSA area/group/serial rules to nine digits.
    static func isValid(_ d: [UInt8]) -> Bool {
        guard d.count == 9 else { return false }
        let area = Int(d[0]) * 100 + Int(d[1]) * 10 + Int(d[2])
        let group = Int(d[3]) * 10 + Int(d[4])
        let serial = Int(d[5]) * 1000 + Int(d[6]) * 100 + Int(d[7]) * 10 + Int(d[8])
        return area != 0 && area != 666 && area < 900 && group != 0 && serial != 0
    }
}
