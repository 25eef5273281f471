package charts

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/caravan-analytics/caravan/data"
)

var latinTextTests = []struct {
	in, want string
}{
	{"SCO summit in Samarkand", "SCO summit in Samarkand"},
	{"Xi's visit — Kazakhstan & China", "Xi's visit — Kazakhstan & China"},
	{"Tokajev: ‘Wie zich niet overgeeft’", "Tokajev: ‘Wie zich niet overgeeft’"},
	{"Völkermord in Xinjiang, Zusammenarbeit", "Völkermord in Xinjiang, Zusammenarbeit"},
	{"Oekraïne, één lijn", "Oekraïne, één lijn"},
	{"شي جين بينغ", ""},
	{"Xi يزور Astana", "Xi Astana"},
	{"قمة ١٥ إلى ١٦ سبتمبر", "15 16"},
	{"٢٦ مليار، ٣٫٧", "26 , 3.7"},
	{"Москва", "Moskva"},
	{"Саммит в Сиане", "Sammit v Siane"},
	{"Қасым-Жомарт Тоқаев", "Qasym-Zhomart Toqaev"},
	{"Αθήνα", "Athna"},
	{"北京 Beijing", "Beijing"},
	{"ラーメン々 Xiʼan", "Xiʼan"},
	{"\u200fXi\u200e visits\u202b here\u202c", "Xi visits here"},
	{"  spaced \t out \n text  ", "spaced out text"},
	{"zero\u200bwidth\u00adhyphen", "zerowidthhyphen"},
	{"", ""},
}

func TestLatinText(t *testing.T) {
	for _, tc := range latinTextTests {
		if got := latinText(tc.in); got != tc.want {
			t.Errorf("latinText(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// FuzzLatinText checks what every chart label relies on: nothing but
// Latin-script letters comes out, no invisible controls, valid UTF-8, and
// a second pass changes nothing.
func FuzzLatinText(f *testing.F) {
	for _, tc := range latinTextTests {
		f.Add(tc.in)
	}
	f.Fuzz(func(t *testing.T, in string) {
		out := latinText(in)
		if !utf8.ValidString(out) {
			t.Fatalf("latinText(%q) = %q, not UTF-8", in, out)
		}
		for _, r := range out {
			if unicode.IsLetter(r) && !unicode.Is(unicode.Latin, r) && !(r >= 0x02B0 && r <= 0x02FF) {
				t.Fatalf("latinText(%q) = %q keeps the letter %q", in, out, r)
			}
			if unicode.Is(unicode.Cf, r) || unicode.IsControl(r) || r >= 0x0590 && r <= 0x08FF {
				t.Fatalf("latinText(%q) = %q keeps %U", in, out, r)
			}
		}
		if again := latinText(out); again != out {
			t.Fatalf("latinText not stable: %q → %q → %q", in, out, again)
		}
		if strings.HasPrefix(out, " ") || strings.HasSuffix(out, " ") || strings.Contains(out, "  ") {
			t.Fatalf("latinText(%q) = %q: spaces not collapsed", in, out)
		}
	})
}

func TestFitShortensWithEllipsis(t *testing.T) {
	m := measurer{size: 10} // 6 px a character
	tests := []struct {
		in   string
		maxW float64
		want string
	}{
		{"Short", 100, "Short"},
		{"Unrest across Kazakhstan", 60, "Unrest ac…"},
		{"Unrest across Kazakhstan", 50, "Unrest…"},
		{"Unrest across Kazakhstan", 24, "Unr…"},
		{"Unrest across Kazakhstan", 20, ""},
		{"Xi, Putin and Modi", 42, "Xi, Pu…"},
		{"Xi, Putin and Modi", 30, "Xi…"}, // no dangling comma or space
	}
	for _, tc := range tests {
		got := m.fit(tc.in, tc.maxW)
		if got != tc.want {
			t.Errorf("fit(%q, %v) = %q, want %q", tc.in, tc.maxW, got, tc.want)
		}
		if m.width(got) > tc.maxW {
			t.Errorf("fit(%q, %v) = %q is %v wide", tc.in, tc.maxW, got, m.width(got))
		}
	}
}

var mentionTests = []struct {
	name      string
	text      string
	spellings []string
	want      int
}{
	{"whole name", "Xi Jinping sprak in Samarkand.", []string{"xi jinping", "xi"}, 1},
	{"short and long form once each", "Xi Jinping en Xi spraken.", []string{"xi jinping", "xi"}, 2},
	{"not inside a word", "Xinjiang en Taxi.", []string{"xi"}, 0},
	{"German genitive", "Xis Staatsbesuche", []string{"xi"}, 1},
	{"English genitive", "Xi's visit, Xi’s speech", []string{"xi"}, 2},
	{"not any suffix", "Xian is a city", []string{"xi"}, 0},
	{"hyphen ends a word", "Der SCO-Gipfel", []string{"sco"}, 1},
	{"dotted Dutch", "Poetin. Poetin, Poetins plan", []string{"poetin"}, 3},
	{"Arabic alone", "التقى شي جين بينغ بوتين", []string{"شي جين بينغ", "شي"}, 1},
	{"Arabic with wa-", "وقال شي إن الصين", []string{"شي"}, 1},
	{"Arabic with clitic prefix", "والتقى لبوتين وبوتين", []string{"بوتين"}, 2},
	{"Arabic not a longer word", "في مدينة شيان الصينية", []string{"شي"}, 0},
	{"Arabic not inside a word", "مشيت", []string{"شي"}, 0},
	{"nothing", "Kazachstan", []string{"tokajev"}, 0},
}

func TestCountMentions(t *testing.T) {
	for _, tc := range mentionTests {
		if got := countMentions(strings.ToLower(tc.text), tc.spellings); got != tc.want {
			t.Errorf("%s: countMentions(%q, %q) = %d, want %d", tc.name, tc.text, tc.spellings, got, tc.want)
		}
	}
}

func FuzzCountMentions(f *testing.F) {
	for _, tc := range mentionTests {
		f.Add(tc.text, tc.spellings[0])
	}
	f.Fuzz(func(t *testing.T, text, spelling string) {
		if spelling == "" {
			return
		}
		n := countMentions(text, []string{spelling})
		if n < 0 || n > strings.Count(text, spelling) {
			t.Fatalf("countMentions(%q, %q) = %d, but it occurs %d times", text, spelling, n, strings.Count(text, spelling))
		}
	})
}

func TestCountActors(t *testing.T) {
	c := withNamesAndText()
	m, _ := monthsOf(c)
	counts := countActors(c, m)
	got := map[string]float64{}
	var order []string
	for _, ac := range counts {
		got[ac.name.ID] = ac.total
		order = append(order, ac.name.ID)
	}
	// Xi: 2 in a0 (not Xinjiang), 2 in a1 (Xis, Xi), 2 in a3, 1 in a4 (not
	// Xi'an); Tokayev 2 + 1; Putin 1 + 1 + 1; SCO 1 (SSO) + 1 (SCO-Gipfel).
	want := map[string]float64{"xi": 7, "tokayev": 3, "putin": 3, "sco": 2}
	for id, n := range want {
		if got[id] != n {
			t.Errorf("%s: %v mentions, want %v", id, got[id], n)
		}
	}
	if _, ok := got["kazakhstan"]; ok {
		t.Error("a place is counted as an actor")
	}
	if order[0] != "xi" {
		t.Errorf("order %v, want xi first", order)
	}
	// Per month: Xi 4 + 2 in September 2022.
	sep := m.index(data.MonthDate(2022, 9))
	if counts[0].perMonth[sep] != 6 {
		t.Errorf("Xi in Sep 2022: %v, want 6", counts[0].perMonth[sep])
	}
}

func TestEventLabel(t *testing.T) {
	tests := []struct {
		title string
		start data.Date
		want  string
	}{
		{"SCO summit in Samarkand", day(2022, 9, 15), "SCO summit in Samarkand"},
		{"Mentioned: …في جميع أنحاء المنطقة في عام 2019 ، لكنها عُلقت أثناء…", data.YearDate(2019), "Mentioned: 2019 (Arabic)"},
		{"Mentioned: „am 14. September“ in Astana", day(2022, 9, 14), "Mentioned: „am 14. September“ in Astana"},
		{"Xi يزور Astana اليوم", day(2022, 9, 14), "Xi Astana"},
		{"زيارة شي جين بينغ", data.MonthDate(2022, 9), "Sep 2022 (Arabic)"},
		{"习近平访问哈萨克斯坦", day(2022, 9, 14), "14 Sep 2022 (Chinese)"},
		{"Визит Си Цзиньпина", day(2022, 9, 14), "Vizit Si Tszinpina"},
		{"", day(2022, 9, 14), "the-id"},
	}
	for _, tc := range tests {
		e := &data.Event{ID: "the-id", Title: tc.title, Span: data.Span{Start: tc.start}}
		if got := eventLabel(e, scripts{}); got != tc.want {
			t.Errorf("eventLabel(%q) = %q, want %q", tc.title, got, tc.want)
		}
	}
}

func TestEventLabelKeepsScriptsTheFontsHave(t *testing.T) {
	tests := []struct{ title, want string }{
		{"Mentioned: …زار الرئيس الصيني 2022…", "Mentioned: …زار الرئيس الصيني 2022…"},
		{"Саммит в Сиане", "Саммит в Сиане"},
		{"Mentioned: 习近平访问 2022", "Mentioned: 2022"}, // no font for Han: the Latin label
	}
	for _, tc := range tests {
		e := &data.Event{ID: "e", Title: tc.title, Span: data.Span{Start: data.YearDate(2022)}}
		if got := eventLabel(e, scripts{all: true}); got != tc.want {
			t.Errorf("eventLabel(%q, all scripts) = %q, want %q", tc.title, got, tc.want)
		}
	}
}
