package project

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// everyOp is one decision of every op, all valid.
func everyOp() []Decision {
	return decide(
		Decision{Op: EventRename, Event: "e1", Title: "Foreign ministers meet"},
		Decision{Op: EventSummary, Event: "e1", Summary: "Line one.\nLine \"two\" — with Arabic: اجتماع"},
		Decision{Op: EventDate, Event: "e3", Start: "2023-05", End: "2023-06-02", Earliest: "2023", Latest: "2023-06-02"},
		Decision{Op: EventStoryline, Event: "e1", Storyline: "water"},
		Decision{Op: EventPlace, Event: "e1", Place: "astana"},
		Decision{Op: EventActors, Event: "e1", Actors: []string{"a", "b"}},
		Decision{Op: EventNew, New: "mine", Title: "Protest", Start: "2024-02", Storyline: "talks", Passages: []string{"a3#0"}},
		Decision{Op: EventHide, Event: "e3"},
		Decision{Op: EventRestore, Event: "e3"},
		Decision{Op: EventMerge, Events: []string{"e1", "e2"}, Title: "Merged"},
		Decision{Op: EventSplit, Event: "e1", New: "n1", Passages: []string{"a2#0"}, Title: "Split"},
		Decision{Op: EventStatus, Event: "e3", Status: "confirmed"},
		Decision{Op: LinkAdd, Event: "e3", Article: "a1", Paragraph: intp(0), Quote: "The ministers"},
		Decision{Op: LinkRemove, Event: "e1", Article: "a1", Paragraph: intp(0)},
		Decision{Op: StorylineNew, Storyline: "protests", Title: "Protests"},
		Decision{Op: StorylineRename, Storyline: "talks", Title: "Diplomacy"},
		Decision{Op: StorylineOrder, Order: []string{"protests", "water"}},
		Decision{Op: StorylineHide, Storyline: "protests"},
		Decision{Op: StorylineRestore, Storyline: "protests"},
		Decision{Op: ArticleDate, Article: "a1", Date: "2024-03", Reason: "header wrong"},
		Decision{Op: ArticleMark, Article: "a3", Mark: "duplicate"},
		Decision{Op: Note, Event: "e1", Text: "a note"},
		Decision{Op: Star, Article: "a1", Paragraph: intp(1)},
		Decision{Op: Unstar, Article: "a1", Paragraph: intp(1)},
		Decision{Op: Tag, Storyline: "water", Tag: "brief"},
		Decision{Op: Untag, Storyline: "water", Tag: "brief"},
		Decision{Op: DeckSlides, Slides: []string{"e3", "mine", "e1"}},
		Decision{Op: StorylineDefine, Storyline: "border", Title: "Border talks"},
		Decision{Op: EventDefine, Event: "border-meeting", Title: "Border commission meets", Start: "2024-03-02",
			Storyline: "border", Place: "astana", Actors: []string{"a"}, Summary: "They met.",
			Terms: map[string][]string{"en": {"border commission"}, "*": {"BC-24"}}},
		Decision{Op: EventWithdraw, Event: "border-meeting"},
		Decision{Op: StorylineWithdraw, Storyline: "border"},
	)
}

func TestEveryOpIsTested(t *testing.T) {
	seen := map[Op]bool{}
	for _, d := range everyOp() {
		seen[d.Op] = true
	}
	for _, op := range Ops {
		if !seen[op] {
			t.Errorf("op %s is not in everyOp", op)
		}
		if !strings.Contains(Header, string(op)) {
			t.Errorf("op %s is not documented in Header", op)
		}
	}
}

// TestRoundTrip saves a project with every op (merges, splits and
// overrides included), reopens it, and checks that both the decisions and
// the curated corpus they make are the same.
func TestRoundTrip(t *testing.T) {
	p := &Project{Corpus: "small", Decisions: everyOp()}
	path := filepath.Join(t.TempDir(), DefaultName)
	if err := p.Save(path); err != nil {
		t.Fatal(err)
	}
	q, err := Load(path)
	if err != nil {
		t.Fatal(err)
	}
	if !Equal(p, q) {
		var a, b bytes.Buffer
		p.Write(&a)
		q.Write(&b)
		t.Fatalf("reopened project differs:\n%s\nvs\n%s", a.String(), b.String())
	}
	c := smallCorpus()
	r1, r2 := Apply(c, p), Apply(c, q)
	if snapshot(r1.Corpus) != snapshot(r2.Corpus) {
		t.Error("the reopened project curates differently")
	}
	if len(r1.Skipped) != 0 {
		t.Errorf("skipped: %v", r1.Skipped)
	}
	// Saving again writes the same bytes.
	var a, b bytes.Buffer
	p.Write(&a)
	q.Write(&b)
	if a.String() != b.String() {
		t.Error("saving the reopened project writes different bytes")
	}
	if !strings.HasPrefix(a.String(), "# Caravan project") {
		t.Error("the file does not start with its documentation")
	}
}

func TestSaveIsAtomic(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "p.toml")
	if err := os.WriteFile(path, []byte("old"), 0o644); err != nil {
		t.Fatal(err)
	}
	p := &Project{Decisions: everyOp()[:1]}
	if err := p.Save(path); err != nil {
		t.Fatal(err)
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 1 {
		t.Errorf("temporary files left behind: %v", entries)
	}
	// A folder that does not exist: an error naming the path, nothing written.
	bad := filepath.Join(dir, "missing", "p.toml")
	if err := p.Save(bad); err == nil || !strings.Contains(err.Error(), bad) {
		t.Errorf("save to a missing folder: %v", err)
	}
}

var parseCases = []struct {
	name, text string
	line       int    // 0: no error expected
	msg        string // part of the message
}{
	{"empty", "", 0, ""},
	{"header only", Header + "format = 1\n", 0, ""},
	{"ok", "format = 1\n[[decision]]\nid = \"x\"\nop = \"star\"\nevent = \"e1\"\n", 0, ""},
	{"syntax", "format = 1\n[[decision]]\nid = \"x\nop = \"star\"\n", 3, ""},
	{"unknown op", "[[decision]]\nid = \"a\"\nop = \"star\"\nevent = \"e\"\n\n[[decision]]\nid = \"b\"\nop = \"explode\"\n", 6, "unknown op"},
	{"unknown key", "[[decision]]\nid = \"a\"\nop = \"star\"\nevent = \"e\"\nevnt = \"e\"\n", 5, "unknown key"},
	{"bad date", "[[decision]]\nid = \"a\"\nop = \"event.date\"\nevent = \"e\"\nstart = \"2022-13\"\n", 1, "month 13"},
	{"end before start", "[[decision]]\nid = \"a\"\nop = \"event.date\"\nevent = \"e\"\nstart = \"2022-05\"\nend = \"2022-04\"\n", 1, "before start"},
	{"missing field", "[[decision]]\nid = \"a\"\nop = \"event.rename\"\nevent = \"e\"\n", 1, "needs title"},
	{"no id", "[[decision]]\nop = \"star\"\nevent = \"e\"\n", 1, "without an id"},
	{"duplicate id", "[[decision]]\nid = \"a\"\nop = \"star\"\nevent = \"e\"\n[[decision]]\nid = \"a\"\nop = \"star\"\nevent = \"f\"\n", 5, "used twice"},
	{"wrong type", "[[decision]]\nid = \"a\"\nop = \"link.add\"\nevent = \"e\"\narticle = \"x\"\nparagraph = \"two\"\n", 6, ""},
	{"newer format", "format = 9\n", 1, "newer"},
	{"bad passage", "[[decision]]\nid = \"a\"\nop = \"event.split\"\nevent = \"e\"\nnew = \"n\"\npassages = [\"x\"]\n", 1, "ARTICLE#PARAGRAPH"},
	// go-toml 2.2.4 panicked here (upstream issue #1028); 2.4.3 reports it.
	{"date for text", "[[decision]]\nid = \"a\"\nop = \"note\"\nlatest = 2024-01-01\n", 4, `key "decision.latest"`},
	{"datetime for text", "[[decision]]\nid = \"a\"\nop = \"note\"\n\nstart = 2024-01-01T10:00:00Z\n", 5, "in quotes"},
	{"list for a value", "[[decision]]\nid = [\"a\"]\nop = \"star\"\n", 2, `key "decision.id"`},
	{"text for a list", "[[decision]]\nid = \"a\"\nop = \"star\"\nevents = \"e1\"\n", 4, "[]string"},
	{"table for a value", "[[format]]\n", 1, `key "format"`},
	{"unknown key at the top", "format = 1\ncorpus = \"x\"\nname = \"y\"\n", 3, `unknown key "name"`},
	{"bad time", "[[decision]]\nid = \"a\"\nop = \"star\"\ntime = \"noon\"\n", 4, `key "decision.time"`},
	{"newer format after a comment", "# format = 1\n\nformat = 2\n", 3, "newer"},
	{"bad status", "[[decision]]\nid = \"a\"\nop = \"event.status\"\nevent = \"e\"\nstatus = \"maybe\"\n", 1, "status"},
}

func TestParseErrorsNameTheLine(t *testing.T) {
	for _, tc := range parseCases {
		t.Run(tc.name, func(t *testing.T) {
			_, err := Parse("p.toml", []byte(tc.text))
			if tc.line == 0 && tc.msg == "" {
				if err != nil {
					t.Fatalf("unexpected error: %v", err)
				}
				return
			}
			var pe *Error
			if !errors.As(err, &pe) {
				t.Fatalf("error %v is not a *project.Error", err)
			}
			if pe.Line != tc.line {
				t.Errorf("line %d, want %d (%v)", pe.Line, tc.line, err)
			}
			if !strings.Contains(err.Error(), tc.msg) || !strings.HasPrefix(err.Error(), "p.toml:") {
				t.Errorf("error %q, want p.toml:…%s", err, tc.msg)
			}
		})
	}
}

// TestReadsWhatV1Wrote: a file written by the versions that used
// BurntSushi/toml (every op, texts with quotes, backslashes, apostrophes,
// control characters, Chinese and Arabic, times with fractions and
// offsets) reads, and saving it again writes the same bytes.
func TestReadsWhatV1Wrote(t *testing.T) {
	old, err := os.ReadFile(filepath.Join("testdata", "written-by-v1.toml"))
	if err != nil {
		t.Fatal(err)
	}
	p, err := Parse("written-by-v1.toml", old)
	if err != nil {
		t.Fatal(err)
	}
	// storyline.define, event.define and their withdrawals came after v1.
	if want := len(Ops) + 4 - 4; len(p.Decisions) != want {
		t.Errorf("%d decisions, want %d", len(p.Decisions), want)
	}
	var b bytes.Buffer
	if err := p.Write(&b); err != nil {
		t.Fatal(err)
	}
	if got, want := b.String(), Header+string(old); got != want {
		t.Errorf("saved differently:\n%s", got[len(Header):])
	}
	// A project without decisions, as a new one is saved.
	b.Reset()
	if err := (&Project{}).Write(&b); err != nil {
		t.Fatal(err)
	}
	if got := b.String()[len(Header):]; got != "format = 1\n" {
		t.Errorf("an empty project is saved as %q", got)
	}
}

// TestWriteQuotesEveryText: every text is written as a basic ("…")
// string, whatever go-toml's encoder chose, and reads back unchanged.
func TestWriteQuotesEveryText(t *testing.T) {
	texts := []string{"plain", "it's", "tab\there", `back\slash`, `c:\`, "ctl\x01\x7f", "\"quoted\"", `\"`, "’", ""}
	for _, text := range texts {
		p := &Project{Decisions: decide(Decision{Op: Note, Event: "e1", Text: text + "x", Actors: []string{text}})}
		var b bytes.Buffer
		if err := p.Write(&b); err != nil {
			t.Fatal(err)
		}
		body := b.String()[len(Header):]
		if strings.Contains(body, "'") && !strings.Contains(text, "'") {
			t.Errorf("%q written as a literal string:\n%s", text, body)
		}
		q, err := Parse("p.toml", b.Bytes())
		if err != nil {
			t.Fatalf("%q: %v\n%s", text, err, body)
		}
		if !Equal(p, q) {
			t.Errorf("%q read back as %q, %q", text, q.Decisions[0].Text, q.Decisions[0].Actors)
		}
	}
}

// FuzzParse: no input makes the parser panic, and whatever it accepts
// survives a save and a reopen unchanged.
func FuzzParse(f *testing.F) {
	for _, tc := range parseCases {
		f.Add(tc.text)
	}
	var b bytes.Buffer
	(&Project{Corpus: "x", Decisions: everyOp()}).Write(&b)
	f.Add(b.String())
	f.Fuzz(func(t *testing.T, text string) {
		p, err := Parse("f.toml", []byte(text))
		if err != nil {
			var pe *Error
			if !errors.As(err, &pe) {
				t.Fatalf("error %v is not a *project.Error", err)
			}
			return
		}
		var out bytes.Buffer
		if err := p.Write(&out); err != nil {
			t.Fatalf("cannot write what was read: %v", err)
		}
		q, err := Parse("f.toml", out.Bytes())
		if err != nil {
			t.Fatalf("cannot reread what was written: %v\n%s", err, out.String())
		}
		if !Equal(p, q) {
			t.Fatalf("round trip changed the project:\n%s", out.String())
		}
		Apply(smallCorpus(), p) // must not panic either
	})
}
