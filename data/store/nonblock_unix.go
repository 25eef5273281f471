//go:build unix

package store

import "syscall"

// openNonBlocking makes open(2) return at once on a named pipe.
const openNonBlocking = syscall.O_NONBLOCK
