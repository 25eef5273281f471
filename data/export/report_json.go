package export

import (
	"strconv"
	"unicode/utf8"

	"github.com/caravan-analytics/caravan/data"
)

// The articles and events reports are most of what a reopened corpus
// costs to write: 100,000 articles are 90 MB of JSON, and encoding/json
// spent about a second on them by reflection (and then indenting each
// value a second time). Their records write themselves here, field by
// field, straight into the indented form encoding/json would give
// (json.Encoder with SetIndent(itemPrefix, "  ") and SetEscapeHTML(false)):
// byte for byte the same output, checked against encoding/json by
// TestReportJSONSameAsEncodingJSON, which also fails when a record gains a
// field this file does not write. Everything else in a report (problems,
// curated records, slides) still goes through encoding/json.

// jsonAppender is a record that writes itself as writeJSONObject lays out
// its items.
type jsonAppender interface {
	appendJSON(w *jsonWriter)
}

// ownJSON returns the item as a record that writes itself, or nil for one
// encoding/json writes. Only the records themselves: a type that embeds
// one (a curated record) has the method too but more fields.
func ownJSON(item any) jsonAppender {
	if reflectJSONOnly {
		return nil
	}
	switch r := item.(type) {
	case *ArticleRecord:
		return r
	case *EventRecord:
		return r
	}
	return nil
}

// itemPrefix is what starts every line of an item inside its list.
const itemPrefix = "    "

// jsonWriter appends indented JSON; depth is how deep the value being
// written is nested inside the item.
type jsonWriter struct {
	buf   []byte
	depth int
	first bool // no member of the current object or array yet
}

// newline starts a line at the current depth.
func (w *jsonWriter) newline() {
	w.buf = append(w.buf, '\n')
	w.buf = append(w.buf, itemPrefix...)
	for range w.depth {
		w.buf = append(w.buf, "  "...)
	}
}

// open starts an object or an array with its bracket.
func (w *jsonWriter) open(bracket byte) {
	w.buf = append(w.buf, bracket)
	w.depth++
	w.first = true
}

// close ends an object or an array; an empty one stays "{}" or "[]".
func (w *jsonWriter) close(bracket byte) {
	w.depth--
	if !w.first {
		w.newline()
	}
	w.buf = append(w.buf, bracket)
	w.first = false
}

// element starts a member of an array.
func (w *jsonWriter) element() {
	if !w.first {
		w.buf = append(w.buf, ',')
	}
	w.first = false
	w.newline()
}

// key starts a member of an object; name needs no escaping.
func (w *jsonWriter) key(name string) {
	w.element()
	w.buf = append(w.buf, '"')
	w.buf = append(w.buf, name...)
	w.buf = append(w.buf, `": `...)
}

func (w *jsonWriter) str(name, s string) {
	w.key(name)
	w.buf = appendJSONString(w.buf, s, false)
}

func (w *jsonWriter) int(name string, n int) {
	w.key(name)
	w.buf = strconv.AppendInt(w.buf, int64(n), 10)
}

func (w *jsonWriter) bool(name string, b bool) {
	w.key(name)
	w.buf = strconv.AppendBool(w.buf, b)
}

// date writes what Date.MarshalJSON gives: json.Marshal of its string,
// which escapes HTML characters (the encoder keeps a marshaller's escapes).
func (w *jsonWriter) date(name string, d data.Date) {
	w.key(name)
	w.buf = appendJSONString(w.buf, d.String(), true)
}

// strings writes a list of strings; nil is null, as encoding/json has it.
func (w *jsonWriter) strings(name string, list []string) {
	w.key(name)
	if list == nil {
		w.buf = append(w.buf, "null"...)
		return
	}
	w.open('[')
	for _, s := range list {
		w.element()
		w.buf = appendJSONString(w.buf, s, false)
	}
	w.close(']')
}

// matches writes a list of matches; nil is null.
func (w *jsonWriter) matches(name string, list []data.Match) {
	w.key(name)
	if list == nil {
		w.buf = append(w.buf, "null"...)
		return
	}
	w.open('[')
	for i := range list {
		w.element()
		m := &list[i]
		w.open('{')
		w.int("start", m.Start)
		w.int("end", m.End)
		w.str("text", m.Text)
		w.str("kind", m.Kind)
		w.str("ref", m.Ref)
		w.close('}')
	}
	w.close(']')
}

func (r *ArticleRecord) appendJSON(w *jsonWriter) {
	w.open('{')
	w.str("id", r.ID)
	w.str("headline", r.Headline)
	w.str("file", r.File)
	w.str("language", r.Language)
	w.str("encoding", r.Encoding)
	w.date("date", r.Date)
	w.str("precision", r.Precision)
	w.str("date_source", r.DateSource)
	w.str("reason", r.Reason)
	w.int("paragraphs", r.Paragraphs)
	w.int("repeated_paragraphs", r.RepeatedParagraphs)
	w.str("duplicate_of", r.DuplicateOf)
	w.strings("events", r.Events)
	w.strings("warnings", r.Warnings)
	w.close('}')
}

func (r *EventRecord) appendJSON(w *jsonWriter) {
	w.open('{')
	w.str("id", r.ID)
	w.str("title", r.Title)
	w.date("start", r.Start)
	w.date("end", r.End)
	w.str("precision", r.Precision)
	w.str("storyline", r.Storyline)
	w.str("place", r.Place)
	w.strings("actors", r.Actors)
	w.str("summary", r.Summary)
	w.str("source", r.Source)
	w.bool("unsupported", r.Unsupported)
	if r.Kind != "" {
		w.str("kind", r.Kind)
	}
	if r.Announced {
		w.bool("announced", r.Announced)
	}
	w.key("strength")
	w.open('{')
	w.int("articles", r.Strength.Articles)
	w.int("languages", r.Strength.Languages)
	w.strings("evidence", r.Strength.Evidence)
	w.bool("weak", r.Strength.Weak)
	w.close('}')
	w.key("excerpts")
	if r.Excerpts == nil {
		w.buf = append(w.buf, "null"...)
	} else {
		w.open('[')
		for i := range r.Excerpts {
			x := &r.Excerpts[i]
			w.element()
			w.open('{')
			w.str("article", x.Article)
			w.int("paragraph", x.Paragraph)
			w.int("start", x.Start)
			w.int("end", x.End)
			w.str("text", x.Text)
			w.str("language", x.Language)
			w.matches("evidence", x.Evidence)
			w.close('}')
		}
		w.close(']')
	}
	w.close('}')
}

const hexDigits = "0123456789abcdef"

// appendJSONString appends s quoted as encoding/json quotes it: invalid
// UTF-8 becomes U+FFFD, U+2028 and U+2029 are escaped, and so are <, >
// and & when html is set.
func appendJSONString(buf []byte, s string, html bool) []byte {
	buf = append(buf, '"')
	start := 0
	for i := 0; i < len(s); {
		if b := s[i]; b < utf8.RuneSelf {
			if b >= 0x20 && b != '"' && b != '\\' && (!html || b != '<' && b != '>' && b != '&') {
				i++
				continue
			}
			buf = append(buf, s[start:i]...)
			switch b {
			case '\\', '"':
				buf = append(buf, '\\', b)
			case '\b':
				buf = append(buf, '\\', 'b')
			case '\f':
				buf = append(buf, '\\', 'f')
			case '\n':
				buf = append(buf, '\\', 'n')
			case '\r':
				buf = append(buf, '\\', 'r')
			case '\t':
				buf = append(buf, '\\', 't')
			default:
				buf = append(buf, '\\', 'u', '0', '0', hexDigits[b>>4], hexDigits[b&0xF])
			}
			i++
			start = i
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			buf = append(buf, s[start:i]...)
			buf = append(buf, `\ufffd`...)
			i += size
			start = i
			continue
		}
		if r == '\u2028' || r == '\u2029' {
			buf = append(buf, s[start:i]...)
			buf = append(buf, '\\', 'u', '2', '0', '2', hexDigits[r&0xF])
			i += size
			start = i
			continue
		}
		i += size
	}
	buf = append(buf, s[start:]...)
	return append(buf, '"')
}
