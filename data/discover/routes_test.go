package discover_test

import (
	"slices"
	"testing"
)

// A place the text says an event was held outside of is not its place;
// the same sentence without "outside" keeps it. Sentences written for the
// test.
func TestOutsideIsNoPlace(t *testing.T) {
	tests := []struct {
		name  string
		files map[string]string
		want  string
	}{
		{"outside Paris (en, fr)", map[string]string{
			"en.txt": " date 2025-10-31\n\nThe UNESCO General Conference, held outside Paris for the first time since 1985, opened in Samarkand on 30 October 2025.\n",
			"fr.txt": " date 2025-10-31\n\nLa Conférence générale de l'Unesco, réunie hors de Paris pour la première fois, s'est ouverte le 30 octobre 2025 à Samarcande.\n",
		}, "Meeting in Samarkand"},
		{"вне Парижа (ru)", map[string]string{
			"ru.txt": " date 2025-10-31\n\nГенеральная конференция ЮНЕСКО, впервые собравшаяся вне Парижа, открылась 30 октября 2025 года в Самарканде.\n",
		}, "Meeting in Samarkand"},
		{"in Paris (en)", map[string]string{
			"en.txt": " date 2025-10-31\n\nThe UNESCO General Conference, held in Paris as every time since 1985, opened on 30 October 2025.\n",
		}, "Meeting in Paris"},
	}
	for _, tt := range tests {
		titles := titlesOf(build(t, tt.files))
		if !slices.Contains(titles, tt.want) {
			t.Errorf("%s: no event %q; events: %q", tt.name, tt.want, titles)
		}
	}
}
