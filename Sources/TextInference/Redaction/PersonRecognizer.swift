/// Finds personal names announced by context: self-introductions ("my name is", "me llamo",
/// "меня зовут", "اسمي"), closing signatures ("Regards, Anna Schmidt") and honorifics
/// ("Mr.", "Mrs.", "Ms.", "Herr", "Frau", "Sr.", "Sra.", "M.", "Mme").
///
/// Only the name is redacted; the cue or title stays for readability.
enum PersonRecognizer {
    private static let titles: [[UInt32]] = [
        "Mr", "Mrs", "Ms", "Miss", "Mx", "Dr", "Prof", "Herr", "Frau", "Sr", "Sra", "Srta", "Señor", "Señora",
        "Don", "Doña", "M", "Mme", "Mlle", "Monsieur", "Madame", "Sig", "Sig.ra", "Signor", "Signora", "Dhr",
        "Mevr", "Hr", "Fr",
    ].map { [UInt32](rawScalarsOf: $0) }

    /// Titles that must carry a dot to count (single letters and short forms).
    private static let dottedOnly: Set<[UInt32]> = Set(["M", "Hr", "Fr", "Dr", "Prof", "Sig"].map { [UInt32](rawScalarsOf: $0) })

    private static let weakSignatures: Set<[UInt32]> = Set(["thanks", "thank you", "cheers", "best", "lg", "grüße", "saluti"]
        .map { [UInt32](scalarsOf: $0) })

    /// Appends ``EntityType/person`` candidates for every cued name in `context`.
    static func scan(_ context: ScanContext, into candidates: inout [Candidate]) {
        let text = context.text
        let v = text.values
        var lastEnd = -1
        for hit in context.cues where hit.start >= lastEnd {
            switch hit.kind {
            case .selfName, .weakSelfName:
                var j = hit.end
                if j < text.count, v[j] == 58 { j += 1 }
                let strong = hit.kind == .selfName
                let name = (strong ? NameReader.read(text, at: j) : nil) ?? NameReader.readLowercase(text, at: j)
                guard let name else { continue }
                if !strong, !NameReader.startsWithGivenName(text, name.start) { continue }
                candidates.append(Candidate(type: .person, start: name.start, end: name.end))
                lastEnd = name.end
            case .signature:
                var j = hit.end
                while j < text.count, j - hit.end < 2, v[j] == 44 || v[j] == 33 || v[j] == 46 || v[j] == 58 || v[j] == 45 { j += 1 }
                guard let name = NameReader.read(text, at: j, allowLineBreak: true) else { continue }
                let weak = weakSignatures.contains(Array(text.folded[hit.start..<hit.end]))
                if weak, !endsLine(text, name.end) { continue }
                candidates.append(Candidate(type: .person, start: name.start, end: name.end))
                lastEnd = name.end
            default:
                continue
            }
        }
        scanTitles(text, into: &candidates)
    }

    private static func endsLine(_ text: ScannedText, _ end: Int) -> Bool {
        var j = end
        while j < text.count, text.values[j] == 32 || text.values[j] == 46 || text.values[j] == 33 || text.values[j] == 44 { j += 1 }
        return j >= text.count || text.values[j] == 10 || text.values[j] == 13
    }

    private static func scanTitles(_ text: ScannedText, into candidates: inout [Candidate]) {
        let v = text.values
        var i = 0
        while i < text.count {
            guard ScalarClass.isUpper(v[i]), text.isWordStart(i) else { i += 1; continue }
            var matchedEnd = -1
            for title in titles where text.hasPrefix(title, at: i) {
                var e = i + title.count
                guard e >= text.count || !ScalarClass.isLetter(v[e]) else { continue }
                let dotted = e < text.count && v[e] == 46
                if dotted { e += 1 }
                if !dotted, dottedOnly.contains(title) { continue }
                guard e < text.count, v[e] == 32 else { continue }
                matchedEnd = max(matchedEnd, e)
            }
            if matchedEnd > 0, let name = NameReader.read(text, at: matchedEnd, maxWords: 3, allowCaseless: false) {
                candidates.append(Candidate(type: .person, start: name.start, end: name.end))
                i = name.end
            } else {
                i += 1
            }
        }
    }
}
