/// The set of normalised words seen when training the triage model, as sorted 32-bit hashes.
///
/// Each entry is the word-unigram feature hash of ``TriageFeatureExtractor`` (lower-cased,
/// Arabic-normalised, digits as `0`), so no training text is stored. The artifact is
/// `SSVOCAB1`, a little-endian `UInt32` count, then the sorted, distinct hashes (4 bytes each).
/// With about 10⁴ words a random unseen word collides with probability ~10⁴/2³² ≈ 2·10⁻⁶.
public struct TriageVocabulary: Sendable, Equatable {
    /// Sorted, distinct word hashes.
    let hashes: [UInt32]
    /// The hashes in an open-addressing table (linear probing, at most half full) for
    /// ``contains(_:)``; an empty slot holds `emptySlot`, and a hash equal to it is looked up in `hashes`.
    private let slots: [UInt32]

    /// The name of the vocabulary's entry in `models.json`.
    public static let modelName = "triage-vocab"
    /// The artifact file name beside `triage.ssm`.
    public static let fileName = "triage-vocab.bin"

    /// Number of distinct words.
    public var count: Int { hashes.count }

    private static let magic = Array("SSVOCAB1".utf8)

    /// Creates a vocabulary from word hashes (any order, duplicates allowed).
    init<S: Sequence>(hashes: S) where S.Element == UInt32 {
        self.hashes = Array(Set(hashes)).sorted()
        slots = Self.slots(for: self.hashes)
    }

    /// The vocabulary of the normalised word tokens of `texts`.
    public init(trainingTexts texts: [String]) {
        let extractor = TriageFeatureExtractor(minOrder: 2, maxOrder: 5)
        var stream: [UInt32] = []
        var seen = Set<UInt32>()
        for text in texts { extractor.forEachWordHash(text, stream: &stream) { seen.insert($0) } }
        self.init(hashes: seen)
    }

    /// Decodes an artifact written by ``bytes()``.
    public init(bytes: [UInt8]) throws {
        let header = Self.magic.count + 4
        guard bytes.count >= header, Array(bytes[0..<Self.magic.count]) == Self.magic else {
            throw ModelError.invalidContent(reason: "triage vocabulary: missing SSVOCAB1 header")
        }
        let count = Self.uint32(bytes, Self.magic.count)
        guard bytes.count == header + 4 * Int(count) else {
            throw ModelError.invalidContent(reason: "triage vocabulary: \(count) entries need \(header + 4 * Int(count)) bytes, file has \(bytes.count)")
        }
        var hashes: [UInt32] = []
        hashes.reserveCapacity(Int(count))
        for k in 0..<Int(count) {
            let value = Self.uint32(bytes, header + 4 * k)
            if let last = hashes.last, last >= value {
                throw ModelError.invalidContent(reason: "triage vocabulary: entries are not sorted and distinct")
            }
            hashes.append(value)
        }
        self.hashes = hashes
        slots = Self.slots(for: hashes)
    }

    /// The artifact bytes.
    public func bytes() -> [UInt8] {
        var out = Self.magic
        out.reserveCapacity(Self.magic.count + 4 + 4 * hashes.count)
        Self.append(UInt32(hashes.count), to: &out)
        for hash in hashes { Self.append(hash, to: &out) }
        return out
    }

    /// Whether the word with this hash was seen in training.
    func contains(_ hash: UInt32) -> Bool {
        guard hash != Self.emptySlot, !slots.isEmpty else { return sortedContains(hash) }
        let mask = slots.count - 1
        return slots.withUnsafeBufferPointer { slots in
            var slot = Self.slot(of: hash, mask: mask)
            while true {
                let value = slots[slot]
                if value == hash { return true }
                if value == Self.emptySlot { return false }
                slot = (slot + 1) & mask
            }
        }
    }

    /// Marks an empty slot of the look-up table.
    private static let emptySlot: UInt32 = 0

    /// The first slot probed for `hash` (the hashes are already uniform; the multiply mixes the low bits).
    private static func slot(of hash: UInt32, mask: Int) -> Int {
        Int(truncatingIfNeeded: (UInt64(hash) &* 0x9E37_79B9_7F4A_7C15) >> 32) & mask
    }

    /// The look-up table of `hashes` (a power of two at least twice their count).
    private static func slots(for hashes: [UInt32]) -> [UInt32] {
        var size = 16
        while size < 2 * hashes.count { size *= 2 }
        var slots = [UInt32](repeating: emptySlot, count: size)
        for hash in hashes where hash != emptySlot {
            var slot = slot(of: hash, mask: size - 1)
            while slots[slot] != emptySlot { slot = (slot + 1) & (size - 1) }
            slots[slot] = hash
        }
        return slots
    }

    /// Binary search in the sorted hashes.
    private func sortedContains(_ hash: UInt32) -> Bool {
        var low = 0, high = hashes.count
        while low < high {
            let mid = (low + high) / 2
            if hashes[mid] < hash { low = mid + 1 } else { high = mid }
        }
        return low < hashes.count && hashes[low] == hash
    }

    private static func uint32(_ bytes: [UInt8], _ at: Int) -> UInt32 {
        UInt32(bytes[at]) | UInt32(bytes[at + 1]) << 8 | UInt32(bytes[at + 2]) << 16 | UInt32(bytes[at + 3]) << 24
    }

    private static func append(_ value: UInt32, to out: inout [UInt8]) {
        for shift in stride(from: 0, to: 32, by: 8) { out.append(UInt8(truncatingIfNeeded: value >> UInt32(shift))) }
    }
}
