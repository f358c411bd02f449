/// Appends little-endian primitives to a byte buffer for the model artifact format.
struct ModelBinaryWriter {
    /// The bytes written so far.
    private(set) var bytes: [UInt8] = []

    /// Appends raw bytes.
    mutating func write(raw: [UInt8]) { bytes.append(contentsOf: raw) }

    /// Appends one byte.
    mutating func write(_ value: UInt8) { bytes.append(value) }

    /// Appends a little-endian 16-bit value.
    mutating func write(_ value: UInt16) {
        bytes.append(UInt8(truncatingIfNeeded: value))
        bytes.append(UInt8(truncatingIfNeeded: value >> 8))
    }

    /// Appends a little-endian 32-bit value.
    mutating func write(_ value: UInt32) {
        for shift in stride(from: 0, to: 32, by: 8) { bytes.append(UInt8(truncatingIfNeeded: value >> UInt32(shift))) }
    }

    /// Appends a little-endian 64-bit value.
    mutating func write(_ value: UInt64) {
        for shift in stride(from: 0, to: 64, by: 8) { bytes.append(UInt8(truncatingIfNeeded: value >> UInt64(shift))) }
    }

    /// Appends an IEEE-754 single as its little-endian bit pattern.
    mutating func write(_ value: Float) { write(value.bitPattern) }

    /// Appends an IEEE-754 double as its little-endian bit pattern.
    mutating func write(_ value: Double) { write(value.bitPattern) }

    /// Appends a string as a 16-bit byte count followed by its UTF-8 bytes.
    mutating func write(_ value: String) {
        let utf8 = Array(value.utf8)
        write(UInt16(clamping: utf8.count))
        bytes.append(contentsOf: utf8.prefix(Int(UInt16.max)))
    }

    /// Appends signed 8-bit values as raw bytes.
    mutating func write(int8s values: [Int8]) {
        bytes.reserveCapacity(bytes.count + values.count)
        for value in values { bytes.append(UInt8(bitPattern: value)) }
    }
}
