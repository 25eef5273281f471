package data

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"slices"
	"strings"
	"testing"
)

func curatedTestCorpus() (*Corpus, Curations) {
	a := &Article{ID: "a1", File: "a1.txt", Language: "en", Date: MonthDate(2024, 3), DateSource: "analyst"}
	b := &Article{ID: "a2", File: "a2.txt", Language: "nl"}
	e := &Event{ID: "e1", Title: "Talks", Span: Span{Start: DayDate(2024, 3, 1)}, Storyline: "s", Source: EventFromCatalogue}
	f := &Event{ID: "e2", Title: "Other", Span: Span{Start: YearDate(2024)}, Storyline: "s", Source: EventFromText}
	c := &Corpus{Articles: []*Article{a, b}, Events: []*Event{e, f}, Problems: []Problem{{File: "bad.txt", Error: "broken"}}}
	cur := Curations{
		Event: func(id string) *Curation {
			if id == "e1" {
				return &Curation{Notes: []string{"call back"}, Starred: true, Tags: []string{"key"}, Set: []string{"title"},
					Earliest: MonthDate(2024, 2), Latest: MonthDate(2024, 3)}
			}
			return nil
		},
		Article: func(id string) *Curation {
			if id == "a1" {
				return &Curation{Set: []string{"date"}, Mark: "duplicate"}
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
