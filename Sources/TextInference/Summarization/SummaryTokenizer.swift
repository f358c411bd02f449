/// Turns sentences into content terms for similarity scoring.
///
/// Words are maximal runs of letters and digits, lower-cased; scripts written without
/// spaces (Han, Hiragana, Katakana, Thai) become overlapping character bigrams. A light
/// multilingual stopword list and one-letter Latin words are dropped.
enum SummaryTokenizer {
    /// Whether `c` belongs to a script written without spaces between words.
    static func isUnspaced(_ c: UInt32) -> Bool {
        (0x3040...0x30FF).contains(c) || (0x3400...0x4DBF).contains(c) || (0x4E00...0x9FFF).contains(c)
            || (0xF900...0xFAFF).contains(c) || (0x0E00...0x0E7F).contains(c) || (0x20000...0x2FFFF).contains(c)
    }

    /// The content terms of `text`.
    static func terms(_ text: String) -> [String] {
        var result: [String] = []
        var word = String.UnicodeScalarView()
        var run: [Unicode.Scalar] = []
        func flushWord() {
            guard !word.isEmpty else { return }
            let token = String(word).lowercased()
            word = String.UnicodeScalarView()
            if token.unicodeScalars.count == 1, token.unicodeScalars.first.map({ $0.value < 0x250 }) ?? false { return }
            if stopwords.contains(token) { return }
            result.append(token)
        }
        func flushRun() {
            guard !run.isEmpty else { return }
            if run.count == 1 {
                result.append(String(Character(run[0])))
            } else {
                for k in 0..<(run.count - 1) {
                    var view = String.UnicodeScalarView()
                    view.append(run[k])
                    view.append(run[k + 1])
                    result.append(String(view))
                }
            }
            run.removeAll(keepingCapacity: true)
        }
        for scalar in text.unicodeScalars {
            let c = scalar.value
            if isUnspaced(c) {
                flushWord()
                run.append(scalar)
            } else if ScalarClass.isWordChar(c) || (c == 39 && !word.isEmpty) {
                flushRun()
                word.append(scalar)
            } else {
                flushWord()
                flushRun()
            }
        }
        flushWord()
        flushRun()
        return result
    }

    /// Frequent function words in the supported Latin-script languages.
    static let stopwords: Set<String> = Set("""
    the a an and or but if of to in on at for with from by is are was were be been being it its this that these those \
    i me my we our you your he she they them his her their am do does did have has had not no so as just can could \
    would will should there here what which who when how all any some also very too than then about into up out \
    i'm it's don't can't i've i'll you're we're that's let's us please would've
    el la los las un una y o de del en que por para con se su sus es son no lo le les al mi me te ya muy pero \
    le la les un une et ou de des du en que qui pour avec est sont pas ne je tu il elle nous vous ils mon ma mes ce \
    der die das ein eine und oder zu im in ist sind nicht ich du er sie wir ihr mit von für auf den dem des es \
    il lo gli una e o di da che per con non è sono io mi ti si ci \
    o a os as um uma e ou de do da em que para com não é são eu \
    de het een en of in op is zijn niet ik je wij met voor van dat die
    """.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init))
}
