import Foundation
import KafkaClient
import Logging
import Pipeline
import Testing

@Suite("Dead-letter payload protection")
struct DeadLetterPayloadTests {
    static let keyA = Data((0..<32).map { UInt8($0) }).base64EncodedString()
    static let keyB = Data((0..<32).map { UInt8(255 - $0) }).base64EncodedString()
    static let original = Array("{\"kind\":\"ticket\",\"body\":\"card 4111 1111 1111 1111, mail canary@example.com\"".utf8)

    static func deadLetter(_ payload: DeadLetterPayload, value: [UInt8] = original) -> [UInt8] {
        let input = KafkaMessage(topic: "support.tickets", partition: 3, offset: 42, key: Array("T-1".utf8), value: value)
        return DeadLetter.message(for: input, failure: DecodeFailure(.invalidJSON, "unterminated object"), topic: "support.dlq",
                                  payload: payload).value
    }

    static func object(_ bytes: [UInt8]) -> [String: Any] {
        Fixtures.object(bytes) ?? [:]
    }

    @Test("encrypted: no plaintext in the record, and decrypt restores the exact bytes")
    func roundTrip() throws {
        let key = try DeadLetterKey(base64: Self.keyA)
        let line = Self.deadLetter(DeadLetterPayload(mode: .encrypted, key: key))
        let text = String(decoding: line, as: UTF8.self)
        #expect(!text.contains("4111") && !text.contains("canary"))
        let record = Self.object(line)
        #expect(record["original_base64"] == nil)
        let sealed = try #require(record["original_encrypted"] as? [String: Any])
        #expect(sealed["alg"] as? String == "A256GCM")
        #expect(sealed["key_id"] as? String == key.id)
        #expect((sealed["nonce"] as? String).flatMap { Data(base64Encoded: $0) }?.count == 12)
        #expect((sealed["tag"] as? String).flatMap { Data(base64Encoded: $0) }?.count == 16)
        #expect(record["original_size_bytes"] as? Int == Self.original.count)

        let raw = try DeadLetterRestorer(key: key, format: .raw).restore(line: line)
        #expect(raw == Self.original)
        let restored = Self.object(try DeadLetterRestorer(key: key, format: .record).restore(line: line))
        #expect((restored["original_base64"] as? String).flatMap { Data(base64Encoded: $0) }.map(Array.init) == Self.original)
        #expect(restored["original_encrypted"] == nil)
        #expect(restored["reason_code"] as? String == "invalid_json")
        #expect((restored["source"] as? [String: Any])?["offset"] as? Int == 42)
    }

    @Test("a wrong key or an altered ciphertext is refused with a one-line error")
    func wrongKey() throws {
        let line = Self.deadLetter(DeadLetterPayload(mode: .encrypted, key: try DeadLetterKey(base64: Self.keyA)))
        let other = try DeadLetterKey(base64: Self.keyB)
        #expect(throws: DeadLetterDecryptError.self) { try DeadLetterRestorer(key: other, format: .raw).restore(line: line) }
        do {
            _ = try DeadLetterRestorer(key: other, format: .raw).restore(line: line)
        } catch {
            #expect(error.description.hasPrefix("wrong key"))
            #expect(!error.description.contains("\n"))
        }
        // Same key id but a flipped ciphertext bit: authentication fails.
        var record = Self.object(line)
        var sealed = record["original_encrypted"] as? [String: Any] ?? [:]
        var cipher = Array(Data(base64Encoded: sealed["ciphertext"] as? String ?? "") ?? Data())
        cipher[0] ^= 1
        sealed["ciphertext"] = Data(cipher).base64EncodedString()
        record["original_encrypted"] = sealed
        let altered = Array(try JSONSerialization.data(withJSONObject: record))
        #expect(throws: DeadLetterDecryptError.authenticationFailed) {
            try DeadLetterRestorer(key: try DeadLetterKey(base64: Self.keyA), format: .raw).restore(line: altered)
        }
        #expect(throws: ConfigurationError.self) { try DeadLetterKey(base64: "c2hvcnQ=") }
    }

    @Test("encrypted without a key: payload dropped, size and SHA-256 kept, one warning naming the variable")
    func noKey() throws {
        let sink = CapturingLogHandler.Sink()
        let logger = Logger(label: "dlq") { _ in CapturingLogHandler(sink: sink) }
        let payload = try DeadLetterPayload.load(mode: .encrypted, environment: [:], logger: logger)
        #expect(payload.missingKey)
        #expect(sink.all.count == 1 && sink.all[0].contains(DeadLetterKey.environmentVariable))
        let record = Self.object(Self.deadLetter(payload))
        #expect(record["original_base64"] == nil && record["original_encrypted"] == nil)
        #expect(record["original_sha256"] as? String == DeadLetterPayload.sha256Hex(Self.original))
        #expect((record["original_sha256"] as? String)?.count == 64)
        #expect(record["original_size_bytes"] as? Int == Self.original.count)
        #expect(throws: DeadLetterDecryptError.noPayload) {
            try DeadLetterRestorer(key: nil, format: .raw).restore(line: Self.deadLetter(payload))
        }
        // A malformed key is a configuration error that never echoes the value.
        do {
            _ = try DeadLetterPayload.load(mode: .encrypted, environment: [DeadLetterKey.environmentVariable: "bm90LWEta2V5"], logger: logger)
            Issue.record("a malformed key was accepted")
        } catch {
            #expect(!error.description.contains("bm90LWEta2V5"))
        }
    }

    @Test("drop keeps size and SHA-256; plain keeps base64 and needs no key")
    func dropAndPlain() throws {
        let dropped = Self.object(Self.deadLetter(DeadLetterPayload(mode: .drop, key: try DeadLetterKey(base64: Self.keyA))))
        #expect(dropped["original_base64"] == nil && dropped["original_encrypted"] == nil)
        #expect(dropped["original_sha256"] as? String == DeadLetterPayload.sha256Hex(Self.original))
        let plainLine = Self.deadLetter(DeadLetterPayload(mode: .plain))
        let plain = Self.object(plainLine)
        #expect((plain["original_base64"] as? String).flatMap { Data(base64Encoded: $0) }.map(Array.init) == Self.original)
        #expect(try DeadLetterRestorer(key: nil, format: .raw).restore(line: plainLine) == Self.original)
    }

    @Test("raw restore refuses a truncated original and names its source offset, never its text")
    func truncatedRaw() throws {
        let input = KafkaMessage(topic: "support.tickets", partition: 3, offset: 42, key: Array("T-1".utf8), value: Self.original)
        let line = DeadLetter.message(for: input, failure: DecodeFailure(.redactionFailed, "field 'body' too long"), topic: "support.dlq",
                                      payload: DeadLetterPayload(mode: .plain), maxOriginalBytes: 0).value
        #expect(Self.object(line)["original_truncated"] as? Bool == true)
        do {
            _ = try DeadLetterRestorer(key: nil, format: .raw).restore(line: line)
            Issue.record("a truncated original was restored as raw bytes")
        } catch {
            #expect(error == .truncated(source: "support.tickets[3]@42"))
            #expect(!error.description.contains("4111") && error.description.contains("support.tickets[3]@42"))
        }
        // The record form keeps the flag, so nothing downstream mistakes the prefix for the record.
        let record = Self.object(try DeadLetterRestorer(key: nil, format: .record).restore(line: line))
        #expect(record["original_truncated"] as? Bool == true)
    }

    @Test("dlq.payload parses from file and environment; a key in the file is refused")
    func configuration() throws {
        #expect(try ServiceConfiguration.load(path: nil, environment: [:]).dlqPayload == .encrypted)
        #expect(try ServiceConfiguration.load(path: nil, environment: ["SUPPORTSTREAM_DLQ_PAYLOAD": "drop"]).dlqPayload == .drop)
        let path = NSTemporaryDirectory() + "ss-dlq-\(UUID().uuidString).json"
        defer { try? FileManager.default.removeItem(atPath: path) }
        try Data("{\"dlq\":{\"payload\":\"plain\"}}".utf8).write(to: URL(fileURLWithPath: path))
        #expect(try ServiceConfiguration.load(path: path, environment: [:]).dlqPayload == .plain)
        try Data("{\"dlq\":{\"payload\":\"encrypted\",\"key\":\"x\"}}".utf8).write(to: URL(fileURLWithPath: path))
        #expect(throws: ConfigurationError.secretInFile(key: "dlq.key", variable: "SUPPORTSTREAM_DLQ_KEY")) {
            try ServiceConfiguration.load(path: path, environment: [:])
        }
        // The reliability limits next to it: defaults, file values, and range checks that name the key.
        let defaults = try ServiceConfiguration.load(path: nil, environment: [:])
        #expect(defaults.stageTimeoutMs == 30_000 && defaults.stallRestartMs == 120_000 && defaults.maxInFlightPerPartition == 1_000)
        #expect(defaults.maxBatchRecords == 192)
        try Data("{\"stage_timeout_ms\":500,\"stall_restart_ms\":5000,\"max_in_flight_per_partition\":64,\"max_batch_records\":1}".utf8).write(to: URL(fileURLWithPath: path))
        let custom = try ServiceConfiguration.load(path: path, environment: [:])
        #expect(custom.stageTimeoutMs == 500 && custom.stallRestartMs == 5_000 && custom.maxInFlightPerPartition == 64)
        #expect(custom.maxBatchRecords == 1)
        for (json, key) in [("{\"stage_timeout_ms\":200000}", "stall_restart_ms"), ("{\"max_in_flight_per_partition\":1}", "max_in_flight_per_partition"),
                            ("{\"max_batch_records\":0}", "max_batch_records"), ("{\"max_batch_records\":2000}", "max_batch_records")] {
            try Data(json.utf8).write(to: URL(fileURLWithPath: path))
            do {
                _ = try ServiceConfiguration.load(path: path, environment: [:])
                Issue.record("accepted \(json)")
            } catch {
                #expect(error.description.contains("'\(key)'"))
            }
        }
        let production = try ServiceConfiguration.load(path: Fixtures.root.appendingPathComponent("Config/production.example.json").path,
                                                       environment: [:])
        #expect(production.dlqPayload == .encrypted)
    }
}
