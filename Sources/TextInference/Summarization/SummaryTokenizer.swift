/// Turns sentences into content terms for similarity scoring.
///
/// Words are maximal runs of letters and digits, lower-cased; scripts written without
/// spaces (Han, Hiragana, Katakana, Thai) become overlapping character bigrams. A light
/// multilingual stopword list and one-letter Latin words are dropped. A term is the 64-bit
/// FNV-1a hash of its lower-cased UTF-8 bytes, so comparing and counting terms needs no strings.
enum SummaryTokenizer {
    /// The hash that stands for a term.
    static func term(_ text: String) -> UInt64 { hash(text.utf8) }

    /// FNV-1a over bytes.
    static func hash<Bytes: Sequence>(_ bytes: Bytes) -> UInt64 where Bytes.Element == UInt8 {
        var value: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes {
            value ^= UInt64(byte)
            value = value &* 0x100_0000_01b3
        }
        return value
    }

    /// Hashes of ``stopwords``.
    static let stopwordTerms = TermSet(stopwords.map(term))

    /// Whether `c` belongs to a script written without spaces between words.
    static func isUnspaced(_ c: UInt32) -> Bool {
        (0x3040...0x30FF).contains(c) || (0x3400...0x4DBF).contains(c) || (0x4E00...0x9FFF).contains(c)
            || (0xF900...0xFAFF).contains(c) || (0x0E00...0x0E7F).contains(c) || (0x20000...0x2FFFF).contains(c)
    }

    /// The content terms of `text`.
    static func terms(_ text: String) -> [UInt64] {
        var result: [UInt64] = []
        var word: [UInt8] = []
        var wordASCII = true
        var run: [Unicode.Scalar] = []
        func flushWord() {
            guard !word.isEmpty else { return }
            let token: UInt64
            // One-letter Latin words carry no content.
            var singleLatin = word.count == 1
            if wordASCII {
                for k in word.indices where word[k] >= 65 && word[k] <= 90 { word[k] += 32 }
                token = hash(word)
            } else {
                let lowered = String(decoding: word, as: UTF8.self).lowercased()
                token = hash(lowered.utf8)
                var scalars = lowered.unicodeScalars.makeIterator()
                let first = scalars.next()
                singleLatin = scalars.next() == nil && (first?.value ?? 0) < 0x250
            }
            word.removeAll(keepingCapacity: true)
            wordASCII = true
            if singleLatin { return }
            if stopwordTerms.contains(token) { return }
            result.append(token)
        }
        func flushRun() {
            guard !run.isEmpty else { return }
            var pair: [UInt8] = []
            if run.count == 1 {
                UTF8.encode(run[0]) { pair.append($0) }
                result.append(hash(pair))
            } else {
                for k in 0..<(run.count - 1) {
                    pair.removeAll(keepingCapacity: true)
                    UTF8.encode(run[k]) { pair.append($0) }
                    UTF8.encode(run[k + 1]) { pair.append($0) }
                    result.append(hash(pair))
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
                if c < 128 {
                    word.append(UInt8(c))
                } else {
                    wordASCII = false
                    UTF8.encode(scalar) { word.append($0) }
                }
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
