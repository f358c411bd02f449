// libFuzzer entry point for the input decoder (strict JSON parser + contract validation).
// Built by Ops/fuzz/run.sh together with the decoder sources; not part of the package.

@_cdecl("LLVMFuzzerTestOneInput")
public func decoderFuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    let decoder = EventDecoder(maxEventBytes: 1 << 16, maxFieldScalars: 4_096)
    switch decoder.decode(bytes) {
    case let .success(event):
        precondition(!event.eventID.isEmpty)
    case let .failure(failure):
        precondition(!failure.message.isEmpty)
    }
    return 0
}
