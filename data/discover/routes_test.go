package discover_test

import (
	"slices"
	"testing"
)

// A place the text says an event was held outside of is not its place,
// nor the place a leader went back to; the same sentence without
// "outside" keeps it. Sentences written for the test. (UNESCO is a name
// of the lists since session 10, and titles the meeting.)
func TestOutsideIsNoPlace(t *testing.T) {
	tests := []struct {
		name  string
		files map[string]string
		want  string
	}{
		{"outside Paris (en, fr)", map[string]string{
			"en.txt": " date 2025-10-31\n\nThe UNESCO General Conference, held outside Paris for the first time since 1985, opened in Samarkand on 30 October 2025.\n",
			"fr.txt": " date 2025-10-31\n\nLa Conférence générale de l'Unesco, réunie hors de Paris pour la première fois, s'est ouverte le 30 octobre 2025 à Samarcande.\n",
		}, "UNESCO meeting in Samarkand"},
		{"вне Парижа (ru)", map[string]string{
			"ru.txt": " date 2025-10-31\n\nГенеральная конференция ЮНЕСКО, впервые собравшаяся вне Парижа, открылась 30 октября 2025 года в Самарканде.\n",
		}, "UNESCO meeting in Samarkand"},
		{"returned to Baku (ru)", map[string]string{
			"ru.txt": " date 2024-12-26\n\nИльхам Алиев 25 декабря 2024 года прервал поездку в Санкт-Петербург, где должен был участвовать в неформальном саммите СНГ, и вернулся в Баку.\n",
		}, "CIS summit in Saint Petersburg"},
		{"returned to Baku (en)", map[string]string{
			"en.txt": " date 2024-12-26\n\nIlham Aliyev broke off his trip to Saint Petersburg, where he was to attend the informal CIS summit on 25 December 2024, and returned to Baku.\n",
		}, "CIS summit in Saint Petersburg"},
		{"in Paris (en)", map[string]string{
			"en.txt": " date 2025-10-31\n\nThe UNESCO General Conference, held in Paris as every time since 1985, opened on 30 October 2025.\n",
		}, "UNESCO meeting in Paris"},
	}
	for _, tt := range tests {
		titles := titlesOf(build(t, tt.files))
		if !slices.Contains(titles, tt.want) {
			t.Errorf("%s: no event %q; events: %q", tt.name, tt.want, titles)
		}
	}
}

// A country named in a leader's title ("Indian Prime Minister Narendra
// Modi", "премьер-министр Индии") says where he comes from, not where the
// talks were; "in India" does. Sentences written for the test.
func TestNationalityIsNoPlace(t *testing.T) {
	tests := []struct {
		name  string
		files map[string]string
		want  string
	}{
		{"titles (en, ru)", map[string]string{
			"en.txt": " date 2024-10-24\n\nChinese President Xi Jinping held talks with Indian Prime Minister Narendra Modi on 23 October 2024.\n",
			"ru.txt": " date 2024-10-24\n\nСи Цзиньпин 23 октября 2024 года провёл переговоры с премьер-министром Индии Нарендрой Моди.\n",
		}, "Narendra Modi and Xi Jinping hold talks"},
		{"in India (en)", map[string]string{
			"en.txt": " date 2024-10-24\n\nXi Jinping held talks with Narendra Modi in India on 23 October 2024.\n",
		}, "Xi Jinping and Narendra Modi hold talks in India"},
	}
	for _, tt := range tests {
		titles := titlesOf(build(t, tt.files))
		if !slices.Contains(titles, tt.want) {
			t.Errorf("%s: no event %q; events: %q", tt.name, tt.want, titles)
		}
	}
}
