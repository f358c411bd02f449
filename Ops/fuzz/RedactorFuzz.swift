// libFuzzer entry point for the redactor. Built by Ops/fuzz/run.sh with the redaction sources.
// Checks the invariants the contract promises: spans are in range, sorted and disjoint.

@_cdecl("LLVMFuzzerTestOneInput")
public func redactorFuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    let result = Redactor().redact(text, language: size % 2 == 0 ? "en" : "de")
    let count = text.unicodeScalars.count
    var last = 0
    for entity in result.entities {
        precondition(entity.start >= last && entity.start < entity.end && entity.end <= count)
        last = entity.end
    }
    return 0
}
