/// The kinds of personal data the redactor reports (contract v1; extend, never rename).
public enum EntityType: String, Sendable, CaseIterable, Codable, Hashable {
    case email = "EMAIL"
    case phone = "PHONE"
    case creditCard = "CREDIT_CARD"
    case iban = "IBAN"
    case ipAddress = "IP_ADDRESS"
    case usSSN = "US_SSN"
    case url = "URL"
    case secret = "SECRET"
    case person = "PERSON"
    case address = "ADDRESS"
    case dateOfBirth = "DATE_OF_BIRTH"
}
