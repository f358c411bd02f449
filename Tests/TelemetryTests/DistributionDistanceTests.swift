import Foundation
import Telemetry
import Testing

@Suite("Distribution distances and latency histogram")
struct DistributionDistanceTests {
    @Test("identical distributions have zero distance")
    func identical() {
        let counts = ["en": 70, "de": 20, "fr": 10]
        #expect(abs(DistributionDistance.psi(reference: counts, current: counts)) < 1e-12)
        #expect(DistributionDistance.jensenShannon(reference: counts, current: counts) < 1e-6)
    }

    @Test("PSI and JS match hand-computed values")
    func handComputed() {
        // p = (0.5, 0.5), q = (0.9, 0.1): PSI = (0.5-0.9)ln(0.5/0.9) + (0.5-0.1)ln(0.5/0.1) = 0.23511 + 0.64378 = 0.87889
        let psi = DistributionDistance.psi(reference: ["a": 9, "b": 1], current: ["a": 5, "b": 5])
        #expect(abs(psi - 0.87889) < 1e-4)
        // Disjoint distributions: JS divergence 1 bit, distance 1.
        let js = DistributionDistance.jensenShannon(reference: ["a": 1], current: ["b": 1])
        #expect(abs(js - 1) < 1e-6)
    }

    @Test("the latency histogram's quantiles are within its bucket error")
    func histogram() {
        let histogram = LatencyHistogram()
        for value in 1...10_000 { histogram.record(Int64(value)) }
        #expect(histogram.count == 10_000)
        let p50 = Double(histogram.quantile(0.5))
        let p99 = Double(histogram.quantile(0.99))
        #expect(abs(p50 - 5_000) / 5_000 < 0.04)
        #expect(abs(p99 - 9_900) / 9_900 < 0.04)
        #expect(histogram.quantile(1.0) >= 10_000)
        histogram.reset()
        #expect(histogram.count == 0)
    }
}
