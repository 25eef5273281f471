package filestamp

import (
	"os"
	"path/filepath"
	"runtime"
	"testing"
)

// TestStampSeesAReplacedFile renames over a file another of the same size
// and modification time, as a restore from a backup does: on the systems
// that have inodes the stamp still changes.
func TestStampSeesAReplacedFile(t *testing.T) {
	dir := t.TempDir()
	p, q := filepath.Join(dir, "a.txt"), filepath.Join(dir, "b.txt")
	if err := os.WriteFile(p, []byte("same text"), 0o644); err != nil {
		t.Fatal(err)
	}
	before, err := os.Stat(p)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(q, []byte("same text"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Chtimes(q, before.ModTime(), before.ModTime()); err != nil {
		t.Fatal(err)
	}
	if err := os.Rename(q, p); err != nil {
		t.Fatal(err)
	}
	after, err := os.Stat(p)
	if err != nil {
		t.Fatal(err)
	}
	s1, s2 := Of(before), Of(after)
	if s1.Size != s2.Size || s1.ModTime != s2.ModTime {
		t.Fatalf("the copy differs in size or time: %+v, %+v", s1, s2)
	}
	if (runtime.GOOS == "linux" || runtime.GOOS == "darwin") && s1 == s2 {
		t.Errorf("a file replaced by a copy of the same size and time keeps its stamp %+v", s1)
	}
	if Of(nil) != (Stamp{}) {
		t.Errorf("Of(nil) = %+v, want the zero stamp", Of(nil))
	}
}
