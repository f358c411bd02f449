/// Bucket upper bounds for Prometheus histograms.
public enum HistogramBuckets {
    /// Latency buckets in seconds, 10 µs to 60 s: stages take tens of µs, end to end can take seconds.
    public static let latencySeconds: [Double] = [
        0.00001, 0.000025, 0.00005, 0.0001, 0.00025, 0.0005, 0.001, 0.0025, 0.005, 0.01,
        0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60,
    ]
}
