package app

import (
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// The window is built against Fyne with Caravan's idle wait in its GLFW driver
// (app/fyneidle/_glfw, put in by the Makefile's gui target). The copy of
// loop.go is only right for the Fyne version it was made from: this test fails
// when go.mod moves to another Fyne, or when the copy's Fyne code (everything
// but the lines Caravan added) differs from that version's loop.go, so an
// upgrade cannot silently build the window from a stale copy.
func TestIdleWaitCopyMatchesFyne(t *testing.T) {
	makefile := readFile(t, "../Makefile")
	patched := regexp.MustCompile(`(?m)^FYNE_PATCHED\s*:=\s*(\S+)`).FindStringSubmatch(makefile)
	if patched == nil {
		t.Fatal("the Makefile names no FYNE_PATCHED version")
	}
	gomod := readFile(t, "../go.mod")
	used := regexp.MustCompile(`(?m)^\s*fyne\.io/fyne/v2 (\S+)`).FindStringSubmatch(gomod)
	if used == nil || used[1] != patched[1] {
		t.Fatalf("go.mod uses Fyne %v, app/fyneidle/_glfw was made from %s: redo the copy from the new loop.go", used, patched[1])
	}
	copied := readFile(t, "fyneidle/_glfw/loop.go")
	if !strings.Contains(copied, "fyne.io/fyne/v2@"+patched[1]) {
		t.Fatalf("app/fyneidle/_glfw/loop.go does not say it is a copy of Fyne %s", patched[1])
	}

	out, err := exec.Command("go", "list", "-m", "-f", "{{.Dir}}", "fyne.io/fyne/v2").Output()
	if err != nil || strings.TrimSpace(string(out)) == "" {
		t.Fatalf("cannot find Fyne in the module cache (go list -m: %v)", err)
	}
	original := readFile(t, filepath.Join(strings.TrimSpace(string(out)), "internal/driver/glfw/loop.go"))
	if got, want := fyneLines(copied), fyneLines(original); got != want {
		t.Errorf("app/fyneidle/_glfw/loop.go is not Fyne %s's loop.go plus Caravan's hooks:\n--- copy without the hooks\n%s\n--- Fyne's\n%s", patched[1], got, want)
	}
}

// fyneLines is loop.go without its header comment and without what Caravan
// changed: the lines that mention the hooks and the two lines whose signature
// or call the hooks altered, so the rest can be compared with Fyne's file.
func fyneLines(src string) string {
	src = src[strings.Index(src, "package glfw"):]
	var kept []string
	skipComment := false
	for _, line := range strings.Split(src, "\n") {
		trimmed := strings.TrimSpace(line)
		switch {
		case strings.Contains(line, "Caravan"):
			skipComment = strings.HasPrefix(trimmed, "//")
			continue
		case skipComment && strings.HasPrefix(trimmed, "//"):
			continue
		case strings.Contains(line, "queued.Add"), trimmed == "wakeIfAsleep()",
			trimmed == "painted = true", trimmed == "return painted",
			strings.HasPrefix(trimmed, "func (d *gLDriver) drawSingleFrame()"),
			strings.HasPrefix(trimmed, "sleepIfIdle("), trimmed == "d.drawSingleFrame()":
			continue
		}
		skipComment = false
		kept = append(kept, line)
	}
	return strings.Join(kept, "\n")
}

func readFile(t *testing.T, path string) string {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}
