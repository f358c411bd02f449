/// The running mean of a sparsely updated weight table `w_t = s_t · u_t` (global scale `s`, stored
/// table `u`) over many SGD steps, kept in O(changed entries) per step.
///
/// With `S` the sum of the scales of the averaged steps so far, the sum of the weights over those steps
/// is `S · u − lag` where each change `Δu` made during a step adds `Δu · S` (the sum before that step)
/// to `lag` (the averaged-perceptron trick, extended to the global scale). Sums are in Double, so the
/// final subtraction loses nothing over hundreds of thousands of steps.
struct LazyAverage {
    /// `Σ Δu · S(before the step)` per entry, since the last ``fold(_:)``.
    private var lag: [Double]
    /// The weight sum of the steps before the last ``fold(_:)``.
    private var folded: [Double]
    /// Sum of the global scales of the steps since the last ``fold(_:)``.
    private var scaleSum: Double = 0
    /// Sum of the biases after each averaged step.
    private var biasSum: [Double]
    /// Number of averaged steps.
    private var steps = 0

    /// An empty average over `count` weights and `classes` biases (`count` 0 when not averaging).
    init(count: Int, classes: Int) {
        lag = [Double](repeating: 0, count: count)
        folded = [Double](repeating: 0, count: count)
        biasSum = [Double](repeating: 0, count: count > 0 ? classes : 0)
    }

    /// Records that entry `index` of the stored table changed by `delta` during the current step.
    @inline(__always)
    mutating func noteChange(at index: Int, by delta: Float) {
        lag[index] += Double(delta) * scaleSum
    }

    /// Closes a step whose weights are `scale` × the stored table, with `biases`.
    @inline(__always)
    mutating func endStep(scale: Float, biases: [Float]) {
        scaleSum += Double(scale)
        for index in biases.indices { biasSum[index] += Double(biases[index]) }
        steps += 1
    }

    /// Moves the sum so far into `folded`, before the caller rescales the stored table.
    mutating func fold(_ table: UnsafeMutableBufferPointer<Float>) {
        for index in 0..<table.count {
            folded[index] += scaleSum * Double(table[index]) - lag[index]
            lag[index] = 0
        }
        scaleSum = 0
    }

    /// Replaces the stored table by the mean weights and `biases` by the mean biases.
    func mean(_ table: UnsafeMutableBufferPointer<Float>, into biases: inout [Float]) {
        guard steps > 0 else { return }
        let inverse = 1 / Double(steps)
        for index in 0..<table.count {
            table[index] = Float((folded[index] + scaleSum * Double(table[index]) - lag[index]) * inverse)
        }
        for index in biases.indices { biases[index] = Float(biasSum[index] * inverse) }
    }
}
