/// Arabic orthographic normalisation used by triage and routing.
///
/// Folds alef variants (أ إ آ ٱ) to ا, alef maqsura ى and Persian yeh ی to ي, teh marbuta ة to ه,
/// hamza carriers ؤ → و and ئ → ي, keheh ک to ك, the letters that Maghrebi and Gulf dialect spellings
/// borrow (گ ڭ → ك, ڤ → ف, ڨ → ق, پ → ب, چ → ج, ہ ھ ە → ه), removes diacritics (tashkeel, superscript alef)
/// and tatweel, and maps Arabic-Indic digits to ASCII digits.
public enum ArabicNormalizer {
    /// Normalises every Arabic scalar in `text`; other scalars are kept unchanged.
    public static func normalize(_ text: String) -> String {
        var output = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            guard let folded = fold(scalar.value) else { continue }
            output.append(Unicode.Scalar(folded) ?? scalar)
        }
        return String(output)
    }

    /// Returns the normalised scalar value, or `nil` when the scalar is dropped.
    @inline(__always)
    static func fold(_ value: UInt32) -> UInt32? {
        guard value >= 0x600, value <= 0x6FF else { return value }
        switch value {
        case 0x622, 0x623, 0x625, 0x671: return 0x627
        case 0x649, 0x6CC: return 0x64A
        case 0x629: return 0x647
        case 0x624: return 0x648
        case 0x626: return 0x64A
        case 0x6A9, 0x6AF, 0x6AD: return 0x643  // keheh ک, gaf گ and ng ڭ (Moroccan g) → ك
        case 0x6A4: return 0x641  // veh ڤ (Tunisian/Algerian v, g) → ف
        case 0x6A8: return 0x642  // qaf with three dots ڨ (Tunisian/Algerian g) → ق
        case 0x67E: return 0x628  // peh پ → ب
        case 0x686: return 0x62C  // tcheh چ → ج
        case 0x6C1, 0x6BE, 0x6D5: return 0x647  // heh goal ہ, heh doachashmee ھ, ae ە → ه
        case 0x640, 0x64B...0x65F, 0x670: return nil
        case 0x660...0x669: return value - 0x660 + 0x30
        case 0x6F0...0x6F9: return value - 0x6F0 + 0x30
        default: return value
        }
    }
}
