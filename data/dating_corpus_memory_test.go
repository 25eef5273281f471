package data

import (
	"testing"
	"unsafe"
)

// TestYearlessDateIsSmall: the corpus pass holds the year-less dates of
// every open article while it runs, at the load's memory peak; a
// YearlessDate keeps what In and WritingYearShift read, not the whole of
// its words (260 bytes a date).
func TestYearlessDateIsSmall(t *testing.T) {
	if n := unsafe.Sizeof(YearlessDate{}); n > 80 {
		t.Errorf("a YearlessDate takes %d bytes", n)
	}
}
