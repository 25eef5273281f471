package export

import (
	"bytes"
	"encoding/csv"
	"slices"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/xuri/excelize/v2"

	"github.com/caravan-analytics/caravan/data"
	"github.com/caravan-analytics/caravan/data/internal/datatest"
)

// reportCorpus has what the CSV and XLSX reports must carry safely: text
// that a spreadsheet would run as a formula (in a file name, a title, an
// excerpt, a problem), Arabic and Persian excerpts, a storyline with a
// title, dates at three precisions and a problem.
func reportCorpus() *data.Corpus {
	formula := datatest.Article("=cmd", "en", "=HYPERLINK(\"http://example.com\",\"click\") said the protesters.")
	formula.File = "=cmd.txt"
	formula.Date = data.MonthDate(2022, time.September)
	ar := datatest.Article("ar1", "ar", "استقبل الرئيس توكاييف شي جين بينغ في أستانا.")
	ar.Date = data.DayDate(2022, time.September, 14)
	ar.Warnings = []string{"decoded from windows-1256 (guessed)", "-1 is not a warning"}
	fa := datatest.Article("fa1", "fa", "رئیس جمهور چین وارد آستانه شد.")
	nl := datatest.Article("nl1", "nl", "Tokajev gaf het bevel om te schieten.")
	return &data.Corpus{
		Root:       "test",
		Articles:   []*data.Article{formula, ar, fa, nl},
		Storylines: []data.Storyline{{ID: "trip", Title: "Xi's trip to Central Asia"}},
		Names:      []*data.Name{{ID: "tokayev", Kind: data.Person, English: "Kassym-Jomart Tokayev"}, {ID: "astana", Kind: data.Place, English: "Astana"}},
		Events: []*data.Event{
			{ID: "visit", Title: "Xi in Astana", Span: data.Span{Start: data.DayDate(2022, time.September, 14)}, Storyline: "trip",
				Place: "astana", Actors: []string{"tokayev"}, Summary: "@Xi meets Tokayev", Source: data.EventFromCatalogue, Kind: "summit",
				Excerpts: []data.Excerpt{
					{Article: "ar1", Paragraph: 0, Start: 0, End: len(ar.Text), Text: ar.Text, Language: "ar",
						Evidence: []data.Match{{Text: "توكاييف", Kind: "actor", Ref: "tokayev"}}},
					{Article: "fa1", Paragraph: 0, Start: 0, End: len(fa.Text), Text: fa.Text, Language: "fa"},
					{Article: "nl1", Paragraph: 0, Start: 0, End: len(nl.Text), Text: nl.Text, Language: "nl"},
				}},
			{ID: "formula", Title: "-2+3", Span: data.Span{Start: data.MonthDate(2022, time.September)}, Storyline: "trip",
				Source: data.EventFromText, Announced: true, Strength: data.Strength{Articles: 1, Languages: 1, Weak: true},
				Excerpts: []data.Excerpt{{Article: "=cmd", Text: formula.Text, Start: 0, End: len(formula.Text), Language: "en"}}},
			{ID: "decade", Title: "\tA tab first", Span: data.Span{Start: data.YearDate(2019), End: data.YearDate(2022)}, Storyline: "other"},
		},
		Problems: []data.Problem{{File: "+evil.txt", Error: "binary file, not text"}},
	}
}

// The documented columns, written out here so that changing them takes a
// deliberate edit of this test and of the README.
var wantColumns = map[string]string{
	"articles":   "id,file,language,encoding,date,precision,date_source,reason,paragraphs,repeated_paragraphs,duplicate_of,events,warnings,headline",
	"events":     "id,title,start,end,precision,storyline,storyline_title,place,place_name,actors,actor_names,summary,source,kind,announced,unsupported,weak,articles,languages,excerpts",
	"events-csv": "id,title,start,end,precision,storyline,storyline_title,place,place_name,actors,actor_names,summary,source,kind,announced,unsupported,excerpt_article,excerpt_language,excerpt_paragraph,excerpt_start,excerpt_end,excerpt_text",
	"excerpts":   "event,event_title,article,language,paragraph,start,end,text,evidence",
	"problems":   "file,error",
}

func TestReportColumnsStable(t *testing.T) {
	for name, cols := range map[string][]string{
		"articles": articleColumns, "events": eventColumns, "events-csv": eventExcerptColumns,
		"excerpts": excerptColumns, "problems": problemColumns,
	} {
		if got := strings.Join(cols, ","); got != wantColumns[name] {
			t.Errorf("%s columns\n%s\nwant\n%s", name, got, wantColumns[name])
		}
	}
}

func TestCSVText(t *testing.T) {
	tests := []struct{ in, want string }{
		{"", ""},
		{"plain", "plain"},
		{"=1+2", "'=1+2"},
		{"+31 20 123", "'+31 20 123"},
		{"-2+3", "'-2+3"},
		{"@SUM(A1)", "'@SUM(A1)"},
		{"\t=1", "'\t=1"},
		{"\r=1", "'\r=1"},
		{"2022-09", "2022-09"},
		{"a=b", "a=b"},
		{"الرئيس", "الرئيس"},
	}
	for _, tt := range tests {
		if got := csvText(tt.in); got != tt.want {
			t.Errorf("csvText(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// readCSV checks the byte order mark and parses the rest.
func readCSV(t *testing.T, b []byte) [][]string {
	t.Helper()
	if !bytes.HasPrefix(b, []byte("\xEF\xBB\xBF")) {
		t.Fatalf("no UTF-8 byte order mark: %q", b[:min(len(b), 20)])
	}
	rows, err := csv.NewReader(bytes.NewReader(b[3:])).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	return rows
}

// checkNoFormula fails on any cell a spreadsheet would run.
func checkNoFormula(t *testing.T, rows [][]string) {
	t.Helper()
	for i, row := range rows {
		for j, cell := range row {
			if cell != "" && strings.ContainsRune("=+-@\t\r", rune(cell[0])) {
				t.Errorf("row %d column %d is live: %q", i, j, cell)
			}
		}
	}
}

// csvWant is a cell the CSV must hold: in column col of the row whose
// first cell (the id) is row ("" for a problem row).
type csvWant struct{ col, row, want string }

func TestWriteCSV(t *testing.T) {
	c := reportCorpus()
	tests := []struct {
		name    string
		write   func(*bytes.Buffer) error
		columns string
		rows    int // data rows
		want    []csvWant
	}{
		{"articles", func(b *bytes.Buffer) error { return WriteArticles(b, c, "csv") }, "articles", 5, []csvWant{
			{"id", "'=cmd", "'=cmd"},
			{"file", "'=cmd", "'=cmd.txt"},
			{"date", "'=cmd", "2022-09"},
			{"precision", "'=cmd", "month"},
			{"date", "ar1", "2022-09-14"},
			{"precision", "ar1", "day"},
			{"language", "ar1", "ar"},
			{"paragraphs", "ar1", "1"},
			{"warnings", "ar1", "decoded from windows-1256 (guessed); -1 is not a warning"},
			{"file", "", "'+evil.txt"},
			{"warnings", "", "not loaded: binary file, not text"},
		}},
		{"events", func(b *bytes.Buffer) error { return WriteEvents(b, c, "csv") }, "events-csv", 5, []csvWant{
			{"storyline_title", "visit", "Xi's trip to Central Asia"},
			{"place_name", "visit", "Astana"},
			{"actor_names", "visit", "Kassym-Jomart Tokayev"},
			{"summary", "visit", "'@Xi meets Tokayev"},
			{"excerpt_text", "visit", "استقبل الرئيس توكاييف شي جين بينغ في أستانا."},
			{"excerpt_text", "visit", "رئیس جمهور چین وارد آستانه شد."},
			{"excerpt_language", "visit", "fa"},
			{"excerpt_end", "visit", "37"}, // the Dutch passage, in bytes
			{"unsupported", "visit", "false"},
			{"kind", "visit", "summit"},
			{"announced", "formula", "true"},
			{"announced", "visit", "false"},
			{"title", "formula", "'-2+3"},
			{"excerpt_article", "formula", "'=cmd"},
			{"excerpt_text", "formula", "'=HYPERLINK(\"http://example.com\",\"click\") said the protesters."},
			{"start", "decade", "2019"},
			{"end", "decade", "2022"},
			{"precision", "decade", "year"},
			{"title", "decade", "'\tA tab first"},
			{"unsupported", "decade", "true"},
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var b bytes.Buffer
			if err := tt.write(&b); err != nil {
				t.Fatal(err)
			}
			rows := readCSV(t, b.Bytes())
			if got := strings.Join(rows[0], ","); got != wantColumns[tt.columns] {
				t.Errorf("header %s, want %s", got, wantColumns[tt.columns])
			}
			if len(rows)-1 != tt.rows {
				t.Errorf("%d rows, want %d", len(rows)-1, tt.rows)
			}
			checkNoFormula(t, rows)
			for _, w := range tt.want {
				if !csvHasCell(rows, w) {
					t.Errorf("no row %q with %s = %q", w.row, w.col, w.want)
				}
			}
		})
	}
}

func csvHasCell(rows [][]string, w csvWant) bool {
	i := slices.Index(rows[0], w.col)
	if i < 0 {
		return false
	}
	for _, row := range rows[1:] {
		if row[0] == w.row && row[i] == w.want {
			return true
		}
	}
	return false
}

func TestWriteXLSX(t *testing.T) {
	var b bytes.Buffer
	if err := WriteArticles(&b, reportCorpus(), "xlsx"); err != nil {
		t.Fatal(err)
	}
	f, err := excelize.OpenReader(&b)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if got := f.GetSheetList(); !slices.Equal(got, []string{"articles", "events", "excerpts", "problems"}) {
		t.Fatalf("sheets %q", got)
	}
	for _, sheet := range []string{"articles", "events", "excerpts", "problems"} {
		rows, err := f.GetRows(sheet)
		if err != nil {
			t.Fatal(err)
		}
		if got := strings.Join(rows[0], ","); got != wantColumns[sheet] {
			t.Errorf("%s header %s, want %s", sheet, got, wantColumns[sheet])
		}
		panes, err := f.GetPanes(sheet)
		if err != nil || !panes.Freeze || panes.YSplit != 1 {
			t.Errorf("%s: header row not frozen: %+v, %v", sheet, panes, err)
		}
	}

	cells := []struct {
		sheet, cell string
		typ         excelize.CellType
		value       string
		rtl         bool
	}{
		// articles: =cmd, ar1, fa1, nl1 in rows 2–5.
		{"articles", "B2", excelize.CellTypeInlineString, "=cmd.txt", false}, // text, not a formula
		{"articles", "E2", excelize.CellTypeInlineString, "2022-09", false},  // a date stays ISO text
		{"articles", "F2", excelize.CellTypeInlineString, "month", false},
		{"articles", "E3", excelize.CellTypeInlineString, "2022-09-14", false},
		{"articles", "I3", excelize.CellTypeUnset, "1", false},                                                  // a number: no type attribute
		{"articles", "N3", excelize.CellTypeInlineString, "استقبل الرئيس توكاييف شي جين بينغ في أستانا.", true}, // an Arabic article's headline
		{"articles", "N5", excelize.CellTypeInlineString, "Tokajev gaf het bevel om te schieten.", false},
		// events: visit, formula, decade.
		{"events", "B3", excelize.CellTypeInlineString, "-2+3", false},
		{"events", "G2", excelize.CellTypeInlineString, "Xi's trip to Central Asia", false},
		{"events", "N2", excelize.CellTypeInlineString, "summit", false},
		{"events", "O3", excelize.CellTypeBool, "TRUE", false},  // announced
		{"events", "P2", excelize.CellTypeBool, "FALSE", false}, // unsupported
		{"events", "P4", excelize.CellTypeBool, "TRUE", false},
		{"events", "Q2", excelize.CellTypeBool, "FALSE", false}, // weak
		{"events", "Q3", excelize.CellTypeBool, "TRUE", false},
		{"events", "R2", excelize.CellTypeUnset, "3", false}, // articles
		{"events", "S2", excelize.CellTypeUnset, "3", false}, // languages
		{"events", "T2", excelize.CellTypeUnset, "3", false}, // excerpts
		// excerpts: ar1, fa1, nl1, =cmd.
		{"excerpts", "H2", excelize.CellTypeInlineString, "استقبل الرئيس توكاييف شي جين بينغ في أستانا.", true},
		{"excerpts", "H3", excelize.CellTypeInlineString, "رئیس جمهور چین وارد آستانه شد.", true},
		{"excerpts", "H4", excelize.CellTypeInlineString, "Tokajev gaf het bevel om te schieten.", false},
		{"excerpts", "H5", excelize.CellTypeInlineString, "=HYPERLINK(\"http://example.com\",\"click\") said the protesters.", false},
		{"excerpts", "I2", excelize.CellTypeInlineString, "توكاييف (actor)", false},
		{"problems", "A2", excelize.CellTypeInlineString, "+evil.txt", false},
	}
	for _, tc := range cells {
		v, err := f.GetCellValue(tc.sheet, tc.cell)
		if err != nil || v != tc.value {
			t.Errorf("%s!%s = %q (%v), want %q", tc.sheet, tc.cell, v, err, tc.value)
		}
		if typ, _ := f.GetCellType(tc.sheet, tc.cell); typ != tc.typ {
			t.Errorf("%s!%s type %v, want %v", tc.sheet, tc.cell, typ, tc.typ)
		}
		if formula, _ := f.GetCellFormula(tc.sheet, tc.cell); formula != "" {
			t.Errorf("%s!%s is a formula: %q", tc.sheet, tc.cell, formula)
		}
		id, err := f.GetCellStyle(tc.sheet, tc.cell)
		if err != nil {
			t.Fatal(err)
		}
		style, err := f.GetStyle(id)
		if err != nil {
			t.Fatal(err)
		}
		rtl := style.Alignment != nil && style.Alignment.ReadingOrder == xlsxReadingOrderRTL && style.Alignment.Horizontal == "right"
		if rtl != tc.rtl {
			t.Errorf("%s!%s right to left %v, want %v", tc.sheet, tc.cell, rtl, tc.rtl)
		}
	}
}

func TestXLSXText(t *testing.T) {
	long := strings.Repeat("ب", xlsxMaxCellChars+10)
	tests := []struct {
		name, in string
		wantLen  int // in characters
		wantCut  bool
	}{
		{"short", "abc", 3, false},
		{"exactly the limit", long[:2*xlsxMaxCellChars], xlsxMaxCellChars, false},
		{"too long", long, xlsxMaxCellChars, true},
	}
	for _, tt := range tests {
		got := xlsxText(tt.in)
		if n := len([]rune(got)); n != tt.wantLen || strings.Contains(got, "[cut:") != tt.wantCut {
			t.Errorf("%s: %d characters, cut %v", tt.name, n, strings.Contains(got, "[cut:"))
		}
	}
}

func TestWriteReportUnknownFormat(t *testing.T) {
	var b bytes.Buffer
	if err := WriteArticles(&b, reportCorpus(), "ods"); err == nil || !strings.Contains(err.Error(), "xlsx") {
		t.Errorf("articles: error %v, want one naming the formats", err)
	}
	if err := WriteEvents(&b, reportCorpus(), "pdf"); err == nil || !strings.Contains(err.Error(), "timelinejs") {
		t.Errorf("events: error %v, want one naming the formats", err)
	}
}

// FuzzWriteCSV writes any text as a cell and reads it back: the cell is
// the text, or the text behind one apostrophe when it would start a
// formula, and never live.
func FuzzWriteCSV(f *testing.F) {
	for _, s := range []string{"", "plain", "=1+2", "-2+3", "@SUM(A1)", "\t=1", "\r\n=1", "a,b\"c\nd", "الرئيس", "=HYPERLINK(\"x\")"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) || strings.ContainsRune(s, '\r') {
			return // the CSV reader folds \r\n; texts reach reports decoded, with \n line ends
		}
		table := reportTable{header: []string{"text", "n"}, rows: func(yield func([]reportCell) bool) {
			yield([]reportCell{textCell(s), numCell(-3)})
		}}
		var b bytes.Buffer
		if err := writeCSV(&b, table); err != nil {
			t.Fatal(err)
		}
		rows := readCSV(t, b.Bytes())
		if len(rows) != 2 || len(rows[1]) != 2 {
			t.Fatalf("%q: rows %q", s, rows)
		}
		got := rows[1][0]
		switch {
		case got == s && (s == "" || !strings.ContainsRune("=+-@\t", rune(s[0]))):
		case got == "'"+s && strings.ContainsRune("=+-@\t", rune(s[0])):
		default:
			t.Errorf("cell %q written as %q", s, got)
		}
		if rows[1][1] != "-3" {
			t.Errorf("number written as %q", rows[1][1])
		}
	})
}

// TestCuratedCSVSafe checks the analyst's additions in the curated CSV:
// looked up by the article's real id even when the id itself had to be
// neutralised, and neutralised themselves when they would run.
func TestCuratedCSVSafe(t *testing.T) {
	cur := data.Curations{Article: func(id string) *data.Curation {
		if id == "=cmd" {
			return &data.Curation{Notes: []string{"=HYPERLINK(\"http://example.com\")"}, Tags: []string{"+check"}, Starred: true}
		}
		return nil
	}}
	var b bytes.Buffer
	if err := WriteCuratedArticles(&b, reportCorpus(), "csv", cur); err != nil {
		t.Fatal(err)
	}
	rows := readCSV(t, b.Bytes())
	checkNoFormula(t, rows)
	for _, w := range []csvWant{
		{"starred", "'=cmd", "yes"},
		{"tags", "'=cmd", "'+check"},
		{"notes", "'=cmd", "'=HYPERLINK(\"http://example.com\")"},
		{"starred", "ar1", ""},
	} {
		if !csvHasCell(rows, w) {
			t.Errorf("no row %q with %s = %q", w.row, w.col, w.want)
		}
	}
}

// TestCuratedXLSX checks that a project's XLSX carries the curation as the
// last columns of the articles and events sheets.
func TestCuratedXLSX(t *testing.T) {
	cur := data.Curations{
		Event:   func(id string) *data.Curation { return &data.Curation{Starred: id == "visit", Notes: []string{"=1+1"}} },
		Article: func(id string) *data.Curation { return &data.Curation{Tags: []string{"source:" + id}} },
	}
	var b bytes.Buffer
	if err := WriteCuratedEvents(&b, reportCorpus(), "xlsx", cur); err != nil {
		t.Fatal(err)
	}
	f, err := excelize.OpenReader(&b)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	for _, tc := range []struct{ sheet, cell, want string }{
		{"events", "U1", "starred"}, {"events", "U2", "yes"}, {"events", "W2", "=1+1"},
		{"articles", "P1", "tags"}, {"articles", "P3", "source:ar1"},
	} {
		if v, _ := f.GetCellValue(tc.sheet, tc.cell); v != tc.want {
			t.Errorf("%s!%s = %q, want %q", tc.sheet, tc.cell, v, tc.want)
		}
		if formula, _ := f.GetCellFormula(tc.sheet, tc.cell); formula != "" {
			t.Errorf("%s!%s is a formula %q", tc.sheet, tc.cell, formula)
		}
	}
}
