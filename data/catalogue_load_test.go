package data_test

import (
	"context"
	"slices"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/caravan-analytics/caravan/data"
)

// folderCatalogue is a corpus's own catalogue: line 9 names an actor no
// list knows (a slip for "tokayev"), line 10 a place only the folder's
// names.toml knows.
const folderCatalogue = `[[storyline]]
id = "kz"
title = "Kazakhstan"

[[event]]
id = "visit"
title = "Tokayev visits Aktau"
start = "2024-05-02"
storyline = "kz"
actors = ["tokayv"]
place = "aktau"
[event.terms]
en = ["port visit"]
`

const folderNames = `[[name]]
id = "aktau"
kind = "place"
en = ["Aktau"]
ru = ["Актау"]

[[name]]
id = "tokayev"
kind = "person"
en = ["President Tokayev", "Tokayev"]
nl = ["Tokajev"]
pl = ["Tokajew"]

[[name]]
id = "kazakhstan"
kind = "person"
en = ["Kazakhstan"]
`

func TestLoadCuratedFromAFolder(t *testing.T) {
	cur, err := data.LoadCurated(fstest.MapFS{
		"catalogue.toml": {Data: []byte(folderCatalogue)},
		"names.toml":     {Data: []byte(folderNames)},
	})
	if err != nil {
		t.Fatal(err)
	}
	if cur.Catalogue == nil || len(cur.Catalogue.Events) != 1 || cur.Catalogue.Events[0].ID != "visit" {
		t.Fatalf("catalogue %+v", cur.Catalogue)
	}
	want := []string{
		// A kind that contradicts the shipped name drops the entry.
		`names.toml:15: name "kazakhstan" is a person here but a place`,
		// The misspelt actor is a warning on its line, with the likely id.
		`catalogue.toml:10: warning: event "visit": actor "tokayv" is in no name list`,
		`did you mean "tokayev"?`,
	}
	var all []string
	for _, p := range cur.Problems {
		all = append(all, p.Error)
	}
	joined := strings.Join(all, "\n")
	for _, w := range want {
		if !strings.Contains(joined, w) {
			t.Errorf("problems\n%s\nlack %q", joined, w)
		}
	}
	if len(all) != 2 {
		t.Errorf("%d problems; want 2 (the place aktau is known from the folder's names):\n%s", len(all), joined)
	}
	byID := map[string]*data.Name{}
	for _, n := range cur.Names {
		byID[n.ID] = n
	}
	tokayev := byID["tokayev"]
	switch {
	case tokayev == nil:
		t.Fatal("tokayev lost")
	case tokayev.English != "President Tokayev":
		t.Errorf("display name %q; the folder's first English spelling renames", tokayev.English)
	case !slices.Contains(tokayev.Spellings["ru"], "Токаев"):
		t.Errorf("the shipped Russian spelling is gone: %v", tokayev.Spellings["ru"])
	case !slices.Contains(tokayev.Spellings["pl"], "Tokajewa"):
		t.Errorf("Polish forms not added: %v", tokayev.Spellings["pl"])
	}
	if byID["kazakhstan"].Kind != data.Place {
		t.Errorf("kazakhstan became a %s", byID["kazakhstan"].Kind)
	}
	if byID["aktau"] == nil {
		t.Error("the folder's own place is missing")
	}

	// The shipped names are not changed by a folder's layer.
	again, err := data.LoadCurated(fstest.MapFS{})
	if err != nil {
		t.Fatal(err)
	}
	for _, n := range again.Names {
		if n.ID == "tokayev" && n.English != "Kassym-Jomart Tokayev" {
			t.Errorf("a folder's names leaked into the next load: %q", n.English)
		}
	}
}

func TestLoadCuratedProblems(t *testing.T) {
	for _, tc := range []struct {
		name, catalogue, names string
		want                   []string
		catalogueUsed          bool
	}{
		{
			name:          "empty catalogue",
			catalogue:     "# nothing yet\n",
			want:          []string{"catalogue.toml:1: warning: no [[event]] in the catalogue"},
			catalogueUsed: true,
		},
		{
			name:          "storylines but no events",
			catalogue:     "[[storyline]]\nid = \"kz\"\ntitle = \"KZ\"\n",
			want:          []string{"catalogue.toml:1: warning: no [[event]]"},
			catalogueUsed: true,
		},
		{
			name:      "broken catalogue",
			catalogue: "[[event]]\nid = \"x\"\ntitle = Kazakhstan\n",
			want:      []string{"catalogue.toml:3: expected a value: put text in quotes", "(the catalogue is not used)"},
		},
		{
			name:          "unknown place",
			catalogue:     "[[storyline]]\nid = \"kz\"\ntitle = \"KZ\"\n\n[[event]]\nid = \"x\"\ntitle = \"X\"\nstart = \"2022\"\nstoryline = \"kz\"\nplace = \"samarqand-city\"\n",
			want:          []string{`catalogue.toml:10: warning: event "x": place "samarqand-city" is in no name list`},
			catalogueUsed: true,
		},
		{
			name:  "broken names",
			names: "[[name]]\nid = \"x\"\nkind = \"city\"\nen = \"X\"\n",
			want:  []string{`names.toml:3: name "x": unknown kind "city"`, "(the file is not used)"},
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			fsys := fstest.MapFS{}
			if tc.catalogue != "" {
				fsys["catalogue.toml"] = &fstest.MapFile{Data: []byte(tc.catalogue)}
			}
			if tc.names != "" {
				fsys["names.toml"] = &fstest.MapFile{Data: []byte(tc.names)}
			}
			cur, err := data.LoadCurated(fsys)
			if err != nil {
				t.Fatalf("a mistake in a folder's file must not stop the load: %v", err)
			}
			if (cur.Catalogue != nil) != tc.catalogueUsed {
				t.Errorf("catalogue used: %v, want %v", cur.Catalogue != nil, tc.catalogueUsed)
			}
			if len(cur.Names) < 300 {
				t.Errorf("%d names: the shipped ones must load whatever the folder holds", len(cur.Names))
			}
			var all []string
			for _, p := range cur.Problems {
				all = append(all, p.Error)
			}
			joined := strings.Join(all, "\n")
			for _, w := range tc.want {
				if !strings.Contains(joined, w) {
					t.Errorf("problems\n%s\nlack %q", joined, w)
				}
			}
		})
	}
}

// TestAForeignFolderGetsNoSeedEvents builds a folder of reports that speak
// of the same people and places as the seeds' catalogue, years later: no
// catalogue event may appear, and none is linked.
func TestAForeignFolderGetsNoSeedEvents(t *testing.T) {
	fsys := fstest.MapFS{
		"a.txt": {Data: []byte("ASTANA, 3 July 2024. Xi Jinping and Vladimir Putin met in Astana on the margins of the SCO summit, Tokayev said.\n")},
		"b.txt": {Data: []byte("САМАРКАНД. Си Цзиньпин и Путин провели переговоры в Самарканде, сообщил Кремль.\n")},
	}
	cur, err := data.LoadCurated(fsys)
	if err != nil {
		t.Fatal(err)
	}
	c, err := data.Build(context.Background(), fsys, "foreign", cur, nil)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range c.Events {
		if e.Source == data.EventFromCatalogue {
			t.Errorf("catalogue event %q (%s) drawn in a folder that has no catalogue", e.ID, e.Title)
		}
	}
	for _, a := range c.Articles {
		for _, l := range a.Links {
			if !strings.HasPrefix(l.Event, "text-") {
				t.Errorf("%s linked to %q", a.ID, l.Event)
			}
		}
	}
	if len(c.Problems) > 0 {
		t.Errorf("problems %v", c.Problems)
	}

	// The same folder with its own catalogue gets that catalogue's events.
	fsys["catalogue.toml"] = &fstest.MapFile{Data: []byte("[[storyline]]\nid = \"sco\"\ntitle = \"SCO\"\n\n[[event]]\nid = \"sco-astana\"\ntitle = \"SCO summit in Astana\"\nstart = \"2024-07-03\"\nend = \"2024-07-04\"\nstoryline = \"sco\"\nplace = \"astana\"\nactors = [\"xi-jinping\", \"putin\"]\n")}
	cur, err = data.LoadCurated(fsys)
	if err != nil {
		t.Fatal(err)
	}
	c, err = data.Build(context.Background(), fsys, "foreign", cur, nil)
	if err != nil {
		t.Fatal(err)
	}
	e := c.Event("sco-astana")
	if e == nil || len(e.Excerpts) != 1 || e.Excerpts[0].Article != "a" {
		t.Errorf("the folder's own event: %+v", e)
	}
}
