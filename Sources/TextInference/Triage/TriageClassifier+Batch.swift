extension TriageClassifier {
    /// ``classifyMeasuringVocabulary(_:language:)`` for several texts at once, in order.
    ///
    /// The weight rows of all texts are summed in one ascending sweep over the table
    /// (``HashedLinearModel/classSums(of:)``) instead of one random read per feature and text; the
    /// integer sums, and so every result, are those of the one-text call.
    public func classifyMeasuringVocabulary(_ texts: [String], languages: [String]) -> [(result: TriageResult, oovRate: Double?)] {
        precondition(texts.count == languages.count, "one language per text")
        var scratches = [TriageFeatureExtractor.Scratch](repeating: TriageFeatureExtractor.Scratch(), count: texts.count)
        for index in texts.indices { extractor.extract(texts[index], into: &scratches[index]) }
        var logits: [Double] = []
        let computeLogits: (Int) -> Void
        if let termWeights {
            // TF-IDF: one sweep gives each text's integer sums over its distinct buckets, the repeated
            // buckets' extra rows and the squared norm (HashedLinearModel.termSums).
            let totals = model.termSums(of: scratches.map(\.features), idf: termWeights.idf)
            computeLogits = { index in
                let total = totals[index]
                model.logits(
                    sums: total.sums, extraSums: total.extraSums,
                    featureWeight: total.normSquared > 0 ? 1 / total.normSquared.squareRoot() : 0, into: &logits)
            }
        } else {
            let sums = model.classSums(of: scratches.map(\.features))
            computeLogits = { index in
                model.logits(sums: sums[index], featureCount: scratches[index].features.count, into: &logits)
            }
        }
        return texts.indices.map { index in
            computeLogits(index)
            addMemberScores(scratches[index], to: &logits)
            HashedLinearModel.softmax(&logits)
            let result = result(probabilities: logits, hasFeatures: !scratches[index].features.isEmpty, language: languages[index])
            guard let vocabulary else { return (result, nil) }
            return (result, Self.outOfVocabularyRate(normalized: scratches[index].stream, vocabulary: vocabulary))
        }
    }
}
