package search

import (
	"context"
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"github.com/caravan-analytics/caravan/data"
	"github.com/caravan-analytics/caravan/data/internal/datatest"
)

// searchNames are name lists written for these tests, so they do not depend
// on seeds/names.toml.
func searchNames() []*data.Name {
	return []*data.Name{
		{ID: "tokayev", Kind: data.Person, English: "Kassym-Jomart Tokayev", Spellings: map[string][]string{
			"en": {"Tokayev"}, "nl": {"Tokajev"}, "de": {"Tokajew"},
			"ar": {"قاسم جومارت توكاييف", "توكاييف"}, "ru": {"Токаев"},
		}},
		{ID: "xi", Kind: data.Person, English: "Xi Jinping", Spellings: map[string][]string{
			"en": {"Xi"}, "ar": {"شي جين بينغ", "شي"}, "ru": {"Си Цзиньпин"},
		}},
		{ID: "china", Kind: data.Place, English: "China", Spellings: map[string][]string{
			"nl": {"China"}, "ar": {"الصين"}, "ru": {"Китай"},
		}},
		{ID: "sco", Kind: data.Organisation, English: "Shanghai Cooperation Organisation", Spellings: map[string][]string{
			"en": {"SCO"}, "nl": {"Shanghai Samenwerkingsorganisatie", "SSO"},
		}},
	}
}

// searchTexts are short articles, one paragraph per line, in the languages
// of the corpus.
var searchTexts = []struct{ id, lang, text string }{
	{"nl1", "nl", "President Kassym-Jomart Tokajev gaf vrijdag het bevel.\nPoetin en Xi spraken in Samarkand over de oorlog in Oekraïne.\nHet is ‘niet het tijdperk van oorlog’, zei Modi."},
	{"nl2", "nl", "Oeigoeren in Xinjiang worden vervolgd.\nDe SSO werd opgericht door China en Rusland; scores van landen doen mee."},
	{"de1", "de", "Präsident Tokajews Regierung bat um Hilfe.\nChina nennt das die „drei Übel“. Die drei anderen Übel nicht.\nXis Reise nach Kasachstan."},
	{"ar1", "ar", "استقبل الرئيس الكازاخستاني قاسم جومارت توكاييف شي جين بينغ.\nوقال لتوكاييف إن الصين مستعدة.\nالحرب في أوكرانيا، وبأوكرانيا ضحايا.\nتعود رحلته إلى يناير ٢٠٢٠ في بورما.\nوللصين مصالح، وبالصين قمة، والصينيون هنا.\nلا شيء جديد."},
	{"ru1", "ru", "Президент Токаев заявил о ЁЛКАХ."},
}

func searchCorpus() *data.Corpus {
	c := &data.Corpus{Root: "test", Names: searchNames()}
	for _, t := range searchTexts {
		c.Articles = append(c.Articles, datatest.Article(t.id, t.lang, t.text))
	}
	return c
}

// hit names a passage and the words found in it, as written.
type hit struct {
	article   string
	paragraph int
	words     string // the match texts joined with "|"
}

func hitsOf(res Result) []hit {
	var out []hit
	for _, p := range res.Passages {
		var words []string
		for _, m := range p.Matches {
			words = append(words, m.Text)
		}
		out = append(out, hit{p.Article.ID, p.Paragraph, strings.Join(words, "|")})
	}
	return out
}

var searchCases = []struct {
	name  string
	query string
	want  []hit
}{
	{"empty", "", nil},
	{"blank", "  \t ", nil},
	{"punctuation only", `"" ,;`, nil},
	{"english name finds every spelling", "Tokayev", []hit{
		{"nl1", 0, "Tokajev"}, {"de1", 0, "Tokajews"},
		{"ar1", 0, "قاسم جومارت توكاييف"}, {"ar1", 1, "لتوكاييف"}, {"ru1", 0, "Токаев"},
	}},
	{"case and spelling of another language", "TOKAJEW", []hit{
		{"nl1", 0, "Tokajev"}, {"de1", 0, "Tokajews"},
		{"ar1", 0, "قاسم جومارت توكاييف"}, {"ar1", 1, "لتوكاييف"}, {"ru1", 0, "Токаев"},
	}},
	{"arabic spelling finds the latin ones", "توكاييف", []hit{
		{"nl1", 0, "Tokajev"}, {"de1", 0, "Tokajews"},
		{"ar1", 0, "قاسم جومارت توكاييف"}, {"ar1", 1, "لتوكاييف"}, {"ru1", 0, "Токаев"},
	}},
	{"name prefix of four letters expands", "toka", []hit{
		{"nl1", 0, "Tokajev"}, {"de1", 0, "Tokajews"},
		{"ar1", 0, "قاسم جومارت توكاييف"}, {"ar1", 1, "لتوكاييف"}, {"ru1", 0, "Токаев"},
	}},
	{"three letters do not expand", "tok", nil},
	{"two-word name is one term", "Xi Jinping", []hit{
		{"nl1", 1, "Xi"}, {"ar1", 0, "شي جين بينغ"},
	}},
	{"short word only whole", "Xi", []hit{
		{"nl1", 1, "Xi"}, {"ar1", 0, "شي جين بينغ"},
	}},
	{"wildcard, names included", "xi*", []hit{
		{"nl1", 1, "Xi"}, {"nl2", 0, "Xinjiang"}, {"de1", 2, "Xis"}, {"ar1", 0, "شي جين بينغ"},
	}},
	{"short acronym whole word", "sco", []hit{{"nl2", 1, "SSO"}}},
	{"diacritics ignored", "oekraine", []hit{{"nl1", 1, "Oekraïne"}}},
	{"diacritics in the query ignored", "ÖEKRÄÏNE", []hit{{"nl1", 1, "Oekraïne"}}},
	{"words are anded", "poetin oorlog", []hit{{"nl1", 1, "Poetin|oorlog"}}},
	{"longer word prefix", "oorlo", []hit{{"nl1", 1, "oorlog"}, {"nl1", 2, "oorlog"}}},
	{"phrase", `"tijdperk van oorlog"`, []hit{{"nl1", 2, "tijdperk van oorlog"}}},
	{"words of a phrase apart do not match it", `"oorlog van tijdperk"`, nil},
	{"typographic quotes in the query", "„drei Übel“", []hit{{"de1", 1, "drei Übel"}}},
	{"unquoted words anywhere in the paragraph", "drei übel", []hit{{"de1", 1, "drei|Übel|drei|Übel"}}},
	{"arabic hamza and clitic", "اوكرانيا", []hit{{"ar1", 2, "أوكرانيا|وبأوكرانيا"}}},
	{"arabic article and contractions", "الصين", []hit{
		{"nl2", 1, "China"}, {"de1", 1, "China"}, {"ar1", 1, "الصين"}, {"ar1", 4, "وللصين|وبالصين|والصينيون"},
	}},
	{"short arabic name whole word", "شي", []hit{{"nl1", 1, "Xi"}, {"ar1", 0, "شي جين بينغ"}}},
	{"arabic-indic digits", "2020", []hit{{"ar1", 3, "٢٠٢٠"}}},
	{"cyrillic yo", "елках", []hit{{"ru1", 0, "ЁЛКАХ"}}},
	{"nothing", "zzzz", nil},
	{"one word missing", "poetin zzzz", nil},
}

func TestSearch(t *testing.T) {
	ix := NewIndex(searchCorpus())
	for _, tc := range searchCases {
		t.Run(tc.name, func(t *testing.T) {
			res := ix.Search(tc.query)
			if got := hitsOf(res); !slices.Equal(got, tc.want) {
				t.Errorf("Search(%q) =\n%v\nwant\n%v\nterms %q", tc.query, got, tc.want, res.Terms)
			}
			checkMatches(t, res)
		})
	}
}

// checkMatches checks what every search result promises about its spans.
func checkMatches(t *testing.T, res Result) {
	t.Helper()
	for _, p := range res.Passages {
		para := p.Article.Paragraphs[p.Paragraph]
		if len(p.Matches) == 0 {
			t.Errorf("%s/%d: a hit with no matches", p.Article.ID, p.Paragraph)
		}
		for i, m := range p.Matches {
			if m.Start < para.Start || m.End > para.End || m.Start >= m.End {
				t.Fatalf("%s/%d: match %+v outside paragraph %d–%d", p.Article.ID, p.Paragraph, m, para.Start, para.End)
			}
			if m.Text != p.Article.Text[m.Start:m.End] || m.Kind != MatchKind || m.Ref == "" {
				t.Errorf("%s/%d: bad match %+v", p.Article.ID, p.Paragraph, m)
			}
			if i > 0 && m.Start <= p.Matches[i-1].End {
				t.Errorf("%s/%d: matches out of order or overlapping: %+v", p.Article.ID, p.Paragraph, p.Matches)
			}
		}
	}
}

func TestSearchTermsAndRefs(t *testing.T) {
	ix := NewIndex(searchCorpus())
	res := ix.Search("Tokayev oorlog")
	for _, want := range []string{"tokayev", "Tokajev", "Tokajew", "توكاييف", "Токаев", "oorlog"} {
		if !slices.Contains(res.Terms, want) {
			t.Errorf("Terms %q lack %q", res.Terms, want)
		}
	}
	res = ix.Search("Tokajev")
	for _, p := range res.Passages {
		for _, m := range p.Matches {
			if m.Ref != "tokayev" {
				t.Errorf("match %q has Ref %q, want the name id", m.Text, m.Ref)
			}
		}
	}
}

func TestSearchEvents(t *testing.T) {
	c := searchCorpus()
	ar := c.Article("ar1")
	c.Events = []*data.Event{
		{ID: "e-visit", Title: "Xi visits Kazakhstan", Place: "kazakhstan", Actors: []string{"xi"},
			Excerpts: []data.Excerpt{{Article: "ar1", Paragraph: 1, ArticleRef: ar}}},
		{ID: "e-summit", Title: "Summit in Samarkand", Summary: "Leaders of the SCO meet.", Actors: []string{"sco"}},
		{ID: "e-unrest", Title: "Unrest & <protests>", Summary: "Fuel prices.", Place: "Almaty"},
	}
	ix := NewIndex(c)
	tests := []struct {
		query string
		want  []string
	}{
		{"visits", []string{"e-visit"}},
		{"Tokayev", []string{"e-visit"}},                            // through its excerpt only
		{"Xi Jinping", []string{"e-visit"}},                         // its actor, by the name's English
		{"samarkand leaders", []string{"e-summit"}},                 // title and summary together
		{"Shanghai Samenwerkingsorganisatie", []string{"e-summit"}}, // actor through the name lists
		{"almaty fuel", []string{"e-unrest"}},
		{"protests", []string{"e-unrest"}},
		{"samarkand fuel", nil},
	}
	for _, tc := range tests {
		var got []string
		for _, e := range ix.Search(tc.query).Events {
			got = append(got, e.ID)
		}
		if !slices.Equal(got, tc.want) {
			t.Errorf("Search(%q).Events = %v, want %v", tc.query, got, tc.want)
		}
	}
}

func TestSearchSkipsDuplicates(t *testing.T) {
	c := searchCorpus()
	dup := datatest.Article("nl1-copy", "nl", searchTexts[0].text)
	dup.DuplicateOf = "nl1"
	c.Articles = append(c.Articles, dup)
	for _, p := range NewIndex(c).Search("Samarkand").Passages {
		if p.Article == dup {
			t.Errorf("duplicate article searched")
		}
	}
}

func TestSplitQuery(t *testing.T) {
	tests := []struct {
		in   string
		want []queryPart
	}{
		{"a b", []queryPart{{text: "a"}, {text: "b"}}},
		{`(sco), "xi jinping" kaz*`, []queryPart{{text: "sco"}, {text: "xi jinping", quoted: true}, {text: "kaz", wildcard: true}}},
		{`"unclosed phrase`, []queryPart{{text: "unclosed phrase", quoted: true}}},
		{`a"b c"d`, []queryPart{{text: "a"}, {text: "b c", quoted: true}, {text: "d"}}},
		{`covid-19`, []queryPart{{text: "covid-19"}}},
		{`* - ""`, nil},
	}
	for _, tc := range tests {
		if got := splitQuery(tc.in); !slices.Equal(got, tc.want) {
			t.Errorf("splitQuery(%q) = %+v, want %+v", tc.in, got, tc.want)
		}
	}
}

func TestCliticPrefixes(t *testing.T) {
	tests := []struct {
		prefix string
		want   bool
	}{
		{"", false}, {"و", true}, {"ف", true}, {"ب", true}, {"ل", true}, {"ك", true}, {"ال", true},
		{"وال", true}, {"بال", true}, {"وبال", true}, {"فلل", true}, {"لل", true},
		{"بو", false}, {"الو", false}, {"م", false}, {"وو", false},
	}
	for _, tc := range tests {
		if got := isCliticPrefix(tc.prefix); got != tc.want {
			t.Errorf("isCliticPrefix(%q) = %v, want %v", tc.prefix, got, tc.want)
		}
	}
}

// FuzzSearch searches the test corpus for any query: no panics, and every
// span is an exact, ordered piece of its paragraph.
func FuzzSearch(f *testing.F) {
	for _, tc := range searchCases {
		f.Add(tc.query)
	}
	ix := NewIndex(searchCorpus())
	f.Fuzz(func(t *testing.T, query string) {
		checkMatches(t, ix.Search(query))
	})
}

// benchQueries are what an analyst might type: names, words, phrases,
// prefixes, in every language of the corpus, and words that are not there.
var benchQueries = []string{
	"Tokayev", "Xi Jinping", "China", "Samarkand", "oorlog", "Sicherheit", "الصين", "كازاخستان",
	"kaz*", `"drei Übel"`, "Poetin Modi", "zzzz", "covid", "Oekraine", "شي جين بينغ", "terrorisme",
	"Russische troepen", "SCO", "2020", "Xinjiang Uiguren",
}

// benchmarkSearch runs the queries over and over: with page, as the window
// does (every passage counted, the first page of them read with their
// texts and spans); without, as Search does (every passage read).
func benchmarkSearch(b *testing.B, c *data.Corpus, page bool) {
	ix := NewIndex(c)
	const queries = 1000
	b.ReportAllocs()
	for b.Loop() {
		for i := range queries {
			q := benchQueries[i%len(benchQueries)]
			if page {
				h, _ := ix.Find(context.Background(), q)
				h.Page(0, 100)
			} else {
				ix.Search(q)
			}
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*queries), "ns/query")
}

func BenchmarkSearch(b *testing.B) {
	seeds := &data.Corpus{Articles: seedArticles(b), Names: searchNames()}
	b.Run("seeds-1000-queries", func(b *testing.B) { benchmarkSearch(b, seeds, false) })
	large := syntheticSearchCorpus(b, 2000)
	b.Run("2000-articles-1000-queries", func(b *testing.B) { benchmarkSearch(b, large, false) })
	b.Run("2000-articles-1000-queries-first-page", func(b *testing.B) { benchmarkSearch(b, large, true) })
}

func BenchmarkNewSearchIndex(b *testing.B) {
	large := syntheticSearchCorpus(b, 2000)
	b.ReportAllocs()
	for b.Loop() {
		NewIndex(large)
	}
}

// syntheticSearchCorpus assembles n articles from the seeds' paragraphs:
// each takes one seed's paragraphs in a shifted order, leaves some out, and
// numbers them, so no two articles are the same text.
func syntheticSearchCorpus(tb testing.TB, n int) *data.Corpus {
	seeds := seedArticles(tb)
	rng := rand.New(rand.NewPCG(1, 2))
	c := &data.Corpus{Names: searchNames()}
	var size int
	for i := range n {
		src := seeds[i%len(seeds)]
		var b strings.Builder
		shift := rng.IntN(len(src.Paragraphs))
		for k := range src.Paragraphs {
			if rng.IntN(5) == 0 {
				continue
			}
			fmt.Fprintf(&b, "%d.%d %s\n", i, k, src.Paragraphs[(k+shift)%len(src.Paragraphs)].Text)
		}
		a := datatest.Article(fmt.Sprintf("syn%04d", i), src.Language, b.String())
		size += len(a.Text)
		c.Articles = append(c.Articles, a)
	}
	tb.Logf("synthetic corpus: %d articles, %d MB", n, size>>20)
	return c
}
