/// Reads API keys named by a lower-case prefix that ends in `_` and carry a random tail
/// ("pk_prod_9dKx2Lm7QwT4ZrV1nB8s", "live_key_Rt5Wq8Zx2Lm9Nb4Vc7Kp"), whatever vendor issued them.
///
/// Vendors whose prefixes are known (Stripe, GitHub, Slack …) are read by ``SecretRecognizer``'s prefix table;
/// this reads the same shape without a table: a prefix of 2–24 lower-case letters and underscores that ends in `_`,
/// then 16–128 ASCII letters and digits holding at least two capitals, two small letters and two digits and switching
/// between letters and digits at least six times (a random string, not words and a number), with no token character
/// or file extension after it; test names ("test_…") are none.
enum UnderscoreKeys {
    /// The end of a prefixed key starting at `i`, or nil.
    static func end(_ v: [UInt32], at i: Int) -> Int? {
        let n = v.count
        var j = i
        var lastUnderscore = -1
        while j < n, j - i <= 24, ScalarClass.isLower(v[j]) && v[j] < 128 || v[j] == 95 {
            if v[j] == 95 { lastUnderscore = j }
            j += 1
        }
        guard lastUnderscore >= i + 2, lastUnderscore - i <= 24, j == lastUnderscore + 1 || (j < n && ScalarClass.isASCIIAlnum(v[j])) else { return nil }
        // "test_UserLogin2FAFlow01": a test's name.
        if i + 4 < n, v[i] == 116, v[i + 1] == 101, v[i + 2] == 115, v[i + 3] == 116 { return nil }
        let tail = lastUnderscore + 1
        var k = tail
        var upper = 0, lower = 0, digits = 0, switches = 0
        while k < n, k - tail <= 128, ScalarClass.isASCIIAlnum(v[k]) {
            if ScalarClass.isDigit(v[k]) { digits += 1 } else if ScalarClass.isUpper(v[k]) { upper += 1 } else { lower += 1 }
            if k > tail, ScalarClass.isDigit(v[k]) != ScalarClass.isDigit(v[k - 1]) { switches += 1 }
            k += 1
        }
        // A random tail switches between letters and digits often; words and a number ("Q3FY2024SalesEMEA") do not.
        guard k - tail >= 16, k - tail <= 128, upper >= 2, lower >= 2, digits >= 2, switches >= 6 else { return nil }
        if k < n, ScalarClass.isASCIIAlnum(v[k]) || v[k] == 95 || v[k] == 45 { return nil }
        // "export_Kunden2024Q3Final.csv": a file name.
        if k + 1 < n, v[k] == 46, ScalarClass.isASCIILetter(v[k + 1]) { return nil }
        return k
    }
}
