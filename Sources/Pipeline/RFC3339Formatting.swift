extension RFC3339 {
    /// `ms` milliseconds since the epoch as RFC 3339 UTC, e.g. `2024-06-03T07:00:00.250Z`
    /// (the fraction only when non-zero).
    ///
    /// The civil date comes from Howard Hinnant's `civil_from_days` algorithm
    /// (http://howardhinnant.github.io/date_algorithms.html).
    public static func string(epochMilliseconds ms: Int64) -> String {
        let days = ms >= 0 ? ms / 86_400_000 : (ms - 86_399_999) / 86_400_000
        let msOfDay = ms - days * 86_400_000
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1_460 + doe / 36_524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let day = doy - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        let year = yoe + era * 400 + (month <= 2 ? 1 : 0)
        func pad(_ value: Int64, _ width: Int) -> String {
            let text = String(value)
            return String(repeating: "0", count: max(0, width - text.count)) + text
        }
        let seconds = msOfDay / 1_000, fraction = msOfDay % 1_000
        var result = "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))T\(pad(seconds / 3_600, 2)):\(pad(seconds / 60 % 60, 2)):\(pad(seconds % 60, 2))"
        if fraction != 0 { result += "." + pad(fraction, 3) }
        return result + "Z"
    }
}
