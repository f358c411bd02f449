/// Cheap classification helpers over Unicode scalar values, shared by every recognizer.
///
/// ASCII is answered with integer arithmetic, the rest of the Basic Multilingual Plane with
/// ``BMPProperties`` (a table filled once from the Unicode properties); only scalars above
/// U+FFFF query the properties directly. The scanners stay allocation-free.
enum ScalarClass {
    /// Whether `c` is an ASCII digit `0`–`9`.
    @inline(__always) static func isDigit(_ c: UInt32) -> Bool { c &- 48 < 10 }

    /// Whether `c` is an ASCII capital letter.
    @inline(__always) static func isASCIIUpper(_ c: UInt32) -> Bool { c &- 65 < 26 }

    /// Whether `c` is an ASCII small letter.
    @inline(__always) static func isASCIILower(_ c: UInt32) -> Bool { c &- 97 < 26 }

    /// Whether `c` is an ASCII letter of either case.
    @inline(__always) static func isASCIILetter(_ c: UInt32) -> Bool { (c | 0x20) &- 97 < 26 }

    /// Whether `c` is an ASCII letter or digit.
    @inline(__always) static func isASCIIAlnum(_ c: UInt32) -> Bool { isDigit(c) || isASCIILetter(c) }

    /// Whether `c` is a hexadecimal digit.
    @inline(__always) static func isHex(_ c: UInt32) -> Bool { isDigit(c) || (c | 0x20) &- 97 < 6 }

    /// Whether `c` separates words: ASCII and Unicode spaces, tabs and line breaks.
    @inline(__always) static func isWhitespace(_ c: UInt32) -> Bool {
        if c < 0x80 { return c == 32 || (c >= 9 && c <= 13) }
        return c == 0xA0 || c == 0x85 || c == 0x1680 || (c >= 0x2000 && c <= 0x200A)
            || c == 0x2028 || c == 0x2029 || c == 0x202F || c == 0x205F || c == 0x3000
    }

    /// Whether `c` is a letter in any script.
    @inline(__always) static func isLetter(_ c: UInt32) -> Bool {
        if c < 0x80 { return isASCIILetter(c) }
        if c < 0x10000 { return BMPProperties.flags[Int(c)] & BMPProperties.alphabetic != 0 }
        return Unicode.Scalar(c)?.properties.isAlphabetic ?? false
    }

    /// Whether `c` is a letter or an ASCII digit (the word characters used for boundaries).
    ///
    /// Han, kana and Hangul are not: those scripts write no spaces, so a number or an address
    /// directly after "カード番号は" or "연락처는" still starts at a boundary.
    @inline(__always) static func isWordChar(_ c: UInt32) -> Bool {
        if c < 0x80 { return isASCIIAlnum(c) }
        if c < 0x10000 { return BMPProperties.flags[Int(c)] & BMPProperties.wordChar != 0 }
        if isSpacelessScript(c) { return false }
        if let scalar = Unicode.Scalar(c) {
            return scalar.properties.isAlphabetic || scalar.properties.numericType != nil
        }
        return false
    }

    /// Whether `c` is Han, Hiragana, Katakana or Hangul (scripts written without spaces between words).
    @inline(__always) static func isSpacelessScript(_ c: UInt32) -> Bool {
        (c >= 0x3040 && c <= 0x30FF) || (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x4E00 && c <= 0x9FFF)
            || (c >= 0xAC00 && c <= 0xD7AF) || (c >= 0xF900 && c <= 0xFAFF)
    }

    /// Whether `c` is an upper-case letter in a cased script.
    @inline(__always) static func isUpper(_ c: UInt32) -> Bool {
        if c < 0x80 { return isASCIIUpper(c) }
        if c < 0x10000 { return BMPProperties.flags[Int(c)] & BMPProperties.uppercase != 0 }
        return Unicode.Scalar(c)?.properties.isUppercase ?? false
    }

    /// Whether `c` is a lower-case letter in a cased script.
    @inline(__always) static func isLower(_ c: UInt32) -> Bool {
        if c < 0x80 { return isASCIILower(c) }
        if c < 0x10000 { return BMPProperties.flags[Int(c)] & BMPProperties.lowercase != 0 }
        return Unicode.Scalar(c)?.properties.isLowercase ?? false
    }

    /// Folds `c` for case-insensitive phrase matching.
    ///
    /// Lower-cases ASCII, Latin-1, Latin Extended-A (Ł Ś Ž Ş İ …), Romanian Ș Ț, Greek and Cyrillic
    /// capitals, maps every space to U+0020 and typographic apostrophes to `'`. Other scalars are
    /// returned unchanged.
    @inline(__always) static func fold(_ c: UInt32) -> UInt32 {
        if c < 0x80 { return foldASCII(c) }
        switch c {
        case 0xC0...0xDE where c != 0xD7: return c + 32
        case 0x100...0x17F: return foldLatinExtendedA(c)
        case 0x218, 0x21A: return c + 1
        case 0x391...0x3A9: return c + 32
        case 0x410...0x42F: return c + 32
        case 0x400...0x40F: return c + 80
        case 0x2018, 0x2019, 0x2032, 0x02BC: return 39
        default: return isWhitespace(c) ? 32 : c
        }
    }

    /// ``fold(_:)`` for U+0100–U+017F: capitals sit on even code points before U+0138 and from U+014A to
    /// U+0177, on odd ones from U+0139 to U+0148 and from U+0179; İ becomes i and Ÿ becomes ÿ (Unicode's
    /// simple lower-case mappings).
    @inline(__always) static func foldLatinExtendedA(_ c: UInt32) -> UInt32 {
        switch c {
        case 0x130: return 0x69
        case 0x178: return 0xFF
        case 0x100...0x137, 0x14A...0x177: return c & 1 == 0 ? c + 1 : c
        case 0x139...0x148, 0x179...0x17E: return c & 1 == 1 ? c + 1 : c
        default: return c
        }
    }

    /// ``fold(_:)`` for an ASCII `c`.
    @inline(__always) static func foldASCII(_ c: UInt32) -> UInt32 {
        if isASCIIUpper(c) { return c + 32 }
        if c >= 9 && c <= 13 { return 32 }
        return c
    }
}
