import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension BankCacheCoding {
    /// A cache entry's file, written through a fixed buffer as its pieces come.
    ///
    /// An entry for 100,000 questions is over 100 MB. Built in memory first, it was copied
    /// three times (texts, section, entry) into fresh pages before reaching the disk, and that
    /// cost grew faster than the bank; streamed, it costs one copy into this buffer. The
    /// questions section's digest is taken on the way, over whole buffers (a multiple of 16
    /// bytes, so the result is the digest of the section in one piece).
    struct EntryOutput {
        /// A multiple of the digest's 16-byte block (see ``startDigest()``).
        static let bufferSize = 1 << 20
        private let descriptor: Int32
        private var buffer: UnsafeMutableRawBufferPointer
        private var used = 0
        /// Bytes already handed to the file.
        private(set) var flushed = 0
        private var digest: Digest128?
        private var digested = 0
        private(set) var failed = false

        /// A new, empty file at `path`; nil when it cannot be created.
        init?(path: String) {
            descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
            guard descriptor >= 0 else { return nil }
            buffer = .allocate(byteCount: Self.bufferSize, alignment: 16)
        }

        /// Where the next byte will go in the file.
        var position: Int { flushed + used }

        mutating func append(_ bytes: UnsafeRawBufferPointer) {
            var offset = 0
            while offset < bytes.count {
                let count = min(bytes.count - offset, buffer.count - used)
                buffer.baseAddress!.advanced(by: used).copyMemory(from: bytes.baseAddress!.advanced(by: offset), byteCount: count)
                used += count
                offset += count
                if used == buffer.count { flush() }
            }
        }

        mutating func append(_ bytes: [UInt8]) {
            bytes.withUnsafeBytes { append($0) }
        }

        mutating func append(_ string: String) {
            if string.utf8.withContiguousStorageIfAvailable({ append(UnsafeRawBufferPointer($0)) }) == nil {
                append(Array(string.utf8))
            }
        }

        mutating func appendU32(_ value: UInt32) { withUnsafeBytes(of: value.littleEndian) { append($0) } }
        mutating func appendU64(_ value: Int) { withUnsafeBytes(of: UInt64(value).littleEndian) { append($0) } }

        /// Starts digesting what comes next (at the start of a buffer, so digested pieces stay whole blocks).
        mutating func startDigest() {
            flush()
            digest = Digest128()
            digested = 0
        }

        /// Stops digesting; the digest and the length of what was digested.
        mutating func finishDigest() -> (digest: [UInt8], length: Int) {
            flush()
            defer { digest = nil }
            return ((digest ?? Digest128()).bytes, digested)
        }

        /// Writes `bytes` at `offset`, over what was written there before (a length left blank).
        mutating func overwrite(_ bytes: [UInt8], at offset: Int) {
            flush()
            bytes.withUnsafeBytes { raw in
                if pwrite(descriptor, raw.baseAddress, raw.count, off_t(offset)) != raw.count { failed = true }
            }
        }

        /// Writes what is buffered and closes the file; true when every byte reached it.
        mutating func close() -> Bool {
            flush()
            buffer.deallocate()
            return systemClose(descriptor) == 0 && !failed
        }

        private mutating func flush() {
            guard used > 0 else { return }
            let pending = UnsafeRawBufferPointer(start: buffer.baseAddress, count: used)
            if digest != nil {
                digest!.combine(pending)
                digested += used
            }
            var offset = 0
            while offset < used, !failed {
                let written = systemWrite(descriptor, pending.baseAddress!.advanced(by: offset), used - offset)
                if written < 0, errno == EINTR { continue }
                if written <= 0 { failed = true } else { offset += written }
            }
            flushed += used
            used = 0
        }
    }
}

// The C library's calls under other names: inside the types above, `write` and `close` name their own methods.
private func systemWrite(_ descriptor: Int32, _ bytes: UnsafeRawPointer, _ count: Int) -> Int { write(descriptor, bytes, count) }
private func systemClose(_ descriptor: Int32) -> Int32 { close(descriptor) }
