/// Finds International Bank Account Numbers, compact or grouped by single spaces.
///
/// A match needs a registered country code, the exact length that country uses, and the
/// ISO 13616 mod-97 check (move the first four characters to the end, map letters A=10 …
/// Z=35, and the remainder modulo 97 must be 1).
enum IBANRecognizer {
    /// Appends an ``EntityType/iban`` candidate for every valid IBAN in `context`.
    static func scan(_ context: ScanContext, into candidates: inout [Candidate]) {
        let v = context.text.values
        let n = v.count
        var i = 0
        while i + 15 <= n {
            // A match at i needs digits at i + 2 and i + 3: without one at i + 3, neither i nor i + 1 starts one.
            guard ScalarClass.isDigit(v[i + 3]) else { i += 2; continue }
            guard ScalarClass.isASCIILetter(v[i]), ScalarClass.isASCIILetter(v[i + 1]),
                  ScalarClass.isDigit(v[i + 2]), ScalarClass.isDigit(v[i + 3]), context.text.isWordStart(i),
                  let length = IBANRegistry.length(upper(v[i]), upper(v[i + 1]))
            else { i += 1; continue }
            var chars: [UInt32] = []
            chars.reserveCapacity(length)
            var j = i
            while j < n, chars.count < length {
                let c = v[j]
                if ScalarClass.isASCIIAlnum(c) {
                    chars.append(upper(c))
                    j += 1
                } else if (c == 32 || c == 45), j + 1 < n, ScalarClass.isASCIIAlnum(v[j + 1]), !chars.isEmpty {
                    j += 1
                } else {
                    break
                }
            }
            if chars.count == length, context.text.isWordEnd(j), isChecksumValid(chars) {
                candidates.append(Candidate(type: .iban, start: i, end: j))
                i = j
            } else {
                i += 1
            }
        }
    }

    @inline(__always) private static func upper(_ c: UInt32) -> UInt32 {
        ScalarClass.isASCIILower(c) ? c - 32 : c
    }

    /// ISO 13616 mod-97 check over upper-case alphanumerics.
    static func isChecksumValid(_ chars: [UInt32]) -> Bool {
        guard chars.count > 4 else { return false }
        var remainder = 0
        let rotated = chars[4...] + chars[0..<4]
        for c in rotated {
            if ScalarClass.isDigit(c) {
                remainder = (remainder * 10 + Int(c - 48)) % 97
            } else if ScalarClass.isASCIIUpper(c) {
                remainder = (remainder * 100 + Int(c - 55)) % 97
            } else {
                return false
            }
        }
        return remainder == 1
    }
}
