/// Finds payment card numbers: 12–19 digits, compact or grouped with one consistent
/// separator (space, dash or dot), that pass Luhn and fall in a known issuer (IIN) range.
///
/// Issuer ranges follow the public ISO/IEC 7812 IIN assignments as published by the card
/// networks: Visa 4; Mastercard 51–55 and 2221–2720; American Express 34, 37; Discover
/// 6011, 644–649, 65, 622126–622925; JCB 3528–3589 (35xx accepted) and legacy 2131/1800 (15 digits); Diners Club 300–305, 3095, 36, 38–39;
/// Maestro 50, 56–69 (12–19 digits); UnionPay 62, 81; Mir 2200–2204.
enum CreditCardRecognizer {
    /// Appends a ``EntityType/creditCard`` candidate for every valid number in `context`.
    static func scan(_ context: ScanContext, into candidates: inout [Candidate]) {
        let text = context.text
        let v = text.values
        let n = v.count
        var i = 0
        while i < n {
            guard ScalarClass.isDigit(v[i]), isLeftBoundary(v, i) else { i += 1; continue }
            // A card has at least 12 digits: skip shorter runs without building the groups.
            let (total, firstEnd) = DigitGroups.digitCount(v, from: i, separators: [32, 45, 46], maxDigits: 23)
            if total < 12 {
                i = firstEnd
                continue
            }
            // "PT81 2328 5886 7286 4811 9461 3": the groups of an IBAN-shaped string (valid or not) hold no card.
            if i > 1, v[i - 1] == 32, PhoneRecognizer.startsInsideIBANShape(v, i) {
                i = firstEnd
                continue
            }
            let groups = DigitGroups.read(v, from: i, separators: [32, 45, 46], maxDigits: 23)
            // Starting inside a longer spaced digit run needs a full-length number.
            let midRun = i > 1 && ScalarClass.isWhitespace(v[i - 1]) && ScalarClass.isDigit(v[i - 2])
            var matched = false
            // Try the longest run of whole groups first, then shorter prefixes.
            var take = groups.count
            while take >= 1, !matched {
                let digits = groups.digits(throughGroup: take - 1)
                // "5651 6456 3134 0662": three four-digit groups of a printed four-by-four number are no 12-digit card.
                if take == 3, groups.count > 3, (0..<4).allSatisfy({ groups.values[$0].count == 4 }) {
                    take -= 1
                    continue
                }
                if digits.count >= (midRun ? 15 : 12), digits.count <= 19, groups.hasCardShape(take),
                   groups.isRightBoundaryValid(v, afterGroup: take - 1, allowSpaceTail: true),
                   isKnownIssuer(digits), LuhnChecksum.isValid(digits) {
                    candidates.append(Candidate(type: .creditCard, start: i, end: groups.ends[take - 1]))
                    i = groups.ends[take - 1]
                    matched = true
                }
                take -= 1
            }
            if !matched { i = groups.ends.first ?? (i + 1) }
        }
    }

    /// A number may start here if it is not glued to a word or another number.
    static func isLeftBoundary(_ v: [UInt32], _ i: Int) -> Bool {
        guard i > 0 else { return true }
        let p = v[i - 1]
        if ScalarClass.isWordChar(p) { return false }
        if (p == 45 || p == 46 || p == 47 || p == 95), i > 1, ScalarClass.isASCIIAlnum(v[i - 2]) { return false }
        return true
    }

    private static func prefix(_ d: [UInt8], _ count: Int) -> Int {
        var value = 0
        for k in 0..<min(count, d.count) { value = value * 10 + Int(d[k]) }
        return value
    }

    /// Whether the leading digits and length match a known card network.
    static func isKnownIssuer(_ d: [UInt8]) -> Bool {
        let length = d.count
        let p1 = prefix(d, 1), p2 = prefix(d, 2), p3 = prefix(d, 3), p4 = prefix(d, 4), p6 = prefix(d, 6)
        if p1 == 4 { return length == 13 || length == 16 || length == 19 }
        if (51...55).contains(p2) || (2221...2720).contains(p4) { return length == 16 }
        if p2 == 34 || p2 == 37 { return length == 15 }
        if (2200...2204).contains(p4) { return (16...19).contains(length) }
        if p4 == 6011 || (644...649).contains(p3) || p2 == 65 || (622126...622925).contains(p6) {
            return (16...19).contains(length)
        }
        // JCB 3528–3589, read as all of 35xx (test-data generators use the whole block), plus the
        // legacy 15-digit JCB ranges 2131 and 1800.
        if p2 == 35 { return (16...19).contains(length) }
        if p4 == 2131 || p4 == 1800 { return length == 15 }
        if (300...305).contains(p3) || p4 == 3095 || p2 == 36 || p2 == 38 || p2 == 39 {
            return (14...19).contains(length)
        }
        if p2 == 62 || p2 == 81 { return (16...19).contains(length) }
        if p2 == 50 || (56...69).contains(p2) { return (12...19).contains(length) }
        return false
    }
}
