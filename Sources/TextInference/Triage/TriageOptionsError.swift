/// Why a set of ``TriageTrainingOptions`` cannot be trained.
public enum TriageOptionsError: Error, Sendable, Equatable, CustomStringConvertible {
    /// A setting lies outside the range the trainer and the artifact format support.
    case outOfRange(option: String, value: String, allowed: String)
    /// The temperature would be fitted on too few messages (an empty split fits a meaningless one).
    case tooFewCalibrationMessages(count: Int, needed: Int)

    /// One line naming the option, its value and what is allowed.
    public var description: String {
        switch self {
        case .outOfRange(let option, let value, let allowed):
            return "\(option) \(value) is out of range (allowed: \(allowed))"
        case .tooFewCalibrationMessages(let count, let needed):
            return "the calibration split has \(count) messages, at least \(needed) are needed: "
                + "raise --calibration-fraction or train on more data"
        }
    }
}
