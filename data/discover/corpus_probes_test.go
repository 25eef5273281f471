package discover

import (
	"bytes"
	"context"
	"reflect"
	"testing"
	"testing/fstest"

	"github.com/caravan-analytics/caravan/data"
	"github.com/caravan-analytics/caravan/data/export"
	"github.com/caravan-analytics/caravan/data/synthetic"
	"github.com/caravan-analytics/caravan/seeds"
)

// A later round of the corpus-year pass does not read again a sentence
// that told the first round nothing (no kind of event): the memo answers
// as reading it would. A sentence that told of an event is read each
// time, and reads the same with the memo as without. Undated reports,
// each with a year-less day, in several languages.
func TestSilentSentenceIsReadOnce(t *testing.T) {
	cur, err := data.LoadCurated(seeds.FS)
	if err != nil {
		t.Fatal(err)
	}
	x := NewExtractor(cur.Names)
	for _, tc := range []struct {
		lang, silent, telling string
	}{
		{"en", "The weather in the capital on 9 March was mild and dry.",
			"Xi Jinping and Vladimir Putin held talks in Astana on 4 July."},
		{"de", "Das Wetter in der Hauptstadt war am 9. März mild und trocken.",
			"Xi Jinping und Wladimir Putin trafen sich am 4. Juli in Astana zu Gesprächen."},
		{"fr", "Le temps dans la capitale était doux et sec le 9 mars.",
			"Xi Jinping et Vladimir Poutine se sont entretenus le 4 juillet à Astana."},
		{"ru", "Погода в столице 9 марта была мягкой и сухой.",
			"Си Цзиньпин и Владимир Путин провели переговоры 4 июля в Астане."},
		{"es", "El tiempo en la capital el 9 de marzo fue templado y seco.",
			"Xi Jinping y Vladímir Putin se reunieron el 4 de julio en Astaná."},
	} {
		t.Run(tc.lang, func(t *testing.T) {
			fsys := fstest.MapFS{
				"silent.txt":  {Data: []byte(tc.silent + "\n")},
				"telling.txt": {Data: []byte(tc.telling + "\n")},
			}
			c, err := data.Build(context.Background(), fsys, "test", cur, nil)
			if err != nil {
				t.Fatal(err)
			}
			for _, a := range c.Articles {
				dates := data.YearlessDates(a)
				if len(dates) != 1 {
					t.Fatalf("%s: %d year-less dates, want 1", a.ID, len(dates))
				}
				y := dates[0]
				span := data.Span{Start: data.DayDate(2000, y.Month, y.Day)}
				want, wantOK := x.NewScanner().describeRead(a, y.Mention, span)
				wantLead := x.NewScanner().describeLeadRead(a, y.Mention, span, true)
				s := x.NewScanner()
				memo := &probeMemo{}
				s.probes = memo
				for round := range 3 {
					got, ok := s.describe(a, y.Mention, span)
					if ok != wantOK || ok && !reflect.DeepEqual(got.Evidence(), want.Evidence()) {
						t.Errorf("%s, round %d: describe gave %v %v, reading gives %v %v", a.ID, round, ok, got.Evidence(), wantOK, want.Evidence())
					}
					if lead := s.describeLead(a, y.Mention, span, true); len(lead) != len(wantLead) {
						t.Errorf("%s, round %d: %d probes of the lead, reading gives %d", a.ID, round, len(lead), len(wantLead))
					}
				}
				// Three rounds, the sentence and the lead each: read once
				// each when they told nothing, every time otherwise.
				reads := 0
				for _, told := range []bool{wantOK, len(wantLead) > 0} {
					if told {
						reads += 3
					} else {
						reads++
					}
				}
				if memo.read != reads {
					t.Errorf("%s: %d readings, want %d (told of an event: sentence %v, lead %v)", a.ID, memo.read, reads, wantOK, len(wantLead) > 0)
				}
				if a.ID == "silent" && wantOK || a.ID == "telling" && !wantOK {
					t.Errorf("%s: the sentence told of an event: %v", a.ID, wantOK)
				}
			}
		})
	}
}

// The memo changes nothing discovery finds: generated corpora discovered
// with it and without it give the same events and articles, byte for
// byte (and the pass placed dates in them, rounds after the first too).
func TestSilentProbesChangeNothing(t *testing.T) {
	cur, err := data.LoadCurated(seeds.FS)
	if err != nil {
		t.Fatal(err)
	}
	for _, seed := range []int64{2, 7} {
		var events, articles [2]bytes.Buffer
		for k, remember := range []bool{true, false} {
			c, err := data.Build(context.Background(), synthetic.GenerateFS(1000, seed), "synthetic", cur, nil)
			if err != nil {
				t.Fatal(err)
			}
			rememberSilentProbes = remember
			err = Discover(context.Background(), c, nil)
			rememberSilentProbes = true
			if err != nil {
				t.Fatal(err)
			}
			placed := 0
			for _, a := range c.Articles {
				if a.MentionsPlacedByCorpus() {
					placed++
				}
			}
			if placed < 100 {
				t.Fatalf("seed %d: the pass placed dates in %d articles only", seed, placed)
			}
			if err := export.WriteEvents(&events[k], c, "json"); err != nil {
				t.Fatal(err)
			}
			if err := export.WriteArticles(&articles[k], c, "json"); err != nil {
				t.Fatal(err)
			}
		}
		if !bytes.Equal(events[0].Bytes(), events[1].Bytes()) || !bytes.Equal(articles[0].Bytes(), articles[1].Bytes()) {
			t.Errorf("seed %d: the memo changed the events (%v) or the articles (%v)", seed,
				!bytes.Equal(events[0].Bytes(), events[1].Bytes()), !bytes.Equal(articles[0].Bytes(), articles[1].Bytes()))
		}
	}
}
