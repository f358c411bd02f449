/// Allocation-free Unicode scalar helpers shared by the feature extractors.
///
/// Lowercasing covers the Latin, Greek and Cyrillic blocks used by the supported languages
/// with arithmetic; anything else falls back to the standard library's scalar properties.
enum TextScalars {
    /// Returns the simple lowercase form of a scalar value (final sigma folds to σ).
    @inline(__always)
    static func lowercase(_ value: UInt32) -> UInt32 {
        if value < 0x80 { return (value >= 0x41 && value <= 0x5A) ? value + 32 : value }
        if value < tableEnd { return lowercaseTable[Int(value)] }
        return lowercaseNonASCII(value)
    }

    /// ``lowercaseNonASCII(_:)`` of every scalar below ``tableEnd`` (ASCII unused), computed once: small
    /// Greek and Cyrillic letters and most of Latin Extended otherwise ask the Unicode properties.
    /// Written once during initialisation and only read afterwards, so sharing it is safe.
    nonisolated(unsafe) static let lowercaseTable: UnsafePointer<UInt32> = {
        let table = UnsafeMutablePointer<UInt32>.allocate(capacity: Int(tableEnd))
        for value in 0..<tableEnd { table[Int(value)] = value < 0x80 ? value : lowercaseNonASCII(value) }
        return UnsafePointer(table)
    }()

    /// ``lowercase(_:)`` without the table, for tests.
    static func lowercaseByProperties(_ value: UInt32) -> UInt32 {
        if value < 0x80 { return (value >= 0x41 && value <= 0x5A) ? value + 32 : value }
        return lowercaseNonASCII(value)
    }

    /// Lowercases scalars outside ASCII.
    private static func lowercaseNonASCII(_ value: UInt32) -> UInt32 {
        switch value {
        case 0xC0...0xDE where value != 0xD7: return value + 32
        case 0x130: return 0x69  // İ → i
        case 0x100...0x137, 0x14A...0x177: return value | 1
        case 0x139...0x148, 0x179...0x17E: return value % 2 == 1 ? value + 1 : value
        case 0x178: return 0xFF
        case 0x1A0, 0x1AF, 0x218, 0x21A: return value + 1
        case 0x1E00...0x1E95, 0x1EA0...0x1EFF: return value | 1
        case 0x386: return 0x3AC
        case 0x388...0x38A: return value + 37
        case 0x38C: return 0x3CC
        case 0x38E, 0x38F: return value + 63
        case 0x391...0x3A9: return value + 32
        case 0x3C2: return 0x3C3
        case 0x400...0x40F: return value + 80
        case 0x410...0x42F: return value + 32
        case 0x460...0x481, 0x48A...0x4BF, 0x4D0...0x4FF: return value | 1
        case 0x3040...0x9FFF, 0xAC00...0xD7AF, 0x600...0x6FF, 0x900...0x97F, 0x590...0x5FF:
            return value
        default:
            guard let scalar = Unicode.Scalar(value), scalar.properties.changesWhenLowercased else { return value }
            return scalar.properties.lowercaseMapping.unicodeScalars.first?.value ?? value
        }
    }

    /// Whether a scalar is a letter or a combining mark (part of a word).
    @inline(__always)
    static func isWordScalar(_ value: UInt32) -> Bool {
        if value < 0x80 {
            return (value >= 0x61 && value <= 0x7A) || (value >= 0x41 && value <= 0x5A)
        }
        if value < tableEnd { return lowFlags[Int(value)] & wordFlag != 0 }
        return isWordScalarByCategory(value)
    }

    /// Scalars below this have their ``isWordScalar(_:)`` and ``isDigit(_:)`` answers in ``lowFlags``
    /// (Latin, Greek, Cyrillic, Hebrew, Arabic, Devanagari, punctuation: everything but CJK and Hangul).
    static let tableEnd: UInt32 = 0x3000
    private static let wordFlag: UInt8 = 1
    private static let digitFlag: UInt8 = 2

    /// ``isWordScalarByCategory(_:)`` and ``isDigitByCategory(_:)`` of every scalar below ``tableEnd``,
    /// computed once (a table read instead of a general-category search for each non-ASCII letter).
    /// Written once during initialisation and only read afterwards, so sharing it is safe.
    nonisolated(unsafe) static let lowFlags: UnsafePointer<UInt8> = {
        let table = UnsafeMutablePointer<UInt8>.allocate(capacity: Int(tableEnd))
        for value in 0..<tableEnd {
            table[Int(value)] = (isWordScalarByCategory(value) ? wordFlag : 0) | (isDigitByCategory(value) ? digitFlag : 0)
        }
        return UnsafePointer(table)
    }()

    /// ``isWordScalar(_:)`` from the scalar's general category.
    static func isWordScalarByCategory(_ value: UInt32) -> Bool {
        guard let scalar = Unicode.Scalar(value) else { return false }
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
            .nonspacingMark, .spacingMark, .enclosingMark:
            return value != 0x640  // Arabic tatweel is decoration, not a letter.
        default:
            return false
        }
    }

    /// Whether a scalar is a decimal digit in any script.
    @inline(__always)
    static func isDigit(_ value: UInt32) -> Bool {
        if value < 0x80 { return value >= 0x30 && value <= 0x39 }
        if value < tableEnd { return lowFlags[Int(value)] & digitFlag != 0 }
        return isDigitByCategory(value)
    }

    /// ``isDigit(_:)`` from the scalar's general category.
    static func isDigitByCategory(_ value: UInt32) -> Bool {
        guard let scalar = Unicode.Scalar(value) else { return false }
        return scalar.properties.generalCategory == .decimalNumber
    }

    /// Whether a scalar separates tokens (white space or a line/paragraph separator).
    @inline(__always)
    static func isSpace(_ value: UInt32) -> Bool {
        switch value {
        case 0x09...0x0D, 0x20, 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000:
            return true
        default:
            return false
        }
    }
}
