/// A recognizer's proposal for one redacted span, before overlaps are resolved.
struct Candidate: Sendable, Equatable {
    /// What kind of personal data the span holds.
    let type: EntityType
    /// First scalar of the span.
    let start: Int
    /// One past the last scalar of the span.
    let end: Int

    /// Resolution priority: higher wins an overlap; ties go to the longer span.
    var priority: Int {
        switch type {
        case .url: return 110
        case .secret: return 100
        case .creditCard, .iban: return 95
        case .email: return 90
        case .usSSN: return 85
        case .ipAddress: return 80
        case .phone: return 70
        case .dateOfBirth: return 60
        case .address: return 50
        case .person: return 40
        }
    }
}
