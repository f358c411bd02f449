/// Looks back over the words just before a position, for the recognizers that veto or confirm a value by a word
/// standing a little before it ("changed it to …", "numéro client est le …", "since …").
enum PrecedingWords {
    /// Whether one of the `count` words right before `position` (separated by spaces only) is in `set`; an apostrophe
    /// inside a word counts as a letter when `apostrophes` is set ("jusqu'au").
    static func contains(_ set: WordHashSet, _ text: ScannedText, before position: Int, within count: Int,
                         apostrophes: Bool = false) -> Bool {
        let v = text.values
        var e = position
        for _ in 0..<count {
            while e > 0, v[e - 1] == 32 { e -= 1 }
            var s = e
            while s > 0, ScalarClass.isLetter(v[s - 1]) || (apostrophes && v[s - 1] == 39) { s -= 1 }
            guard s < e else { return false }
            if set.contains(WordHash.of(text.folded, s, e)) { return true }
            e = s
        }
        return false
    }
}
