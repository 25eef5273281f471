package data

import (
	"bytes"
	"errors"
	"fmt"
	"maps"
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/pelletier/go-toml/v2/unstable"
)

// CuratedError is a mistake in a curated file (catalogue.toml, names.toml),
// located by line so that whoever edits the file can go straight to it.
type CuratedError struct {
	File string
	Line int // 1-based; 0 when the line is not known
	Msg  string
	Err  error // the underlying error, if any
}

// Error returns "file:line: message".
func (e *CuratedError) Error() string {
	if e.Line > 0 {
		return fmt.Sprintf("%s:%d: %s", e.File, e.Line, e.Msg)
	}
	return fmt.Sprintf("%s: %s", e.File, e.Msg)
}

// Unwrap returns the underlying error, such as a TOML syntax error.
func (e *CuratedError) Unwrap() error { return e.Err }

// validID is the form of every id in the curated files: lower case, digits
// and dashes, so ids read well in URLs, file names and "text-…" event ids.
var validID = regexp.MustCompile(`^[a-z0-9][a-z0-9-]*$`)

// validLanguage is an ISO 639-1 (or 639-2/3) code.
var validLanguage = regexp.MustCompile(`^[a-z]{2,3}$`)

// decodeCurated parses a curated TOML file. Syntax errors come back as a
// CuratedError on the line of the mistake; top-level keys other than the
// expected arrays of tables are errors too, since a misspelt "[[evnt]]"
// would otherwise drop its table without a word.
func decodeCurated(file string, b []byte, arrays ...string) (*tomlTable, error) {
	root, err := decodeTOML(file, b)
	if err != nil {
		return nil, err
	}
	for _, key := range root.order {
		if !slices.Contains(arrays, key) {
			return nil, root.errorf(key, "unknown table %q (want %s)", key, quotedList(arrays))
		}
	}
	return root, nil
}

// tables returns the [[array]] tables of the document, in file order.
func (t *tomlTable) tables(array string) ([]*tomlTable, error) {
	v, ok := t.values[array]
	if !ok {
		return nil, nil
	}
	if !v.arrayOfTables {
		return nil, t.errorf(array, "%q must be a list of [[%s]] tables", array, array)
	}
	out := make([]*tomlTable, len(v.list))
	for i, item := range v.list {
		out[i] = item.table
	}
	return out, nil
}

// line returns the line of key, or the line of the table's header when the
// key is not in the table.
func (t *tomlTable) line(key string) int {
	if v, ok := t.values[key]; ok {
		return v.line
	}
	return t.header
}

// errorf reports a mistake on the line of key.
func (t *tomlTable) errorf(key, format string, args ...any) error {
	return &CuratedError{File: t.file, Line: t.line(key), Msg: fmt.Sprintf(format, args...)}
}

// keyName is key as the file writes it: dotted below a sub-table
// ("terms.nl").
func (t *tomlTable) keyName(key string) string {
	if t.path == "" {
		return key
	}
	return t.path + "." + key
}

// keys returns the table's keys in file order, so the first mistake in
// the file is the one reported.
func (t *tomlTable) keys() []string { return t.order }

// text returns the string under key, trimmed; "" when absent. A required
// key that is missing or blank is an error.
func (t *tomlTable) text(key string, required bool) (string, error) {
	v, ok := t.values[key]
	if !ok {
		if required {
			return "", t.errorf(key, "missing %s", key)
		}
		return "", nil
	}
	if v.kind != unstable.String {
		return "", t.errorf(key, "%s must be a string", t.keyName(key))
	}
	s := strings.TrimSpace(v.str)
	if s == "" && required {
		return "", t.errorf(key, "%s is empty", t.keyName(key))
	}
	return s, nil
}

// id returns the table's id, which must be present and well formed.
func (t *tomlTable) id() (string, error) {
	id, err := t.text("id", true)
	if err != nil {
		return "", err
	}
	if !validID.MatchString(id) {
		return "", t.errorf("id", "id %q: use lower-case letters, digits and dashes", id)
	}
	return id, nil
}

// texts reads the list of non-empty strings under key (a single string is
// a list of one).
func (t *tomlTable) texts(key string) ([]string, error) {
	v := t.values[key]
	var items []*tomlValue
	switch {
	case v == nil:
		return nil, nil
	case v.kind == unstable.String:
		items = []*tomlValue{v}
	case v.kind == unstable.Array && !v.arrayOfTables:
		items = v.list
	default:
		return nil, t.errorf(key, "%s must be a string or a list of strings", t.keyName(key))
	}
	out := make([]string, 0, len(items))
	for _, item := range items {
		if item.kind != unstable.String {
			return nil, t.errorf(key, "%s must be a list of strings", t.keyName(key))
		}
		s := strings.TrimSpace(item.str)
		if s == "" {
			return nil, t.errorf(key, "%s holds an empty string", t.keyName(key))
		}
		out = append(out, s)
	}
	return out, nil
}

// syntaxError turns the TOML parser's error into a CuratedError on the line
// of the bytes it points at.
func syntaxError(file string, p *unstable.Parser, err error) error {
	var pe *unstable.ParserError
	if !errors.As(err, &pe) {
		return &CuratedError{File: file, Msg: err.Error(), Err: err}
	}
	line := highlightLine(p, pe.Highlight)
	msg := pe.Message
	if unquotedText(p.Data(), line) {
		// The parser reads `title = Samarkand` as a broken number.
		msg = "expected a value: put text in quotes (\"…\")"
	}
	return &CuratedError{File: file, Line: line, Msg: msg, Err: err}
}

// unquotedText reports whether line of b is a key set to a bare word, the
// most common slip in a hand-written TOML file.
func unquotedText(b []byte, line int) bool {
	if line <= 0 {
		return false
	}
	lines := bytes.Split(b, []byte("\n"))
	if line > len(lines) {
		return false
	}
	_, value, ok := bytes.Cut(lines[line-1], []byte("="))
	value = bytes.TrimSpace(value)
	if !ok || len(value) == 0 {
		return false
	}
	r, _ := utf8.DecodeRune(value)
	switch string(value) {
	case "true", "false", "inf", "nan":
		return false
	}
	return unicode.IsLetter(r)
}

// highlightLine is the line of the parser's highlight, a slice of the
// input; 0 when it is not one (the parser may point at nothing).
func highlightLine(p *unstable.Parser, highlight []byte) (line int) {
	if len(highlight) == 0 {
		return 0
	}
	defer func() {
		if recover() != nil {
			line = 0
		}
	}()
	return p.Shape(p.Range(highlight)).Start.Line
}

// invalidUTF8Line returns the line of the first byte of b that is not
// UTF-8, or 0 when b is valid.
func invalidUTF8Line(b []byte) int {
	if utf8.Valid(b) {
		return 0
	}
	for i := 0; i < len(b); {
		r, size := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && size == 1 {
			return bytes.Count(b[:i], []byte{'\n'}) + 1
		}
		i += size
	}
	return 0
}

func sortedKeys[V any](m map[string]V) []string { return slices.Sorted(maps.Keys(m)) }

func quotedList(items []string) string {
	quoted := make([]string, len(items))
	for i, s := range items {
		quoted[i] = fmt.Sprintf("[[%s]]", s)
	}
	return strings.Join(quoted, " or ")
}
