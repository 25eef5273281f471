//go:build !linux

package app

// exchange has no atomic form here; swapFolder falls back to two renames.
func exchange(a, b string) error { return errExchangeUnsupported }
