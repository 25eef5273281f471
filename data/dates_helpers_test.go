package data

import "testing"

// findDates reads an article's dates as Build does (see dateReader.find),
// with a reader of its own, for tests that read articles one at a time.
func findDates(a *Article) {
	var r dateReader
	r.find(a)
}

// dateAlone dates one article the way Build does — its dates read with
// dateReader.find, then dateArticle — with a reader of its own, for tests
// that date articles one at a time.
func dateAlone(a *Article, candidates []Link, events map[string]*Event) {
	var r dateReader
	r.find(a)
	dateArticle(a, candidates, events, &r, r.future)
}

// spanCase is one row of a date-reading table: an article in lang (with
// a " date <header>" header when header is not empty) whose mention of
// words should be placed at want (as spanString writes it).
type spanCase struct{ name, lang, header, text, words, want string }

// checkSpanCases reads each row's article alone and checks where the
// mention of its words is placed.
func checkSpanCases(t *testing.T, cases []spanCase) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			a := datesArticle(t, c.lang, c.header, c.text)
			dateAlone(a, nil, nil)
			for _, m := range a.Mentions {
				if m.Text == c.words {
					if got := spanString(m.Span.Span()); got != c.want {
						t.Errorf("%q placed at %s, want %s: %s", c.words, got, c.want, m.Reason)
					}
					return
				}
			}
			t.Errorf("no mention %q in %+v", c.words, a.Mentions)
		})
	}
}
