#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Which rare trigger sequences a text holds, found with `memchr` over its UTF-8 bytes.
///
/// Recognizers that cannot match without one of them skip their scan. Every trigger but `°` is ASCII, and
/// in UTF-8 an ASCII byte only ever encodes that ASCII scalar (lead and continuation bytes of longer
/// sequences are ≥ 0x80), so a byte sequence is present exactly when the same scalar sequence is in
/// ``ScannedText/values``. The folded forms are the same too: ``ScalarClass/fold(_:)`` maps no
/// non-ASCII scalar to `w`, `.`, `:`, `/` or `@`. `°` is the two bytes C2 B0, and C2 is never a continuation
/// byte, so those two bytes in a row are exactly a `°`.
struct TextTriggers {
    /// The text holds `@`.
    var hasAt = false
    /// The text holds `://`.
    var hasSchemeSeparator = false
    /// The text holds `www.` in any case of the `w`s.
    var hasWWW = false
    /// The number of `:` in the text, counted up to 2.
    var colons = 0
    /// The text holds `°` (U+00B0, the UTF-8 bytes C2 B0).
    var hasDegreeSign = false
    /// The text holds a line feed.
    var hasNewline = false

    /// No trigger (the empty text).
    init() {}

    /// Finds the triggers in the UTF-8 `bytes`.
    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let base = bytes.baseAddress, !bytes.isEmpty else { return }
        let n = bytes.count
        hasAt = memchr(base, 64, n) != nil
        hasNewline = memchr(base, 10, n) != nil
        var k = TextTriggers.next(58, base, n, from: 0)
        while k >= 0 {
            if colons < 2 { colons += 1 }
            if k + 2 < n, base[k + 1] == 47, base[k + 2] == 47 { hasSchemeSeparator = true }
            if colons >= 2, hasSchemeSeparator { break }
            k = TextTriggers.next(58, base, n, from: k + 1)
        }
        // The lead byte C2 (U+0080–U+00BF: no-break space, «, », £, °) is rarer than B0, which ends many letters.
        k = TextTriggers.next(0xC2, base, n, from: 0)
        while k >= 0, k + 1 < n {
            if base[k + 1] == 0xB0 {
                hasDegreeSign = true
                break
            }
            k = TextTriggers.next(0xC2, base, n, from: k + 2)
        }
        k = TextTriggers.next(46, base, n, from: 3)
        while k >= 0 {
            if base[k - 1] | 0x20 == 119, base[k - 2] | 0x20 == 119, base[k - 3] | 0x20 == 119 {
                hasWWW = true
                break
            }
            k = TextTriggers.next(46, base, n, from: k + 1)
        }
    }

    /// The offset of the first `byte` at or after `from`, or -1.
    @inline(__always)
    private static func next(_ byte: UInt8, _ base: UnsafePointer<UInt8>, _ n: Int, from: Int) -> Int {
        guard from < n, let hit = memchr(base + from, Int32(byte), n - from) else { return -1 }
        return UnsafeRawPointer(hit) - UnsafeRawPointer(base)
    }
}
