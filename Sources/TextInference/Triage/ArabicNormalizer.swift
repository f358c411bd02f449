/// Arabic orthographic normalisation used by triage and routing.
///
/// Folds alef variants (أ إ آ ٱ) to ا, alef maqsura ى and Persian yeh ی to ي, teh marbuta ة to ه,
/// hamza carriers ؤ → و and ئ → ي, keheh ک to ك, removes diacritics (tashkeel, superscript alef)
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
        case 0x6A9: return 0x643
        case 0x640, 0x64B...0x65F, 0x670: return nil
        case 0x660...0x669: return value - 0x660 + 0x30
        case 0x6F0...0x6F9: return value - 0x6F0 + 0x30
        default: return value
        }
    }
}
