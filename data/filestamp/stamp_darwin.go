package filestamp

import (
	"io/fs"
	"syscall"
)

// statIdentity is the file's inode and status-change time (see the Linux
// version).
func statIdentity(info fs.FileInfo) (inode uint64, change int64) {
	st, ok := info.Sys().(*syscall.Stat_t)
	if !ok {
		return 0, 0
	}
	return st.Ino, st.Ctimespec.Nano()
}
