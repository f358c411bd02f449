/// Redacts every other mention of a name once one mention was found by its cue.
///
/// A name is often introduced without a cue ("Jonas Becker here…") and found only in the
/// signature ("Regards, Jonas Becker"). Fail-closed: once a name is known to be a person's, all
/// its exact, whole-word occurrences in the same text are redacted too.
enum NamePropagation {
    /// Appends PERSON candidates for further occurrences of the names among `candidates`.
    static func propagate(in text: ScannedText, candidates: inout [Candidate]) {
        let names = candidates.filter { $0.type == .person && $0.end - $0.start >= 3 }
        guard !names.isEmpty else { return }
        var known = Set<Range<Int>>()
        for candidate in candidates where candidate.type == .person { known.insert(candidate.start..<candidate.end) }
        var seen = Set<[UInt32]>()
        for name in names {
            let pattern = Array(text.values[name.start..<name.end])
            guard seen.insert(pattern).inserted else { continue }
            var index = 0
            while index + pattern.count <= text.count {
                if text.values[index] == pattern[0], text.hasPrefix(pattern, at: index),
                   text.isWordStart(index), text.isWordEnd(index + pattern.count) {
                    let range = index..<(index + pattern.count)
                    if known.insert(range).inserted {
                        candidates.append(Candidate(type: .person, start: range.lowerBound, end: range.upperBound))
                    }
                    index += pattern.count
                } else {
                    index += 1
                }
            }
        }
    }
}
