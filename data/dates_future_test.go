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
