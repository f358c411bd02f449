import ArgumentParser
import Foundation
import Pipeline

/// `supportstream dlq decrypt`: restores the original bytes of dead letters for reprocessing.
struct DLQDecryptCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "decrypt",
        abstract: "Restore the original records of dead letters (JSON lines, e.g. from kcat) with SUPPORTSTREAM_DLQ_KEY.",
        discussion: """
            Input: one support.dlq/v1 JSON record per line, e.g.
              kcat -b HOST:PORT -C -t support.dlq -e -q -f '%s\\n' > dlq.jsonl
            --format record (default) writes each dead letter with original_base64 in place of
            original_encrypted; --format raw writes the original bytes, one per line (an original that
            itself holds a newline breaks the line framing; use record for those).
            Plain dead letters pass through. A wrong key stops with a one-line error and exit code 2.
            Records that kept only size and SHA-256 are skipped and counted on stderr; with --format raw,
            records that kept only a prefix (redaction_failed keeps none, originals over 512 KiB their
            start) are skipped too, and stderr names their source offsets to re-read.
            """)

    @Option(name: .long, help: "Dead letters as JSON lines, or - for stdin.")
    var input: String

    @Option(name: .long, help: "Where to write, or - for stdout.")
    var output: String = "-"

    @Option(name: .long, help: "record (JSON line with original_base64) or raw (the original bytes).")
    var format: String = "record"

    func run() throws {
        guard let format = DeadLetterRestorer.Format(rawValue: format) else {
            throw fail("dlq decrypt: --format must be record or raw")
        }
        let key: DeadLetterKey?
        do {
            key = try DeadLetterKey.fromEnvironment(ProcessInfo.processInfo.environment)
        } catch {
            throw fail("dlq decrypt: \(error)")
        }
        let data: Data
        if input == "-" {
            data = FileHandle.standardInput.readDataToEndOfFile()
        } else {
            guard let read = FileManager.default.contents(atPath: input) else { throw fail("dlq decrypt: cannot read \(input)") }
            data = read
        }
        let restorer = DeadLetterRestorer(key: key, format: format)
        var out: [UInt8] = []
        var restored = 0, skipped = 0
        var truncated: [String] = []
        for (index, line) in data.split(separator: UInt8(ascii: "\n")).enumerated() {
            let bytes = Array(line)
            if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { continue }
            do {
                out += try restorer.restore(line: bytes)
                out.append(UInt8(ascii: "\n"))
                restored += 1
            } catch .noPayload {
                skipped += 1
            } catch let .truncated(source) {
                // Source coordinates only: never any of the record's text.
                truncated.append(source)
            } catch {
                throw fail("dlq decrypt: line \(index + 1): \(error)")
            }
        }
        if output == "-" {
            FileHandle.standardOutput.write(Data(out))
        } else {
            guard OutputFile.write(Data(out), to: output, permissions: 0o600) else {
                throw fail("dlq decrypt: cannot write \(output)")
            }
        }
        var note = "dlq decrypt: restored \(restored) records"
        if skipped > 0 { note += ", skipped \(skipped) without payload (size and SHA-256 only)" }
        if !truncated.isEmpty {
            note += ", skipped \(truncated.count) with a truncated payload (re-read from the source: "
                + truncated.prefix(20).joined(separator: ", ") + (truncated.count > 20 ? ", …" : "") + ")"
        }
        FileHandle.standardError.write(Data((note + "\n").utf8))
    }
}
