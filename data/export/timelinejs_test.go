package export

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"html"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/caravan-analytics/caravan/data"
	"github.com/caravan-analytics/caravan/data/internal/datatest"
	"github.com/caravan-analytics/caravan/seeds"
)

var updateTimelineJS = flag.Bool("update-timelinejs", false, "rewrite testdata/timelinejs")

// timelineCorpus has an event of every kind the export must handle: each
// precision, a span, an undated event, a repeated id, an event outside any
// storyline, text that needs escaping, and excerpts in both directions.
func timelineCorpus() *data.Corpus {
	nl := datatest.Article("nl1", "nl", "Tokajev gaf het bevel om te schieten.")
	ar := datatest.Article("ar1", "ar", "استقبل الرئيس توكاييف شي جين بينغ.")
	return &data.Corpus{
		Root:       "test <corpus>",
		Articles:   []*data.Article{nl, ar},
		Storylines: []data.Storyline{{ID: "unrest", Title: "Unrest & order"}, {ID: "trip", Title: "Xi's trip"}},
		Names:      []*data.Name{{ID: "tokayev", Kind: data.Person, English: "Kassym-Jomart Tokayev"}},
		Events: []*data.Event{
			{ID: "protests", Title: "Fuel protests", Span: data.Span{Start: data.DayDate(2022, time.January, 2), End: data.DayDate(2022, time.January, 5)},
				Storyline: "unrest", Summary: `Prices < "fair" & more`, Place: "Almaty", Actors: []string{"tokayev"}, Source: data.EventFromCatalogue},
			{ID: "order", Title: `Order to "fire" <without warning>`, Span: data.Span{Start: data.DayDate(2022, time.January, 7)},
				Storyline: "unrest", Source: data.EventFromCatalogue,
				Excerpts: []data.Excerpt{{Article: "nl1", Text: nl.Paragraphs[0].Text, Language: "nl"}}},
			{ID: "order", Title: "A second event with the same id", Span: data.Span{Start: data.MonthDate(2022, time.March)}, Storyline: "unrest"},
			{ID: "visit", Title: "Xi in Nur-Sultan", Span: data.Span{Start: data.MonthDate(2022, time.September)}, Storyline: "trip",
				Excerpts: []data.Excerpt{{Article: "ar1", Text: ar.Paragraphs[0].Text, Language: "ar"}}},
			{ID: "year", Title: "A year of reform", Span: data.Span{Start: data.YearDate(2023)}, Source: data.EventFromText},
			{ID: "undated", Title: "Undated rumour", Storyline: "trip"},
		},
	}
}

func TestWriteTimelineJS(t *testing.T) {
	c := timelineCorpus()
	var buf bytes.Buffer
	if err := WriteTimelineJS(&buf, c); err != nil {
		t.Fatal(err)
	}
	tl := checkTimelineJS(t, buf.Bytes(), c)

	byID := map[string]map[string]any{}
	for _, e := range tl["events"].([]any) {
		e := e.(map[string]any)
		byID[e["unique_id"].(string)] = e
	}
	if len(byID) != 5 {
		t.Fatalf("%d events, want the 5 dated ones: %v", len(byID), keys(byID))
	}
	tests := []struct {
		id, group, display string
		start, end         map[string]any
	}{
		{"protests", "Unrest &amp;amp; order", "2–5 Jan 2022",
			map[string]any{"year": "2022", "month": "1", "day": "2"}, map[string]any{"year": "2022", "month": "1", "day": "5"}},
		{"order", "Unrest &amp;amp; order", "7 Jan 2022", map[string]any{"year": "2022", "month": "1", "day": "7"}, nil},
		{"order-2", "Unrest &amp;amp; order", "Mar 2022", map[string]any{"year": "2022", "month": "3"}, nil},
		{"visit", "Xi&amp;#39;s trip", "Sep 2022", map[string]any{"year": "2022", "month": "9"}, nil},
		{"year", "Other events", "2023", map[string]any{"year": "2023"}, nil},
	}
	for _, tc := range tests {
		e := byID[tc.id]
		if e == nil {
			t.Errorf("no event %q", tc.id)
			continue
		}
		if e["group"] != tc.group || e["display_date"] != tc.display {
			t.Errorf("%s: group %q, display_date %q; want %q, %q", tc.id, e["group"], e["display_date"], tc.group, tc.display)
		}
		if !equalJSON(e["start_date"], tc.start) {
			t.Errorf("%s: start_date %v, want %v", tc.id, e["start_date"], tc.start)
		}
		if tc.end == nil && e["end_date"] != nil || tc.end != nil && !equalJSON(e["end_date"], tc.end) {
			t.Errorf("%s: end_date %v, want %v", tc.id, e["end_date"], tc.end)
		}
	}

	// Escaping: nothing from the corpus reaches the HTML unescaped.
	order := byID["order"]["text"].(map[string]any)
	if h := order["headline"]; h != "Order to &#34;fire&#34; &lt;without warning&gt;" {
		t.Errorf("headline %q not escaped", h)
	}
	protests := byID["protests"]["text"].(map[string]any)["text"].(string)
	for _, want := range []string{"Prices &lt; &#34;fair&#34; &amp; more", "Place: Almaty", "Actors: Kassym-Jomart Tokayev"} {
		if !strings.Contains(protests, want) {
			t.Errorf("protests text %q lacks %q", protests, want)
		}
	}
	if !strings.Contains(protests, "No passage") {
		t.Errorf("an unsupported event does not say so: %q", protests)
	}
	visit := byID["visit"]["text"].(map[string]any)["text"].(string)
	if !strings.Contains(visit, `<blockquote lang="ar" dir="rtl" style="text-align:right"><p dir="rtl" style="text-align:right">استقبل`) || !strings.Contains(visit, "ar1 · ar") {
		t.Errorf("Arabic excerpt not right to left with its source: %q", visit)
	}
	if text := order["text"].(string); !strings.Contains(text, `<blockquote lang="nl" dir="ltr"><p dir="ltr">`) || !strings.Contains(text, "nl1 · nl") {
		t.Errorf("Dutch excerpt missing: %q", text)
	}
	title := tl["title"].(map[string]any)["text"].(map[string]any)
	if title["headline"] != "Caravan timeline: test &lt;corpus&gt;" || !strings.Contains(title["text"].(string), "1 undated event is not shown") {
		t.Errorf("title %v", title)
	}

	eras := tl["eras"].([]any)
	wantEras := []struct {
		headline   string
		start, end map[string]any
	}{
		// Each era ends after its last event's day, month or year.
		{"Unrest &amp; order", map[string]any{"year": "2022", "month": "1", "day": "2"}, map[string]any{"year": "2022", "month": "4"}},
		{"Xi&#39;s trip", map[string]any{"year": "2022", "month": "9"}, map[string]any{"year": "2022", "month": "10"}},
		{"Other events", map[string]any{"year": "2023"}, map[string]any{"year": "2024"}},
	}
	if len(eras) != len(wantEras) {
		t.Fatalf("%d eras, want %d", len(eras), len(wantEras))
	}
	for i, want := range wantEras {
		era := eras[i].(map[string]any)
		if era["text"].(map[string]any)["headline"] != want.headline || !equalJSON(era["start_date"], want.start) || !equalJSON(era["end_date"], want.end) {
			t.Errorf("era %d = %v, want %+v", i, era, want)
		}
	}
}

// TestWriteTimelineJSGolden keeps the whole file under review: run with
// -update-timelinejs after an intended change and read the diff.
func TestWriteTimelineJSGolden(t *testing.T) {
	var buf bytes.Buffer
	if err := WriteTimelineJS(&buf, timelineCorpus()); err != nil {
		t.Fatal(err)
	}
	golden := filepath.Join("testdata", "timelinejs", "small.json")
	if *updateTimelineJS {
		if err := os.MkdirAll(filepath.Dir(golden), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(golden, buf.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatalf("%v (run with -update-timelinejs to create it)", err)
	}
	if !bytes.Equal(buf.Bytes(), want) {
		t.Errorf("output differs from %s; run with -update-timelinejs and review the diff\n%s", golden, buf.String())
	}
}

func TestWriteTimelineJSSeeds(t *testing.T) {
	cur := datatest.ShippedCurated(t)
	c, err := data.Build(context.Background(), seeds.FS, "seeds", cur, nil)
	if err != nil {
		t.Fatal(err)
	}
	if len(c.Events) == 0 {
		t.Fatal("the seed corpus has no events")
	}
	var buf bytes.Buffer
	if err := WriteTimelineJS(&buf, c); err != nil {
		t.Fatal(err)
	}
	checkTimelineJS(t, buf.Bytes(), c)
}

func TestWriteTimelineJSEmpty(t *testing.T) {
	var buf bytes.Buffer
	if err := WriteTimelineJS(&buf, &data.Corpus{}); err != nil {
		t.Fatal(err)
	}
	var tl struct{ Events []any }
	if err := json.Unmarshal(buf.Bytes(), &tl); err != nil || tl.Events == nil {
		t.Errorf("empty corpus: events %v, err %v; want an empty list", tl.Events, err)
	}
}

type failingWriter struct{}

var errDiskFull = errors.New("disk full")

func (failingWriter) Write([]byte) (int, error) { return 0, errDiskFull }

func TestWriteTimelineJSWriteError(t *testing.T) {
	if err := WriteTimelineJS(failingWriter{}, timelineCorpus()); !errors.Is(err, errDiskFull) {
		t.Errorf("error %v does not wrap the writer's", err)
	}
}

func TestTimelineJSDisplayDate(t *testing.T) {
	tests := []struct {
		span data.Span
		want string
	}{
		{data.Span{Start: data.DayDate(2022, time.September, 16)}, "16 Sep 2022"},
		{data.Span{Start: data.DayDate(2022, time.September, 16), End: data.DayDate(2022, time.September, 16)}, "16 Sep 2022"},
		{data.Span{Start: data.DayDate(2022, time.September, 15), End: data.DayDate(2022, time.September, 16)}, "15–16 Sep 2022"},
		{data.Span{Start: data.DayDate(2022, time.September, 30), End: data.DayDate(2022, time.October, 2)}, "30 Sep – 2 Oct 2022"},
		{data.Span{Start: data.DayDate(2022, time.December, 30), End: data.DayDate(2023, time.January, 2)}, "30 Dec 2022 – 2 Jan 2023"},
		{data.Span{Start: data.MonthDate(2022, time.January), End: data.MonthDate(2022, time.March)}, "Jan–Mar 2022"},
		{data.Span{Start: data.MonthDate(2022, time.September)}, "Sep 2022"},
		{data.Span{Start: data.MonthDate(2022, time.September), End: data.YearDate(2023)}, "Sep 2022 – 2023"},
		{data.Span{Start: data.YearDate(1989), End: data.YearDate(2019)}, "1989 – 2019"},
	}
	for _, tc := range tests {
		if got := tljsDisplayDate(tc.span); got != tc.want {
			t.Errorf("tljsDisplayDate(%v) = %q, want %q", tc.span, got, tc.want)
		}
	}
}

var digits = regexp.MustCompile(`^-?[0-9]+$`)

// checkTimelineJS checks b against what TimelineJS3 requires of a timeline
// and what Caravan promises of its export, and returns it decoded.
func checkTimelineJS(t *testing.T, b []byte, c *data.Corpus) map[string]any {
	t.Helper()
	if !json.Valid(b) {
		t.Fatalf("not valid JSON:\n%s", b)
	}
	var tl map[string]any
	if err := json.Unmarshal(b, &tl); err != nil {
		t.Fatal(err)
	}
	events, ok := tl["events"].([]any)
	if !ok {
		t.Fatalf("no events list")
	}
	var dated []*data.Event // the events the slides stand for, in order
	for _, e := range c.Events {
		if !e.Span.Start.IsZero() {
			dated = append(dated, e)
		}
	}
	if len(events) != len(dated) {
		t.Errorf("%d slides for %d dated events", len(events), len(dated))
	}
	ids := map[string]bool{}
	if title, ok := tl["title"].(map[string]any); ok {
		ids[title["unique_id"].(string)] = true
	}
	for i, v := range events {
		e := v.(map[string]any)
		id, _ := e["unique_id"].(string)
		if id == "" || ids[id] {
			t.Errorf("event %d: unique_id %q empty or repeated", i, id)
		}
		ids[id] = true
		if text, _ := e["text"].(map[string]any); text == nil || text["headline"] == "" {
			t.Errorf("event %s: no headline", id)
		}
		if g, _ := e["group"].(string); g == "" {
			t.Errorf("event %s: no group", id)
		}
		start, _ := e["start_date"].(map[string]any)
		if start == nil {
			t.Fatalf("event %s: no start_date", id)
		}
		checkTimelineJSDate(t, id+" start", start)
		if end, ok := e["end_date"].(map[string]any); ok {
			checkTimelineJSDate(t, id+" end", end)
		}
		// Month and day only to the event's precision.
		if i < len(dated) {
			p := dated[i].Span.Start.Precision
			if _, has := start["month"]; has != (p >= data.Month) {
				t.Errorf("event %s (%s): month present %v", id, p, has)
			}
			if _, has := start["day"]; has != (p >= data.Day) {
				t.Errorf("event %s (%s): day present %v", id, p, has)
			}
		}
	}
	eras, _ := tl["eras"].([]any)
	for i, v := range eras {
		era := v.(map[string]any)
		for _, key := range []string{"start_date", "end_date"} {
			d, ok := era[key].(map[string]any)
			if !ok {
				t.Fatalf("era %d: no %s", i, key)
			}
			checkTimelineJSDate(t, "era", d)
		}
		// TimelineJS drops an end equal to the start, then rejects the era.
		if equalJSON(era["start_date"], era["end_date"].(map[string]any)) {
			t.Errorf("era %d ends where it starts: %v", i, era)
		}
	}
	return tl
}

func checkTimelineJSDate(t *testing.T, what string, d map[string]any) {
	t.Helper()
	for _, key := range []string{"year", "month", "day"} {
		v, has := d[key]
		if !has {
			if key == "year" {
				t.Errorf("%s: no year", what)
			}
			continue
		}
		if s, ok := v.(string); !ok || !digits.MatchString(s) {
			t.Errorf("%s: %s %v is not a string of digits", what, key, v)
		}
	}
	if _, hasDay := d["day"]; hasDay {
		if _, hasMonth := d["month"]; !hasMonth {
			t.Errorf("%s: a day without a month", what)
		}
	}
}

func equalJSON(a any, b map[string]any) bool {
	m, ok := a.(map[string]any)
	if !ok || len(m) != len(b) {
		return false
	}
	for k, v := range b {
		if m[k] != v {
			return false
		}
	}
	return true
}

func keys(m map[string]map[string]any) []string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	return out
}

// TestTimelineJSGroupSafe checks storyline titles with markup, escaped
// markup and ordinary punctuation. TimelineJS decodes the entities of
// group once and inserts the result as HTML: that result must hold no
// markup, and read as HTML it must give the title back as written.
func TestTimelineJSGroupSafe(t *testing.T) {
	titles := []string{
		"<script>alert(1)</script>",
		"&lt;script&gt;alert(1)&lt;/script&gt;",
		`<img src=x onerror="alert(1)">`,
		"&amp;lt;b&amp;gt;",
		"Unrest & order",
		"Xi's \"trip\"",
		"زيارة شي",
	}
	for _, title := range titles {
		c := &data.Corpus{
			Storylines: []data.Storyline{{ID: "s", Title: title}},
			Events:     []*data.Event{{ID: "e", Title: "An event", Span: data.Span{Start: data.YearDate(2022)}, Storyline: "s"}},
		}
		var buf bytes.Buffer
		if err := WriteTimelineJS(&buf, c); err != nil {
			t.Fatal(err)
		}
		var tl struct {
			Events []struct{ Group string }
		}
		if err := json.Unmarshal(buf.Bytes(), &tl); err != nil || len(tl.Events) != 1 {
			t.Fatalf("%q: %v, %d events", title, err, len(tl.Events))
		}
		inserted := html.UnescapeString(tl.Events[0].Group) // what TimelineJS puts into the page
		if strings.ContainsAny(inserted, `<>"'`) {
			t.Errorf("%q: group %q inserts markup %q", title, tl.Events[0].Group, inserted)
		}
		if shown := html.UnescapeString(inserted); shown != title {
			t.Errorf("%q: the page would show %q", title, shown)
		}
	}
}

func TestTimelineJSHeadlineHidesPath(t *testing.T) {
	tests := []struct{ root, want string }{
		{"/home/analyst/cases/2024/dev-news", "Caravan timeline: dev-news"},
		{"/home/analyst/cases/dev-news/", "Caravan timeline: dev-news"},
		{`C:\Users\analyst\Documents\kazakh reports`, "Caravan timeline: kazakh reports"},
		{"seeds", "Caravan timeline: seeds"},
		{".", "Caravan timeline"},
		{"", "Caravan timeline"},
		{"/", "Caravan timeline"},
	}
	for _, tt := range tests {
		if got := tljsHeadline(&data.Corpus{Root: tt.root}); got != tt.want {
			t.Errorf("tljsHeadline(%q) = %q, want %q", tt.root, got, tt.want)
		}
	}
}

// TestTimelineJSExcerptCap checks that a slide quotes at most
// tljsMaxExcerpts passages plus the first of every further language, and
// says how many it leaves out.
func TestTimelineJSExcerptCap(t *testing.T) {
	excerpts := func(langs ...string) []data.Excerpt {
		var xs []data.Excerpt
		for i, l := range langs {
			xs = append(xs, data.Excerpt{Article: fmt.Sprintf("a%d", i%5), Text: fmt.Sprintf("passage %d", i), Language: l})
		}
		return xs
	}
	repeat := func(l string, n int) []string { return slices.Repeat([]string{l}, n) }
	tests := []struct {
		name   string
		xs     []data.Excerpt
		quoted int
		more   string // "" when nothing is left out
	}{
		{"none", nil, 0, ""},
		{"a few", excerpts(repeat("nl", 3)...), 3, ""},
		{"exactly the cap", excerpts(repeat("nl", tljsMaxExcerpts)...), tljsMaxExcerpts, ""},
		{"one over", excerpts(repeat("nl", tljsMaxExcerpts+1)...), tljsMaxExcerpts, "1 more passage not quoted here (5 articles support this event in all)"},
		{"a late language still shown", excerpts(append(repeat("nl", 15), "ar", "nl", "fa", "ar")...), tljsMaxExcerpts + 2,
			"9 more passages not quoted here (5 articles"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := &data.Corpus{Events: []*data.Event{{ID: "e", Title: "E", Span: data.Span{Start: data.YearDate(2022)}, Excerpts: tt.xs}}}
			text := tljsEventHTML(c, c.Events[0])
			if got := strings.Count(text, "<blockquote"); got != tt.quoted {
				t.Errorf("%d passages quoted, want %d", got, tt.quoted)
			}
			if tt.more == "" && strings.Contains(text, "not quoted") || tt.more != "" && !strings.Contains(text, tt.more) {
				t.Errorf("text %q, want it to say %q", text, tt.more)
			}
			for _, l := range []string{"ar", "fa"} {
				if slices.ContainsFunc(tt.xs, func(x data.Excerpt) bool { return x.Language == l }) && !strings.Contains(text, `lang="`+l+`"`) {
					t.Errorf("no %s passage quoted", l)
				}
			}
		})
	}
}

// A passage longer than a long paragraph (a file with no paragraph
// breaks) is quoted around its evidence, not whole: a slide stays a slide.
func TestTimelineJSLongPassage(t *testing.T) {
	word := "كلمة "
	long := strings.Repeat(word, 20000) + "Astana summit " + strings.Repeat(word, 20000)
	at := strings.Index(long, "Astana")
	x := data.Excerpt{Article: "a", Language: "ar", Start: 100, Text: long,
		Evidence: []data.Match{{Start: 100 + at, End: 100 + at + len("Astana"), Text: "Astana", Kind: "place"}}}
	got := quotedPassage(x)
	if n := utf8.RuneCountInString(got); n > MaxQuotedPassageRunes+4 {
		t.Errorf("quoted %d runes of %d", n, utf8.RuneCountInString(long))
	}
	if !strings.HasPrefix(got, "… "+word) || !strings.HasSuffix(got, strings.TrimSpace(word)+" …") || !strings.Contains(got, "Astana summit") {
		t.Errorf("quote %q…%q does not hold the evidence between whole words and ellipses", got[:40], got[len(got)-40:])
	}
	if !utf8.ValidString(got) {
		t.Error("the quote cuts a letter")
	}
	short := data.Excerpt{Text: "Xi visited Astana."}
	if got := quotedPassage(short); got != short.Text {
		t.Errorf("a short passage became %q", got)
	}
	c := &data.Corpus{Events: []*data.Event{{ID: "e", Title: "E", Span: data.Span{Start: data.YearDate(2022)}, Excerpts: []data.Excerpt{x}}}}
	if html := tljsEventHTML(c, c.Events[0]); len(html) > 20*MaxQuotedPassageRunes {
		t.Errorf("the slide's text is %d bytes", len(html))
	}
}
