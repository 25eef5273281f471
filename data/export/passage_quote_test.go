package export

import (
	"bytes"
	"context"
	"encoding/csv"
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/xuri/excelize/v2"

	"github.com/caravan-analytics/caravan/data"
	"github.com/caravan-analytics/caravan/data/internal/datatest"
)

// A file with no paragraph breaks is one paragraph. The reports quote it
// around each event's evidence, not whole on every event (which made
// hundreds of MB of JSON and GB of memory for a 4 MB file), and keep the
// passage's true span in start and end.
func TestReportsQuoteAHugeParagraph(t *testing.T) {
	const filler = "the quiet river runs past old stone walls and green fields where farmers talk about the weather "
	const visit = "In September 2022 Xi Jinping visited Kazakhstan and met Tokayev in Astana before the summit in Samarkand. "
	const unrest = "In January 2022 the protests over fuel prices reached Almaty and Tokayev called in troops. "
	var b strings.Builder
	for i := 0; b.Len() < 3<<20; i++ {
		switch i % 3000 {
		case 1000:
			b.WriteString(visit)
		case 2000:
			b.WriteString(unrest)
		default:
			b.WriteString(filler)
		}
	}
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "one.txt"), []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	c, err := data.Build(context.Background(), os.DirFS(dir), dir, datatest.ShippedCurated(t), nil)
	if err != nil || len(c.Articles) != 1 || len(c.Articles[0].Paragraphs) != 1 {
		t.Fatalf("Build: %v, %d articles (problems %v)", err, len(c.Articles), c.Problems)
	}
	a := c.Articles[0]
	if err := a.LoadText(); err != nil {
		t.Fatal(err)
	}
	para := a.Paragraphs[0]

	var js bytes.Buffer
	if err := WriteEvents(&js, c, "json"); err != nil {
		t.Fatal(err)
	}
	var got struct{ Events []EventRecord }
	if err := json.Unmarshal(js.Bytes(), &got); err != nil {
		t.Fatal(err)
	}
	quoted := 0
	for _, e := range got.Events {
		for _, x := range e.Excerpts {
			quoted++
			if x.Start != para.Start || x.End != para.End {
				t.Errorf("%s: passage span %d–%d, want the paragraph's %d–%d", e.ID, x.Start, x.End, para.Start, para.End)
			}
			checkQuote(t, e.ID, a.Text, x)
		}
	}
	if quoted == 0 {
		t.Fatalf("no event quotes the paragraph: %d events", len(got.Events))
	}
	if js.Len() > 64*MaxQuotedPassageRunes*len(got.Events) {
		t.Errorf("events JSON is %d bytes for %d events", js.Len(), len(got.Events))
	}

	var cs bytes.Buffer
	if err := WriteEvents(&cs, c, "csv"); err != nil {
		t.Fatal(err)
	}
	rows, err := csv.NewReader(&cs).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	checkQuotedColumn(t, "events CSV", rows, "excerpt_text", quoted)

	var xl bytes.Buffer
	if err := WriteEvents(&xl, c, "xlsx"); err != nil {
		t.Fatal(err)
	}
	f, err := excelize.OpenReader(&xl)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rows, err = f.GetRows("excerpts")
	if err != nil {
		t.Fatal(err)
	}
	checkQuotedColumn(t, "excerpts sheet", rows, "text", quoted)
}

// checkQuote fails unless x's text is a cut quote of its passage: at most
// about MaxQuotedPassageRunes long, an ellipsis at each cut end, the rest
// the article's own text, holding the first evidence exactly where the
// article has it.
func checkQuote(t *testing.T, what, article string, x data.Excerpt) {
	t.Helper()
	if n := utf8.RuneCountInString(x.Text); n > MaxQuotedPassageRunes+4 {
		t.Errorf("%s: quote of %d runes", what, n)
	}
	body, cutStart := strings.CutPrefix(x.Text, "… ")
	body, cutEnd := strings.CutSuffix(body, " …")
	if !cutStart || !cutEnd {
		t.Errorf("%s: quote %q…%q does not say where it was cut", what, x.Text[:20], x.Text[len(x.Text)-20:])
	}
	at := strings.Index(article[x.Start:x.End], body)
	if at < 0 {
		t.Fatalf("%s: the quote is not the passage's text", what)
	}
	if len(x.Evidence) == 0 {
		t.Fatalf("%s: no evidence", what)
	}
	// Every evidence listed lies inside the quote (a cut passage lists only
	// the matches it shows), at its true place in the article.
	for _, m := range x.Evidence {
		if off := m.Start - x.Start - at; off < 0 || m.End-x.Start-at > len(body) || body[off:off+len(m.Text)] != m.Text || article[m.Start:m.End] != m.Text {
			t.Errorf("%s: the quote does not hold its evidence %q at %d–%d", what, m.Text, m.Start, m.End)
		}
	}
}

// checkQuotedColumn fails unless the column of that name in rows (a header
// and then one row per passage) has want quotes, each capped and cut.
func checkQuotedColumn(t *testing.T, what string, rows [][]string, column string, want int) {
	t.Helper()
	if len(rows) == 0 {
		t.Fatalf("%s: empty", what)
	}
	col := slices.Index(rows[0], column)
	if col < 0 {
		t.Fatalf("%s: no column %s in %q", what, column, rows[0])
	}
	n := 0
	for _, r := range rows[1:] {
		if col >= len(r) || r[col] == "" {
			continue
		}
		n++
		if runes := utf8.RuneCountInString(r[col]); runes > MaxQuotedPassageRunes+4 || !strings.HasPrefix(r[col], "… ") || !strings.HasSuffix(r[col], " …") {
			t.Errorf("%s: a passage of %d runes, %q…", what, runes, r[col][:min(40, len(r[col]))])
		}
	}
	if n != want {
		t.Errorf("%s: %d passages, want %d", what, n, want)
	}
}

// A quote keeps its evidence whole and says it was cut only at the ends
// where text was left out; a passage at or under the cap is quoted whole.
func TestQuotedPassageEnds(t *testing.T) {
	word := "paddle "
	body := strings.Repeat(word, 1000) // 7,000 runes
	for _, tt := range []struct {
		name       string
		text, ev   string
		cutS, cutE bool
	}{
		{"evidence first", "Samarkand summit " + body, "Samarkand", false, true},
		{"evidence last", body + "Samarkand summit", "summit", true, false},
		{"evidence longer than the cap", body + strings.Repeat("x", 2*MaxQuotedPassageRunes) + " " + body, strings.Repeat("x", 2*MaxQuotedPassageRunes), true, true},
	} {
		at := strings.Index(tt.text, tt.ev)
		x := data.Excerpt{Start: 10, End: 10 + len(tt.text), Text: tt.text,
			Evidence: []data.Match{{Start: 10 + at, End: 10 + at + len(tt.ev), Text: tt.ev}}}
		got := quotedPassage(x)
		if strings.HasPrefix(got, "… ") != tt.cutS || strings.HasSuffix(got, " …") != tt.cutE {
			t.Errorf("%s: cut at start %v, at end %v, want %v, %v", tt.name, strings.HasPrefix(got, "… "), strings.HasSuffix(got, " …"), tt.cutS, tt.cutE)
		}
		if !strings.Contains(got, tt.ev) {
			t.Errorf("%s: the quote lost its evidence", tt.name)
		}
		if len(tt.ev) < MaxQuotedPassageRunes && utf8.RuneCountInString(got) > MaxQuotedPassageRunes+4 {
			t.Errorf("%s: quote of %d runes", tt.name, utf8.RuneCountInString(got))
		}
	}
	atCap := data.Excerpt{Text: strings.Repeat("é", MaxQuotedPassageRunes)}
	if got := quotedPassage(atCap); got != atCap.Text {
		t.Errorf("a passage of exactly the cap was cut to %d runes", utf8.RuneCountInString(got))
	}
	xs := []data.Excerpt{{Text: "short"}, atCap}
	if got := quotedExcerpts(xs); &got[0] != &xs[0] {
		t.Error("passages under the cap were copied")
	}
}
