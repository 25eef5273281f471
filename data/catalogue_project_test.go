package data_test

import (
	"context"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/caravan-analytics/caravan/data"
)

// folderProject is a project saved beside a corpus: it declares a
// storyline and an event with its terms, and makes one other decision
// (package project's business, passed over here).
const folderProject = `format = 1
corpus = "talks"

[[decision]]
id = "d1"
op = "storyline.define"
time = 2026-12-01T10:00:00Z
author = "Ann"
storyline = "water"
title = "Water talks"

[[decision]]
id = "d2"
op = "event.rename"
time = 2026-12-01T10:01:00Z
event = "dam-deal"
title = "Dam deal signed"

[[decision]]
id = "d3"
op = "event.define"
time = 2026-12-01T10:02:00Z
author = "Ann"
event = "dam-deal"
title = "Dam agreement signed"
start = "2024-03"
storyline = "water"
summary = "Two ministries sign a dam agreement."

[decision.terms]
en = ["dam agreement"]
`

// TestProjectDeclaresCatalogueEvents: the events a folder's project
// declares link while the folder is read, as catalogue.toml's do.
func TestProjectDeclaresCatalogueEvents(t *testing.T) {
	fsys := fstest.MapFS{
		"caravan-project.toml": {Data: []byte(folderProject)},
		"a.txt":                {Data: []byte("Water ministers met in March 2024.\n\nThe dam agreement was signed on Tuesday after long talks.\n")},
	}
	cur, err := data.LoadCurated(fsys)
	if err != nil {
		t.Fatal(err)
	}
	if len(cur.Problems) != 0 {
		t.Errorf("problems: %v", cur.Problems)
	}
	if cur.Catalogue == nil || len(cur.Catalogue.Storylines) != 1 || len(cur.Catalogue.Events) != 1 {
		t.Fatalf("catalogue %+v", cur.Catalogue)
	}
	e := cur.Catalogue.Events[0]
	if e.ID != "dam-deal" || e.Title != "Dam agreement signed" || e.Source != data.EventFromCatalogue || len(e.Terms["en"]) != 1 {
		t.Errorf("declared event %+v", e)
	}
	c, err := data.Build(context.Background(), fsys, "talks", cur, nil)
	if err != nil {
		t.Fatal(err)
	}
	got := c.Event("dam-deal")
	if got == nil || len(got.Excerpts) != 1 || got.Excerpts[0].Paragraph != 1 {
		t.Fatalf("the declared event did not link by its terms: %+v", got)
	}
}

// TestProjectCatalogueMistakes: a mistake in a declaration names the
// project file and line, and the folder still loads; an id catalogue.toml
// defines too keeps the catalogue's definition, with a warning.
func TestProjectCatalogueMistakes(t *testing.T) {
	bad := strings.Replace(folderProject, `start = "2024-03"`, `start = "2024-13"`, 1)
	cur, err := data.LoadCurated(fstest.MapFS{"caravan-project.toml": {Data: []byte(bad)}})
	if err != nil {
		t.Fatal(err)
	}
	if cur.Catalogue != nil || len(cur.Problems) != 1 || !strings.HasPrefix(cur.Problems[0].Error, "caravan-project.toml:26:") {
		t.Errorf("catalogue %+v, problems %v", cur.Catalogue, cur.Problems)
	}
	unknown := strings.Replace(folderProject, `storyline = "water"
summary`, `storyline = "nowhere"
summary`, 1)
	cur, _ = data.LoadCurated(fstest.MapFS{"caravan-project.toml": {Data: []byte(unknown)}})
	if len(cur.Problems) != 1 || !strings.Contains(cur.Problems[0].Error, `unknown storyline "nowhere"`) {
		t.Errorf("problems %v", cur.Problems)
	}
	cur, _ = data.LoadCurated(fstest.MapFS{
		"caravan-project.toml": {Data: []byte(strings.ReplaceAll(folderProject, "dam-deal", "visit"))},
		"catalogue.toml":       {Data: []byte(folderCatalogue)},
		"names.toml":           {Data: []byte(folderNames)},
	})
	if cur.Catalogue == nil || len(cur.Catalogue.Events) != 1 || cur.Catalogue.Events[0].Title != "Tokayev visits Aktau" {
		t.Fatalf("catalogue %+v", cur.Catalogue)
	}
	if !strings.Contains(problemsText(cur.Problems), `event "visit" is also in catalogue.toml`) {
		t.Errorf("no warning for an event defined twice: %v", cur.Problems)
	}
}

func problemsText(ps []data.Problem) string {
	var b strings.Builder
	for _, p := range ps {
		b.WriteString(p.Error + "\n")
	}
	return b.String()
}
