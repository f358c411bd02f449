/// Everything a recognizer needs to scan one text: the scalars, the cue hits and the language.
struct ScanContext {
    /// The decoded text.
    let text: ScannedText
    /// Cue phrases found in the text, sorted by start.
    let cues: [CueLexicon.Hit]
    /// The caller's language hint, lower-cased (may be empty).
    let language: String
}
