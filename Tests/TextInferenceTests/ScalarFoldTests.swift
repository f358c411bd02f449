import Testing
@testable import TextInference

/// `ScalarClass.fold` lower-cases the Latin capitals of the supported languages' names.
@Suite("Scalar folding")
struct ScalarFoldTests {
    @Test("Latin-1, Latin Extended-A and Romanian Ș Ț fold to Unicode's lower case; lower case stays")
    func latinCapitals() {
        let ranges: [ClosedRange<UInt32>] = [0xC0...0xDE, 0x100...0x17F, 0x218...0x21B]
        for c in ranges.joined() where c != 0xD7 {
            let scalar = Unicode.Scalar(c)!
            let lower = String(scalar).lowercased().unicodeScalars.first!.value
            #expect(ScalarClass.fold(c) == lower, "U+\(String(c, radix: 16, uppercase: true))")
        }
        #expect(ScalarClass.fold(0x141) == 0x142)  // Ł → ł
        #expect(ScalarClass.fold(0x15E) == 0x15F)  // Ş → ş
        #expect(ScalarClass.fold(0x130) == 0x69)   // İ → i
        #expect(ScalarClass.fold(0x178) == 0xFF)   // Ÿ → ÿ
        #expect(ScalarClass.fold(0x131) == 0x131)  // ı stays
    }

    @Test("a capitalised Polish or Turkish word folds to the scanned lower-case form")
    func scannedFold() {
        let upper = ScannedText("ŁUKASZ ŞULE ŽOFIE")
        let lower = ScannedText("łukasz şule žofie")
        #expect(upper.folded == lower.folded)
    }
}
