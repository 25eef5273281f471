package data

import (
	"errors"
	"fmt"
	"maps"
	"regexp"
	"slices"
	"sort"
	"strings"

	"github.com/BurntSushi/toml"
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

// Unwrap returns the underlying error, such as a toml.ParseError.
func (e *CuratedError) Unwrap() error { return e.Err }

// validID is the form of every id in the curated files: lower case, digits
// and dashes, so ids read well in URLs, file names and "text-…" event ids.
var validID = regexp.MustCompile(`^[a-z0-9][a-z0-9-]*$`)

// validLanguage is an ISO 639-1 (or 639-2/3) code.
var validLanguage = regexp.MustCompile(`^[a-z]{2,3}$`)

// curatedDoc is a decoded curated file together with the line of every
// [[array]] table and key in it.
type curatedDoc struct {
	file   string
	values map[string]any
	layout tomlLayout
}

// decodeCurated parses a curated TOML file. Syntax errors come back as a
// CuratedError on the line toml reports; top-level keys other than the
// expected arrays of tables are errors too, since a misspelt "[[evnt]]"
// would otherwise drop its table without a word.
func decodeCurated(file string, b []byte, arrays ...string) (curatedDoc, error) {
	doc := curatedDoc{file: file, layout: scanTOMLLayout(string(b))}
	if _, err := toml.Decode(string(b), &doc.values); err != nil {
		var pe toml.ParseError
		if errors.As(err, &pe) {
			return doc, &CuratedError{File: file, Line: pe.Position.Line, Msg: pe.Message, Err: err}
		}
		return doc, &CuratedError{File: file, Msg: err.Error(), Err: err}
	}
	for _, key := range sortedKeys(doc.values) {
		if !slices.Contains(arrays, key) {
			return doc, &CuratedError{File: file, Line: doc.layout.topLevel[key],
				Msg: fmt.Sprintf("unknown table %q (want %s)", key, quotedList(arrays))}
		}
	}
	return doc, nil
}

// tables returns the [[array]] tables of the document, in file order.
func (d curatedDoc) tables(array string) ([]tomlTable, error) {
	raw, ok := d.values[array]
	if !ok {
		return nil, nil
	}
	list, ok := raw.([]map[string]any)
	if !ok {
		return nil, &CuratedError{File: d.file, Line: d.layout.topLevel[array],
			Msg: fmt.Sprintf("%q must be a list of [[%s]] tables", array, array)}
	}
	out := make([]tomlTable, len(list))
	for i, values := range list {
		out[i] = tomlTable{file: d.file, values: values, lines: d.layout.entry(array, i)}
	}
	return out, nil
}

// tomlTable is one [[array]] table of a curated file.
type tomlTable struct {
	file   string
	values map[string]any
	lines  tomlEntryLines
}

// line returns the line of key (dotted below sub-tables: "terms.nl"), or
// the line of the table's header when the key is not in the file.
func (t tomlTable) line(key string) int {
	if l, ok := t.lines.keys[key]; ok {
		return l
	}
	return t.lines.header
}

// errorf reports a mistake on the line of key.
func (t tomlTable) errorf(key, format string, args ...any) error {
	return &CuratedError{File: t.file, Line: t.line(key), Msg: fmt.Sprintf(format, args...)}
}

// keys returns the table's keys in file order, so the first mistake in
// the file is the one reported.
func (t tomlTable) keys() []string {
	keys := sortedKeys(t.values)
	sort.SliceStable(keys, func(i, j int) bool { return t.line(keys[i]) < t.line(keys[j]) })
	return keys
}

// text returns the string under key, trimmed; "" when absent. A required
// key that is missing or blank is an error.
func (t tomlTable) text(key string, required bool) (string, error) {
	raw, ok := t.values[key]
	if !ok {
		if required {
			return "", t.errorf(key, "missing %s", key)
		}
		return "", nil
	}
	s, ok := raw.(string)
	if !ok {
		return "", t.errorf(key, "%s must be a string", key)
	}
	s = strings.TrimSpace(s)
	if s == "" && required {
		return "", t.errorf(key, "%s is empty", key)
	}
	return s, nil
}

// id returns the table's id, which must be present and well formed.
func (t tomlTable) id() (string, error) {
	id, err := t.text("id", true)
	if err != nil {
		return "", err
	}
	if !validID.MatchString(id) {
		return "", t.errorf("id", "id %q: use lower-case letters, digits and dashes", id)
	}
	return id, nil
}

// texts reads a list of non-empty strings (a single string is a list of
// one) from value, found under key for error messages.
func (t tomlTable) texts(key string, value any) ([]string, error) {
	var items []any
	switch v := value.(type) {
	case string:
		items = []any{v}
	case []any:
		items = v
	default:
		return nil, t.errorf(key, "%s must be a string or a list of strings", key)
	}
	out := make([]string, 0, len(items))
	for _, item := range items {
		s, ok := item.(string)
		if !ok {
			return nil, t.errorf(key, "%s must be a list of strings", key)
		}
		if s = strings.TrimSpace(s); s == "" {
			return nil, t.errorf(key, "%s holds an empty string", key)
		}
		out = append(out, s)
	}
	return out, nil
}

// tomlLayout remembers on which line each [[array]] table and each key of
// a TOML file stands. BurntSushi/toml keeps key positions to itself, and
// mistakes such as a duplicate id are only found after decoding; the
// curated files are simple enough (one key per line, sub-tables such as
// [event.terms]) to find the lines again by scanning the text.
type tomlLayout struct {
	topLevel map[string]int              // top-level key or table → line
	entries  map[string][]tomlEntryLines // array → its tables, in order
}

// tomlEntryLines locates one [[array]] table.
type tomlEntryLines struct {
	header int            // line of "[[array]]"
	keys   map[string]int // key → line; keys of sub-tables are dotted ("terms.nl")
}

var (
	tomlArrayHeader = regexp.MustCompile(`^\[\[\s*([A-Za-z0-9_-]+)\s*\]\]`)
	tomlTableHeader = regexp.MustCompile(`^\[\s*([A-Za-z0-9_.-]+)\s*\]`)
	tomlKeyLine     = regexp.MustCompile(`^("[^"]*"|'[^']*'|[A-Za-z0-9_-]+)\s*=`)
)

// scanTOMLLayout finds the tables and keys of a TOML text line by line.
func scanTOMLLayout(text string) tomlLayout {
	layout := tomlLayout{topLevel: map[string]int{}, entries: map[string][]tomlEntryLines{}}
	var (
		current *tomlEntryLines // the [[array]] table being read, if any
		array   string          // its array name
		prefix  string          // "sub." inside [array.sub], else ""
	)
	for i, line := range strings.Split(text, "\n") {
		n := i + 1
		line = strings.TrimSpace(line)
		if m := tomlArrayHeader.FindStringSubmatch(line); m != nil {
			array, prefix = m[1], ""
			layout.entries[array] = append(layout.entries[array], tomlEntryLines{header: n, keys: map[string]int{}})
			current = &layout.entries[array][len(layout.entries[array])-1]
			if _, seen := layout.topLevel[array]; !seen {
				layout.topLevel[array] = n
			}
			continue
		}
		if m := tomlTableHeader.FindStringSubmatch(line); m != nil {
			name := m[1]
			if sub, ok := strings.CutPrefix(name, array+"."); ok && current != nil {
				prefix = sub + "."
				current.keys[sub] = n
				continue
			}
			current, array, prefix = nil, "", ""
			top, _, _ := strings.Cut(name, ".")
			if _, seen := layout.topLevel[top]; !seen {
				layout.topLevel[top] = n
			}
			continue
		}
		m := tomlKeyLine.FindStringSubmatch(line)
		if m == nil {
			continue
		}
		key := strings.Trim(m[1], `"'`)
		if current == nil {
			if _, seen := layout.topLevel[key]; !seen {
				layout.topLevel[key] = n
			}
			continue
		}
		if _, seen := current.keys[prefix+key]; !seen {
			current.keys[prefix+key] = n
		}
	}
	return layout
}

// entry returns the lines of the i-th [[array]] table, or nothing known
// when the scan and the decoder disagree (a "[[x]]" inside a string).
func (l tomlLayout) entry(array string, i int) tomlEntryLines {
	if list := l.entries[array]; i < len(list) {
		return list[i]
	}
	return tomlEntryLines{}
}

func sortedKeys[V any](m map[string]V) []string { return slices.Sorted(maps.Keys(m)) }

func quotedList(items []string) string {
	quoted := make([]string, len(items))
	for i, s := range items {
		quoted[i] = fmt.Sprintf("[[%s]]", s)
	}
	return strings.Join(quoted, " or ")
}
