package discover_test

import (
	"slices"
	"strings"
	"testing"
)

// TestOneProtestOnePlace: reports of one protest that grouping put in two
// clusters of the same day, because the first reports named different
// places, are one event when both clusters name the same city or province;
// a protest in another province that day stays apart.
func TestOneProtestOnePlace(t *testing.T) {
	const (
		a = " date 2022-07-03\n\nViolent protests shook Uzbekistan on 2 July 2022.\n\nThe police dispersed a protest in Nukus on 2 July 2022.\n"
		b = " date 2022-07-03\n\nПротесты в Нукусе, столице Каракалпакстана, продолжались 2 июля 2022 года.\n"
		c = " date 2022-07-03\n\nProtests broke out in Uzbekistan's autonomous Karakalpakstan on 2 July 2022.\n"
		d = " date 2022-07-03\n\nProtests broke out in Almaty on 2 July 2022 over fuel prices.\n"
	)
	tests := []struct {
		name  string
		files map[string]string
		want  [][]string // the articles of each protest of 2 July 2022 (d's left out)
	}{
		{"one protest told from two places", map[string]string{"a.txt": a, "b.txt": b, "c.txt": c}, [][]string{{"a", "b", "c"}}},
		{"a protest in another country's city stays apart", map[string]string{"a.txt": a, "b.txt": b, "c.txt": c, "d.txt": d}, [][]string{{"a", "b", "c"}, {"d"}}},
	}
	for _, tt := range tests {
		built := build(t, tt.files)
		var got [][]string
		for _, e := range built.Events {
			if e.Kind == "protest" && e.Span.Start.String() == "2022-07-02" {
				got = append(got, articlesOf(e))
			}
		}
		slices.SortFunc(got, func(x, y []string) int { return strings.Compare(strings.Join(x, ","), strings.Join(y, ",")) })
		if !slices.EqualFunc(got, tt.want, slices.Equal) {
			t.Errorf("%s: protests of 2 July: %q, want %q; events: %q", tt.name, got, tt.want, titlesOf(built))
		}
	}
}
