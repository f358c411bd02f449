import Foundation
import TextInference

/// Reads langdetect character-n-gram profiles (JSON `{"freq": {gram: count}}`) for language-ID training.
enum LanguageIDProfiles {
    /// Profile file per model language. Scripts whose profiles langdetect normalises lossily (CJK,
    /// Hangul, Vietnamese) or that take a fast path are left out; `no` is Bokmål.
    static let files: [String: String] = [
        "en": "en", "es": "es", "fr": "fr", "de": "de", "it": "it", "pt": "pt", "nl": "nl", "sv": "sv", "da": "da",
        "nb": "no", "fi": "fi", "pl": "pl", "cs": "cs", "ru": "ru", "uk": "uk", "tr": "tr", "id": "id", "ro": "ro",
        "hu": "hu",
    ]

    /// langdetect writes Romanian ș ț with a cedilla; the corpus uses the comma below.
    static let romanianLetters: [Character: Character] = ["ş": "ș", "ţ": "ț", "Ş": "Ș", "Ţ": "Ț"]

    /// Reads the profiles found in `directory`, keyed by model language.
    static func read(directory: String) throws -> [String: [String: Double]] {
        var result: [String: [String: Double]] = [:]
        for (language, file) in files.sorted(by: { $0.key < $1.key }) {
            let path = "\(directory)/\(file)"
            guard TrainFiles.exists(path) else { continue }
            let data = Data(try TrainFiles.readText(path).utf8)
            guard let object = try JSONSerialization.jsonObject(with: data) as? [String: Any],
                let frequencies = object["freq"] as? [String: Any]
            else { throw TrainFiles.Failure(description: "\(path) is not a langdetect profile") }
            var counts: [String: Double] = [:]
            for (gram, value) in frequencies {
                guard let count = (value as? NSNumber)?.doubleValue else { continue }
                let key = language == "ro" ? String(gram.map { romanianLetters[$0] ?? $0 }) : gram
                counts[key, default: 0] += count
            }
            result[language] = counts
        }
        TrainFiles.log("langid: \(result.count) n-gram profiles")
        return result
    }
}
