/// A label set in a canonical (sorted) order, so equal sets hash equally.
struct MetricLabels: Hashable, Comparable, Sendable {
    let pairs: [Pair]

    struct Pair: Hashable, Sendable {
        let name: String
        let value: String
    }

    init(_ labels: [String: String]) {
        if labels.count <= 1 {
            // Nothing to sort (the common `{stage=…}` label set).
            pairs = labels.map { Pair(name: $0.key, value: $0.value) }
        } else {
            pairs = labels.sorted { $0.key < $1.key }.map { Pair(name: $0.key, value: $0.value) }
        }
    }

    private init(pairs: [Pair]) {
        self.pairs = pairs
    }

    /// The set plus one more label (for `le` on histogram buckets).
    func adding(_ name: String, _ value: String) -> MetricLabels {
        MetricLabels(pairs: pairs + [Pair(name: name, value: value)])
    }

    /// `{a="1",b="2"}`, or an empty string without labels.
    var rendered: String {
        guard !pairs.isEmpty else { return "" }
        return "{" + pairs.map { "\($0.name)=\"\(Self.escape($0.value))\"" }.joined(separator: ",") + "}"
    }

    static func < (lhs: MetricLabels, rhs: MetricLabels) -> Bool {
        lhs.rendered < rhs.rendered
    }

    /// Escapes backslash, double quote and newline as the exposition format requires.
    static func escape(_ value: String) -> String {
        var out = ""
        for character in value {
            switch character {
            case "\\": out += "\\\\"
            case "\"": out += "\\\""
            case "\n": out += "\\n"
            default: out.append(character)
            }
        }
        return out
    }
}
