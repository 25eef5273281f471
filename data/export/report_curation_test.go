package export

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"slices"
	"strings"
	"testing"

	"github.com/caravan-analytics/caravan/data"
)

func curatedTestCorpus() (*data.Corpus, data.Curations) {
	a := &data.Article{ID: "a1", File: "a1.txt", Language: "en", Date: data.MonthDate(2024, 3), DateSource: "analyst"}
	b := &data.Article{ID: "a2", File: "a2.txt", Language: "nl"}
	e := &data.Event{ID: "e1", Title: "Talks", Span: data.Span{Start: data.DayDate(2024, 3, 1)}, Storyline: "s", Source: data.EventFromCatalogue}
	f := &data.Event{ID: "e2", Title: "Other", Span: data.Span{Start: data.YearDate(2024)}, Storyline: "s", Source: data.EventFromText}
	c := &data.Corpus{Articles: []*data.Article{a, b}, Events: []*data.Event{e, f}, Problems: []data.Problem{{File: "bad.txt", Error: "broken"}}}
	cur := data.Curations{
		Event: func(id string) *data.Curation {
			if id == "e1" {
				return &data.Curation{Notes: []string{"call back"}, Starred: true, Tags: []string{"key"}, Set: []string{"title"},
					Earliest: data.MonthDate(2024, 2), Latest: data.MonthDate(2024, 3)}
			}
			return nil
		},
		Article: func(id string) *data.Curation {
			if id == "a1" {
				return &data.Curation{Set: []string{"date"}, Mark: "duplicate"}
			}
			return nil
		},
	}
	return c, cur
}

func TestCuratedJSON(t *testing.T) {
	c, cur := curatedTestCorpus()
	var buf bytes.Buffer
	if err := WriteCuratedEvents(&buf, c, "json", cur); err != nil {
		t.Fatal(err)
	}
	var ev struct {
		Events []map[string]any `json:"events"`
	}
	if err := json.Unmarshal(buf.Bytes(), &ev); err != nil {
		t.Fatal(err)
	}
	e1, e2 := ev.Events[0], ev.Events[1]
	if e1["starred"] != true || e1["earliest"] != "2024-02" || e1["title"] != "Talks" || e1["notes"].([]any)[0] != "call back" {
		t.Errorf("e1 = %v", e1)
	}
	for _, k := range []string{"notes", "tags", "analyst_set"} {
		if l, ok := e2[k].([]any); !ok || len(l) != 0 {
			t.Errorf("uncurated e2[%s] = %v, want []", k, e2[k])
		}
	}
	if _, ok := e2["earliest"]; ok {
		t.Error("an uncurated event has an earliest date")
	}
	buf.Reset()
	if err := WriteCuratedArticles(&buf, c, "json", cur); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(buf.String(), `"mark": "duplicate"`) || !strings.Contains(buf.String(), `"problems"`) {
		t.Errorf("articles JSON lacks the mark or the problems:\n%s", buf.String())
	}
}

func TestCuratedCSV(t *testing.T) {
	c, cur := curatedTestCorpus()
	var buf bytes.Buffer
	if err := WriteCuratedEvents(&buf, c, "csv", cur); err != nil {
		t.Fatal(err)
	}
	rows, err := csv.NewReader(&buf).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if h := rows[0]; !slices.Equal(h[len(h)-4:], []string{"starred", "tags", "notes", "analyst_set"}) {
		t.Errorf("header %v", h)
	}
	if r := rows[1]; r[0] != "e1" || !slices.Equal(r[len(r)-4:], []string{"yes", "key", "call back", "title"}) {
		t.Errorf("e1 row %v", r)
	}
	buf.Reset()
	if err := WriteCuratedArticles(&buf, c, "csv", cur); err != nil {
		t.Fatal(err)
	}
	rows, err = csv.NewReader(&buf).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	// Two articles and the file that did not load, all with the same width.
	if len(rows) != 4 || len(rows[3]) != len(rows[0]) || rows[1][len(rows[1])-1] != "date" {
		t.Errorf("articles CSV %v", rows)
	}
	if err := WriteCuratedArticles(&buf, c, "xml", cur); err == nil {
		t.Error("an unknown format was accepted")
	}
}
