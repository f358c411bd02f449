/// Errors raised while locating, verifying or decoding a bundled model artifact.
public enum ModelError: Error, Sendable, CustomStringConvertible, Equatable {
    /// A resource file (model, manifest or table) is not in the module bundle.
    case missingResource(name: String)
    /// A file of a model directory (`--models DIR`, `models.directory`) cannot be read.
    case missingFile(path: String)
    /// The manifest has no entry for the requested model.
    case missingManifestEntry(model: String)
    /// The manifest or a JSON table could not be decoded.
    case malformedJSON(resource: String, reason: String)
    /// The artifact's SHA-256 differs from the one recorded in the manifest.
    case checksumMismatch(file: String, expected: String, actual: String)
    /// The artifact's size differs from the one recorded in the manifest.
    case sizeMismatch(file: String, expected: Int, actual: Int)
    /// The bytes end before the declared content does.
    case truncated(expectedAtLeast: Int, actual: Int)
    /// The bytes do not start with the expected magic number.
    case wrongFormat(expectedMagic: String)
    /// The artifact was written by an unsupported format version.
    case unsupportedFormatVersion(found: Int, supported: Int)
    /// The artifact holds a different kind of model than the one requested.
    case wrongModelKind(expected: String, found: String)
    /// The artifact's content is internally inconsistent.
    case invalidContent(reason: String)

    /// A human-readable explanation with the action that fixes the problem.
    public var description: String {
        switch self {
        case .missingResource(let name):
            return "Model resource '\(name)' is missing from the TextInference bundle; "
                + "check that Sources/TextInference/Resources/\(name) exists and rebuild."
        case .missingFile(let path):
            return "Model file '\(path)' cannot be read; a model directory needs models.json, langid.ssm and triage.ssm "
                + "(copy Sources/TextInference/Resources as a template)."
        case .missingManifestEntry(let model):
            return "Resources/models.json has no entry for model '\(model)'; "
                + "re-run `supportstream train \(model)` to regenerate the artifact and manifest."
        case .malformedJSON(let resource, let reason):
            return "Could not decode '\(resource)': \(reason). Fix the JSON or restore the committed copy."
        case .checksumMismatch(let file, let expected, let actual):
            return "SHA-256 of '\(file)' is \(actual) but the manifest expects \(expected); "
                + "the artifact is corrupt or was replaced without updating Resources/models.json "
                + "(re-run the train command, which updates both)."
        case .sizeMismatch(let file, let expected, let actual):
            return "'\(file)' is \(actual) bytes but the manifest expects \(expected); "
                + "the artifact is truncated or stale — restore it from git or retrain."
        case .truncated(let expectedAtLeast, let actual):
            return "Model bytes are truncated: needed at least \(expectedAtLeast) bytes, got \(actual); "
                + "restore the artifact from git or retrain."
        case .wrongFormat(let expectedMagic):
            return "Bytes are not a TextInference model (magic '\(expectedMagic)' not found); "
                + "pass the .ssm file written by `supportstream train`."
        case .unsupportedFormatVersion(let found, let supported):
            return "Model format version \(found) is not supported (this build reads version \(supported)); "
                + "retrain with this build or upgrade the library."
        case .wrongModelKind(let expected, let found):
            return "Expected a '\(expected)' model but the artifact holds a '\(found)' model; check the file name."
        case .invalidContent(let reason):
            return "Model content is invalid: \(reason). Retrain the model."
        }
    }
}
