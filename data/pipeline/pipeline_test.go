package pipeline_test

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/caravan-analytics/caravan/data"
	"github.com/caravan-analytics/caravan/data/export"
	"github.com/caravan-analytics/caravan/data/pipeline"
	"github.com/caravan-analytics/caravan/data/store"
)

// reports are three short reports of one referendum, written for this
// test in three languages, each with its own dateline.
var reports = map[string]string{
	"a_en.txt": "Kazakhs vote on nuclear plant\n\nASTANA, October 7, 2024 - Voters in Kazakhstan backed the construction of a nuclear power plant in a referendum held on October 6, 2024, the election commission said.\n",
	"b_de.txt": "Kasachstan stimmt für Atomkraftwerk\n\nASTANA, 7. Oktober 2024. In Kasachstan hat eine Mehrheit beim Referendum am 6. Oktober 2024 für den Bau eines Atomkraftwerks gestimmt.\n",
	"c_ru.txt": "Казахстан проголосовал за АЭС\n\nАСТАНА, 7 октября 2024 года. На референдуме 6 октября 2024 года жители Казахстана поддержали строительство атомной электростанции.\n",
}

func writeReports(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	for name, text := range reports {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

func eventsJSON(t *testing.T, src store.Source, cur data.Curated) []byte {
	t.Helper()
	c, err := pipeline.Load(context.Background(), src, cur, nil)
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := export.WriteEvents(&buf, c, "json"); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// TestLoadThroughTheCacheDiscoversTheSame checks that discovery, which runs
// on whatever the source loaded, gives the same events from a folder read
// afresh, from the cache being filled and from the cache reused — and that
// the three reports of one referendum are one event.
func TestLoadThroughTheCacheDiscoversTheSame(t *testing.T) {
	dir := writeReports(t)
	folder, err := store.NewFolder(dir)
	if err != nil {
		t.Fatal(err)
	}
	cur, err := data.LoadCurated(folder.FS)
	if err != nil {
		t.Fatal(err)
	}
	cached := store.Cached{Folder: folder, Dir: t.TempDir()}
	fresh := eventsJSON(t, folder, cur)
	if cold := eventsJSON(t, cached, cur); !bytes.Equal(cold, fresh) {
		t.Errorf("filling the cache changed the events:\n%s\nwant\n%s", cold, fresh)
	}
	if warm := eventsJSON(t, cached, cur); !bytes.Equal(warm, fresh) {
		t.Errorf("the cached load changed the events:\n%s\nwant\n%s", warm, fresh)
	}

	c, err := pipeline.Load(context.Background(), cached, cur, nil)
	if err != nil {
		t.Fatal(err)
	}
	var referendum *data.Event
	for _, e := range c.Events {
		if e.Span.Start.String() == "2024-10-06" && len(e.Languages()) > len(referendumLanguages(referendum)) {
			referendum = e
		}
	}
	if got := referendumLanguages(referendum); len(got) != 3 {
		t.Fatalf("the referendum of 6 October 2024 is told in 3 languages; the best event has %v (%+v)", got, referendum)
	}
	if referendum.Kind != "referendum" || referendum.Title != "Referendum in Kazakhstan" {
		t.Errorf("kind %q, title %q; want a referendum titled \"Referendum in Kazakhstan\"", referendum.Kind, referendum.Title)
	}
}

func referendumLanguages(e *data.Event) []string {
	if e == nil {
		return nil
	}
	return e.Languages()
}
