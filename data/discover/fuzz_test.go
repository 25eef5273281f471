package discover_test

import (
	"testing"
	"unicode/utf8"

	"github.com/caravan-analytics/caravan/data"
	"github.com/caravan-analytics/caravan/data/discover"
)

// FuzzCandidates feeds arbitrary articles through the whole load and
// checks what extraction promises: every candidate's sentence lies in its
// paragraph, every piece of evidence is the text at its span, and every
// discovered event has a title, a kind, a date and passages.
func FuzzCandidates(f *testing.F) {
	for _, s := range []string{
		" date 2024-07-05\n\nThe SCO summit took place in Astana on 4 July 2024.\n",
		"Саммит ШОС прошёл в Астане 4 июля 2024 года. Лидеры обсудили торговлю.",
		"Astana. 13 March. The presidents signed a treaty.",
		"انعقدت القمة في أستانا يوم 4 يوليو 2024.",
		"上合组织峰会于2024年7月4日在阿斯塔纳举行。",
		" date 2022-11\n\nOn Sunday, 20 November 2022, voters elected a president.",
		"1. 2. 3. ... ?? !! 。。 ؟",
		" date 2021-09\n\nBAKU, 29 September 2021 – Erdoğan and Putin held talks in Sochi on 29 September 2021.",
		"Астана, 16:27 | 14 марта\n\nДоговор подписан Жапаровым и Рахмоном 13 марта 2025 года.",
		"(AP) ASTANA –",
		" date 2024-05\n\nAstana, 9",
	} {
		f.Add(s)
	}
	x := discover.NewExtractor(nil)
	f.Fuzz(func(t *testing.T, text string) {
		if !utf8.ValidString(text) {
			return
		}
		c := build(t, map[string]string{"a.txt": text})
		s := x.NewScanner()
		for i, a := range c.Articles {
			for _, cand := range s.Candidates(a, i) {
				p := a.Paragraphs[cand.Paragraph]
				if int(cand.Start) < p.Start || int(cand.End) > p.End || cand.Start > cand.End {
					t.Fatalf("sentence %d–%d outside paragraph %d–%d", cand.Start, cand.End, p.Start, p.End)
				}
				checkEvidence(t, a, cand.Evidence())
			}
		}
		for _, e := range c.Events {
			if e.Source != data.EventFromText {
				continue
			}
			if e.Title == "" || e.Kind == "" || e.Span.Start.IsZero() || len(e.Excerpts) == 0 {
				t.Fatalf("event %+v", e)
			}
			for _, xc := range e.Excerpts {
				checkEvidence(t, xc.ArticleRef, xc.Evidence)
			}
		}
	})
}

func checkEvidence(t *testing.T, a *data.Article, ev []data.Match) {
	t.Helper()
	for _, m := range ev {
		if m.Start < 0 || m.End > len(a.Text) || m.Start > m.End || a.Text[m.Start:m.End] != m.Text {
			t.Fatalf("evidence %+v is not the text at its span", m)
		}
	}
}
