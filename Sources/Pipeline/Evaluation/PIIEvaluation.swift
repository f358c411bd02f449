import TextInference

/// Scores a ``Redactor`` on labelled texts: typed micro-F1, leak rates, PERSON recall and hard negatives.
///
/// Definitions:
/// - A prediction matches a gold span of the same type when their intersection is at least half of
///   their union (each span matched at most once). Per-type and micro precision/recall/F1 count these.
/// - A gold span *leaks* when any of its letters or digits is outside every predicted span (of any
///   type), i.e. part of the value survives in the redacted text. Span leak rate: over all gold
///   spans; structured leak rate: over EMAIL, PHONE, CREDIT_CARD, IBAN, IP_ADDRESS, US_SSN, SECRET.
/// - A hard negative is *flagged* when any predicted span overlaps it.
/// - Predictions overlapping an ignored region (a label type we do not cover), or of a type the data
///   never labels (`scoredTypes`), are not scored.
public struct PIIEvaluation: Sendable {
    /// Counts for one entity type.
    public struct TypeScore: Sendable, Equatable {
        public var truePositives = 0
        public var falsePositives = 0
        public var falseNegatives = 0
        public var precision: Double { ratio(truePositives, truePositives + falsePositives) }
        public var recall: Double { ratio(truePositives, truePositives + falseNegatives) }
        public var f1: Double { precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall) }
    }

    /// The types whose leaks count as structured.
    public static let structuredTypes: Set<String> = ["EMAIL", "PHONE", "CREDIT_CARD", "IBAN", "IP_ADDRESS", "US_SSN", "SECRET"]

    /// Scores per type.
    public var perType: [String: TypeScore] = [:]
    /// Gold spans, leaked gold spans; structured gold spans, leaked structured spans.
    public var goldSpans = 0, leakedSpans = 0, structuredSpans = 0, leakedStructured = 0
    /// Hard negatives and how many were flagged.
    public var negatives = 0, flaggedNegatives = 0
    /// Flagged negatives by kind: (flagged, total).
    public var negativesByKind: [String: (flagged: Int, total: Int)] = [:]
    /// Texts scored.
    public var texts = 0
    /// Leaked gold spans by type.
    public var leaksByType: [String: Int] = [:]

    /// Micro-averaged scores over every type.
    public var micro: TypeScore {
        perType.values.reduce(into: TypeScore()) {
            $0.truePositives += $1.truePositives
            $0.falsePositives += $1.falsePositives
            $0.falseNegatives += $1.falseNegatives
        }
    }

    /// Span leak rate.
    public var spanLeakRate: Double { ratio(leakedSpans, goldSpans) }
    /// Structured leak rate.
    public var structuredLeakRate: Double { ratio(leakedStructured, structuredSpans) }
    /// Share of hard negatives flagged.
    public var negativeFlagRate: Double { ratio(flaggedNegatives, negatives) }
    /// PERSON recall.
    public var personRecall: Double { perType["PERSON", default: TypeScore()].recall }

    /// Creates an empty evaluation.
    public init() {}

    /// Scores `examples` redacted by `redactor`; `scoredTypes` (nil: all) limits which predicted types count.
    public static func evaluate(_ examples: [PIIExample], redactor: Redactor, scoredTypes: Set<String>? = nil) -> PIIEvaluation {
        var evaluation = PIIEvaluation()
        for example in examples {
            let result = redactor.redact(example.text, language: example.language)
            evaluation.add(example, predicted: result.entities, scoredTypes: scoredTypes)
        }
        return evaluation
    }

    /// Adds one example's predictions.
    public mutating func add(_ example: PIIExample, predicted entities: [Entity], scoredTypes: Set<String>?) {
        texts += 1
        let scalars = Array(example.text.unicodeScalars)
        let predicted = entities.filter { entity in
            (scoredTypes?.contains(entity.type.rawValue) ?? true)
                && !example.ignored.contains { $0.start < entity.end && entity.start < $0.end }
        }
        var covered = [Bool](repeating: false, count: scalars.count)
        for entity in entities {
            for i in max(0, entity.start)..<min(scalars.count, entity.end) { covered[i] = true }
        }
        var goldUsed = [Bool](repeating: false, count: example.entities.count)
        for entity in predicted {
            var matched = false
            for (index, gold) in example.entities.enumerated() where !goldUsed[index] && gold.label == entity.type.rawValue {
                let intersection = min(gold.end, entity.end) - max(gold.start, entity.start)
                let union = max(gold.end, entity.end) - min(gold.start, entity.start)
                if intersection > 0, 2 * intersection >= union {
                    goldUsed[index] = true
                    matched = true
                    break
                }
            }
            if matched {
                perType[entity.type.rawValue, default: TypeScore()].truePositives += 1
            } else {
                perType[entity.type.rawValue, default: TypeScore()].falsePositives += 1
            }
        }
        for (index, gold) in example.entities.enumerated() {
            if !goldUsed[index] { perType[gold.label, default: TypeScore()].falseNegatives += 1 }
            let leaked = (max(0, gold.start)..<min(scalars.count, gold.end)).contains { i in
                !covered[i] && (scalars[i].properties.isAlphabetic || ("0"..."9").contains(scalars[i]))
            }
            goldSpans += 1
            let structured = Self.structuredTypes.contains(gold.label)
            if structured { structuredSpans += 1 }
            if leaked {
                leakedSpans += 1
                leaksByType[gold.label, default: 0] += 1
                if structured { leakedStructured += 1 }
            }
        }
        for negative in example.negatives {
            let flagged = entities.contains { $0.start < negative.end && negative.start < $0.end }
            negatives += 1
            var kind = negativesByKind[negative.label] ?? (0, 0)
            kind.total += 1
            if flagged {
                flaggedNegatives += 1
                kind.flagged += 1
            }
            negativesByKind[negative.label] = kind
        }
    }
}

private func ratio(_ a: Int, _ b: Int) -> Double { b == 0 ? 0 : Double(a) / Double(b) }
