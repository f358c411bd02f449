/// The Luhn mod-10 check used by payment card numbers (ISO/IEC 7812-1, Annex B).
enum LuhnChecksum {
    /// Whether the digit values in `digits` (0–9 each) pass the Luhn check.
    ///
    /// From the rightmost digit, every second digit is doubled (subtracting 9 when the
    /// product exceeds 9); the number is valid when the sum is a multiple of 10.
    static func isValid(_ digits: [UInt8]) -> Bool {
        var sum = 0
        var double = false
        for digit in digits.reversed() {
            var d = Int(digit)
            if double {
                d *= 2
                if d > 9 { d -= 9 }
            }
            sum += d
            double.toggle()
        }
        return sum % 10 == 0
    }
}
