#pragma once

namespace Tessera::Store {

/**
 * Installs (once per process, before the first connection opens) a thin SQLite VFS over the default
 * one that gathers a connection's WAL appends into one buffer and writes it with a single pwrite.
 *
 * Why: SQLite writes every WAL frame as two writes (a 24-byte frame header, then the 4 KB page), so a
 * frame touches two page-cache pages in two system calls; a W2-size run makes ~190,000 of them on
 * the writer thread, which is the one thread every run waits for. Gathered, a commit is a few
 * writes of up to kWalBufferBytes.
 *
 * Why it is safe: the buffer is written out before anything could depend on it — before the WAL is
 * read, synced, truncated, sized or closed, before any write elsewhere in the file, and before the
 * database file's shared-memory barrier or lock calls (SQLite publishes a commit to other
 * connections by writing the WAL-index header around an xShmBarrier, and checkpoints under
 * xShmLock). Frames still in the buffer when a process dies belong to a transaction that never
 * committed, which SQLite's recovery ignores anyway (as it ignores a torn WAL tail). The buffer never
 * outlives the connection's WAL write lock either — releasing it is an xShmLock call — so frames of a
 * rolled-back transaction can never land on frames another connection wrote after it.
 *
 * Returns false (and logs) if the default VFS could not be wrapped; SQLite then runs unbuffered.
 */
bool installWalWriteBuffer();

/**
 * Bytes gathered before a write: 30 frames of 4 KB pages. SQLite's unix VFS masks a write's length
 * to 17 bits (seekAndWriteFd: nBuf &= 0x1ffff), so one write must stay under 128 KB.
 */
inline constexpr int kWalBufferBytes = 30 * (4096 + 24);

} // namespace Tessera::Store
