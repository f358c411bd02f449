/// A group of phrases (per language) whose presence in a ticket raises its priority.
///
/// Each phrase is a space-separated word sequence matched against consecutive words of the
/// normalised text. A word written `x*` matches words starting with `x`, `*x` words ending with
/// `x`, and `*x*` words containing `x` (useful for Arabic clitics such as و/ال/ب).
public struct RoutingCue: Sendable, Codable, Equatable {
    /// Name shown in configuration, e.g. `"outage"`.
    public var name: String
    /// Levels the priority rises when the cue matches. Default 1.
    public var raise: Int
    /// Lowest priority a matching ticket gets (`nil` = no floor).
    public var minimum: String?
    /// Phrases by language code; all languages are checked for every ticket.
    public var phrases: [String: [String]]

    /// Creates a cue.
    public init(name: String, raise: Int = 1, minimum: String? = nil, phrases: [String: [String]]) {
        self.name = name
        self.raise = raise
        self.minimum = minimum
        self.phrases = phrases
    }

    /// One compiled word pattern.
    enum WordPattern: Sendable, Equatable {
        case exact(String), prefix(String), suffix(String), contains(String)

        /// Compiles `word` with optional leading/trailing `*`.
        init(_ word: String) {
            let normalized = RoutingText.tokens(word.replacingStars()).joined()
            let leading = word.hasPrefix("*")
            let trailing = word.hasSuffix("*") && word.count > 1
            switch (leading, trailing) {
            case (true, true): self = .contains(normalized)
            case (true, false): self = .suffix(normalized)
            case (false, true): self = .prefix(normalized)
            case (false, false): self = .exact(normalized)
            }
        }

        /// Whether a normalised token matches.
        func matches(_ token: String) -> Bool {
            switch self {
            case .exact(let word): return token == word
            case .prefix(let word): return token.hasPrefix(word)
            case .suffix(let word): return token.hasSuffix(word)
            case .contains(let word): return token.utf8.count >= word.utf8.count && token.containsSubsequence(word)
            }
        }
    }

    /// Phrases compiled for fast matching: exact first words are looked up in a dictionary.
    struct Compiled: Sendable {
        /// Phrases whose first word is exact, keyed by that word.
        var byFirstWord: [String: [[WordPattern]]] = [:]
        /// Phrases whose first word has a wildcard.
        var wildcardFirst: [[WordPattern]] = []

        /// Whether any phrase occurs in the token sequence.
        func matches(_ tokens: [String]) -> Bool {
            for start in tokens.indices {
                if let candidates = byFirstWord[tokens[start]], candidates.contains(where: { Self.matches($0, tokens, start) }) {
                    return true
                }
                if wildcardFirst.contains(where: { Self.matches($0, tokens, start) }) { return true }
            }
            return false
        }

        /// Whether `phrase` matches the tokens starting at `start`.
        private static func matches(_ phrase: [WordPattern], _ tokens: [String], _ start: Int) -> Bool {
            guard start + phrase.count <= tokens.count else { return false }
            for (offset, pattern) in phrase.enumerated() where !pattern.matches(tokens[start + offset]) { return false }
            return true
        }
    }

    /// Compiles every phrase into word patterns indexed by first word.
    func compiled() -> Compiled {
        var result = Compiled()
        for language in phrases.keys.sorted() {
            for phrase in phrases[language] ?? [] {
                let words = phrase.split(separator: " ").map { WordPattern(String($0)) }
                guard let first = words.first else { continue }
                if case .exact(let word) = first {
                    result.byFirstWord[word, default: []].append(words)
                } else {
                    result.wildcardFirst.append(words)
                }
            }
        }
        return result
    }
}

extension String {
    /// The string without `*` wildcards.
    fileprivate func replacingStars() -> String { String(unicodeScalars.filter { $0 != "*" }.map(Character.init)) }

    /// Whether `needle` occurs as a contiguous substring (UTF-8 comparison, no Foundation).
    fileprivate func containsSubsequence(_ needle: String) -> Bool {
        let haystack = utf8
        let pattern = needle.utf8
        guard let first = pattern.first else { return true }
        var start = haystack.startIndex
        while start != haystack.endIndex {
            if haystack[start] == first, haystack[start...].starts(with: pattern) { return true }
            start = haystack.index(after: start)
        }
        return false
    }
}
