/// Reads little-endian primitives from model artifact bytes, failing with `ModelError.truncated`.
struct ModelBinaryReader {
    /// The whole artifact.
    private let bytes: [UInt8]
    /// The offset of the next unread byte.
    private(set) var offset = 0

    /// Creates a reader positioned at the first byte.
    init(bytes: [UInt8]) { self.bytes = bytes }

    /// Whether every byte has been consumed.
    var isAtEnd: Bool { offset == bytes.count }

    /// Bytes not yet read.
    var remaining: Int { bytes.count - offset }

    /// Fails unless `count` more bytes are available.
    private func require(_ count: Int) throws {
        guard count >= 0, offset + count <= bytes.count else {
            throw ModelError.truncated(expectedAtLeast: offset + max(count, 0), actual: bytes.count)
        }
    }

    /// The next `count` bytes without consuming them (`nil` when fewer remain).
    func peek(count: Int) -> [UInt8]? {
        guard count >= 0, offset + count <= bytes.count else { return nil }
        return Array(bytes[offset..<(offset + count)])
    }

    /// Reads `count` raw bytes.
    mutating func readRaw(count: Int) throws -> [UInt8] {
        try require(count)
        defer { offset += count }
        return Array(bytes[offset..<(offset + count)])
    }

    /// Reads one byte.
    mutating func readUInt8() throws -> UInt8 {
        try require(1)
        defer { offset += 1 }
        return bytes[offset]
    }

    /// Reads a little-endian 16-bit value.
    mutating func readUInt16() throws -> UInt16 {
        try require(2)
        defer { offset += 2 }
        return UInt16(bytes[offset]) | UInt16(bytes[offset + 1]) << 8
    }

    /// Reads a little-endian 32-bit value.
    mutating func readUInt32() throws -> UInt32 {
        try require(4)
        var value: UInt32 = 0
        for index in 0..<4 { value |= UInt32(bytes[offset + index]) << UInt32(8 * index) }
        offset += 4
        return value
    }

    /// Reads a little-endian 64-bit value.
    mutating func readUInt64() throws -> UInt64 {
        try require(8)
        var value: UInt64 = 0
        for index in 0..<8 { value |= UInt64(bytes[offset + index]) << UInt64(8 * index) }
        offset += 8
        return value
    }

    /// Reads an IEEE-754 single.
    mutating func readFloat() throws -> Float { Float(bitPattern: try readUInt32()) }

    /// Reads an IEEE-754 double.
    mutating func readDouble() throws -> Double { Double(bitPattern: try readUInt64()) }

    /// Reads a length-prefixed UTF-8 string.
    mutating func readString() throws -> String {
        let count = Int(try readUInt16())
        let raw = try readRaw(count: count)
        return String(decoding: raw, as: UTF8.self)
    }

    /// Reads `count` signed bytes.
    mutating func readInt8s(count: Int) throws -> [Int8] {
        try require(count)
        defer { offset += count }
        let start = offset
        return [Int8](unsafeUninitializedCapacity: count) { buffer, initialized in
            bytes.withUnsafeBytes { source in
                if count > 0 { UnsafeMutableRawPointer(buffer.baseAddress!).copyMemory(from: source.baseAddress! + start, byteCount: count) }
            }
            initialized = count
        }
    }
}
