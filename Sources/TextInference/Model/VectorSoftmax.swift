/// The inference softmax: e^x four lanes at a time, without divisions in the series.
///
/// ``HashedLinearModel/referenceSoftmax(_:allowed:)`` evaluates e^x one value at a time with a 14-term
/// Taylor series whose every term divides (`r / n`); on 77 triage intents that was about 2 µs a text on
/// this machine. This form keeps the same range reduction (e^x = 2^k · e^r, |r| ≤ ln 2 / 2) and the
/// same 14 terms, but as a Horner polynomial in precomputed 1/n! over `SIMD4<Double>` lanes, with
/// 2^k built from its exponent bits. Results agree with the reference to about 1e-15 relative (the
/// unit tests bound it at 4e-15); the trainers keep the reference so retrained artifacts stay
/// byte-identical.
enum VectorSoftmax {
    /// Turns logits into probabilities in place over the `allowed` classes (others become 0).
    static func apply(_ values: inout [Double], allowed: [Bool]? = nil) {
        let count = values.count
        guard count > 0 else { return }
        if let allowed { precondition(allowed.count == count, "softmax mask must cover every class") }
        var maximum = -Double.infinity
        for index in 0..<count where allowed?[index] ?? true { maximum = max(maximum, values[index]) }
        guard maximum > -.infinity else {
            for index in 0..<count { values[index] = 0 }
            return
        }
        guard let allowed else {
            applyAll(&values, maximum: maximum)
            return
        }
        values.withUnsafeMutableBufferPointer { buffer in
            // Disallowed classes enter as -∞, which the kernel maps to exactly 0.
            @inline(__always) func shifted(_ index: Int) -> Double {
                index < count && allowed[index] ? buffer[index] - maximum : -.infinity
            }
            var index = 0
            while index < count {
                let e = exp(SIMD4(shifted(index), shifted(index + 1), shifted(index + 2), shifted(index + 3)))
                for lane in 0..<4 where index + lane < count { buffer[index + lane] = e[lane] }
                index += 4
            }
            var total = 0.0
            for index in 0..<count { total += buffer[index] }
            guard total > 0 else { return }
            for index in 0..<count { buffer[index] /= total }
        }
    }

    /// ``apply(_:allowed:)`` over every class, whose largest value is `maximum`: whole lanes of four
    /// loaded straight from the buffer (the same kernel, sums and divisions, so the same bits).
    @inline(__always)
    private static func applyAll(_ values: inout [Double], maximum: Double) {
        let count = values.count
        values.withUnsafeMutableBufferPointer { buffer in
            let base = buffer.baseAddress!
            let shift = SIMD4<Double>(repeating: maximum)
            var index = 0
            while index &+ 4 <= count {
                let lanes = SIMD4(base[index], base[index &+ 1], base[index &+ 2], base[index &+ 3])
                let e = exp(lanes - shift)
                base[index] = e[0]
                base[index &+ 1] = e[1]
                base[index &+ 2] = e[2]
                base[index &+ 3] = e[3]
                index &+= 4
            }
            if index < count {
                var lanes = SIMD4<Double>(repeating: -.infinity)
                for lane in 0..<(count &- index) { lanes[lane] = base[index &+ lane] - maximum }
                let e = exp(lanes)
                for lane in 0..<(count &- index) { base[index &+ lane] = e[lane] }
            }
            var total = 0.0
            for index in 0..<count { total += base[index] }
            guard total > 0 else { return }
            for index in 0..<count { base[index] /= total }
        }
    }

    /// e^x per lane for x ≤ 0 (about 1e-15 relative); lanes below −700, −∞ included, give 0.
    @inline(__always)
    static func exp(_ x: SIMD4<Double>) -> SIMD4<Double> {
        let underflow = x .< -700
        let clamped = x.replacing(with: -700, where: underflow)
        // Round x / ln 2 to the nearest integer k by adding and removing 1.5 · 2^52; the low bits of
        // the shifted value then hold k itself.
        let shifter = SIMD4<Double>(repeating: 6_755_399_441_055_744.0)
        let shifted = clamped * 1.442_695_040_888_963_4 + shifter
        let k = shifted - shifter
        let r = clamped - k * 0.693_147_180_559_945_3
        var p = SIMD4<Double>(repeating: 1.0 / 87_178_291_200.0)  // 1/14!
        p = p * r + 1.0 / 6_227_020_800.0
        p = p * r + 1.0 / 479_001_600.0
        p = p * r + 1.0 / 39_916_800.0
        p = p * r + 1.0 / 3_628_800.0
        p = p * r + 1.0 / 362_880.0
        p = p * r + 1.0 / 40_320.0
        p = p * r + 1.0 / 5_040.0
        p = p * r + 1.0 / 720.0
        p = p * r + 1.0 / 120.0
        p = p * r + 1.0 / 24.0
        p = p * r + 1.0 / 6.0
        p = p * r + 0.5
        p = p * r + 1.0
        p = p * r + 1.0
        // 2^k for −1010 ≤ k ≤ 0: the biased exponent k + 1023 in the top bits.
        let exponent = unsafeBitCast(shifted, to: SIMD4<Int64>.self) &- unsafeBitCast(shifter, to: SIMD4<Int64>.self) &+ 1023
        let scale = unsafeBitCast(exponent &<< 52, to: SIMD4<Double>.self)
        return (p * scale).replacing(with: 0, where: underflow)
    }
}
