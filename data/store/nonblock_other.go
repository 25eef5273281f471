//go:build !unix

package store

// openNonBlocking is nothing where open does not block on pipes in the
// folder (Windows has no named pipes in the file system).
const openNonBlocking = 0
