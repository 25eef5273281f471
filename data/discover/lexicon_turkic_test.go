package discover

import (
	"slices"
	"testing"
)

// Kyrgyz, Tajik and Azerbaijani share few event words with the languages
// lexiconCases covers (Kazakh's "саммит", "референдум" and "сапар" read
// Kyrgyz too); their own words are listed for the kinds their news
// reports most. Sentences written for the test.
func TestLexiconKyrgyzTajikAzerbaijani(t *testing.T) {
	for _, tt := range []struct {
		lang, sentence string
		want           Kind
	}{
		{"ky", "Шайлоочулар президенттик шайлоодо добуш беришти.", Election},
		{"ky", "Эки өлкө чек ара боюнча келишимге кол коюшту.", Agreement},
		{"ky", "Министрлер жабык эшик артында сүйлөшүү өткөрүштү.", Talks},
		{"ky", "Чек арада кагылыш болду.", Clash},
		{"tg", "Интихоботи президентӣ рӯзи якшанбе баргузор шуд.", Election},
		{"tg", "Ду кишвар созишнома дар бораи марз ба имзо расониданд.", Agreement},
		{"tg", "Президент бо сафари давлатӣ ба Душанбе омад.", Visit},
		{"tg", "Вазирон музокира анҷом доданд.", Talks},
		{"az", "Seçicilər prezident seçkilərində səs verdilər.", Election},
		{"az", "İki ölkə sərhəd haqqında saziş imzaladı.", Agreement},
		{"az", "Prezident Bakıya rəsmi səfər etdi.", Visit},
		{"az", "Nazirlər qapalı qapılar arxasında danışıqlar apardılar.", Talks},
		{"az", "Tərəflər atəşkəs barədə razılığa gəldilər.", Ceasefire},
	} {
		if got := kindsOf(tt.lang, tt.sentence); !slices.Contains(got, tt.want) {
			t.Errorf("%s %q: kinds %v, want %s among them", tt.lang, tt.sentence, got, tt.want)
		}
	}
	// Turkish "görüş" is an opinion as often as a meeting: the
	// Azerbaijani word counts in Azerbaijani only.
	if got := kindsOf("tr", "Bakanın görüşü değişmedi."); slices.Contains(got, Meeting) {
		t.Errorf("Turkish görüş read as a meeting: %v", got)
	}
	if got := kindsOf("az", "Prezidentlər Bakıda görüşdülər."); !slices.Contains(got, Meeting) {
		t.Errorf("Azerbaijani görüş: kinds %v, want a meeting", got)
	}
}
