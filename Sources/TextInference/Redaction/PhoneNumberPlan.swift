/// Numbering-plan rules used to decide whether a digit string is a telephone number.
///
/// Lengths and leading digits follow the national numbering plans published through the
/// ITU-T E.164 assigned-code list and national regulators (NANP, Ofcom, BNetzA, ARCEP,
/// ComReg, RTR, BAKOM, BIPT, ACM, CNMC, ANACOM, AGCOM, Anatel, ENACOM, ACMA).
enum PhoneNumberPlan {
    /// National significant number rules for one country code.
    struct Country {
        /// Allowed lengths of the national significant number (after the country code).
        let lengths: ClosedRange<Int>
        /// Allowed first digits of the national significant number.
        let leading: Set<UInt8>
    }

    private static let anyLeading: Set<UInt8> = [1, 2, 3, 4, 5, 6, 7, 8, 9]

    /// Country codes covered with specific rules.
    static let countries: [[UInt8]: Country] = [
        [1]: Country(lengths: 10...10, leading: [2, 3, 4, 5, 6, 7, 8, 9]),  // US, CA (NANP)
        [4, 4]: Country(lengths: 9...10, leading: [1, 2, 3, 5, 7, 8, 9]),  // GB
        [3, 5, 3]: Country(lengths: 7...9, leading: anyLeading),  // IE
        [4, 9]: Country(lengths: 6...13, leading: anyLeading),  // DE
        [4, 3]: Country(lengths: 4...13, leading: anyLeading),  // AT
        [4, 1]: Country(lengths: 9...9, leading: [2, 3, 4, 5, 6, 7, 8, 9]),  // CH
        [3, 3]: Country(lengths: 9...9, leading: anyLeading),  // FR
        [3, 2]: Country(lengths: 8...9, leading: anyLeading),  // BE
        [3, 1]: Country(lengths: 9...9, leading: anyLeading),  // NL
        [3, 4]: Country(lengths: 9...9, leading: [6, 7, 8, 9]),  // ES
        [3, 5, 1]: Country(lengths: 9...9, leading: [2, 3, 7, 8, 9]),  // PT
        [3, 9]: Country(lengths: 6...11, leading: [0, 3]),  // IT (fixed numbers keep their 0)
        [5, 5]: Country(lengths: 10...11, leading: anyLeading),  // BR
        [5, 4]: Country(lengths: 10...11, leading: anyLeading),  // AR (mobile: 9 + 10 digits)
        [6, 1]: Country(lengths: 9...9, leading: [2, 3, 4, 7, 8]),  // AU
    ]

    /// Whether `digits` (with the given grouping and context) is a plausible phone number.
    static func isPlausible(
        digits: [UInt8], groupLengths: [Int], hasPlus: Bool, parenthesizedGroup: Int,
        formatted: Bool, hasCue: Bool, language: String, personal: Bool = false
    ) -> Bool {
        guard digits.count >= 7, digits.count <= 17 else { return false }
        if isFreephone(digits, groupLengths: groupLengths, international: hasPlus, language: language) { return false }
        // A company service range, unless the writer calls it theirs ("Llámeme al 902 …", "it's my home line").
        if !hasPlus, !personal, isBusinessServiceNumber(digits, language: language) { return false }
        if hasPlus { return isInternational(digits, formatted: formatted) }
        if digits.count >= 10, digits[0] == 0, digits[1] == 0 {
            return (formatted || hasCue) && isInternational(Array(digits.dropFirst(2)), formatted: formatted)
        }
        let sensibleGroups = groupLengths.count <= 6 && groupLengths.dropFirst().allSatisfy { $0 >= 2 }
        if !formatted && !hasCue { return false }
        if formatted && !sensibleGroups { return false }
        if isNANP(digits, groupLengths, formatted: formatted) { return true }
        if digits[0] == 0 {
            return digits[1] != 0 && (9...12).contains(digits.count) && (!formatted || (groupLengths.first ?? 0) <= 5)
        }
        // National numbers without a trunk prefix: ES, PT, IT mobiles, BR.
        let southern = ["es", "pt", "it", "ca", "gl", "eu"].contains(String(language.prefix(2)))
        guard southern || hasCue || parenthesizedGroup == 0 else { return false }
        switch digits.count {
        case 9: return [6, 7, 8, 9, 2].contains(digits[0])
        case 10: return digits[0] == 3 || isBrazilian(digits)
        case 11: return isBrazilian(digits) && digits[2] == 9
        default: return false
        }
    }

    private static func isBrazilian(_ d: [UInt8]) -> Bool { d[0] != 0 && d[1] != 0 }

    /// Whether `digits` is a company's freephone or other service number, which is no personal data: North American
    /// 1-800/888/877/866/855/844/833 (written 3-3-4 or with the leading 1); 0800 with the trunk 0 (GB, DE, AT, CH, FR,
    /// BE, NL, BR, AR), and French 0805; behind a country code +44 800/808, +49/+43/+41/+32/+31/+55/+54 800 and +33
    /// 800/805; Spanish 900/800, Italian 800/803 and Portuguese 800/808 nine-digit numbers; Irish and Australian
    /// 1800/1300. `international`: the digits start with the country code (a leading `00` is read the same way).
    /// Other 080 numbers are personal: Nigerian mobiles (0803 …), Upper Bavarian (08031 …) and Belgian (080 …) area
    /// codes, Japanese mobiles. Sources: the countries' numbering plans as published by their regulators (NANPA,
    /// Ofcom, BNetzA, ARCEP, CNMC, AGCOM, ANACOM, ComReg, ACMA); own summary.
    static func isFreephone(_ digits: [UInt8], groupLengths: [Int], international: Bool, language: String) -> Bool {
        var d = digits[...]
        var international = international
        if !international, d.count >= 10, d.first == 0, d.dropFirst().first == 0 {
            d = d.dropFirst(2)
            international = true
        }
        func starts(_ prefix: [UInt8]) -> Bool { d.count > prefix.count && d.starts(with: prefix) }
        let nanp: [[UInt8]] = [[8, 0, 0], [8, 8, 8], [8, 7, 7], [8, 6, 6], [8, 5, 5], [8, 4, 4], [8, 3, 3]]
        if international {
            if d.first == 1 { return d.count == 11 && nanp.contains { Array(d.dropFirst().prefix(3)) == $0 } }
            let rest2 = d.dropFirst(2)
            if starts([4, 4]) { return rest2.count >= 9 && (rest2.starts(with: [8, 0, 0]) || rest2.starts(with: [8, 0, 8])) }
            if starts([3, 3]) { return rest2.count == 9 && (rest2.starts(with: [8, 0, 0]) || rest2.starts(with: [8, 0, 5])) }
            let plain: [[UInt8]] = [[4, 9], [4, 3], [4, 1], [3, 2], [3, 1], [5, 5], [5, 4]]
            if plain.contains(where: { starts($0) }) { return rest2.count >= 6 && rest2.starts(with: [8, 0, 0]) }
            if starts([3, 4]) { return rest2.count == 9 && (rest2.starts(with: [9, 0, 0]) || rest2.starts(with: [8, 0, 0])) }
            if starts([3, 9]) { return rest2.count >= 9 && (rest2.starts(with: [8, 0, 0]) || rest2.starts(with: [8, 0, 3])) }
            if starts([3, 5, 1]) { let r = d.dropFirst(3); return r.count == 9 && (r.starts(with: [8, 0, 0]) || r.starts(with: [8, 0, 8])) }
            if starts([3, 5, 3]) || starts([6, 1]) {
                let r = d.dropFirst(d.starts(with: [3, 5, 3]) ? 3 : 2)
                return r.starts(with: [1, 8, 0, 0]) || r.starts(with: [1, 3, 0, 0])
            }
            return false
        }
        if d.count == 11 && d.first == 1 || d.count == 10 && groupLengths.first == 3 && groupLengths.count >= 2 {
            let local = d.count == 11 ? d.dropFirst() : d
            if nanp.contains(where: { Array(local.prefix(3)) == $0 }) { return true }
        }
        if starts([0, 8, 0, 0]) { return true }
        if starts([0, 8, 0, 5]), language.hasPrefix("fr") { return true }
        if d.count == 9, starts([9, 0, 0]) || starts([8, 0, 0]) || starts([8, 0, 3]) || starts([8, 0, 8]) { return true }
        if d.count == 10, starts([1, 8, 0, 0]) || starts([1, 3, 0, 0]) { return true }
        return false
    }

    /// Whether national `d` (with its trunk 0 where the country dials one) is in a non-geographic range that only
    /// companies hold, in the text's language: French 09 69 and 081/082 shared-cost numbers, Portuguese 707/708/760/761
    /// ("linha de apoio"), Spanish 901/902/905, Dutch 088 company numbers and 0900/0906/0909, Italian 199/840/848/892/899,
    /// German 0180 service numbers, Belgian 070/078, British 03 and 084/087 numbers. Sources: the same regulators'
    /// numbering plans (ARCEP, ANACOM, CNMC, ACM, AGCOM, BNetzA, BIPT, Ofcom); own summary.
    static func isBusinessServiceNumber(_ d: [UInt8], language: String) -> Bool {
        func starts(_ prefix: [UInt8]) -> Bool { d.count > prefix.count && d.starts(with: prefix) }
        switch language.prefix(2) {
        case "fr":
            return d.count == 10 && (starts([0, 9, 6, 9]) || starts([0, 8, 1]) || starts([0, 8, 2]))
                || d.count == 9 && (starts([0, 7, 0]) || starts([0, 7, 8]))
        case "pt":
            return d.count == 9 && (starts([7, 0, 7]) || starts([7, 0, 8]) || starts([7, 6, 0]) || starts([7, 6, 1]))
        case "es":
            return d.count == 9 && (starts([9, 0, 1]) || starts([9, 0, 2]) || starts([9, 0, 5]))
        case "nl":
            return d.count == 10 && starts([0, 8, 8]) || d.count >= 10 && (starts([0, 9, 0, 0]) || starts([0, 9, 0, 6]) || starts([0, 9, 0, 9]))
                || d.count == 9 && (starts([0, 7, 0]) || starts([0, 7, 8]))
        case "it":
            return (9...10).contains(d.count) && (starts([1, 9, 9]) || starts([8, 4, 0]) || starts([8, 4, 8]) || starts([8, 9, 2]) || starts([8, 9, 9]))
        case "de":
            return d.count >= 10 && starts([0, 1, 8, 0])
        case "en":
            return d.count == 11 && (starts([0, 3]) || starts([0, 8, 4]) || starts([0, 8, 7]))
        default:
            return false
        }
    }

    /// NANP: NXX-NXX-XXXX, optionally with a leading 1, grouped 3-3-4 / 1-3-3-4 / 3-7.
    private static func isNANP(_ d: [UInt8], _ groups: [Int], formatted: Bool) -> Bool {
        var nsn = d[...]
        var shape = groups
        if d.count == 11, d[0] == 1 {
            nsn = d.dropFirst()
            if formatted {
                guard shape.first == 1 else { return false }
                shape.removeFirst()
            }
        }
        guard nsn.count == 10 else { return false }
        let a = nsn.startIndex
        guard nsn[a] >= 2, nsn[a + 3] >= 2 else { return false }
        if !formatted { return true }
        return shape == [3, 3, 4] || shape == [3, 7] || shape == [10]
    }

    /// An international number (country code first, no `+`/`00`).
    private static func isInternational(_ d: [UInt8], formatted: Bool) -> Bool {
        guard d.count >= 7, d.count <= 15, d[0] != 0 else { return false }
        for ccLength in 1...3 where ccLength < d.count {
            let cc = Array(d[0..<ccLength])
            guard let country = countries[cc] else { continue }
            var nsn = Array(d[ccLength...])
            if nsn.first == 0, cc != [3, 9] { nsn.removeFirst() }  // "+44 (0)20 …"
            guard let first = nsn.first else { return false }
            return country.lengths.contains(nsn.count) && country.leading.contains(first)
        }
        // Other country codes: E.164 allows up to 15 digits in total.
        return d.count >= 8
    }
}
