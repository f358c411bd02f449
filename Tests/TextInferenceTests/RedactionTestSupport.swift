@testable import TextInference

/// Helpers shared by the redaction test suites.
enum RedactionTestSupport {
    /// The shared redactor under test.
    static let redactor = Redactor()

    /// The substrings of `text` covered by `result`'s entities of `type`, by scalar offsets.
    static func spans(_ result: RedactionResult, in text: String, type: EntityType? = nil) -> [String] {
        let scalars = Array(text.unicodeScalars)
        return result.entities.filter { type == nil || $0.type == type }.map { entity in
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars[entity.start..<entity.end])
            return String(view)
        }
    }

    /// Appends a Luhn check digit to `payload` (digits only).
    static func withLuhnDigit(_ payload: String) -> String {
        let digits = payload.compactMap { $0.wholeNumberValue }
        // Sum as if a check digit 0 were appended, then pick the digit that makes it a multiple of 10.
        var sum = 0
        for (offset, digit) in digits.reversed().enumerated() {
            var d = digit
            if offset % 2 == 0 {
                d *= 2
                if d > 9 { d -= 9 }
            }
            sum += d
        }
        return payload + String((10 - sum % 10) % 10)
    }
}
