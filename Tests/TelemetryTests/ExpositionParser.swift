/// A strict parser for the Prometheus text format 0.0.4, enough to check what the registry writes.
struct ExpositionParser {
    struct Sample: Equatable {
        var name: String
        var labels: [String: String]
        var value: Double
    }

    struct Failure: Error, CustomStringConvertible {
        var line: Int
        var reason: String
        var description: String { "line \(line): \(reason)" }
    }

    var samples: [Sample] = []
    var types: [String: String] = [:]

    static func parse(_ text: String) throws -> ExpositionParser {
        var result = ExpositionParser()
        guard text.isEmpty || text.hasSuffix("\n") else { throw Failure(line: 0, reason: "missing final newline") }
        for (index, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).dropLast().enumerated() {
            let line = String(raw)
            let number = index + 1
            if line.hasPrefix("# ") {
                let parts = line.split(separator: " ", maxSplits: 3).map(String.init)
                guard parts.count >= 3, ["HELP", "TYPE"].contains(parts[1]), isName(parts[2]) else {
                    throw Failure(line: number, reason: "bad comment")
                }
                if parts[1] == "TYPE" {
                    guard parts.count == 4, ["counter", "gauge", "histogram", "summary", "untyped"].contains(parts[3]) else {
                        throw Failure(line: number, reason: "bad type")
                    }
                    guard result.types[parts[2]] == nil else { throw Failure(line: number, reason: "duplicate TYPE") }
                    result.types[parts[2]] = parts[3]
                }
                continue
            }
            result.samples.append(try sample(line, number: number))
        }
        // Every sample belongs to a declared family, declared before it (checked by family name).
        for sample in result.samples where result.family(of: sample.name) == nil {
            throw Failure(line: 0, reason: "sample \(sample.name) has no TYPE")
        }
        return result
    }

    func family(of name: String) -> String? {
        if types[name] != nil { return name }
        for suffix in ["_bucket", "_sum", "_count"] where name.hasSuffix(suffix) {
            let base = String(name.dropLast(suffix.count))
            if types[base] == "histogram" { return base }
        }
        return nil
    }

    static func isName(_ name: String) -> Bool {
        guard let first = name.unicodeScalars.first, first == "_" || first == ":" || (first.properties.isASCIIHexDigit == false && first.isASCII && first.properties.isAlphabetic) else {
            return false
        }
        return name.unicodeScalars.allSatisfy { $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "_" || $0 == ":") }
    }

    static func sample(_ line: String, number: Int) throws -> Sample {
        var scalars = Array(line.unicodeScalars)[...]
        var name = ""
        while let c = scalars.first, c != "{", c != " " { name.unicodeScalars.append(c); scalars.removeFirst() }
        guard isName(name) || (name.unicodeScalars.allSatisfy { $0.isASCII } && name.first?.isLetter == true) else {
            throw Failure(line: number, reason: "bad metric name")
        }
        var labels: [String: String] = [:]
        if scalars.first == "{" {
            scalars.removeFirst()
            while scalars.first != "}" {
                var key = ""
                while let c = scalars.first, c != "=" { key.unicodeScalars.append(c); scalars.removeFirst() }
                guard scalars.popFirst() == "=", scalars.popFirst() == "\"", !key.isEmpty,
                      key.unicodeScalars.allSatisfy({ $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "_") }) else {
                    throw Failure(line: number, reason: "bad label name")
                }
                var value = ""
                while true {
                    guard let c = scalars.popFirst() else { throw Failure(line: number, reason: "unterminated label value") }
                    if c == "\"" { break }
                    if c == "\\" {
                        switch scalars.popFirst() {
                        case "\\": value += "\\"
                        case "\"": value += "\""
                        case "n": value += "\n"
                        default: throw Failure(line: number, reason: "bad escape")
                        }
                    } else {
                        value.unicodeScalars.append(c)
                    }
                }
                guard labels[key] == nil else { throw Failure(line: number, reason: "duplicate label") }
                labels[key] = value
                if scalars.first == "," { scalars.removeFirst() } else if scalars.first != "}" {
                    throw Failure(line: number, reason: "expected , or }")
                }
            }
            scalars.removeFirst()
        }
        guard scalars.popFirst() == " " else { throw Failure(line: number, reason: "expected a space before the value") }
        let rest = String(String.UnicodeScalarView(scalars))
        let valueText = rest.split(separator: " ").first.map(String.init) ?? ""
        let value: Double
        switch valueText {
        case "+Inf": value = .infinity
        case "-Inf": value = -.infinity
        case "NaN": value = .nan
        default:
            guard let parsed = Double(valueText) else { throw Failure(line: number, reason: "bad value") }
            value = parsed
        }
        return Sample(name: name, labels: labels, value: value)
    }
}
