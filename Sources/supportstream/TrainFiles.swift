import Foundation
import TextInference

/// File helpers for the train commands: reading data, writing artifacts and updating the manifest.
enum TrainFiles {
    /// An I/O failure with the path involved.
    struct Failure: Error, CustomStringConvertible {
        /// What went wrong.
        let description: String
    }

    /// Reads a UTF-8 file.
    static func readText(_ path: String) throws -> String {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw Failure(description: "cannot read \(path)")
        }
        return String(decoding: data, as: UTF8.self)
    }

    /// Reads the non-empty, trimmed lines of a UTF-8 file.
    static func readLines(_ path: String) throws -> [String] {
        try readText(path).split(whereSeparator: \.isNewline)
            .map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty }
    }

    /// Reads a labelled language-ID TSV (ISO 639-1 code, a tab, the text); lines without a tab are skipped.
    static func readLanguageSamples(_ path: String) throws -> [LanguageIDSample] {
        try readLines(path).compactMap { line in
            let parts = line.split(separator: "\t", maxSplits: 1)
            return parts.count == 2 ? LanguageIDSample(text: String(parts[1]), language: String(parts[0])) : nil
        }
    }

    /// Whether a file exists.
    static func exists(_ path: String) -> Bool { FileManager.default.fileExists(atPath: path) }

    /// Writes bytes, creating the directory if needed.
    static func write(_ bytes: [UInt8], to path: String) throws {
        let url = URL(fileURLWithPath: path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(bytes).write(to: url)
    }

    /// Writes a UTF-8 string.
    static func write(_ text: String, to path: String) throws { try write(Array(text.utf8), to: path) }

    /// Writes the artifact into `directory` and records its checksum in `directory/models.json`.
    static func publish(model name: String, version: String, file: String, bytes: [UInt8], directory: String) throws {
        try write(bytes, to: directory + "/" + file)
        let manifestPath = directory + "/models.json"
        var manifest = ModelManifest()
        if exists(manifestPath) {
            manifest = try ModelManifest(jsonBytes: Array(try readText(manifestPath).utf8))
        }
        manifest.models[name] = ModelManifestEntry(version: version, file: file, artifact: bytes)
        try write(try manifest.jsonBytes(), to: manifestPath)
    }

    /// Scores a freshly trained model on each `--report` file and logs its figures.
    ///
    /// `read` parses one file, `evaluate` scores its samples under a display name, and `describe` names a
    /// file's row count (e.g. "120 rows"); the log line is `<model>: <file> accuracy … macro-F1 …`.
    static func reports<Sample>(
        _ paths: [String], model: String, read: (String) throws -> [Sample],
        describe: (Int) -> String, evaluate: ([Sample], String) -> ClassificationReport
    ) throws -> [ClassificationReport] {
        try paths.map { path in
            let samples = try read(path)
            let name = (path as NSString).lastPathComponent
            let report = evaluate(samples, "\(name) (\(describe(samples.count)))")
            log("\(model): \(name) accuracy \(report.accuracy) macro-F1 \(report.macroF1)")
            return report
        }
    }

    /// Prints a line to standard error.
    static func log(_ message: String) {
        FileHandle.standardError.write(Data((message + "\n").utf8))
    }
}
