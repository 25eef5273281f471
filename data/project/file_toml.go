package project

import (
	"errors"
	"fmt"
	"regexp"
	"sort"
	"strings"

	"github.com/pelletier/go-toml/v2"
	"github.com/pelletier/go-toml/v2/unstable"
)

// Project files are read with go-toml/v2, the library the curated files
// use too. Its decoder locates syntax errors, unknown keys and type
// mismatches; its syntax-level parser (unstable) gives the line of each
// [[decision]], which the checks after decoding report.

// decodeError turns a go-toml decoding error into an Error on its line.
func decodeError(name string, err error) *Error {
	var sm *toml.StrictMissingError
	if errors.As(err, &sm) && len(sm.Errors) > 0 {
		e := &sm.Errors[0]
		line, _ := e.Position()
		return &Error{File: name, Line: line, Msg: fmt.Sprintf("unknown key %q", strings.Join(e.Key(), ".")), Err: err}
	}
	var de *toml.DecodeError
	if !errors.As(err, &de) {
		return &Error{File: name, Msg: err.Error(), Err: err}
	}
	line, _ := de.Position()
	msg := strings.TrimPrefix(de.Error(), "toml: ")
	if key := de.Key(); len(key) > 0 {
		// go-toml names the Go field of a type mismatch; whoever edits the
		// file knows the key.
		msg = fmt.Sprintf("key %q: %s", strings.Join(key, "."), goField.ReplaceAllString(msg, "$1"))
		if strings.Contains(msg, "TOML local date") || strings.Contains(msg, "TOML datetime") {
			msg += ` (dates other than time are text: put them in quotes, "2024-05-01")`
		}
	}
	return &Error{File: name, Line: line, Msg: msg, Err: err}
}

// goField matches the Go field go-toml names in a type mismatch, keeping
// its type.
var goField = regexp.MustCompile(`struct field [\w.]+ of type (\S+)`)

// layout is where things stand in a project file that decoded.
type layout struct {
	decisions []int // line of every [[decision]] header, in order
	format    int   // line of the format key, 0 if none
}

// layoutOf finds the lines of b's [[decision]] headers and of its format
// key with go-toml's syntax-level parser.
func layoutOf(b []byte) layout {
	starts := []int{0}
	for i, c := range b {
		if c == '\n' {
			starts = append(starts, i+1)
		}
	}
	lineAt := func(off uint32) int {
		return sort.Search(len(starts), func(i int) bool { return starts[i] > int(off) })
	}
	var l layout
	var p unstable.Parser
	p.Reset(b)
	for p.NextExpression() {
		e := p.Expression()
		it := e.Key()
		if !it.Next() {
			continue
		}
		first := it.Node()
		if it.Next() || string(first.Data) != "format" && string(first.Data) != "decision" {
			continue // a dotted key: neither of the two
		}
		switch {
		case e.Kind == unstable.ArrayTable && string(first.Data) == "decision":
			l.decisions = append(l.decisions, lineAt(first.Raw.Offset))
		case e.Kind == unstable.KeyValue && string(first.Data) == "format" && len(l.decisions) == 0:
			l.format = lineAt(first.Raw.Offset)
		}
	}
	return l
}

// basicStrings rewrites the literal strings ('…') go-toml's encoder writes
// as basic strings ("…"), the form project files have always had: files
// saved by earlier versions come out byte for byte the same, every text
// has one form (go-toml quotes a text with an apostrophe "…" anyway), and
// backslash escapes work when the file is edited by hand. The encoder
// writes a literal string only for text without ' or control characters,
// so escaping " and \ is enough.
func basicStrings(b []byte) ([]byte, error) {
	var p unstable.Parser
	p.Reset(b)
	out := make([]byte, 0, len(b)+len(b)/8)
	last := 0
	rewrite := func(r unstable.Range) {
		start, end := int(r.Offset), int(r.Offset+r.Length)
		if end-start >= 2 && b[start] == '\'' {
			out = append(out, b[last:start]...)
			out = append(out, '"')
			out = append(out, basicEscaper.Replace(string(b[start+1:end-1]))...)
			out = append(out, '"')
			last = end
		}
	}
	var walk func(n *unstable.Node)
	walk = func(n *unstable.Node) {
		switch n.Kind {
		case unstable.String:
			rewrite(n.Raw)
		case unstable.Array:
			for it := n.Children(); it.Next(); {
				walk(it.Node())
			}
		}
	}
	for p.NextExpression() {
		e := p.Expression()
		// Keys too: go-toml quotes a key such as "*" the way it quotes text.
		for it := e.Key(); it.Next(); {
			rewrite(it.Node().Raw)
		}
		if e.Kind == unstable.KeyValue {
			walk(e.Value())
		}
	}
	if err := p.Error(); err != nil {
		return nil, fmt.Errorf("writing project: %w", err)
	}
	return append(out, b[last:]...), nil
}

var basicEscaper = strings.NewReplacer(`\`, `\\`, `"`, `\"`)
