package data

import "testing"

// futureCases are texts on the edge of announcing what is to come: markers
// next to digits, punctuation and joined Arabic letters, inside longer
// words, and in other cases than the lexicon writes them.
var futureCases = []struct{ lang, text string }{
	{"nl", "Xi zal de top bijwonen."},
	{"nl", "De zalm was vers; ZAL hij komen?"},
	{"nl", "2019zal komen, zal2020"},
	{"de", "Er wird teilnehmen; wirdt nicht."},
	{"en", "Xi's goodwill was noted; the Will of the people."},
	{"en", "l'will ‘will’ -will- will"},
	{"ar", "وسوف يحضر القمة."},
	{"ar", "فسوف يحضر، وفسوف لا، وَسوف لا"},
	{"ar", "القمة المقرر عقدها."},
	{"ar", "القمة المقرّر عقدها والمقررة"},
	{"ar", "يزور الرئيس قازاقستان."},
	{"ar", "وسيناقش الرئيس، سياسة سيطرة"},
	{"ar", "سَيُنَاقِشُ ستستضيف"},
	{"ru", "Си будет на саммите; Будет ли?"},
	{"ru", "Алиев прервал поездку в Петербург, где должен был принять участие в саммите."},
	{"ru", "Он должен, был сказано, прибыть в среду."},
	{"ru", "Должен был прибыть вчера, должна прибыть завтра."},
	{"fr", "Il va au sommet, il savait."},
	{"", "Xi zal komen, he will come, سوف"},
	{"", "nothing here at all"},
	{"xx", "Er wird kommen."},
}

// TestScannerFindsFutureMarkers checks that what the date scanner learns
// about future markers on its way through a text is what announces finds.
func TestScannerFindsFutureMarkers(t *testing.T) {
	for _, c := range futureCases {
		checkFutureAgrees(t, c.lang, c.text)
	}
}

func FuzzScannerFindsFutureMarkers(f *testing.F) {
	for _, c := range futureCases {
		f.Add(c.lang, c.text)
	}
	f.Fuzz(checkFutureAgrees)
}

func checkFutureAgrees(t *testing.T, lang, text string) {
	lex := lexiconFor(lang)
	sc := dateScanner{lex: lex}
	sc.scan(text, func(dateWords, int, int) {})
	if want := lex.announces(text); sc.future != want {
		t.Errorf("%s %q: the scanner says %v, announces %v", lang, text, sc.future, want)
	}
}

// TestPastAuxiliaryCancelsMarker checks that "должен был" (was to) plans
// nothing, so a weekday in its sentence is the one before the article,
// while "должен" alone still announces.
func TestPastAuxiliaryCancelsMarker(t *testing.T) {
	for _, c := range []struct {
		text      string
		announced bool
	}{
		{"Алиев в среду прервал поездку, где должен был принять участие в саммите.", false},
		{"Делегация должна была прибыть в среду, но рейс отменили.", false},
		{"Делегация должна прибыть в среду.", true},
	} {
		a := datesArticle(t, "ru", "2024-12-26", c.text)
		findDates(a)
		if len(a.Mentions) != 1 || a.Mentions[0].Announced != c.announced {
			t.Errorf("%q: mentions %+v, want one, announced %v", c.text, a.Mentions, c.announced)
		}
	}
}

// TestCapitalisedMarkerInsideSentenceIsAName checks that a future marker
// written with a capital inside its sentence is a name, not a marker
// (Portuguese "Irão" is Iran and "irão" they will go), while the same word
// opening a sentence or a dateline's text still announces.
func TestCapitalisedMarkerInsideSentenceIsAName(t *testing.T) {
	for _, c := range []struct {
		lang, text string
		want       bool
	}{
		{"pt", "Milhares participaram no sul do Irão no funeral das vítimas.", false},
		{"pt", "Os ministros irão a Astana na próxima semana.", true},
		{"pt", "O acordo foi assinado. Irão participar todos os países.", true},
		{"pt", "Teerão, 05 jan 2024 (Lusa) - Irão participar os ministros.", true},
		{"en", "The envoy met Will Hurd in Texas on Friday.", false},
		{"en", "Will the summit take place on Friday?", true},
		{"en", "He said: \"Will they come?\"", true},
	} {
		lex := lexiconFor(c.lang)
		if got := lex.announces(c.text); got != c.want {
			t.Errorf("%s %q: announces %v, want %v", c.lang, c.text, got, c.want)
		}
		checkFutureAgrees(t, c.lang, c.text)
	}
}
