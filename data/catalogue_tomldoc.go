package data

import (
	"fmt"
	"sort"
	"strings"

	"github.com/pelletier/go-toml/v2/unstable"
)

// The curated files are read with go-toml's syntax-level parser, which
// gives every key its position in the file. The few rules of TOML that
// come after syntax (a key defined twice, a table defined twice, [[x]]
// after x = [...]) are checked here, so one parser gives both the values
// and the line of each of them.

// tomlTable is a TOML table — the document, an [[array]] entry, a
// [sub.table] or an inline table — with the line of each key.
type tomlTable struct {
	file   string
	header int      // line of its [header], or of the key that made it
	path   string   // its key below an [[array]] entry ("terms"), for messages
	order  []string // keys in file order
	values map[string]*tomlValue
	// explicit is set once a [header] has defined the table, which may
	// happen only once; inline tables are closed to later additions.
	explicit, inline bool
}

// tomlValue is one value and the line of the key it was written under.
type tomlValue struct {
	line          int
	kind          unstable.Kind // String, Array, Table, or the kind of another scalar
	str           string        // for String
	list          []*tomlValue  // for Array
	table         *tomlTable    // for Table
	arrayOfTables bool          // an Array made by [[header]]s
}

func newTOMLTable(file, path string, line int) *tomlTable {
	return &tomlTable{file: file, path: path, header: line, values: map[string]*tomlValue{}}
}

// set adds key, which must be new.
func (t *tomlTable) set(key string, v *tomlValue) error {
	if old, dup := t.values[key]; dup {
		return &CuratedError{File: t.file, Line: v.line, Msg: fmt.Sprintf("key %q defined twice (first on line %d)", key, old.line)}
	}
	t.values[key] = v
	t.order = append(t.order, key)
	return nil
}

// tomlDecoder builds the tables of one file.
type tomlDecoder struct {
	file string
	p    unstable.Parser
	root *tomlTable
	// lineStarts are the offsets at which lines begin, so that a key's
	// line is a binary search and not a count of the newlines before it
	// (the parser's Shape), which would make large files quadratic.
	lineStarts []int
}

// decodeTOML parses a TOML document into tables that know their lines.
func decodeTOML(file string, b []byte) (*tomlTable, error) {
	if line := invalidUTF8Line(b); line > 0 {
		return nil, &CuratedError{File: file, Line: line, Msg: "not valid UTF-8 (save the file as UTF-8)"}
	}
	d := &tomlDecoder{file: file, root: newTOMLTable(file, "", 1), lineStarts: []int{0}}
	for i, c := range b {
		if c == '\n' {
			d.lineStarts = append(d.lineStarts, i+1)
		}
	}
	d.p.Reset(b)
	current := d.root
	for d.p.NextExpression() {
		e := d.p.Expression()
		var err error
		switch e.Kind {
		case unstable.KeyValue:
			err = d.keyValue(current, e)
		case unstable.Table:
			current, err = d.header(e, false)
		case unstable.ArrayTable:
			current, err = d.header(e, true)
		}
		if err != nil {
			return nil, err
		}
	}
	if err := d.p.Error(); err != nil {
		return nil, syntaxError(file, &d.p, err)
	}
	return d.root, nil
}

// keyLine is the line a key node stands on.
func (d *tomlDecoder) keyLine(n *unstable.Node) int {
	off := int(n.Raw.Offset)
	return sort.Search(len(d.lineStarts), func(i int) bool { return d.lineStarts[i] > off })
}

// keyParts returns the segments of a (dotted) key and the line it is on.
func (d *tomlDecoder) keyParts(it unstable.Iterator) ([]string, int) {
	var parts []string
	line := 0
	for it.Next() {
		n := it.Node()
		if line == 0 {
			line = d.keyLine(n)
		}
		parts = append(parts, string(n.Data))
	}
	return parts, line
}

func (d *tomlDecoder) errorf(line int, format string, args ...any) error {
	return &CuratedError{File: d.file, Line: line, Msg: fmt.Sprintf(format, args...)}
}

// descend walks from t through the tables named by path, creating the
// missing ones; an array of tables stands for its last entry, as in TOML.
func (d *tomlDecoder) descend(t *tomlTable, path []string, line int) (*tomlTable, error) {
	for i, key := range path {
		v, ok := t.values[key]
		if !ok {
			v = &tomlValue{line: line, kind: unstable.Table, table: newTOMLTable(d.file, key, line)}
			if err := t.set(key, v); err != nil {
				return nil, err
			}
		}
		switch {
		case v.kind == unstable.Table && !v.table.inline:
			t = v.table
		case v.arrayOfTables:
			t = v.list[len(v.list)-1].table
		default:
			return nil, d.errorf(line, "%q is not a table (it is set on line %d)", strings.Join(path[:i+1], "."), v.line)
		}
	}
	return t, nil
}

// header handles [table] and [[array]] lines and returns the table that
// the following keys go into.
func (d *tomlDecoder) header(e *unstable.Node, array bool) (*tomlTable, error) {
	path, line := d.keyParts(e.Key())
	parent, err := d.descend(d.root, path[:len(path)-1], line)
	if err != nil {
		return nil, err
	}
	key := path[len(path)-1]
	name := strings.Join(path, ".")
	v, exists := parent.values[key]
	table := newTOMLTable(d.file, key, line)
	if array {
		table.path = ""
	}
	table.explicit = true
	switch {
	case array && !exists:
		v = &tomlValue{line: line, kind: unstable.Array, arrayOfTables: true}
		if err := parent.set(key, v); err != nil {
			return nil, err
		}
		fallthrough
	case array && v.arrayOfTables:
		v.list = append(v.list, &tomlValue{line: line, kind: unstable.Table, table: table})
		return table, nil
	case array:
		return nil, d.errorf(line, "[[%s]]: %q is already set on line %d and is not a list of tables", name, name, v.line)
	case !exists:
		return table, parent.set(key, &tomlValue{line: line, kind: unstable.Table, table: table})
	case v.kind == unstable.Table && !v.table.explicit && !v.table.inline:
		// Made implicitly by a longer header ([a.b] before [a]): now defined.
		v.table.explicit, v.table.header = true, line
		return v.table, nil
	default:
		return nil, d.errorf(line, "[%s] defined twice (first on line %d)", name, v.line)
	}
}

// keyValue adds key = value (the key may be dotted) to t.
func (d *tomlDecoder) keyValue(t *tomlTable, e *unstable.Node) error {
	path, line := d.keyParts(e.Key())
	parent, err := d.descend(t, path[:len(path)-1], line)
	if err != nil {
		return err
	}
	v, err := d.value(e.Value(), path[len(path)-1], line)
	if err != nil {
		return err
	}
	return parent.set(path[len(path)-1], v)
}

// value converts a value node written under key on line.
func (d *tomlDecoder) value(n *unstable.Node, key string, line int) (*tomlValue, error) {
	v := &tomlValue{line: line, kind: n.Kind}
	switch n.Kind {
	case unstable.String:
		v.str = string(n.Data)
	case unstable.Array:
		for it := n.Children(); it.Next(); {
			item, err := d.value(it.Node(), key, line)
			if err != nil {
				return nil, err
			}
			v.list = append(v.list, item)
		}
	case unstable.InlineTable:
		v.kind = unstable.Table
		v.table = newTOMLTable(d.file, key, line)
		for it := n.Children(); it.Next(); {
			if err := d.keyValue(v.table, it.Node()); err != nil {
				return nil, err
			}
		}
		v.table.inline = true
	}
	return v, nil
}
