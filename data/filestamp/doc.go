// Package filestamp tells, without reading a file, that it has not changed
// since it was last seen: its size, modification time and, where the
// system has them, its inode and status-change time, as git's index does
// (Stamp, Of). A file copied over another with the same size and times
// still has a new inode or change time.
//
// It is a package of its own because it is the only part of reading a
// corpus that differs by operating system (stamp_linux.go, stamp_darwin.go,
// stamp_other.go), and it knows nothing of articles: package data imports
// it for its listing and its cache.
package filestamp
