/// Finds credentials given by the shape of where they stand rather than by their own format: an
/// environment-style variable whose name ends in a credential word (`NEW_RELIC_LICENSE_KEY=…`,
/// `SMTP_PASS: …`), a command line's password flag next to a user flag (`mysql -u root -px`,
/// `docker login -u ci -p x`), and a PIN given as digits (`PIN 4821`, `mi PIN es 4821`).
///
/// Each scan starts only at a cheap trigger (`=` or `:`, a `-p` token, the cue word "pin"), so text
/// without one costs a single pass over its scalars.
enum CredentialAssignments {
    /// Appends a ``EntityType/secret`` candidate for every credential assignment in `context`.
    static func scan(_ context: ScanContext, into candidates: inout [Candidate]) {
        let v = context.text.values
        var i = 0
        var sawFlag = false
        while i < v.count {
            let c = v[i]
            if c == 61 || c == 58, let value = variableValue(v, separator: i) {
                candidates.append(Candidate(type: .secret, start: value.lowerBound, end: value.upperBound))
                i = value.upperBound
                continue
            }
            if c == 45, i + 1 < v.count, v[i + 1] == 112 || v[i + 1] == 45 { sawFlag = true }
            i += 1
        }
        if sawFlag { scanPasswordFlags(v, into: &candidates) }
        for hit in context.cues where hit.kind == .password && hit.end - hit.start <= 10 && isPINCue(context.text, hit) {
            if let value = pinDigits(v, after: hit.end) {
                candidates.append(Candidate(type: .secret, start: value.lowerBound, end: value.upperBound))
            }
        }
    }

    // MARK: - Variables

    /// Last segments of a variable name that make its value a credential (upper- or lower-case):
    /// `…_KEY`, `…_TOKEN`, `…_SECRET`, `…_PASSWORD`, `…_PASS`, `…_PWD`, `…_APIKEY`, `…_CREDENTIALS`.
    /// Hand-written for this recognizer (no external source).
    private static let credentialSegments: [[UInt32]] = ["key", "token", "secret", "password", "passwd", "pass", "pwd",
                                                         "apikey", "credentials", "credential", "passphrase"].map { [UInt32](rawScalarsOf: $0) }

    /// Segments that make a `…_KEY` name something other than a secret (`PUBLIC_KEY`, `PRIMARY_KEY`, `SORT_KEY`,
    /// `FOREIGN_KEY`, `PARTITION_KEY`, `CACHE_KEY`, `IDEMPOTENCY_KEY`), or a name of a file or an id (`…_KEY_ID`,
    /// `…_KEY_FILE` end in another segment already). Hand-written for this recognizer.
    private static let harmlessKeyQualifiers: [[UInt32]] = ["public", "primary", "sort", "foreign", "partition", "cache",
                                                            "idempotency", "hotkey", "keyboard", "map", "lookup", "hash"].map { [UInt32](rawScalarsOf: $0) }

    /// The value range of `NAME=value` / `NAME: value` when `NAME` (letters, digits and `_`, at least one `_`,
    /// all upper-case or all lower-case) ends in a credential segment, or nil.
    ///
    /// The value is the run of non-space scalars after the separator (quotes stripped), 6 to 256 long; a
    /// reference to another variable (`$X`, `${X}`, `%X%`), a placeholder (`<…>`, `***`, `changeme` is kept:
    /// it is still a credential), a boolean or a path is not taken.
    static func variableValue(_ v: [UInt32], separator: Int) -> Range<Int>? {
        // The name ends right before the separator, or before a closing quote and spaces (`"API_KEY": "x"`).
        var e = separator
        while e > 0, v[e - 1] == 32 { e -= 1 }
        if e > 0, v[e - 1] == 34 || v[e - 1] == 39 { e -= 1 }
        var s = e
        var upper = false, lower = false, underscore = false
        while s > 0, s - e < 64 {
            let c = v[s - 1]
            if ScalarClass.isASCIIUpper(c) { upper = true } else if ScalarClass.isASCIILower(c) { lower = true } else if c == 95 {
                underscore = true
            } else if !ScalarClass.isDigit(c) { break }
            s -= 1
        }
        guard e - s >= 5, underscore, upper != lower, s == 0 || !ScalarClass.isWordChar(v[s - 1]) || v[s - 1] == 34 || v[s - 1] == 39,
              ScalarClass.isASCIILetter(v[s]) else { return nil }
        // The last segment, and the one before it.
        var lastStart = e
        while lastStart > s, v[lastStart - 1] != 95 { lastStart -= 1 }
        guard lastStart > s, matches(v, lastStart..<e, credentialSegments) else { return nil }
        var previousStart = lastStart - 1
        while previousStart > s, v[previousStart - 1] != 95 { previousStart -= 1 }
        if matches(v, previousStart..<(lastStart - 1), harmlessKeyQualifiers) { return nil }
        // The value.
        var start = separator + 1
        if v[separator] == 61, start < v.count, v[start] == 61 { return nil }  // `==`: a comparison
        while start < v.count, start - separator < 4, v[start] == 32 || v[start] == 9 { start += 1 }
        var quote: UInt32? = nil
        if start < v.count, v[start] == 34 || v[start] == 39 {
            quote = v[start]
            start += 1
        }
        var end = start
        while end < v.count, end - start < 256, !ScalarClass.isWhitespace(v[end]), v[end] != quote ?? 0x7FFF_FFFF { end += 1 }
        if quote == nil {
            while end > start, [34, 39, 44, 59, 41, 125].contains(v[end - 1]) { end -= 1 }
        }
        if let cut = connectionStringFieldEnd(v, start, end) { end = cut }
        guard end - start >= 6, v[start] != 60, v[start] != 47, v[start] != 42, !isReferenceOrFlag(v, start, end) else { return nil }  // < / *
        return start..<end
    }

    /// Values that name something else rather than hold a credential: booleans and empties.
    private static let flagValues: [[UInt32]] = ["true", "false", "null", "none", "undefined", "yes", "no"].map { [UInt32](rawScalarsOf: $0) }

    /// Whether `v[start..<end]` refers to another variable (`$X`, `${X}`, `%X%`, `{{ x }}`) or is a boolean or empty value.
    static func isReferenceOrFlag(_ v: [UInt32], _ start: Int, _ end: Int) -> Bool {
        guard end > start else { return true }
        let first = v[start]
        if first == 36 || first == 123 || (first == 37 && v[end - 1] == 37) { return true }  // $ { %…%
        return matches(v, start..<end, flagValues)
    }

    /// Where a connection-string or query-string field ends inside `v[start..<end]`: before a `;` or `&` followed by
    /// `name=` ("AccountKey=x;EndpointSuffix=…", "password=x&remember=1"), or nil.
    static func connectionStringFieldEnd(_ v: [UInt32], _ start: Int, _ end: Int) -> Int? {
        var k = start
        while k < end {
            if v[k] == 59 || v[k] == 38 {
                var j = k + 1
                while j < end, ScalarClass.isASCIILetter(v[j]) || v[j] == 95 { j += 1 }
                if j > k + 1, j < end, v[j] == 61 { return k }
            }
            k += 1
        }
        return nil
    }

    /// Whether `v[range]` equals one of `words`, ignoring ASCII case.
    private static func matches(_ v: [UInt32], _ range: Range<Int>, _ words: [[UInt32]]) -> Bool {
        words.contains { $0.count == range.count && hasPrefix(v, $0, at: range.lowerBound) }
    }

    /// Whether `v` holds the lower-case `word` at `start`, ignoring ASCII case.
    private static func hasPrefix(_ v: [UInt32], _ word: [UInt32], at start: Int) -> Bool {
        start + word.count <= v.count && zip(word, v[start..<(start + word.count)]).allSatisfy { w, c in
            w == c || (ScalarClass.isASCIIUpper(c) && w == c + 32)
        }
    }

    // MARK: - Command-line flags

    /// Password flags on a command line that also names a user: `-p x`, `-px` (mysql's attached form),
    /// `--password x`; the user flag (`-u`, `-U`, `--user`, `--username`) must stand on the same line, so a
    /// `-p` of another tool (a port, a PID) is left alone. A value of digits only is not taken.
    private static func scanPasswordFlags(_ v: [UInt32], into candidates: inout [Candidate]) {
        var lineStart = 0
        while lineStart < v.count {
            var lineEnd = lineStart
            while lineEnd < v.count, v[lineEnd] != 10 { lineEnd += 1 }
            if hasUserFlag(v, lineStart..<lineEnd) {
                var k = lineStart
                while k + 1 < lineEnd {
                    guard v[k] == 45, k == lineStart || v[k - 1] == 32 || v[k - 1] == 9 else {
                        k += 1
                        continue
                    }
                    var valueStart: Int? = nil
                    if v[k + 1] == 112 {
                        if k + 2 < lineEnd, v[k + 2] == 32 { valueStart = k + 3 } else if k + 2 < lineEnd, v[k + 2] != 45 { valueStart = k + 2 }
                    } else if flag(v, k, lineEnd, "--password") {
                        let after = k + 10
                        if after < lineEnd, v[after] == 32 || v[after] == 61 { valueStart = after + 1 }
                    }
                    if var start = valueStart {
                        while start < lineEnd, v[start] == 32 { start += 1 }
                        if start < lineEnd, v[start] == 34 || v[start] == 39 { start += 1 }
                        var end = start
                        while end < lineEnd, !ScalarClass.isWhitespace(v[end]) { end += 1 }
                        while end > start, v[end - 1] == 34 || v[end - 1] == 39 { end -= 1 }
                        if end - start >= 4, v[start] != 45, !(start..<end).allSatisfy({ ScalarClass.isDigit(v[$0]) }) {
                            candidates.append(Candidate(type: .secret, start: start, end: end))
                            k = end
                            continue
                        }
                    }
                    k += 1
                }
            }
            lineStart = lineEnd + 1
        }
    }

    /// Whether a user flag (`-u`, `-U`, `--user`, `--username`) stands as a token in `v[line]`.
    private static func hasUserFlag(_ v: [UInt32], _ line: Range<Int>) -> Bool {
        var k = line.lowerBound
        while k + 2 < line.upperBound {
            if v[k] == 45, k == line.lowerBound || v[k - 1] == 32 {
                if (v[k + 1] == 117 || v[k + 1] == 85), v[k + 2] == 32 || v[k + 2] == 61 { return true }
                if flag(v, k, line.upperBound, "--user") {
                    let after = k + 6
                    if after < line.upperBound, v[after] == 32 || v[after] == 61 || flag(v, k, line.upperBound, "--username") {
                        return true
                    }
                }
            }
            k += 1
        }
        return false
    }

    /// Whether `v` holds `name` at `k` (before `limit`).
    private static func flag(_ v: [UInt32], _ k: Int, _ limit: Int, _ name: String) -> Bool {
        var j = k
        for scalar in name.unicodeScalars {
            guard j < limit, v[j] == scalar.value else { return false }
            j += 1
        }
        return true
    }

    // MARK: - PINs

    /// Whether the password cue `hit` is the word "pin" or "pincode", or a digits-only code word ("passcode",
    /// German "Geheimzahl", "PIN-Nummer"), not "password", "token", ….
    private static func isPINCue(_ text: ScannedText, _ hit: CueLexicon.Hit) -> Bool {
        let f = text.folded
        if pinWords.contains(WordHash.of(f, hit.start, hit.end)) { return true }
        guard hit.end - hit.start >= 3, f[hit.start] == 112, f[hit.start + 1] == 105, f[hit.start + 2] == 110 else { return false }
        return hit.end - hit.start == 3 || (hit.end - hit.start == 7 && f[hit.start + 3] == 99)
    }

    /// Code words whose value is digits, like a PIN's. Hand-written (own list).
    private static let pinWords: WordHashSet = WordHash.table("passcode geheimzahl pin-nummer")

    /// Connecting words between "PIN" and its digits, in the seven languages ("PIN is", "PIN code", "PIN ist",
    /// "PIN est", "PIN es", "PIN è", "PIN é", "pincode is"). Hand-written for this recognizer.
    /// An article may follow the copula ("mi pin es el 7744", "il pin è il 1357"); longer links come first.
    private static let pinLinks: [[UInt32]] = ["es el ", "era el ", "è il ", "é o ", "est le ", "is ", "code ", "number ", "ist ", "lautet ", "est ", "es ", "era ", "è ", "é ",
                                               "era ", "was ", "war ", "nummer "].map { [UInt32](rawScalarsOf: $0) }

    /// The range of 4 to 8 digits right after a PIN cue (after `:`/`=`, one linking word or none), or nil.
    static func pinDigits(_ v: [UInt32], after cueEnd: Int) -> Range<Int>? {
        var j = cueEnd
        while j < v.count, j - cueEnd < 3, v[j] == 32 || v[j] == 58 || v[j] == 61 || v[j] == 45 { j += 1 }
        if j < v.count, !ScalarClass.isDigit(v[j]) {
            guard let link = pinLinks.first(where: { hasPrefix(v, $0, at: j) }) else { return nil }
            j += link.count
            while j < v.count, v[j] == 32 || v[j] == 58 { j += 1 }
        }
        var end = j
        while end < v.count, ScalarClass.isDigit(v[end]) { end += 1 }
        guard (4...8).contains(end - j) else { return nil }
        // A digit run that goes on as a word, a decimal or a longer number is something else ("PIN 1234-5678").
        if end < v.count, ScalarClass.isWordChar(v[end]) || v[end] == 45 || v[end] == 47 { return nil }
        if end + 1 < v.count, v[end] == 46 || v[end] == 44, ScalarClass.isDigit(v[end + 1]) { return nil }
        return j..<end
    }
}
