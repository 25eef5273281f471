package filestamp

import "io/fs"

// Stamp is what tells, without reading a file, that it has not changed
// since it was cached: its size, modification time (nanoseconds since
// 1970), and where the system has them its inode and status-change time
// (zero elsewhere), as git's index does. A file whose stamp differs is
// read and its content compared (data.ContentSum).
type Stamp struct {
	Size    int64
	ModTime int64
	Inode   uint64
	Change  int64
}

// Of returns the stamp of the file info describes (the zero Stamp for nil).
func Of(info fs.FileInfo) Stamp {
	if info == nil {
		return Stamp{}
	}
	inode, change := statIdentity(info)
	return Stamp{Size: info.Size(), ModTime: info.ModTime().UnixNano(), Inode: inode, Change: change}
}
