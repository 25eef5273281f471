package discover

import (
	"strings"
	"testing"

	"github.com/caravan-analytics/caravan/data"
)

// A person's name inside the name of an airport, a base, a street is no
// actor (names_inside_names.go); the same name as the subject of a
// sentence is. Sentences written for the test; name is the person's words
// as the shipped lists spell them.
func TestNamesInsideLongerNames(t *testing.T) {
	cases := []struct {
		lang, sentence, name string
		inside               bool
	}{
		{"ar", "سقطت صواريخ على قاعدة عين الأسد الجوية فجر اليوم.", "الأسد", true},
		{"ar", "غادرت الطائرة مطار حامد كرزاي الدولي مساء الاثنين.", "حامد كرزاي", true},
		{"fa", "هواپیما از فرودگاه امام خمینی برخاست.", "خمینی", true},
		{"fa", "پرواز از فرودگاه بین‌المللی امام خمینی انجام شد.", "خمینی", true},
		{"uk", "Літак злетів з аеропорту імені Імама Хомейні.", "Хомейні", true},
		{"ru", "Рейс вылетел из аэропорта имени Гейдара Алиева.", "Гейдара Алиева", true},
		{"en", "The last flight left Hamid Karzai International Airport on Monday.", "Hamid Karzai", true},
		{"en", "Rockets hit the Ain al-Assad air base overnight.", "al-Assad", true},
		{"fr", "Les évacuations se poursuivent à l'aéroport Hamid Karzaï de Kaboul.", "Hamid Karzaï", true},
		{"tr", "Uçak Hamid Karzai Havalimanı'ndan kalktı.", "Hamid Karzai", true},
		{"az", "Qonaqlar Heydər Əliyev adına Beynəlxalq Aeroportda qarşılandı.", "Heydər Əliyev", true},
		{"uz", "Delegatsiya Islom Karimov nomidagi aeroportga yetib keldi.", "Islom Karimov", true},
		{"kk", "Ұшақ Нұрсұлтан Назарбаев атындағы әуежайға қонды.", "Нұрсұлтан Назарбаев", true},
		{"zh", "航班从哈米德·卡尔扎伊国际机场起飞。", "哈米德·卡尔扎伊", true},
		{"en", "The street was named after Islam Karimov in 2017.", "Islam Karimov", true},
		// The person acting, also beside such words.
		{"ar", "قال الأسد إن القاعدة ستبقى مغلقة.", "الأسد", false},
		{"en", "Hamid Karzai said the airport must stay open.", "Hamid Karzai", false},
		{"en", "At the airport, Hamid Karzai met the envoys.", "Hamid Karzai", false},
		{"fa", "خمینی در سال ۱۳۵۷ به ایران بازگشت.", "خمینی", false},
		{"ru", "Алиев прилетел в аэропорт Баку.", "Алиев", false},
		{"tr", "Karzai havalimanına gitti.", "Karzai", false},
		{"fr", "Le Premier ministre parlera à la place d'Emmanuel Macron.", "Emmanuel Macron", false},
	}
	for _, c := range cases {
		i := strings.Index(c.sentence, c.name)
		if i < 0 {
			t.Fatalf("%q not in %q", c.name, c.sentence)
		}
		a := &data.Article{Language: c.lang, Text: c.sentence}
		if _, got := insideLongerName(a, i, i+len(c.name)); got != c.inside {
			t.Errorf("%s %q: %q inside a longer name: %v, want %v", c.lang, c.sentence, c.name, got, c.inside)
		}
	}
}

// unelided answers as the search for either apostrophe it starts with a
// quicker test for: words with none, one or several of each, at either
// end, and cut inside the curly one.
func TestUnelidedAsTheApostropheSearch(t *testing.T) {
	plain := func(w string) string {
		if i := strings.LastIndexAny(w, "'’"); i >= 0 && !strings.HasSuffix(w, "'") {
			w = w[i+len(string([]rune(w[i:])[0])):]
		}
		return w
	}
	for _, w := range []string{"", "aéroport", "l'aéroport", "l’aéroport", "dell'aeroporto", "po'", "'", "’", "d'l’a",
		"l’'a", "qu'il'", "o‘zbek", "l\xe2\x80", "l\xe2\x80a", "\xe2\x80\x99x", "x\xe2\x80\x99", "аэропорт", "l'", "’s"} {
		if got, want := unelided(w), plain(w); got != want {
			t.Errorf("unelided(%q) = %q, the search gives %q", w, got, want)
		}
	}
}
