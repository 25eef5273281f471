package data_test

import (
	"errors"
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/caravan-analytics/caravan/data"
)

// namesCases are name lists with the result or the error (line and words
// of the message) they must give.
var namesCases = []struct {
	name    string
	in      string
	want    []*data.Name // when no error
	errLine int
	errText string
}{
	{
		name: "person with list and single spelling",
		in: `# comment
[[name]]
id   = "tokayev"
kind = "person"
en   = ["Kassym-Jomart Tokayev", "Tokayev"]
ar   = "توكاييف"
`,
		want: []*data.Name{{ID: "tokayev", Kind: data.Person, English: "Kassym-Jomart Tokayev",
			Spellings: map[string][]string{"en": {"Kassym-Jomart Tokayev", "Tokayev"}, "ar": {"توكاييف"}}}},
	},
	{
		name: "place and organisation, multi-line list, spaces trimmed",
		in: `[[name]]
id = "sco"
kind = "organisation"
en = [
  "Shanghai Cooperation Organisation",
  " SCO ",
]
ru = ["ШОС"]

[[name]]
id = "samarkand"
kind = "place"
en = ["Samarkand"]
`,
		want: []*data.Name{
			{ID: "sco", Kind: data.Organisation, English: "Shanghai Cooperation Organisation",
				Spellings: map[string][]string{"en": {"Shanghai Cooperation Organisation", "SCO"}, "ru": {"ШОС"}}},
			{ID: "samarkand", Kind: data.Place, English: "Samarkand", Spellings: map[string][]string{"en": {"Samarkand"}}},
		},
	},
	{
		name: "a person's country",
		in:   "[[name]]\nid = \"tokayev\"\nkind = \"person\"\ncountry = \"kazakhstan\"\nen = [\"Tokayev\"]\n",
		want: []*data.Name{{ID: "tokayev", Kind: data.Person, English: "Tokayev", Country: "kazakhstan", Spellings: map[string][]string{"en": {"Tokayev"}}}},
	},
	{name: "country that is no id", in: "[[name]]\nid = \"tokayev\"\nkind = \"person\"\ncountry = \"Kazakhstan\"\nen = [\"Tokayev\"]\n", errLine: 4, errText: `country "Kazakhstan" is no id`},
	{name: "empty file", in: "", want: []*data.Name{}},
	{name: "syntax error", in: "[[name]]\nid = \"x\"\nkind = person\n", errLine: 3, errText: "put text in quotes"},
	{name: "missing id", in: "\n[[name]]\nkind = \"place\"\nen = [\"X\"]\n", errLine: 2, errText: "missing id"},
	{name: "bad id", in: "[[name]]\nid = \"Xi Jinping\"\nkind = \"person\"\nen = [\"Xi\"]\n", errLine: 2, errText: "lower-case"},
	{
		name: "duplicate id",
		in: `[[name]]
id = "xi"
kind = "person"
en = ["Xi"]

[[name]]
id = "xi"
kind = "person"
en = ["Xi Jinping"]
`,
		errLine: 7, errText: `duplicate id "xi" (first defined on line 2)`,
	},
	{name: "unknown kind", in: "[[name]]\nid = \"kz\"\nkind = \"country\"\nen = [\"Kazakhstan\"]\n", errLine: 3, errText: `unknown kind "country"`},
	{name: "missing kind", in: "[[name]]\nid = \"kz\"\nen = [\"Kazakhstan\"]\n", errLine: 1, errText: "missing kind"},
	{name: "no English spelling", in: "[[name]]\nid = \"kz\"\nkind = \"place\"\nnl = [\"Kazachstan\"]\n", errLine: 1, errText: "no English spelling"},
	{name: "unknown key", in: "[[name]]\nid = \"kz\"\nkind = \"place\"\nen = [\"Kazakhstan\"]\nenglish = [\"Kazakhstan\"]\n", errLine: 5, errText: `unknown key "english"`},
	{name: "spellings not strings", in: "[[name]]\nid = \"kz\"\nkind = \"place\"\nen = [\"Kazakhstan\"]\nnl = [1, 2]\n", errLine: 5, errText: "list of strings"},
	{name: "empty spelling", in: "[[name]]\nid = \"kz\"\nkind = \"place\"\nen = [\"Kazakhstan\", \" \"]\n", errLine: 4, errText: "empty string"},
	{name: "misspelt table", in: "[[names]]\nid = \"kz\"\n", errLine: 1, errText: `unknown table "names"`},
	{name: "name is not a table list", in: "name = \"kz\"\n", errLine: 1, errText: "list of [[name]] tables"},
}

func TestParseNames(t *testing.T) {
	for _, tc := range namesCases {
		t.Run(tc.name, func(t *testing.T) {
			got, err := data.ParseNames("names.toml", []byte(tc.in))
			if tc.errText != "" {
				checkCuratedError(t, err, "names.toml", tc.errLine, tc.errText)
				return
			}
			if err != nil {
				t.Fatalf("ParseNames: %v", err)
			}
			if len(got) != len(tc.want) {
				t.Fatalf("got %d names, want %d", len(got), len(tc.want))
			}
			for i, n := range got {
				w := tc.want[i]
				if n.ID != w.ID || n.Kind != w.Kind || n.English != w.English || n.Country != w.Country || fmt.Sprint(n.Spellings) != fmt.Sprint(w.Spellings) {
					t.Errorf("name %d = %+v, want %+v", i, *n, *w)
				}
			}
		})
	}
}

// checkCuratedError checks that err is a *CuratedError for file at line
// whose message holds text, and that it reads "file:line: ...".
func checkCuratedError(t *testing.T, err error, file string, line int, text string) {
	t.Helper()
	var ce *data.CuratedError
	if !errors.As(err, &ce) {
		t.Fatalf("error %v (%T), want a *data.CuratedError", err, err)
	}
	if ce.File != file || ce.Line != line {
		t.Errorf("error at %s:%d, want %s:%d (%v)", ce.File, ce.Line, file, line, err)
	}
	if prefix := fmt.Sprintf("%s:%d: ", file, line); !strings.HasPrefix(err.Error(), prefix) {
		t.Errorf("error %q does not start with %q", err, prefix)
	}
	if !strings.Contains(err.Error(), text) {
		t.Errorf("error %q does not say %q", err, text)
	}
}

// FuzzParseNames checks that no input makes ParseNames panic, that errors
// name the file and a line inside it, and that what it accepts is sound.
func FuzzParseNames(f *testing.F) {
	for _, tc := range namesCases {
		f.Add(tc.in)
	}
	f.Fuzz(func(t *testing.T, in string) {
		names, err := data.ParseNames("names.toml", []byte(in))
		if err != nil {
			checkErrorInFile(t, err, "names.toml", in)
			return
		}
		seen := map[string]bool{}
		for _, n := range names {
			if seen[n.ID] {
				t.Errorf("duplicate id %q accepted", n.ID)
			}
			seen[n.ID] = true
			if len(n.Spellings["en"]) == 0 || n.English != n.Spellings["en"][0] {
				t.Errorf("name %q: English %q, en spellings %q", n.ID, n.English, n.Spellings["en"])
			}
			if !slices.Contains([]data.NameKind{data.Person, data.Place, data.Organisation}, n.Kind) {
				t.Errorf("name %q: kind %q accepted", n.ID, n.Kind)
			}
		}
	})
}

// checkErrorInFile checks that a parse error is a *CuratedError naming the
// file and a line the text has (or none).
func checkErrorInFile(t *testing.T, err error, file, text string) {
	t.Helper()
	var ce *data.CuratedError
	if !errors.As(err, &ce) {
		t.Fatalf("error %v (%T), want a *data.CuratedError", err, err)
	}
	if lines := strings.Count(text, "\n") + 1; ce.File != file || ce.Line < 0 || ce.Line > lines {
		t.Errorf("error at %s:%d in a file of %d lines: %v", ce.File, ce.Line, lines, err)
	}
}

// TestFormerNames checks that a former name is read and chosen by date: a
// day or month inside its time takes it, a year that saw both names keeps
// the display name, and a malformed entry is an error naming its line.
func TestFormerNames(t *testing.T) {
	src := "[[name]]\nid = \"astana\"\nkind = \"place\"\nformer = [\"Nur-Sultan 2019-03-23 2022-09-17\"]\nen = [\"Astana\", \"Nur-Sultan\"]\n"
	names, err := data.ParseNames("names.toml", []byte(src))
	if err != nil || len(names) != 1 {
		t.Fatalf("names %v, error %v", names, err)
	}
	n := names[0]
	for _, c := range []struct{ date, want string }{
		{"2021-06-01", "Nur-Sultan"}, {"2021", "Nur-Sultan"}, {"2022-09", "Astana"}, {"2022", "Astana"},
		{"2019-03-22", "Astana"}, {"2022-09-17", "Nur-Sultan"}, {"2024-07-04", "Astana"}, {"", "Astana"},
	} {
		d, _ := data.ParseDate(c.date)
		if got := n.EnglishOn(d); got != c.want {
			t.Errorf("%q: %q, want %q", c.date, got, c.want)
		}
	}
	bad := strings.Replace(src, "2019-03-23 ", "", 1)
	if _, err := data.ParseNames("names.toml", []byte(bad)); err == nil || !strings.Contains(err.Error(), "names.toml:4") {
		t.Errorf("malformed former name: error %v, want one at names.toml:4", err)
	}
}
