/// Reads a date written in words, as voice transcripts spell it: "the third of March nineteen eighty-eight",
/// "am dritten Mai neunzehnhundertneunzig", "el ocho de febrero de mil novecientos setenta y nueve",
/// "le quatre juillet mille neuf cent quatre-vingt-trois".
///
/// A month word must stand within 48 scalars; the date runs from the first number word before it (at most five
/// words back, across "the", "of", "de", …) to the last number word after it (at most ten words on, across "and",
/// "y", "e", "et", hyphens). At least one side needs a number word, so "in March" alone is no date.
enum SpokenDate {
    /// Number words (cardinals and ordinals) in the seven languages, folded. Hand-written for this recognizer.
    private static let numberWords: WordHashSet = WordHash.table("""
        oh one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen \
        eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred thousand first second third \
        fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth fourteenth fifteenth sixteenth \
        seventeenth eighteenth nineteenth twentieth thirtieth \
        eins zwei drei vier fünf sechs sieben acht neun zehn elf zwölf zwanzig dreißig ersten zweiten dritten vierten \
        fünften sechsten siebten achten neunten zehnten erste zweite dritte \
        un une deux trois quatre cinq six sept huit neuf dix onze douze treize quatorze quinze seize vingt trente \
        quarante cinquante soixante cent cents mille premier \
        uno dos tres cuatro cinco seis siete ocho nueve diez once doce trece catorce quince dieciséis veinte veintiuno \
        treinta cuarenta cincuenta sesenta setenta ochenta noventa cien mil novecientos primero \
        diecisiete dieciocho diecinueve veintidós veintitrés veinticuatro veinticinco veintiséis veintisiete veintiocho \
        veintinueve \
        due tre quattro cinque sei sette otto nove dieci undici dodici tredici quattordici quindici sedici venti \
        trenta primo diciassette diciotto diciannove quaranta cinquanta sessanta settanta ottanta novanta \
        um dois três quatro cinco seis sete oito nove dez onze doze treze catorze quinze dezesseis vinte trinta \
        quarenta cinquenta sessenta setenta oitenta noventa novecentos primeiro \
        een twee drie vier vijf zes zeven acht negen tien elf twaalf dertien veertien vijftien zestien twintig dertig \
        negentien eerste tweede derde
        """)

    /// Year words written as one token: German, Italian and Dutch compounds start with these.
    private static let compoundYearStarts: [[UInt32]] = ["neunzehnhundert", "zweitausend", "millenovecento", "duemila",
                                                         "negentienhonderd", "tweeduizend"].map { [UInt32](scalarsOf: $0) }

    /// Words that may stand inside or before a spoken date: articles, "of", "and" and their equivalents.
    private static let fillers: WordHashSet = WordHash.table("the of and on am im den der le la el de del di il y e et und en op van")

    /// The span of a spoken date starting within 48 scalars after `position`, or nil.
    static func span(_ text: ScannedText, after position: Int, isMonth: (Int, Int) -> Bool) -> (Int, Int)? {
        let v = text.values
        // Words from the position on (at most 24), with their kinds.
        var words: [(start: Int, end: Int, kind: UInt8)] = []  // 0 other, 1 number, 2 month, 3 filler
        var k = position
        while k < v.count, words.count < 24 {
            let c = v[k]
            if c == 10 || c == 46 || c == 33 || c == 63 { break }
            guard ScalarClass.isLetter(c) else { k += 1; continue }
            var e = k
            while e < v.count, ScalarClass.isLetter(v[e]) { e += 1 }
            let hash = WordHash.of(text.folded, k, e)
            let kind: UInt8 = isMonth(k, e) ? 2 : numberWords.contains(hash) || isCompoundYear(text, k, e)
                || isItalianCompoundNumber(text, k, e) ? 1
                : fillers.contains(hash) ? 3 : 0
            words.append((k, e, kind))
            k = e
        }
        guard let month = words.firstIndex(where: { $0.kind == 2 }), words[month].start - position <= 48 else { return nil }
        // Left: back over fillers and number words, at most five words.
        var first = month
        var j = month - 1
        while j >= 0, month - j <= 5, words[j].kind == 1 || words[j].kind == 3 {
            if words[j].kind == 1 { first = j }
            j -= 1
        }
        // Right: on over fillers and number words, at most ten words.
        var last = month
        j = month + 1
        while j < words.count, j - month <= 10, words[j].kind == 1 || words[j].kind == 3 {
            if words[j].kind == 1 { last = j }
            j += 1
        }
        guard first < month || last > month else { return nil }
        return (words[first].start, words[last].end)
    }

    /// Italian tens written as word stems that take a unit ("sessantotto", "novantuno", "ventitré"), and the units.
    private static let italianTens: [[UInt32]] = ["vent", "trent", "quarant", "cinquant", "sessant", "settant", "ottant",
                                                  "novant"].map { [UInt32](scalarsOf: $0) }
    private static let italianUnits: WordHashSet = WordHash.table("uno due tre tré quattro cinque sei sette otto nove")

    /// Whether `start..<end` is an Italian number from 21 to 99 written as one word, a tens stem and a unit (the stem's
    /// final vowel elided before "uno" and "otto": "novantuno", "sessantotto").
    private static func isItalianCompoundNumber(_ text: ScannedText, _ start: Int, _ end: Int) -> Bool {
        let f = text.folded
        guard end - start >= 6, end - start <= 16 else { return false }  // "settantaquattro" has 15 letters
        for stem in italianTens where end - start > stem.count + 2 {
            guard zip(stem, f[start..<(start + stem.count)]).allSatisfy({ $0 == $1 }) else { continue }
            var unitStart = start + stem.count
            // "sessanta" + "tre": the stem's own final vowel before a consonant unit.
            if f[unitStart] == 97 || f[unitStart] == 105, !italianUnits.contains(WordHash.of(f, unitStart, end)) { unitStart += 1 }
            return italianUnits.contains(WordHash.of(f, unitStart, end))
        }
        return false
    }

    /// Whether `start..<end` is a one-token year compound ("neunzehnhundertachtundachtzig", "duemilatre").
    private static func isCompoundYear(_ text: ScannedText, _ start: Int, _ end: Int) -> Bool {
        let f = text.folded
        return compoundYearStarts.contains { prefix in
            end - start >= prefix.count && zip(prefix, f[start..<(start + prefix.count)]).allSatisfy { $0 == $1 }
        }
    }
}
