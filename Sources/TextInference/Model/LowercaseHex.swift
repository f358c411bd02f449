/// Lowercase hexadecimal text of bytes, as digests and pseudonyms are written.
enum LowercaseHex {
    /// Returns two lowercase hexadecimal characters per byte of `bytes`, in order.
    static func string(_ bytes: some Sequence<UInt8>) -> String {
        let digits = Array("0123456789abcdef".utf8)
        var text: [UInt8] = []
        text.reserveCapacity(bytes.underestimatedCount * 2)
        for byte in bytes {
            text.append(digits[Int(byte >> 4)])
            text.append(digits[Int(byte & 0x0f)])
        }
        return String(decoding: text, as: UTF8.self)
    }
}
