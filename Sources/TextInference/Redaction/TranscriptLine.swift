/// Reads the parts that open a transcript line: a timestamp ("[09:04] ", "(10:42) ", "19:05 ") and a speaker label of
/// one or two words with its colon ("Kunde: ", "Client : ", "Agent Marcus: ").
enum TranscriptLine {
    /// The position after a timestamp and its space at `position` (before `limit`), or `position` when none is there.
    static func skipTimestamp(_ v: [UInt32], _ position: Int, limit: Int) -> Int {
        var j = position
        let open = j < limit && (v[j] == 91 || v[j] == 40)
        if open { j += 1 }
        let start = j
        while j < limit, j - start < 8, ScalarClass.isDigit(v[j]) || v[j] == 58 { j += 1 }
        guard j - start >= 4, v[start..<j].contains(58) else { return position }
        if open {
            guard j < limit, v[j] == 93 || v[j] == 41 else { return position }
            j += 1
        }
        guard j < limit, v[j] == 32 else { return position }
        return j + 1
    }

    /// The position after a speaker label of one or two words and its colon at `position`, or `position`.
    static func skipSpeaker(_ v: [UInt32], _ position: Int) -> Int {
        var j = position
        var words = 0
        while j < v.count, words < 2, ScalarClass.isLetter(v[j]) {
            while j < v.count, ScalarClass.isLetter(v[j]) { j += 1 }
            words += 1
            if j < v.count, v[j] == 32, j + 1 < v.count, ScalarClass.isLetter(v[j + 1]) { j += 1 }
        }
        guard words > 0 else { return position }
        if j < v.count, v[j] == 32 { j += 1 }
        guard j < v.count, v[j] == 58 else { return position }
        j += 1
        while j < v.count, v[j] == 32 { j += 1 }
        return j
    }
}
