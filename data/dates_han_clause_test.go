package data

import "testing"

// A Chinese future marker of a later clause does not announce a date whose
// own clause tells a whole statement; a date fronted alone stays announced.
// The texts are written for the test (article of 12 November 2024).
func TestHanClauseKeepsPast(t *testing.T) {
	cases := []struct{ name, text, words, want string }{
		{"opened, then will last", "本届大会于11日在巴库开幕，将持续至22日。", "11日", "2024-11-11"},
		{"the later clause itself", "本届大会于11日在巴库开幕，将持续至22日。", "22日", "2024-11-22"},
		{"a fronted date stays announced", "据悉，14日，习近平将出席峰会。", "14日", "2024-11-14"},
		{"a fronted date with its time of day", "15日上午，双方将签署协议。", "15日", "2024-11-15"},
		{"arrived on the 10th, will visit next week", "代表团于10日抵达巴库，并将于下周访问阿斯塔纳。", "10日", "2024-11-10"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			a := datesArticle(t, "zh", "", "2024年11月12日\n\n"+c.text)
			dateAlone(a, nil, nil)
			if a.Date.String() != "2024-11-12" {
				t.Fatalf("dated %s: %s", a.Date, a.DateReason)
			}
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
