/// Finds IPv4 and IPv6 addresses.
///
/// IPv4 needs exactly four dotted decimal octets (0–255, no leading zeros) that are not part
/// of a longer dotted run, and is skipped after a version cue ("version", "v", "build",
/// "firmware", "release") so that `version 1.2.3.4` stays. IPv6 is a run of hex groups and
/// colons with 8 groups, or fewer with exactly one `::`, optionally ending in an IPv4 tail.
enum IPAddressRecognizer {
    /// Appends an ``EntityType/ipAddress`` candidate for every address in `context`.
    static func scan(_ context: ScanContext, into candidates: inout [Candidate]) {
        scanIPv4(context, into: &candidates)
        scanIPv6(context, into: &candidates)
    }

    private static let versionCues: [[UInt32]] = [
        "version", "versión", "versão", "versione", "ver", "ver.", "build", "firmware", "release", "update", "v",
        "build number", "app version", "ios", "android", "os", "sdk", "patch",
    ].map { [UInt32](scalarsOf: $0) }

    private static func scanIPv4(_ context: ScanContext, into candidates: inout [Candidate]) {
        let v = context.text.values
        let n = v.count
        var i = 0
        while i < n {
            guard ScalarClass.isDigit(v[i]) else { i += 1; continue }
            let leftOK = i == 0 || !(ScalarClass.isWordChar(v[i - 1]) || v[i - 1] == 46 || v[i - 1] == 45 || v[i - 1] == 95)
                || (v[i - 1] == 118 || v[i - 1] == 86)  // "v1.2.3.4" is judged below
            var j = i
            var octets = 0
            var ok = true
            while octets < 4 {
                let start = j
                var value = 0
                while j < n, ScalarClass.isDigit(v[j]), j - start < 4 { value = value * 10 + Int(v[j] - 48); j += 1 }
                let length = j - start
                if length == 0 || length > 3 || value > 255 || (length > 1 && v[start] == 48) { ok = false; break }
                octets += 1
                if octets < 4 {
                    guard j + 1 < n, v[j] == 46, ScalarClass.isDigit(v[j + 1]) else { ok = false; break }
                    j += 1
                }
            }
            let rightOK = j >= n || !(ScalarClass.isWordChar(v[j]) || ((v[j] == 46 || v[j] == 45) && j + 1 < n && ScalarClass.isDigit(v[j + 1])))
            if ok, leftOK, rightOK, !isVersionContext(context.text, i) {
                candidates.append(Candidate(type: .ipAddress, start: i, end: j))
                i = j
            } else {
                // Skip the rest of this dotted-number run so no suffix of it is re-read.
                var k = i
                while k < n, ScalarClass.isDigit(v[k]) || (v[k] == 46 && k + 1 < n && ScalarClass.isDigit(v[k + 1])) { k += 1 }
                i = max(k, i + 1)
            }
        }
    }

    /// Whether a version word (or a glued `v`) sits right before `i`.
    private static func isVersionContext(_ text: ScannedText, _ i: Int) -> Bool {
        if i > 0, text.values[i - 1] == 118 || text.values[i - 1] == 86 {
            return i == 1 || !ScalarClass.isWordChar(text.values[i - 2])
        }
        var end = i
        while end > 0, ScalarClass.isWhitespace(text.values[end - 1]) || text.values[end - 1] == 58 || text.values[end - 1] == 35 {
            end -= 1
            if i - end > 3 { break }
        }
        var start = end
        while start > 0, end - start < 16, ScalarClass.isWordChar(text.values[start - 1]) || text.values[start - 1] == 46 { start -= 1 }
        guard start < end else { return false }
        let word = Array(text.folded[start..<end])
        return versionCues.contains(word)
    }

    private static func isIPv6Char(_ c: UInt32) -> Bool { ScalarClass.isHex(c) || c == 58 || c == 46 }

    private static func scanIPv6(_ context: ScanContext, into candidates: inout [Candidate]) {
        let v = context.text.values
        let n = v.count
        // Every address has at least two colons; most texts have fewer, so skip the hex-run scan
        // (``TextTriggers`` counts them from the UTF-8 bytes).
        guard context.text.triggers.colons >= 2 else { return }
        var i = 0
        // The first `:` at or after `i` once `i` passes it (`n` when there is none).
        var colon = -1
        while i < n {
            if i > colon {
                // Every run read below lies inside one segment of IPv6 characters, and a segment
                // without a `:` yields no address. Each segment start is a position `i` takes, since
                // the scalar before it ends every run, so `i` may jump to the start of the segment
                // that holds the next `:` (or stop when none is left).
                colon = i
                while colon < n, v[colon] != 58 { colon += 1 }
                guard colon < n else { return }
                var start = colon
                while start > i, isIPv6Char(v[start - 1]) { start -= 1 }
                i = start
            }
            guard isIPv6Char(v[i]), v[i] != 46 else { i += 1; continue }
            var j = i
            var colons = 0
            while j < n, isIPv6Char(v[j]), j - i < 50 {
                if v[j] == 58 { colons += 1 }
                j += 1
            }
            let leftOK = i == 0 || !(ScalarClass.isWordChar(v[i - 1]) || v[i - 1] == 58 || v[i - 1] == 46)
            var end = j
            while end > i, v[end - 1] == 46 || (v[end - 1] == 58 && !(end - 2 >= i && v[end - 2] == 58)) { end -= 1 }
            let rightOK = j >= n || !ScalarClass.isWordChar(v[j]) || j == end
            if colons >= 2, leftOK, rightOK, end > i, ScalarClass.isWordEnd(v, end), isValidIPv6(Array(v[i..<end])) {
                candidates.append(Candidate(type: .ipAddress, start: i, end: end))
            }
            i = max(j, i + 1)
        }
    }

    /// Parses an IPv6 literal: up to 8 groups of 1–4 hex digits, at most one `::`, IPv4 tail allowed.
    static func isValidIPv6(_ s: [UInt32]) -> Bool {
        var groups: [[UInt32]] = [[]]
        var doubleColons = 0
        var k = 0
        while k < s.count {
            if s[k] == 58 {
                if k + 1 < s.count, s[k + 1] == 58 {
                    doubleColons += 1
                    groups.append([58, 58])
                    groups.append([])
                    k += 2
                    continue
                }
                groups.append([])
            } else {
                groups[groups.count - 1].append(s[k])
            }
            k += 1
        }
        guard doubleColons <= 1 else { return false }
        var count = 0
        for (index, group) in groups.enumerated() {
            if group == [58, 58] { continue }
            if group.isEmpty {
                let nearDouble = (index > 0 && groups[index - 1] == [58, 58]) || (index + 1 < groups.count && groups[index + 1] == [58, 58])
                if nearDouble { continue }
                return false
            }
            if group.contains(46) {
                guard index == groups.count - 1, isIPv4(group) else { return false }
                count += 2
            } else {
                guard group.count <= 4 else { return false }
                count += 1
            }
        }
        return doubleColons == 1 ? count < 8 && (count >= 1 || s.count == 2) && s.count > 2 : count == 8
    }

    private static func isIPv4(_ s: [UInt32]) -> Bool {
        let parts = s.split(separator: 46, omittingEmptySubsequences: false)
        guard parts.count == 4 else { return false }
        for part in parts {
            guard (1...3).contains(part.count), part.allSatisfy(ScalarClass.isDigit) else { return false }
            var value = 0
            for c in part { value = value * 10 + Int(c - 48) }
            if value > 255 { return false }
        }
        return true
    }
}

extension ScalarClass {
    /// Whether position `end` of `v` is not a word character (or the end of `v`).
    static func isWordEnd(_ v: [UInt32], _ end: Int) -> Bool { end >= v.count || !isWordChar(v[end]) }
}
