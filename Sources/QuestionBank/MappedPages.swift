#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Gives back the pages of a read-only file mapping once they have been read.
///
/// A cache entry is read front to back exactly once (its digest, then its strings and records);
/// without this, every page read stays resident until the mapping is released, so the entry
/// (12 MB for 10,000 questions) and the questions decoded from it would count twice in the
/// peak memory. The pages stay in the system's file cache; the process just stops holding them.
struct MappedPages {
    let base: UnsafeRawBufferPointer
    /// Everything before this offset has been given back.
    private var released = 0
    /// Give pages back in steps of this many bytes, so the calls stay few.
    static let step = 1 << 20

    init(_ base: UnsafeRawBufferPointer) {
        self.base = base
    }

    /// Releases the whole pages that lie before `offset` (an offset into `base`).
    mutating func release(upTo offset: Int) {
        guard let start = base.baseAddress, offset - released >= Self.step else { return }
        let page = Int(getpagesize())
        let from = (Int(bitPattern: start) + released + page - 1) / page * page
        let to = (Int(bitPattern: start) + min(offset, base.count)) / page * page
        if to > from, let pointer = UnsafeMutableRawPointer(bitPattern: from) {
            _ = madvise(pointer, to - from, MADV_DONTNEED)
        }
        released = offset
    }
}
