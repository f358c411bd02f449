/// Maps a BCP 47 / POSIX locale hint (`"es-MX"`, `"pt_BR"`, `"no"`) to a supported ISO 639-1 code.
enum LocaleHint {
    /// Returns the language part of `hint`, normalised to the identifier's codes, or `nil`.
    static func languageCode(_ hint: String?) -> String? {
        guard let hint, !hint.isEmpty else { return nil }
        var language = ""
        for scalar in hint.unicodeScalars {
            if scalar == "-" || scalar == "_" || scalar == "." || scalar == "@" { break }
            language.unicodeScalars.append(Unicode.Scalar(TextScalars.lowercase(scalar.value)) ?? scalar)
        }
        switch language {
        case "no", "nn", "nob", "nor": return "nb"
        case "iw": return "he"
        case "in": return "id"
        case "zho", "cmn", "yue": return "zh"
        case "eng": return "en"
        case "spa": return "es"
        case "fra", "fre": return "fr"
        case "deu", "ger": return "de"
        case "ara": return "ar"
        default: return language
        }
    }
}
