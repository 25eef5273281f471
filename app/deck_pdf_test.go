package app

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/caravan-analytics/caravan/data"
)

// requireTool returns the path of a program the Makefile installs
// (poppler-utils, librsvg2-bin), failing the test when it is missing: a
// check that quietly skipped would pass on a machine that checks nothing.
func requireTool(t testing.TB, name string) string {
	t.Helper()
	path, err := exec.LookPath(name)
	if err != nil {
		t.Fatalf("%s is not installed; `make deps` installs it (Makefile APT_PACKAGES)", name)
	}
	return path
}

// writeTestDeck writes the deck of c's events as a PDF and returns its path.
func writeTestDeck(t testing.TB, c *data.Corpus) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "deck.pdf")
	if err := newDeck(c, c.Events).writePDF(context.Background(), path, writeFileAtomic); err != nil {
		t.Fatal(err)
	}
	return path
}

// pageText is what pdftotext extracts from page (1-based) of the PDF, as
// it is: Arabic must come out as its letters, not as the presentation
// forms the glyphs are drawn with.
func pageText(t *testing.T, pdf string, page int) string {
	t.Helper()
	n := fmt.Sprint(page)
	out, err := exec.Command(requireTool(t, "pdftotext"), "-f", n, "-l", n, "-enc", "UTF-8", pdf, "-").CombinedOutput()
	if err != nil {
		t.Fatalf("pdftotext: %v: %s", err, out)
	}
	return string(out)
}

func TestDeckPDFFontsAreEmbeddedSubsets(t *testing.T) {
	pdf := writeTestDeck(t, testCorpusWithTextEvent())
	out, err := exec.Command(requireTool(t, "pdffonts"), pdf).CombinedOutput()
	if err != nil {
		t.Fatalf("pdffonts: %v: %s", err, out)
	}
	lines := strings.Split(strings.TrimSpace(string(out)), "\n")
	if len(lines) < 3 {
		t.Fatalf("pdffonts lists no fonts:\n%s", out)
	}
	var names []string
	for _, l := range lines[2:] { // after the header and the rule
		f := strings.Fields(l)
		// name type… encoding emb sub uni object generation
		if len(f) < 7 {
			t.Fatalf("unexpected pdffonts line %q", l)
		}
		emb, sub, uni := f[len(f)-5], f[len(f)-4], f[len(f)-3]
		if emb != "yes" || sub != "yes" || uni != "yes" {
			t.Errorf("font %s: embedded %s, subset %s, unicode map %s; want yes, yes, yes", f[0], emb, sub, uni)
		}
		names = append(names, f[0])
	}
	joined := strings.Join(names, " ")
	for _, want := range []string{"NotoSans", "NotoSansArabic"} {
		if !strings.Contains(joined, want) {
			t.Errorf("fonts %s: no %s", joined, want)
		}
	}
}

func TestDeckPDFTextExtractsInReadingOrder(t *testing.T) {
	c := testCorpus()
	pdf := writeTestDeck(t, c)
	for i, e := range c.Events {
		text := pageText(t, pdf, i+1)
		flat := strings.Join(strings.Fields(text), " ")
		// Title, dates and place, then the first excerpt, top to bottom.
		order := []string{e.Title, formatSpan(e.Span)}
		if place := nameText(c, e.Place); place != "" {
			order = append(order, place)
		}
		if xs := keyExcerpts(e, 1); len(xs) > 0 && !data.IsRTL(xs[0].Language) {
			words := strings.Fields(quoteExcerpt(xs[0], excerptRuneLimit).Text)
			order = append(order, strings.Join(words[:min(4, len(words))], " "))
		}
		at := 0
		for _, want := range order {
			k := strings.Index(flat[at:], want)
			if k < 0 {
				t.Errorf("slide %d: %q not in the extracted text after what is above it:\n%s", i+1, want, flat)
				continue
			}
			at += k + len(want)
		}
	}
}

// arabicMajorityCorpus is a corpus whose slides hold more Arabic letters
// than Latin ones: Arabic storyline, titles, summary and excerpts.
func arabicMajorityCorpus() *data.Corpus {
	ar := testArticle("ar-zyara", "ar", data.MonthDate(2022, time.September),
		"زار الرئيس الصيني شي جين بينغ مدينة أستانا يوم 14 سبتمبر 2022 قبل قمة منظمة شنغهاي للتعاون (SCO) في سمرقند.",
		"وقال المتحدث إن الزيارة هي الأولى منذ عام 2020.")
	c := &data.Corpus{Root: "test", Articles: []*data.Article{ar},
		Storylines: []data.Storyline{{ID: "s", Title: "جولة شي في آسيا الوسطى"}}}
	c.Events = []*data.Event{
		{ID: "a", Title: "زيارة شي جين بينغ إلى أستانا في 14 سبتمبر", Storyline: "s",
			Span:     data.Span{Start: data.DayDate(2022, time.September, 14)},
			Summary:  "زار الرئيس الصيني مدينة أستانا قبل قمة منظمة شنغهاي للتعاون (SCO) في سمرقند.",
			Excerpts: []data.Excerpt{quote(ar, 0, "أستانا"), quote(ar, 1, "الزيارة")}},
		{ID: "b", Title: "قمة منظمة شنغهاي للتعاون في سمرقند", Storyline: "s",
			Span: data.Span{Start: data.DayDate(2022, time.September, 15)}, Excerpts: []data.Excerpt{quote(ar, 0, "سمرقند")}},
	}
	return c
}

// readable is extracted text as a reader compares it: without the
// invisible direction marks and embeddings pdftotext and the deck add,
// words separated by single spaces.
func readable(s string) string {
	s = strings.Map(func(r rune) rune {
		switch r {
		case 0x200E, 0x200F, 0x202A, 0x202B, 0x202C:
			return -1
		}
		return r
	}, s)
	return strings.Join(strings.Fields(s), " ")
}

// Every Arabic excerpt, title and summary comes out of pdftotext whole and
// in logical order — numbers, "(SCO)" and the full stop in their place —
// on slides with more Latin than Arabic text (the seeds-like test corpus)
// as on slides with more Arabic (poppler orders each page by its
// majority), and never as presentation forms.
func TestDeckPDFExtractsArabicInLogicalOrder(t *testing.T) {
	checked := 0
	for name, c := range map[string]*data.Corpus{"Latin-majority": testCorpus(), "Arabic-majority": arabicMajorityCorpus()} {
		pdf := writeTestDeck(t, c)
		for i, e := range c.Events {
			text := pageText(t, pdf, i+1)
			if k := strings.IndexFunc(text, func(r rune) bool { return r >= 0xFB50 && r <= 0xFEFF }); k >= 0 {
				t.Errorf("%s slide %d: extracted text holds presentation forms, not letters: %q", name, i+1, text[k:min(len(text), k+40)])
			}
			flat := readable(text)
			want := []string{}
			for _, s := range []string{e.Title, e.Summary} {
				if strings.ContainsFunc(s, isRightToLeftLetter) {
					want = append(want, s)
				}
			}
			for _, x := range keyExcerpts(e, maxKeyExcerpts) {
				if data.IsRTL(x.Language) {
					want = append(want, quoteExcerpt(x, excerptRuneLimit).Text)
				}
			}
			for _, w := range want {
				checked++
				if !strings.Contains(flat, readable(w)) {
					t.Errorf("%s slide %d: %q not extracted in logical order:\n%s", name, i+1, w, flat)
				}
			}
		}
	}
	if checked < 6 {
		t.Fatalf("only %d Arabic texts checked", checked)
	}
}

func TestDeckPDFIsSmallAndVector(t *testing.T) {
	pdf := writeTestDeck(t, testCorpus())
	b, err := os.ReadFile(pdf)
	if err != nil {
		t.Fatal(err)
	}
	if bytes.Contains(b, []byte("/Subtype /Image")) {
		t.Error("the deck holds an image: slides must be text and vector shapes")
	}
	// Five slides, four subset fonts: far below the 1 MB budget of a
	// 22-slide deck. A deck of pictures took about 200 kB a slide.
	if len(b) > 400_000 {
		t.Errorf("the deck of 5 slides takes %d bytes", len(b))
	}
}

// manyEvents returns the test corpus with n events, copies of its own
// spread a day apart, for benchmarks of long decks.
func manyEvents(n int) *data.Corpus {
	c := testCorpus()
	base := c.Events
	c.Events = nil
	for i := range n {
		e := *base[i%len(base)]
		e.ID = fmt.Sprintf("%s-%d", e.ID, i)
		e.Span = data.Span{Start: data.DayDate(2021, time.January, 1+i)}
		c.Events = append(c.Events, &e)
	}
	return c
}

func TestDeckPDFThousandSlides(t *testing.T) {
	if testing.Short() {
		t.Skip("a thousand slides take a few seconds")
	}
	c := manyEvents(1000)
	pdf := writeTestDeck(t, c)
	if got := pdfPages(t, pdf); got != 1000 {
		t.Errorf("%d pages, want 1000", got)
	}
}

// benchmarkDeck writes a deck of n slides. Besides time it reports the
// peak heap in use (sampled every tenth of the deck), the heap still live
// after the last slide is drawn (what the document keeps until it is
// written, after a collection) and how much of it each slide of the
// second half of the deck added.
func benchmarkDeck(b *testing.B, n int) {
	c := manyEvents(n)
	d := newDeck(c, c.Events)
	dir := b.TempDir()
	half := max(1, n/2)
	var peak, live, mid uint64
	for b.Loop() {
		path := filepath.Join(dir, "deck.pdf")
		d.progress = func(done, _ int) {
			var ms runtime.MemStats
			switch {
			case done == half || done == n:
				runtime.GC()
				runtime.ReadMemStats(&ms)
				if done == n {
					live = ms.HeapAlloc
				} else {
					mid = ms.HeapAlloc
				}
			case done%max(1, n/10) == 0:
				runtime.ReadMemStats(&ms)
			}
			peak = max(peak, ms.HeapInuse)
		}
		if err := d.writePDF(context.Background(), path, writeFileAtomic); err != nil {
			b.Fatal(err)
		}
		if info, err := os.Stat(path); err == nil {
			b.ReportMetric(float64(info.Size()), "file-bytes")
		}
	}
	b.ReportMetric(float64(peak)/(1<<20), "peak-heap-MB")
	b.ReportMetric(float64(live)/(1<<20), "live-heap-MB")
	if n > half {
		b.ReportMetric(float64(live-min(live, mid))/float64(n-half)/1024, "kept-KB/slide")
	}
}

func BenchmarkDeckPDF22(b *testing.B)   { benchmarkDeck(b, 22) }
func BenchmarkDeckPDF1000(b *testing.B) { benchmarkDeck(b, 1000) }
