import Foundation

/// Restores the original bytes of dead letters (JSON lines, e.g. exported with kcat) for reprocessing.
public struct DeadLetterRestorer: Sendable {
    /// Output form of a restored dead letter.
    public enum Format: String, Sendable, CaseIterable {
        /// The dead letter as a JSON line with `original_base64` in place of the encrypted payload.
        case record
        /// The original bytes as they were consumed, one record per line.
        case raw
    }

    /// The key; `nil` restores only plain dead letters.
    public let key: DeadLetterKey?
    /// The output form.
    public let format: Format

    /// Creates a restorer.
    public init(key: DeadLetterKey?, format: Format) {
        self.key = key
        self.format = format
    }

    /// One output line (without its newline) for one dead-letter line.
    public func restore(line: [UInt8]) throws(DeadLetterDecryptError) -> [UInt8] {
        let record: DeadLetter.Record
        do {
            record = try JSONDecoder().decode(DeadLetter.Record.self, from: Data(line))
        } catch {
            throw .malformed("not a support.dlq/v1 JSON record")
        }
        if format == .raw && record.originalTruncated == true {
            let source = record.source
            throw .truncated(source: "\(source.topic)[\(source.partition)]@\(source.offset)")
        }
        let bytes = try original(of: record)
        switch format {
        case .raw:
            return bytes
        case .record:
            var plain = record
            plain.originalEncrypted = nil
            plain.originalBase64 = Data(bytes).base64EncodedString()
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
            guard let data = try? encoder.encode(plain) else { throw .malformed("cannot re-encode the record") }
            return Array(data)
        }
    }

    private func original(of record: DeadLetter.Record) throws(DeadLetterDecryptError) -> [UInt8] {
        if let sealed = record.originalEncrypted {
            guard let key else {
                throw .malformed("the record is encrypted and \(DeadLetterKey.environmentVariable) is not set")
            }
            return try DeadLetterPayload.open(sealed, key: key)
        }
        if let base64 = record.originalBase64 {
            guard let bytes = Data(base64Encoded: base64) else { throw .malformed("original_base64 is not valid base64") }
            return Array(bytes)
        }
        throw .noPayload
    }
}
