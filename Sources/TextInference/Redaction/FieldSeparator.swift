/// Separators that close one field's value on a line that goes on with another field: a shipping label's
/// "Zusteller: Marek, Sendung …", "Courier: Ana Lima — parcel …", "Driver: Tomás · stop 4", "Estafeta: Rui / volume …".
///
/// A role label that opens a line and ends in a colon usually marks a transcript turn, whose speech goes on after it;
/// a name whose value is closed by such a separator is a field of a label instead.
enum FieldSeparator {
    /// Whether `end` is followed (after at most one space) by `,` `;` `/` `|` `·` `—` or `–` and then a space.
    static func follows(_ text: ScannedText, _ end: Int) -> Bool {
        let v = text.values
        var k = end
        if k < v.count, v[k] == 32 { k += 1 }
        guard k + 1 < v.count, v[k + 1] == 32 else { return false }
        switch v[k] {
        case 44, 59, 47, 124, 0xB7, 0x2014, 0x2013: return true
        default: return false
        }
    }

    /// Whether the name `start..<end` after a turn-like role label reads as a label's value: a separator closes it and
    /// it opens with a known given name that is no everyday word, or holds two or more capitalised words.
    static func closesLabelName(_ text: ScannedText, _ start: Int, _ end: Int, words: Int) -> Bool {
        guard follows(text, end) else { return false }
        if words >= 2 { return true }
        let firstEnd = LexiconPersonRecognizer.wordEnd(text.values, start)
        return FirstNameLexicon.contains(text.folded, start, firstEnd)
            && !LexiconPersonRecognizer.ambiguous.contains(WordHash.of(text.folded, start, firstEnd))
    }
}
