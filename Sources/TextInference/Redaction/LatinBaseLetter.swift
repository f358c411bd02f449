/// Folds a Latin letter to its lower-case ASCII base letter ("É" and "é" to "e", "Ś" to "s", "ı" to "i"),
/// so a name written with diacritics in a text matches the same name in an ASCII e-mail address
/// ("Gérald" … "gerald.mbarga@…", "Wiśniewska" … "k.wisniewska@…").
///
/// Covers ASCII, Latin-1 Supplement and Latin Extended-A (U+0000–U+017F): the letters of the seven
/// supported languages and of most European names. Source of the groups: the Unicode code charts for
/// those blocks (letter names "LATIN SMALL/CAPITAL LETTER X WITH …"), written out by hand; no copied table.
enum LatinBaseLetter {
    /// The base letter of `c` (`a`–`z`), or 0 when `c` is no letter of those blocks or has no single base
    /// letter ("ß", "æ", "þ").
    @inline(__always) static func of(_ c: UInt32) -> UInt32 {
        if c < 0x80 { return ScalarClass.isASCIILetter(c) ? c | 0x20 : 0 }
        if c < 0x180 { return UInt32(table[Int(c)]) }
        return 0
    }

    /// The German transliteration of an umlaut or sharp s as two ASCII letters ("ü" to "ue", "ß" to "ss"),
    /// or nil: addresses write "mueller" as often as "muller" for "Müller".
    @inline(__always) static func germanPair(_ c: UInt32) -> (UInt32, UInt32)? {
        switch c {
        case 0xE4, 0xC4: return (97, 101)
        case 0xF6, 0xD6: return (111, 101)
        case 0xFC, 0xDC: return (117, 101)
        case 0xDF: return (115, 115)
        default: return nil
        }
    }

    /// Letters with diacritics by base letter, small and capital (hand-written from the Unicode charts).
    private static let groups: [(Character, String)] = [
        ("a", "àáâãäåāăąÀÁÂÃÄÅĀĂĄ"), ("c", "çćĉċčÇĆĈĊČ"), ("d", "ďđĎĐ"), ("e", "èéêëēĕėęěÈÉÊËĒĔĖĘĚ"),
        ("g", "ĝğġģĜĞĠĢ"), ("h", "ĥħĤĦ"), ("i", "ìíîïĩīĭįıÌÍÎÏĨĪĬĮİ"), ("j", "ĵĴ"), ("k", "ķĶ"),
        ("l", "ĺļľŀłĹĻĽĿŁ"), ("n", "ñńņňÑŃŅŇ"), ("o", "òóôõöøōŏőÒÓÔÕÖØŌŎŐ"), ("r", "ŕŗřŔŖŘ"),
        ("s", "śŝşšŚŜŞŠ"), ("t", "ţťŧŢŤŦ"), ("u", "ùúûüũūŭůűųÙÚÛÜŨŪŬŮŰŲ"), ("w", "ŵŴ"), ("y", "ýÿŷÝŸŶ"),
        ("z", "źżžŹŻŽ"),
    ]

    /// Base letters of U+0000–U+017F (0 where none).
    private static let table: [UInt8] = {
        var table = [UInt8](repeating: 0, count: 0x180)
        for c in 65...90 { table[c] = UInt8(c | 0x20) }
        for c in 97...122 { table[c] = UInt8(c) }
        for (base, letters) in groups {
            let value = UInt8(base.asciiValue ?? 0)
            for scalar in letters.unicodeScalars where scalar.value < 0x180 { table[Int(scalar.value)] = value }
        }
        return table
    }()
}
