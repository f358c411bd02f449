/// Splits a JSON-lines buffer into its lines.
public enum JSONLines {
    /// The lines of `bytes` without their `\n` terminators; a final empty line (after the last
    /// `\n`) is dropped, other empty lines are kept so line numbers stay those of the file.
    public static func split(_ bytes: UnsafeRawBufferPointer) -> [[UInt8]] {
        var lines: [[UInt8]] = []
        lines.reserveCapacity(bytes.count / 512 + 1)
        let count = bytes.count
        var start = 0
        var index = 0
        while index < count {
            if bytes[index] == 0x0A {
                lines.append(Array(bytes[start..<index]))
                start = index + 1
            }
            index += 1
        }
        if start < count { lines.append(Array(bytes[start..<count])) }
        return lines
    }
}
