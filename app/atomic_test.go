package app

import (
	"errors"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// writeString returns a writer function that writes s.
func writeString(s string) func(io.Writer) error {
	return func(w io.Writer) error {
		_, err := io.WriteString(w, s)
		return err
	}
}

// dirNames lists the names in dir, temporary files included.
func dirNames(t *testing.T, dir string) []string {
	t.Helper()
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, e := range entries {
		names = append(names, e.Name())
	}
	return names
}

func TestAtomicWrite(t *testing.T) {
	errBroken := errors.New("renderer broke")
	tests := []struct {
		name     string
		existing string // content already at the path; "" for none
		write    func(io.Writer) error
		create   bool   // use createFileAtomic instead of writeFileAtomic
		want     string // content afterwards; "" for no file
		wantErr  error  // errors.Is target; nil for success
	}{
		{name: "new file", write: writeString("new"), want: "new"},
		{name: "replace existing", existing: "old", write: writeString("new"), want: "new"},
		{name: "failing writer leaves nothing", write: func(w io.Writer) error {
			io.WriteString(w, strings.Repeat("half ", 10000)) // more than the buffer, so bytes reach the file
			return errBroken
		}, wantErr: errBroken},
		{name: "failing writer keeps the old file", existing: "old", write: func(io.Writer) error {
			return errBroken
		}, want: "old", wantErr: errBroken},
		{name: "create new", create: true, write: writeString("new"), want: "new"},
		{name: "create refuses to replace", create: true, existing: "old", write: writeString("new"),
			want: "old", wantErr: fs.ErrExist},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			path := filepath.Join(dir, "chart.png")
			if tt.existing != "" {
				if err := os.WriteFile(path, []byte(tt.existing), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			write := writeFileAtomic
			if tt.create {
				write = createFileAtomic
			}
			err := write(path, tt.write)
			if !errors.Is(err, tt.wantErr) {
				t.Fatalf("error %v, want %v", err, tt.wantErr)
			}
			if err != nil && !strings.Contains(err.Error(), path) {
				t.Errorf("error %q does not name %s", err, path)
			}
			got, readErr := os.ReadFile(path)
			switch {
			case tt.want == "" && readErr == nil:
				t.Errorf("file left behind with %d bytes", len(got))
			case tt.want != "" && string(got) != tt.want:
				t.Errorf("content %q, want %q (read error %v)", got, tt.want, readErr)
			}
			names := dirNames(t, dir)
			wantNames := 0
			if tt.want != "" {
				wantNames = 1
			}
			if len(names) != wantNames {
				t.Errorf("directory holds %q; temporary files left behind?", names)
			}
		})
	}
}

func TestAtomicWriteUnwritablePlace(t *testing.T) {
	dir := t.TempDir()
	// A regular file standing where a folder should be: writing under it
	// fails for every user, root included, unlike a chmod-ed folder.
	notADir := filepath.Join(dir, "report.txt")
	if err := os.WriteFile(notADir, []byte("x"), 0o644); err != nil {
		t.Fatal(err)
	}
	paths := []string{
		filepath.Join(notADir, "chart.png"),
		filepath.Join(dir, "missing", "chart.png"),
		dir + string(filepath.Separator),
	}
	for _, path := range paths {
		for name, write := range map[string]func(string, func(io.Writer) error) error{
			"write": writeFileAtomic, "create": createFileAtomic,
		} {
			err := write(path, writeString("x"))
			if err == nil {
				t.Errorf("%s %s: no error", name, path)
				continue
			}
			if !strings.Contains(err.Error(), strings.TrimSuffix(path, string(filepath.Separator))) {
				t.Errorf("%s %s: error %q does not name the path", name, path, err)
			}
			if strings.Contains(path, "missing") && !strings.Contains(err.Error(), "does not exist") {
				t.Errorf("%s %s: error %q does not say the folder is missing", name, path, err)
			}
			if strings.Contains(err.Error(), ".tmp") {
				t.Errorf("%s %s: error %q names the temporary file", name, path, err)
			}
		}
	}
}

func TestAtomicWriteReadOnlyFolder(t *testing.T) {
	if os.Geteuid() == 0 {
		t.Skip("root writes into read-only folders")
	}
	dir := t.TempDir()
	if err := os.Chmod(dir, 0o555); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { os.Chmod(dir, 0o755) })
	path := filepath.Join(dir, "deck.pdf")
	err := writeFileAtomic(path, writeString("x"))
	if !errors.Is(err, fs.ErrPermission) || !strings.Contains(err.Error(), path) {
		t.Errorf("error %v: want permission denied naming %s", err, path)
	}
}
