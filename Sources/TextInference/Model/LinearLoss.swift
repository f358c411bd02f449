import Foundation

/// A per-sample loss for ``LinearSGD``: turns class scores into loss gradients.
protocol LinearLoss {
    /// Replaces `scores` (bias + weighted feature sums, one per class) with the loss gradient with
    /// respect to each score for a sample of class `label`; returns false when every gradient is zero,
    /// so the step can skip its weight update.
    func gradients(_ scores: inout [Float], label: Int) -> Bool
}

/// Cross-entropy over a softmax of the scores (multinomial logistic regression).
struct SoftmaxLoss: LinearLoss {
    func gradients(_ scores: inout [Float], label: Int) -> Bool {
        var maximum = -Float.infinity
        for index in scores.indices { maximum = max(maximum, scores[index]) }
        var total: Float = 0
        for index in scores.indices {
            scores[index] = expf(scores[index] - maximum)
            total += scores[index]
        }
        for index in scores.indices {
            let target: Float = index == label ? 1 : 0
            scores[index] = scores[index] / total - target
        }
        return true
    }
}

/// One-vs-rest squared hinge loss, `max(0, 1 - y·s)²` per class with `y = ±1` (LinearSVC-style).
struct SquaredHingeLoss: LinearLoss {
    func gradients(_ scores: inout [Float], label: Int) -> Bool {
        var active = false
        for index in scores.indices {
            let sign: Float = index == label ? 1 : -1
            let margin = sign * scores[index]
            if margin < 1 {
                scores[index] = -2 * (1 - margin) * sign
                active = true
            } else {
                scores[index] = 0
            }
        }
        return active
    }
}
