package project

import (
	"bytes"
	"encoding/json"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/caravan-analytics/caravan/data"
)

// cli runs "caravan CMD ARGS…" on the shipped corpus and returns stdout,
// stderr and the error.
func cli(t *testing.T, args ...string) (string, string, error) {
	t.Helper()
	var out, errOut bytes.Buffer
	open := func(dir string) (*data.Corpus, error) {
		if dir != "" {
			t.Fatalf("unexpected --corpus %s", dir)
		}
		return shippedCorpus(t), nil
	}
	err := Command(args[0], args[1:], open, &out, &errOut)
	return out.String(), errOut.String(), err
}

// supported returns two events of the shipped corpus with passages, and a
// passage of the first.
func supported(t *testing.T) (*data.Event, *data.Event, data.Excerpt) {
	var es []*data.Event
	for _, e := range shippedCorpus(t).Events {
		if len(e.Excerpts) >= 2 {
			es = append(es, e)
		}
	}
	if len(es) < 2 {
		t.Fatal("the shipped corpus has fewer than two events with two passages")
	}
	return es[0], es[1], es[0].Excerpts[1]
}

func TestEditEndToEnd(t *testing.T) {
	c := shippedCorpus(t)
	e1, e2, x := supported(t)
	art := c.Articles[1]
	file := filepath.Join(t.TempDir(), "p.toml")
	p := "--project=" + file
	steps := [][]string{
		{"edit", p, "--author", "ann", "event", "rename", e1.ID, "A better title"},
		{"edit", p, "event", "date", e2.ID, "2022-09-14", "2022-09-16", "--precision", "month"},
		{"edit", p, "link", "remove", e1.ID, x.Article, strconv.Itoa(x.Paragraph)},
		{"edit", p, "link", "add", e2.ID, art.ID, "0"},
		{"edit", p, "note", e1.ID, "ask the desk"},
		{"edit", p, "star", e1.ID},
		{"edit", p, "tag", art.ID, "key"},
		{"edit", p, "tag", art.ID + "#0", "quote"},
		{"edit", p, "article", "date", art.ID, "2022-09-13", "--precision", "month", "--reason", "only the month is sure"},
		{"edit", p, "event", "merge", e1.ID, e2.ID, "--title", "Merged"},
	}
	for _, s := range steps {
		if out, errOut, err := cli(t, s...); err != nil || out != "" {
			t.Fatalf("%v: out %q, err %v %s", s, out, err, errOut)
		}
	}
	out, _, err := cli(t, "edit", p, "event", "new", "--title", "Border talks", "--start", "2022-09", "--passage", art.ID+"#1")
	if err != nil {
		t.Fatal(err)
	}
	newID := strings.TrimSpace(out)
	if newID != "analyst-border-talks" {
		t.Errorf("new event id %q", newID)
	}
	out, _, err = cli(t, "edit", p, "event", "new", "--title", "Border talks", "--start", "2022")
	if err != nil || strings.TrimSpace(out) != "analyst-border-talks-2" {
		t.Errorf("second event with the same title: %q %v", out, err)
	}

	proj, err := Load(file)
	if err != nil {
		t.Fatal(err)
	}
	if len(proj.Decisions) != len(steps)+2 || proj.Decisions[0].Author != "ann" {
		t.Fatalf("%d decisions, first by %q", len(proj.Decisions), proj.Decisions[0].Author)
	}
	r := Apply(c, proj)
	if len(r.Skipped) != 0 {
		t.Fatalf("skipped %v", r.Skipped)
	}
	merged := r.Corpus.Event(e1.ID)
	if merged.Title != "Merged" || r.Corpus.Event(e2.ID) != nil {
		t.Errorf("merge: %q, e2 shown %v", merged.Title, r.Corpus.Event(e2.ID) != nil)
	}
	if merged.Span.Start != e1.Span.Start {
		t.Errorf("the merged event took another date: %v", merged.Span)
	}
	if slices.ContainsFunc(merged.Excerpts, func(y data.Excerpt) bool { return y.Article == x.Article && y.Paragraph == x.Paragraph }) &&
		!slices.ContainsFunc(e2.Excerpts, func(y data.Excerpt) bool { return y.Article == x.Article && y.Paragraph == x.Paragraph }) {
		t.Error("the unlinked passage came back")
	}
	if a := r.Corpus.Article(art.ID); a.Date != data.MonthDate(2022, 9) || a.DateSource != ArticleDatedByAnalyst {
		t.Errorf("article date %v %v", a.Date, a.DateSource)
	}
	if got := passages(r.Corpus.Event(newID)); !slices.Equal(got, []string{art.ID + "#1"}) {
		t.Errorf("new event passages %v", got)
	}
	cur := r.Of("event", e1.ID)
	if !cur.Starred || !slices.Equal(cur.Notes, []string{"ask the desk"}) {
		t.Errorf("curation %+v", cur)
	}
	if got := r.Of("passage", art.ID+"#0").Tags; !slices.Equal(got, []string{"quote"}) {
		t.Errorf("passage tags %v", got)
	}

	// The report carries the curation.
	var buf bytes.Buffer
	if err := WriteReport(&buf, "events", c, file, "json", &bytes.Buffer{}); err != nil {
		t.Fatal(err)
	}
	var events struct {
		Events []struct {
			ID      string   `json:"id"`
			Title   string   `json:"title"`
			Notes   []string `json:"notes"`
			Starred bool     `json:"starred"`
			Tags    []string `json:"tags"`
			Set     []string `json:"analyst_set"`
		} `json:"events"`
	}
	if err := json.Unmarshal(buf.Bytes(), &events); err != nil {
		t.Fatal(err)
	}
	found := false
	for _, e := range events.Events {
		if e.Notes == nil || e.Tags == nil || e.Set == nil {
			t.Fatalf("event %s: notes, tags or analyst_set is null", e.ID)
		}
		if e.ID == e1.ID {
			found = true
			if e.Title != "Merged" || !e.Starred || !slices.Contains(e.Set, "merged") || !slices.Contains(e.Set, "title") {
				t.Errorf("report of %s: %+v", e.ID, e)
			}
		}
	}
	if !found {
		t.Error("the merged event is not in the report")
	}
	buf.Reset()
	if err := WriteReport(&buf, "articles", c, file, "json", &bytes.Buffer{}); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(buf.String(), `"date_source": "analyst"`) || !strings.Contains(buf.String(), `"key"`) {
		t.Error("the articles report does not carry the analyst's date and tag")
	}
}

// TestEditErrors: a bad id is named, the exit is an error, and the file
// is left byte for byte as it was.
func TestEditErrors(t *testing.T) {
	e1, e2, _ := supported(t)
	art := shippedCorpus(t).Articles[0]
	file := filepath.Join(t.TempDir(), "p.toml")
	if _, _, err := cli(t, "edit", "--project", file, "star", e1.ID); err != nil {
		t.Fatal(err)
	}
	before, _ := os.ReadFile(file)
	cases := []struct {
		args []string
		want string
	}{
		{[]string{"event", "rename", "no-such-event", "x"}, "no-such-event"},
		{[]string{"event", "merge", e1.ID, "ghost"}, "ghost"},
		{[]string{"link", "remove", e1.ID, "ghost-article", "0"}, "ghost-article"},
		{[]string{"link", "remove", e1.ID, art.ID, "999"}, "999"},
		{[]string{"link", "add", e1.ID, art.ID, "x"}, "paragraph"},
		{[]string{"note", "nothing-here", "text"}, "nothing-here"},
		{[]string{"tag", "ghost#3", "t"}, "ghost#3"},
		{[]string{"article", "date", "ghost", "2022"}, "ghost"},
		{[]string{"article", "date", art.ID, "2022", "--precision", "day"}, "invent"},
		{[]string{"event", "date", e2.ID, "2022-13"}, "month 13"},
		{[]string{"event", "date", e2.ID, "2022-09", "2022-08"}, "before start"},
		{[]string{"event", "new", "--title", "x"}, "--start"},
		{[]string{"event", "new", "--title", "x", "--start", "2022", "--storyline", "ghost-line"}, "ghost-line"},
		{[]string{"event", "explode", e1.ID}, "unknown edit"},
		{[]string{"event", "rename", e1.ID}, "wrong number"},
		{[]string{"star", e1.ID, "--bogus", "1"}, "--bogus"},
	}
	for _, tc := range cases {
		_, _, err := cli(t, append([]string{"edit", "--project", file}, tc.args...)...)
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%v: error %v, want it to name %q", tc.args, err, tc.want)
		}
		if after, _ := os.ReadFile(file); !bytes.Equal(after, before) {
			t.Fatalf("%v changed the project file", tc.args)
		}
	}
	if _, _, err := cli(t, "edit", "star", e1.ID); err == nil || !strings.Contains(err.Error(), "--project") {
		t.Errorf("edit without --project: %v", err)
	}
	// A broken project file is reported with its line, and not overwritten.
	if err := os.WriteFile(file, []byte("format = 1\n[[decision]]\nid = \"a\"\nop = \"bogus\"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, _, err := cli(t, "edit", "--project", file, "star", e1.ID); err == nil || !strings.Contains(err.Error(), file+":2:") {
		t.Errorf("broken file: %v", err)
	}
}

func TestProjectMergeCommand(t *testing.T) {
	e1, e2, _ := supported(t)
	dir := t.TempDir()
	a, b, out := filepath.Join(dir, "a.toml"), filepath.Join(dir, "b.toml"), filepath.Join(dir, "c.toml")
	for _, s := range [][]string{
		{"edit", "--project", a, "--author", "ann", "event", "rename", e1.ID, "Ann's"},
		{"edit", "--project", a, "--author", "ann", "star", e2.ID},
		{"edit", "--project", b, "--author", "bob", "event", "rename", e1.ID, "Bob's"},
		{"edit", "--project", b, "--author", "bob", "star", e2.ID},
		{"edit", "--project", b, "--author", "bob", "note", e2.ID, "from Bob"},
	} {
		if _, errOut, err := cli(t, s...); err != nil {
			t.Fatal(err, errOut)
		}
	}
	for _, prefer := range []string{"", "b"} {
		args := []string{"project", "merge", a, b, "--out", out}
		if prefer != "" {
			args = append(args, "--prefer", prefer)
		}
		stdout, _, err := cli(t, args...)
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(stdout, "conflict: event "+e1.ID+" title") || strings.Count(stdout, "conflict:") != 1 {
			t.Errorf("conflicts listed: %q", stdout)
		}
		m, err := Load(out)
		if err != nil {
			t.Fatal(err)
		}
		// rename (one side), star once, note.
		if len(m.Decisions) != 3 {
			t.Errorf("merged project has %d decisions, want 3", len(m.Decisions))
		}
		r := Apply(shippedCorpus(t), m)
		want := "Ann's"
		if prefer == "b" {
			want = "Bob's"
		}
		if got := r.Corpus.Event(e1.ID).Title; got != want {
			t.Errorf("prefer %q: title %q, want %q", prefer, got, want)
		}
	}
	if _, _, err := cli(t, "project", "merge", a, b, "--out", out, "--prefer", "c"); err == nil {
		t.Error("--prefer c accepted")
	}
	stdout, _, err := cli(t, "project", "log", a)
	if err != nil || !strings.Contains(stdout, "ann") || !strings.Contains(stdout, "Ann's") {
		t.Errorf("log: %q %v", stdout, err)
	}
	stdout, stderr, err := cli(t, "project", "check", a)
	if err != nil || stdout != "" || !strings.Contains(stderr, "2 of 2") {
		t.Errorf("check: %q %q %v", stdout, stderr, err)
	}
}

// TestEditDefine: "caravan edit" declares a storyline and a catalogue
// event; the event links at once by its terms (the command says how many
// passages), the file records both declarations, and a declaration that
// cannot apply leaves the file as it was.
func TestEditDefine(t *testing.T) {
	file := filepath.Join(t.TempDir(), "p.toml")
	p := "--project=" + file
	if _, _, err := cli(t, "edit", p, "storyline", "define", "summits", "Summits"); err != nil {
		t.Fatal(err)
	}
	_, errOut, err := cli(t, "edit", p, "event", "define", "samarkand-summit", "--title", "Summit in Samarkand",
		"--start", "2022-09-15", "--end", "2022-09-16", "--storyline", "summits", "--term", "*=Samarkand", "--term", "ru=Самарканд")
	if err != nil {
		t.Fatal(err)
	}
	m := regexp.MustCompile(`event samarkand-summit has (\d+) passage`).FindStringSubmatch(errOut)
	if m == nil || m[1] == "0" {
		t.Fatalf("the declared event did not link: %s", errOut)
	}
	saved, err := Load(file)
	if err != nil {
		t.Fatal(err)
	}
	d := saved.Decisions[len(saved.Decisions)-1]
	if d.Op != EventDefine || d.Storyline != "summits" || !slices.Equal(d.Terms["*"], []string{"Samarkand"}) || !slices.Equal(d.Terms["ru"], []string{"Самарканд"}) {
		t.Errorf("recorded %+v", d)
	}
	r, err := Curated(shippedCorpus(t), file, io.Discard)
	if err != nil {
		t.Fatal(err)
	}
	if e := r.Corpus.Event("samarkand-summit"); e == nil || strconv.Itoa(len(e.Excerpts)) != m[1] {
		t.Errorf("the project applied (as --project does) shows %+v", e)
	}
	before, _ := os.ReadFile(file)
	for _, bad := range [][]string{
		{"edit", p, "event", "define", "x", "--title", "T", "--start", "2022"},                                                  // no storyline
		{"edit", p, "event", "define", "x", "--title", "T", "--start", "2022", "--storyline", "ghost"},                          // unknown storyline
		{"edit", p, "event", "define", "x", "--title", "T", "--start", "2022", "--storyline", "summits", "--term", "Samarkand"}, // no language
	} {
		if _, _, err := cli(t, bad...); err == nil {
			t.Errorf("%v was accepted", bad)
		}
	}
	if after, _ := os.ReadFile(file); !bytes.Equal(before, after) {
		t.Error("a refused declaration changed the file")
	}
}

// "caravan edit --help" and "caravan project --help" print their usage and
// succeed; a "--help" after "--" is a word of the command, not a request.
func TestCommandHelp(t *testing.T) {
	for cmd, want := range map[string]string{"edit": "event rename ID TITLE", "project": "merge A B --out C"} {
		for _, flag := range []string{"--help", "-h", "-help"} {
			var out, errOut strings.Builder
			if err := Command(cmd, []string{"event", flag}, nil, &out, &errOut); err != nil {
				t.Errorf("%s %s: %v", cmd, flag, err)
			}
			if !strings.Contains(out.String(), want) {
				t.Errorf("%s %s printed %q, want it to hold %q", cmd, flag, out.String(), want)
			}
		}
	}
	if wantsHelp([]string{"note", "x", "--", "--help"}) {
		t.Error("a --help after -- is a word, not a request for help")
	}
}
