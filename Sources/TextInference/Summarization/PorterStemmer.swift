/// The Porter stemmer for English, written from the published description.
///
/// M. F. Porter, "An algorithm for suffix stripping", Program 14(3), 1980, pp. 130–137.
/// Steps 1a, 1b, 1c, 2, 3, 4, 5a and 5b are applied in order, exactly as the paper lists them
/// (the original 1980 rule set, e.g. `abli → able`). Words are expected in lower case; a word
/// holding anything but the ASCII letters `a`–`z`, or of at most two letters, is returned unchanged.
public enum PorterStemmer {
    /// The stem of `word`.
    public static func stem(_ word: String) -> String {
        let bytes = Array(word.utf8)
        guard bytes.count > 2, bytes.allSatisfy({ $0 >= 97 && $0 <= 122 }) else { return word }
        var w = Word(bytes)
        w.step1a()
        w.step1b()
        w.step1c()
        w.step2()
        w.step3()
        w.step4()
        w.step5()
        return String(decoding: w.b, as: UTF8.self)
    }

    /// A word being stemmed, as ASCII bytes.
    private struct Word {
        var b: [UInt8]

        init(_ bytes: [UInt8]) { b = bytes }

        /// Whether the letter at `i` is a consonant: not a, e, i, o, u, and not a `y` after a consonant.
        func isConsonant(_ i: Int) -> Bool {
            switch b[i] {
            case 97, 101, 105, 111, 117: return false
            case 121: return i == 0 ? true : !isConsonant(i - 1)
            default: return true
            }
        }

        /// m, the number of VC sequences in the first `length` letters ([C](VC)^m[V]).
        func measure(_ length: Int) -> Int {
            var m = 0
            var i = 0
            while i < length, isConsonant(i) { i += 1 }
            while i < length {
                while i < length, !isConsonant(i) { i += 1 }
                guard i < length else { break }
                m += 1
                while i < length, isConsonant(i) { i += 1 }
            }
            return m
        }

        /// *v*: the first `length` letters contain a vowel.
        func hasVowel(_ length: Int) -> Bool {
            (0..<length).contains { !isConsonant($0) }
        }

        /// *d: the first `length` letters end with a double consonant.
        func endsDoubleConsonant(_ length: Int) -> Bool {
            length >= 2 && b[length - 1] == b[length - 2] && isConsonant(length - 1)
        }

        /// *o: the first `length` letters end consonant-vowel-consonant, the last not w, x or y.
        func endsCVC(_ length: Int) -> Bool {
            guard length >= 3, isConsonant(length - 1), !isConsonant(length - 2), isConsonant(length - 3) else { return false }
            let last = b[length - 1]
            return last != 119 && last != 120 && last != 121
        }

        func ends(_ suffix: String) -> Bool {
            let s = Array(suffix.utf8)
            guard s.count <= b.count else { return false }
            return b.suffix(s.count).elementsEqual(s)
        }

        /// Length of the stem left when `suffix` is removed.
        func stemLength(_ suffix: String) -> Int { b.count - suffix.utf8.count }

        mutating func replace(_ suffix: String, with replacement: String) {
            b.removeLast(suffix.utf8.count)
            b.append(contentsOf: replacement.utf8)
        }

        /// Rules tried longest-first; the first matching suffix decides, replaced only when m > `minimum`.
        mutating func applyFirst(_ rules: [(String, String)], minimum: Int) {
            for (suffix, replacement) in rules where ends(suffix) {
                if measure(stemLength(suffix)) > minimum { replace(suffix, with: replacement) }
                return
            }
        }

        mutating func step1a() {
            if ends("sses") { replace("sses", with: "ss") }
            else if ends("ies") { replace("ies", with: "i") }
            else if ends("ss") { return }
            else if ends("s") { b.removeLast() }
        }

        mutating func step1b() {
            if ends("eed") {
                if measure(stemLength("eed")) > 0 { replace("eed", with: "ee") }
                return
            }
            var stripped = false
            if ends("ed"), hasVowel(stemLength("ed")) {
                b.removeLast(2)
                stripped = true
            } else if ends("ing"), hasVowel(stemLength("ing")) {
                b.removeLast(3)
                stripped = true
            }
            guard stripped else { return }
            if ends("at") || ends("bl") || ends("iz") {
                b.append(101)
            } else if endsDoubleConsonant(b.count), let last = b.last, last != 108, last != 115, last != 122 {
                b.removeLast()
            } else if measure(b.count) == 1, endsCVC(b.count) {
                b.append(101)
            }
        }

        mutating func step1c() {
            if ends("y"), hasVowel(b.count - 1) { b[b.count - 1] = 105 }
        }

        mutating func step2() {
            applyFirst([
                ("ational", "ate"), ("tional", "tion"), ("enci", "ence"), ("anci", "ance"), ("izer", "ize"),
                ("abli", "able"), ("alli", "al"), ("entli", "ent"), ("eli", "e"), ("ousli", "ous"),
                ("ization", "ize"), ("ation", "ate"), ("ator", "ate"), ("alism", "al"), ("iveness", "ive"),
                ("fulness", "ful"), ("ousness", "ous"), ("aliti", "al"), ("iviti", "ive"), ("biliti", "ble"),
            ].sorted { $0.0.utf8.count > $1.0.utf8.count }, minimum: 0)
        }

        mutating func step3() {
            applyFirst([
                ("icate", "ic"), ("ative", ""), ("alize", "al"), ("iciti", "ic"), ("ical", "ic"), ("ful", ""), ("ness", ""),
            ].sorted { $0.0.utf8.count > $1.0.utf8.count }, minimum: 0)
        }

        mutating func step4() {
            let suffixes = ["ement", "ance", "ence", "able", "ible", "ment", "ant", "ent", "ion", "ism", "ate", "iti",
                            "ous", "ive", "ize", "al", "er", "ic", "ou"]
            for suffix in suffixes where ends(suffix) {
                let length = stemLength(suffix)
                guard measure(length) > 1 else { return }
                if suffix == "ion" {
                    guard length > 0, b[length - 1] == 115 || b[length - 1] == 116 else { return }
                }
                b.removeLast(suffix.utf8.count)
                return
            }
        }

        mutating func step5() {
            if ends("e") {
                let length = b.count - 1
                let m = measure(length)
                if m > 1 || (m == 1 && !endsCVC(length)) { b.removeLast() }
            }
            if ends("ll"), measure(b.count) > 1 { b.removeLast() }
        }
    }
}
