/// Byte-level versions of the validator's text measures, for text that is entirely ASCII.
///
/// Walking `Character`s segments graphemes, which dominated the validator's time. In ASCII text
/// every byte is one character except CR LF, which is one newline character either way, so a
/// byte walk gives exactly the same answer; each function returns nil for any other text and
/// its caller takes the `Character` path.
enum ASCIIText {
    /// Space, or a byte that `Character.isNewline` calls a newline (LF, VT, FF, CR).
    static func isSeparator(_ byte: UInt8) -> Bool {
        byte == 0x20 || (byte >= 0x0A && byte <= 0x0D)
    }

    /// How many runs of bytes other than separators `text` has.
    static func wordCount(_ text: String) -> Int? {
        var count = 0, inWord = false
        for byte in text.utf8 {
            guard byte < 0x80 else { return nil }
            let separator = isSeparator(byte)
            if !separator, !inWord { count += 1 }
            inWord = !separator
        }
        return count
    }

    /// How many characters `text` has: one per byte, except that CR LF is one character.
    static func characterCount(_ text: String) -> Int? {
        var count = 0, previous: UInt8 = 0
        for byte in text.utf8 {
            guard byte < 0x80 else { return nil }
            if !(byte == 0x0A && previous == 0x0D) { count += 1 }
            previous = byte
        }
        return count
    }

    /// Lower-cased text with separator runs folded to one space and none at either end.
    static func normalized(_ text: String) -> String? {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        var pendingSpace = false
        for byte in text.utf8 {
            guard byte < 0x80 else { return nil }
            if isSeparator(byte) {
                pendingSpace = !bytes.isEmpty
                continue
            }
            if pendingSpace { bytes.append(0x20); pendingSpace = false }
            bytes.append(byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte)
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
