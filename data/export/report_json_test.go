package export

import (
	"bytes"
	"context"
	"encoding/json"
	"reflect"
	"testing"
	"time"

	"github.com/caravan-analytics/caravan/data"
	"github.com/caravan-analytics/caravan/data/synthetic"
)

// reportBothWays writes the report with the records writing themselves
// and again through encoding/json alone.
func reportBothWays(t *testing.T, write func(*bytes.Buffer) error) (own, reflected []byte) {
	t.Helper()
	var a, b bytes.Buffer
	if err := write(&a); err != nil {
		t.Fatal(err)
	}
	reflectJSONOnly = true
	defer func() { reflectJSONOnly = false }()
	if err := write(&b); err != nil {
		t.Fatal(err)
	}
	return a.Bytes(), b.Bytes()
}

func sameReports(t *testing.T, name string, c *data.Corpus) {
	t.Helper()
	for _, kind := range []string{"articles", "events"} {
		own, reflected := reportBothWays(t, func(b *bytes.Buffer) error {
			if kind == "articles" {
				return WriteArticles(b, c, "json")
			}
			return WriteEvents(b, c, "json")
		})
		if !bytes.Equal(own, reflected) {
			i := 0
			for i < min(len(own), len(reflected)) && own[i] == reflected[i] {
				i++
			}
			t.Errorf("%s %s: differs from encoding/json at byte %d:\nown:  %q\njson: %q", name, kind, i,
				own[max(0, i-80):min(len(own), i+80)], reflected[max(0, i-80):min(len(reflected), i+80)])
		}
	}
}

// trickyText holds every character encoding/json escapes: quotes,
// backslashes, control characters, HTML characters (not escaped by the
// reports), U+2028/U+2029 and a byte that is not UTF-8.
const trickyText = "a \"quoted\" back\\slash\b\f\n\r\t\x01\x1f\x7f <b>&amp;</b> \u2028\u2029 \xff\xfe end é 中文 😀"

// fill sets every field of v (a struct, through reflection) to a value
// that is not its zero, so that a field a record's own writer forgets
// shows up as a difference with encoding/json.
func fill(v reflect.Value, depth int) {
	switch v.Kind() {
	case reflect.String:
		v.SetString(trickyText)
	case reflect.Int, reflect.Int64, reflect.Int32:
		v.SetInt(-7)
	case reflect.Bool:
		v.SetBool(true)
	case reflect.Slice:
		if depth > 4 {
			return
		}
		s := reflect.MakeSlice(v.Type(), 2, 2)
		for i := range 2 {
			fill(s.Index(i), depth+1)
		}
		v.Set(s)
	case reflect.Struct:
		if v.Type() == reflect.TypeFor[data.Date]() {
			v.Set(reflect.ValueOf(data.DayDate(2022, time.September, 16)))
			return
		}
		for i := range v.NumField() {
			if v.Type().Field(i).IsExported() {
				fill(v.Field(i), depth+1)
			}
		}
	case reflect.Pointer:
		// ArticleRef and the like are not written.
	}
}

// TestReportJSONSameAsEncodingJSON checks that the records that write
// themselves give encoding/json's bytes: on every field filled (so that a
// field added to a record and not to its writer fails here), on empty and
// nil lists, and on the reports of a built corpus.
func TestReportJSONSameAsEncodingJSON(t *testing.T) {
	var full ArticleRecord
	fill(reflect.ValueOf(&full).Elem(), 0)
	var fullEvent EventRecord
	fill(reflect.ValueOf(&fullEvent).Elem(), 0)
	emptyEvent := EventRecord{Actors: []string{}, Excerpts: []data.Excerpt{{Evidence: []data.Match{}}}, Strength: data.Strength{Evidence: []string{}}}
	lists := []namedList{
		jsonList("articles", []ArticleRecord{full, {}, {Events: []string{}, Warnings: []string{}}}),
		jsonList("events", []EventRecord{fullEvent, {}, emptyEvent, dated{Date: data.MonthDate(2022, time.May)}.asEvent()}),
	}
	for _, l := range lists {
		own, reflected := reportBothWays(t, func(b *bytes.Buffer) error { return writeJSONObject(b, l) })
		if !bytes.Equal(own, reflected) {
			t.Errorf("%s differ:\nown:  %s\njson: %s", l.name, own, reflected)
		}
	}

	sameReports(t, "reportCorpus", reportCorpus())
	c, err := data.Build(context.Background(), synthetic.GenerateFS(300, 4), "generated", data.Curated{}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if len(c.Articles) < 300 {
		t.Fatalf("%d articles built of 300", len(c.Articles))
	}
	sameReports(t, "generated", c)
}

// dated makes an event record with only a start date, to check a date of
// month precision.
type dated struct{ Date data.Date }

func (d dated) asEvent() EventRecord { return EventRecord{Start: d.Date, End: d.Date} }

// TestReportJSONStringEscapes checks the escaping against encoding/json
// on every single byte and on the runes it treats apart.
func TestReportJSONStringEscapes(t *testing.T) {
	var inputs []string
	for b := range 256 {
		inputs = append(inputs, string([]byte{'x', byte(b), 'y'}))
	}
	inputs = append(inputs, "\u2028", "\u2029", "\u2027", "\xed\xa0\x80", "\xf4\x90\x80\x80", trickyText, "")
	for _, s := range inputs {
		for _, html := range []bool{false, true} {
			var b bytes.Buffer
			enc := jsonEncoderFor(&b, html)
			if err := enc.Encode(s); err != nil {
				t.Fatal(err)
			}
			want := bytes.TrimSuffix(b.Bytes(), []byte("\n"))
			if got := appendJSONString(nil, s, html); !bytes.Equal(got, want) {
				t.Errorf("%q (html %v): got %s, want %s", s, html, got, want)
			}
		}
	}
}

// jsonEncoderFor is encoding/json's encoder, escaping HTML or not.
func jsonEncoderFor(b *bytes.Buffer, html bool) *json.Encoder {
	enc := json.NewEncoder(b)
	enc.SetEscapeHTML(html)
	return enc
}
