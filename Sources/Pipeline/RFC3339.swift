/// RFC 3339 `date-time` checks and parsing, without Foundation formatters.
public enum RFC3339 {
    /// Whether `value` is an RFC 3339 date-time such as `2026-11-27T16:00:00Z` or `…T16:00:00.123+01:00`.
    public static func isValid(_ value: String) -> Bool {
        epochMilliseconds(value) != nil
    }

    /// Milliseconds since the Unix epoch for an RFC 3339 date-time, or `nil` when invalid.
    public static func epochMilliseconds(_ value: String) -> Int64? {
        let b = Array(value.utf8)
        guard b.count >= 20 else { return nil }
        func digits(_ start: Int, _ count: Int) -> Int? {
            guard start + count <= b.count else { return nil }
            var number = 0
            for index in start..<(start + count) {
                let c = b[index]
                guard c >= 48 && c <= 57 else { return nil }
                number = number * 10 + Int(c - 48)
            }
            return number
        }
        guard let year = digits(0, 4), b[4] == 45, let month = digits(5, 2), b[7] == 45, let day = digits(8, 2),
              b[10] == 84 || b[10] == 116 || b[10] == 32,
              let hour = digits(11, 2), b[13] == 58, let minute = digits(14, 2), b[16] == 58, let second = digits(17, 2)
        else { return nil }
        guard (1...12).contains(month), (1...31).contains(day), hour < 24, minute < 60, second <= 60 else { return nil }
        let monthDays = [31, (year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        guard day <= monthDays[month - 1] else { return nil }
        var index = 19
        var millis = 0
        if b[index] == 46 {
            index += 1
            var fractionDigits = 0
            while index < b.count, b[index] >= 48, b[index] <= 57 {
                if fractionDigits < 3 { millis = millis * 10 + Int(b[index] - 48) }
                fractionDigits += 1
                index += 1
            }
            guard fractionDigits > 0 else { return nil }
            if fractionDigits < 3 {
                for _ in fractionDigits..<3 { millis *= 10 }
            }
        }
        guard index < b.count else { return nil }
        var offsetMinutes = 0
        if b[index] == 90 || b[index] == 122 {
            index += 1
        } else if b[index] == 43 || b[index] == 45 {
            guard let offsetHour = digits(index + 1, 2), index + 3 < b.count, b[index + 3] == 58,
                  let offsetMinute = digits(index + 4, 2), offsetHour < 24, offsetMinute < 60 else { return nil }
            offsetMinutes = (offsetHour * 60 + offsetMinute) * (b[index] == 45 ? -1 : 1)
            index += 6
        } else {
            return nil
        }
        guard index == b.count else { return nil }
        // Days from civil date (proleptic Gregorian), after H. Hinnant's published algorithm.
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        let days = era * 146_097 + doe - 719_468
        let seconds = Int64(days) * 86_400 + Int64(hour * 3600 + minute * 60 + second) - Int64(offsetMinutes * 60)
        return seconds * 1000 + Int64(millis)
    }
}
