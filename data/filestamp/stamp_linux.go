package filestamp

import (
	"io/fs"
	"syscall"
)

// statIdentity is the file's inode and status-change time: a file replaced
// by another of the same size and modification time (a copy that keeps
// times, a restore from a backup) still has a new inode or change time,
// which git's index notices too.
func statIdentity(info fs.FileInfo) (inode uint64, change int64) {
	st, ok := info.Sys().(*syscall.Stat_t)
	if !ok {
		return 0, 0
	}
	return st.Ino, st.Ctim.Nano()
}
