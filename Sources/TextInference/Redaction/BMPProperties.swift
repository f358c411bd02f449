/// The Unicode properties the redaction scanners ask about, precomputed for every scalar of the
/// Basic Multilingual Plane.
///
/// Each entry answers exactly what ``ScalarClass`` would compute from `Unicode.Scalar.Properties`
/// (alphabetic, upper case, lower case, and word character as ``ScalarClass/isWordChar(_:)``
/// defines it), so a table look-up replaces a search of the standard library's property tables on
/// every accented or non-Latin letter. The table takes 64 KiB and is filled once, on first use.
enum BMPProperties {
    /// The scalar is alphabetic.
    static let alphabetic: UInt8 = 1
    /// The scalar is upper case.
    static let uppercase: UInt8 = 2
    /// The scalar is lower case.
    static let lowercase: UInt8 = 4
    /// The scalar is a word character (``ScalarClass/isWordChar(_:)``).
    static let wordChar: UInt8 = 8

    /// Flags for scalar values `0..<0x10000`; surrogate code points have none.
    ///
    /// Written once during initialisation and only read afterwards, so sharing it is safe.
    nonisolated(unsafe) static let flags: UnsafePointer<UInt8> = {
        let table = UnsafeMutablePointer<UInt8>.allocate(capacity: 0x10000)
        for value in 0..<UInt32(0x10000) {
            table[Int(value)] = compute(value)
        }
        return UnsafePointer(table)
    }()

    /// The flags of `value`, straight from the Unicode properties.
    private static func compute(_ value: UInt32) -> UInt8 {
        if value < 0x80 {
            var flags: UInt8 = 0
            if ScalarClass.isASCIILetter(value) { flags |= alphabetic }
            if ScalarClass.isASCIIUpper(value) { flags |= uppercase }
            if ScalarClass.isASCIILower(value) { flags |= lowercase }
            if ScalarClass.isASCIIAlnum(value) { flags |= wordChar }
            return flags
        }
        guard let scalar = Unicode.Scalar(value) else { return 0 }
        let properties = scalar.properties
        var flags: UInt8 = 0
        if properties.isAlphabetic { flags |= alphabetic }
        if properties.isUppercase { flags |= uppercase }
        if properties.isLowercase { flags |= lowercase }
        if !ScalarClass.isSpacelessScript(value), properties.isAlphabetic || properties.numericType != nil {
            flags |= wordChar
        }
        return flags
    }
}
