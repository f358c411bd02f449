/// The candidate sentences of one summary, stored flat to avoid per-sentence allocations.
///
/// Cleaned sentence texts share one byte arena and their terms one term array; a sentence is
/// kept only when it has terms and is not a pleasantry. Strings are made only for the sentences
/// a summary finally uses. One value per summarizer call (no sharing, no locks).
struct SummaryUnits {
    /// One kept sentence.
    struct Unit {
        /// Bytes of the cleaned text in ``SummaryUnits/arena``.
        let text: Range<Int>
        /// Who wrote it.
        let speaker: Speaker
        /// The index of its turn.
        let turn: Int
    }

    /// The kept sentences in order.
    private(set) var units: [Unit] = []
    /// Cleaned sentence texts, back to back (UTF-8).
    private var arena: [UInt8] = []
    /// Terms of all kept sentences, back to back.
    private(set) var terms: [UInt64] = []
    /// Where each kept sentence's terms start, plus the end.
    private(set) var termStarts: [Int] = [0]
    private var splitter = SentenceSplitter.Scratch()
    private var words: [Range<Int>] = []
    private let ordinals: Bool

    /// Creates an empty set for text in `language`.
    init(language: String) {
        ordinals = SentenceSplitter.usesOrdinals(language)
    }

    /// The number of kept sentences.
    var count: Int { units.count }

    /// The number of terms of sentence `index`.
    func termCount(_ index: Int) -> Int { termStarts[index + 1] - termStarts[index] }

    /// The terms of sentence `index`.
    func terms(_ index: Int) -> ArraySlice<UInt64> { terms[termStarts[index]..<termStarts[index + 1]] }

    /// The cleaned text of sentence `index`.
    func text(_ index: Int) -> String {
        arena.withUnsafeBufferPointer { String(decoding: UnsafeBufferPointer(rebasing: $0[units[index].text]), as: UTF8.self) }
    }

    /// Splits `text` into sentences, cleans and tokenises each, and keeps the substantive ones
    /// until `limit` sentences are kept.
    mutating func add(_ text: String, speaker: Speaker, turn: Int, limit: Int = .max) {
        // Work on locals (moved out, so no copies) to keep the accesses below plainly disjoint.
        var arena = self.arena, terms = self.terms, units = self.units, termStarts = self.termStarts
        var splitter = self.splitter, words = self.words
        self.arena = []; self.terms = []; self.units = []; self.termStarts = []
        self.splitter = SentenceSplitter.Scratch(); self.words = []
        var text = text
        text.withUTF8 { bytes in
            splitter.split(bytes, ordinals: ordinals)
            for range in splitter.ranges {
                let mark = arena.count
                SummaryText.appendClean(UnsafeBufferPointer(rebasing: bytes[splitter.byteRange(range)]), to: &arena, words: &words)
                let termMark = terms.count
                arena.withUnsafeBufferPointer { SummaryTokenizer.appendTerms(UnsafeBufferPointer(rebasing: $0[mark...]), to: &terms) }
                if terms.count == termMark || SummaryLexicon.isPleasantry(terms[termMark...]) {
                    arena.removeSubrange(mark...)
                    terms.removeSubrange(termMark...)
                    continue
                }
                units.append(Unit(text: mark..<arena.count, speaker: speaker, turn: turn))
                termStarts.append(terms.count)
                if units.count >= limit { break }
            }
        }
        self.arena = arena; self.terms = terms; self.units = units; self.termStarts = termStarts
        self.splitter = splitter; self.words = words
    }

    /// The similarity graph of the kept sentences.
    func graph() -> SentenceGraph { SentenceGraph(terms: terms, starts: termStarts) }
}
