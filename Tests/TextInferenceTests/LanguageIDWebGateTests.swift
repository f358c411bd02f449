import Foundation
import Testing
import TextInference

/// Regression gate of the bundled language identifier on the web-style sets in `Topics/samples`.
///
/// Each set's macro recall (the mean of per-language accuracies, which an evaluation with equal texts
/// per language scores) must stay within 0.5 points of the figure recorded when the model was trained.
/// The holdout sets were never read line by line; see `Topics/README.md`.
@Suite("Language identification on web-style text")
struct LanguageIDWebGateTests {
    /// Recorded macro recall (fraction) per set with langid-1.6.0 (99.91, 94.60, 100.00 and 92.84 %; langid-1.5.0 had
    /// 99.81, 93.25, 99.61 and 90.58 %).
    static let recorded: [(file: String, macroRecall: Double, rows: Int)] = [
        ("langid_web_dev.tsv", 0.999, 1_800),
        ("langid_web_dev_pairs.tsv", 0.946, 14_430),
        ("langid_web_holdout.tsv", 1.0, 760),
        ("langid_web_holdout_pairs.tsv", 0.928, 6_783),
    ]

    /// `Topics/samples` of this checkout.
    static let samples = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Topics/samples")

    /// Reads a `code<TAB>text` file.
    static func rows(_ file: String) throws -> [(code: String, text: String)] {
        let path = samples.appendingPathComponent(file).path
        let data = try #require(FileManager.default.contents(atPath: path), "cannot read \(path)")
        return String(decoding: data, as: UTF8.self).split(separator: "\n").compactMap { line in
            let parts = line.split(separator: "\t", maxSplits: 1)
            return parts.count == 2 ? (String(parts[0]), String(parts[1])) : nil
        }
    }

    @Test("Macro recall on each web-style set does not regress by more than 0.5 points", arguments: 0..<4)
    func macroRecall(set: Int) throws {
        let (file, recorded, count) = Self.recorded[set]
        let identifier = try LanguageIdentifier.loadDefault()
        var right: [String: Int] = [:]
        var total: [String: Int] = [:]
        for row in try Self.rows(file) {
            total[row.code, default: 0] += 1
            if identifier.identify(row.text).code == row.code { right[row.code, default: 0] += 1 }
        }
        #expect(total.values.reduce(0, +) == count)
        let recalls = total.map { Double(right[$0.key, default: 0]) / Double($0.value) }
        let macro = recalls.reduce(0, +) / Double(max(recalls.count, 1))
        let weakest = total.keys.sorted().map { "\($0) \(right[$0, default: 0])/\(total[$0]!)" }
        #expect(macro >= recorded - 0.005, "\(file): macro recall \(macro), recorded \(recorded); per language: \(weakest)")
    }
}
