/// Trains one-vs-rest linear classifiers with the squared hinge loss (LinearSVC-style) by seeded SGD.
///
/// Features and weights use the same layout and feature value `1 / sqrt(bag size)` as
/// ``SoftmaxTrainer``, so the two weight tables can be added into one model.
struct HingeTrainer {
    /// Runs SGD and returns the learned parameters (scores near ±1 at the margin).
    static func train(_ data: HashedDataset, classCount: Int, options: SoftmaxTrainer.Options) -> SoftmaxTrainer.Parameters {
        LinearSGD.train(data, classCount: classCount, options: options, loss: SquaredHingeLoss())
    }
}
