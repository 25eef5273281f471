package project

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"reflect"
	"slices"

	"github.com/pelletier/go-toml/v2"
)

// FormatVersion is the version of the project file format this package
// writes; files of a later version are refused rather than half-read.
const FormatVersion = 1

// Error is a mistake in a project file, located by line so that whoever
// edits the file can go straight to it.
type Error struct {
	File string
	Line int // 1-based; 0 when not known
	Msg  string
	Err  error
}

// Error returns "file:line: message".
func (e *Error) Error() string {
	if e.Line > 0 {
		return fmt.Sprintf("%s:%d: %s", e.File, e.Line, e.Msg)
	}
	return fmt.Sprintf("%s: %s", e.File, e.Msg)
}

// Unwrap returns the underlying error, if any.
func (e *Error) Unwrap() error { return e.Err }

// fileDoc is the TOML document: a few keys, then one [[decision]] per
// decision.
type fileDoc struct {
	Format    int        `toml:"format"`
	Corpus    string     `toml:"corpus,omitempty"`
	Decisions []Decision `toml:"decision,omitempty"`
}

// Parse reads a project file's bytes; name is used in errors.
func Parse(name string, b []byte) (*Project, error) {
	var doc fileDoc
	// Strict: a misspelt key would otherwise be dropped without a word, and
	// the decision would mean something else.
	if err := toml.NewDecoder(bytes.NewReader(b)).DisallowUnknownFields().Decode(&doc); err != nil {
		return nil, decodeError(name, err)
	}
	lines := layoutOf(b)
	lineOf := func(i int) int {
		if i < len(lines.decisions) {
			return lines.decisions[i]
		}
		return 0
	}
	if doc.Format > FormatVersion {
		return nil, &Error{File: name, Line: lines.format,
			Msg: fmt.Sprintf("format %d is newer than this Caravan reads (%d)", doc.Format, FormatVersion)}
	}
	seen := map[string]int{}
	for i := range doc.Decisions {
		d := &doc.Decisions[i]
		if err := d.Check(); err != nil {
			return nil, &Error{File: name, Line: lineOf(i), Msg: err.Error(), Err: err}
		}
		if j, dup := seen[d.ID]; dup {
			return nil, &Error{File: name, Line: lineOf(i),
				Msg: fmt.Sprintf("decision id %s is used twice (also on line %d)", d.ID, lineOf(j))}
		}
		seen[d.ID] = i
	}
	return &Project{Corpus: doc.Corpus, Decisions: doc.Decisions}, nil
}

// Load reads a project file.
func Load(path string) (*Project, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("reading project: %w", err)
	}
	return Parse(path, b)
}

// Write writes the project as a documented TOML file.
func (p *Project) Write(w io.Writer) error {
	var buf bytes.Buffer
	enc := toml.NewEncoder(&buf).SetIndentTables(false)
	if err := enc.Encode(fileDoc{Format: FormatVersion, Corpus: p.Corpus, Decisions: p.Decisions}); err != nil {
		return err
	}
	body, err := basicStrings(buf.Bytes())
	if err != nil {
		return err
	}
	if _, err := io.WriteString(w, Header); err != nil {
		return err
	}
	_, err = w.Write(body)
	return err
}

// Save writes the project to path atomically: to a temporary file in the
// same folder, synced, then renamed over path, so that a crash leaves the
// old file or the new one, never half of one.
func (p *Project) Save(path string) error {
	var buf bytes.Buffer
	if err := p.Write(&buf); err != nil {
		return fmt.Errorf("saving project %s: %w", path, err)
	}
	return WriteFileAtomic(path, buf.Bytes())
}

// WriteFileAtomic writes b to path through a temporary file in the same
// folder that is synced and renamed over path. Errors name path.
func WriteFileAtomic(path string, b []byte) error {
	dir := filepath.Dir(path)
	f, err := os.CreateTemp(dir, "."+filepath.Base(path)+".*.tmp")
	if err != nil {
		return fmt.Errorf("saving %s: %w", path, err)
	}
	tmp := f.Name()
	fail := func(err error) error {
		f.Close()
		os.Remove(tmp)
		return fmt.Errorf("saving %s: %w", path, err)
	}
	if _, err := f.Write(b); err != nil {
		return fail(err)
	}
	if err := f.Sync(); err != nil {
		return fail(err)
	}
	if err := f.Chmod(0o644); err != nil {
		return fail(err)
	}
	if err := f.Close(); err != nil {
		os.Remove(tmp)
		return fmt.Errorf("saving %s: %w", path, err)
	}
	if err := os.Rename(tmp, path); err != nil {
		os.Remove(tmp)
		return fmt.Errorf("saving %s: %w", path, err)
	}
	return nil
}

// DefaultPath is where a corpus folder's project is saved unless the
// analyst chooses another place: beside the articles.
func DefaultPath(corpusDir string) string {
	return filepath.Join(corpusDir, DefaultName)
}

// DefaultName is the file name of a project saved beside its corpus.
const DefaultName = "caravan-project.toml"

// AutosavePath is the sidecar file the window autosaves to, next to the
// project file, so that a crash loses at most the last few seconds.
func AutosavePath(projectPath string) string {
	return filepath.Join(filepath.Dir(projectPath), "."+filepath.Base(projectPath)+".autosave")
}

// Equal reports whether two projects hold the same decisions in the same
// order (redo histories are not compared).
func Equal(a, b *Project) bool {
	return a.Corpus == b.Corpus && slices.EqualFunc(a.Decisions, b.Decisions, decisionsEqual)
}

func decisionsEqual(a, b Decision) bool {
	return reflect.DeepEqual(normalized(a), normalized(b))
}

// normalized makes equal decisions deeply equal: times in UTC without a
// monotonic reading, empty lists nil, and the paragraph as a value.
func normalized(d Decision) any {
	type flat struct {
		D    Decision
		Para int
		Has  bool
	}
	f := flat{D: d}
	if d.Paragraph != nil {
		f.Para, f.Has = *d.Paragraph, true
	}
	f.D.Paragraph = nil
	f.D.Time = d.Time.UTC().Round(0)
	for _, l := range []*[]string{&f.D.Events, &f.D.Passages, &f.D.Actors, &f.D.Order, &f.D.Slides} {
		if len(*l) == 0 {
			*l = nil
		}
	}
	return f
}
