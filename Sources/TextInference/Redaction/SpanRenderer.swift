/// Writes the replacement of one entity span according to its type's ``RedactionOperator``.
struct SpanRenderer {
    /// The settings that pick the operator, placeholder style and pseudonym key.
    let configuration: RedactorConfiguration

    /// The replacement for `values` (the span's scalars) of `type`.
    func replacement(for type: EntityType, values: ArraySlice<UInt32>, session: inout RedactionSession) -> String {
        var op = configuration.operators[type] ?? .placeholder
        if op == .pseudonym, configuration.pseudonymKey?.isEmpty ?? true { op = .placeholder }
        switch op {
        case .drop:
            return ""
        case .mask:
            return Self.mask(type, values)
        case .pseudonym:
            let message = Array((type.rawValue + ":" + Self.normalize(type, values)).utf8)
            let hex = HMACSHA256.hex(key: configuration.pseudonymKey ?? [], message: message)
            return "<" + type.rawValue + "_" + String(hex.prefix(8)) + ">"
        case .placeholder:
            let number = configuration.placeholderStyle == .numbered
                ? session.number(for: type, normalized: Self.normalize(type, values)) : 0
            return configuration.placeholderStyle.placeholder(for: type, number: number)
        }
    }

    /// The value compared for repeats and hashed for pseudonyms: digits and letters only (upper-cased)
    /// for numbers and codes; case-folded with single spaces for names, addresses, e-mails and URLs.
    ///
    /// The string is assembled as UTF-8 bytes (the same scalars as appending to a scalar view, cheaper).
    static func normalize(_ type: EntityType, _ values: ArraySlice<UInt32>) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(values.count)
        switch type {
        case .phone, .creditCard, .iban, .usSSN:
            for value in values where ScalarClass.isASCIIAlnum(value) {
                bytes.append(UInt8(ScalarClass.isASCIILower(value) ? value - 32 : value))
            }
            return String(decoding: bytes, as: UTF8.self)
        case .secret:
            for value in values { if let scalar = Unicode.Scalar(value) { bytes.append(contentsOf: scalar.utf8) } }
            return String(decoding: bytes, as: UTF8.self)
        default:
            var pendingSpace = false
            for value in values {
                if ScalarClass.isWhitespace(value) || value == 44 {
                    pendingSpace = !bytes.isEmpty
                    continue
                }
                if pendingSpace { bytes.append(32); pendingSpace = false }
                if let scalar = Unicode.Scalar(value) { bytes.append(contentsOf: scalar.utf8) }
            }
            return String(decoding: bytes, as: UTF8.self).lowercased()
        }
    }

    /// Same scalar count: letters and digits become `*`, other scalars stay; cards, phones and IBANs
    /// keep their last four letters or digits.
    static func mask(_ type: EntityType, _ values: ArraySlice<UInt32>) -> String {
        var keep = 0
        switch type {
        case .creditCard, .phone, .iban: keep = 4
        default: keep = 0
        }
        var remainingKept = keep
        var output = [Unicode.Scalar]()
        output.reserveCapacity(values.count)
        for value in values.reversed() {
            let isSymbol = value < 0x80 ? !ScalarClass.isASCIIAlnum(value) : !ScalarClass.isWordChar(value)
            if isSymbol {
                output.append(Unicode.Scalar(value) ?? "*")
            } else if remainingKept > 0 {
                output.append(Unicode.Scalar(value) ?? "*")
                remainingKept -= 1
            } else {
                output.append("*")
            }
        }
        var view = String.UnicodeScalarView()
        view.append(contentsOf: output.reversed())
        return String(view)
    }
}
