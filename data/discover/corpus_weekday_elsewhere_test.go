package discover_test

import (
	"strings"
	"testing"
)

// An occasion of the same leaders in another city, on another day of the
// weekday, is no rival of an undated report's weekday (rule 13's
// elsewhere): Japarov's and Rahmon's signing "on Thursday in Bishkek" is
// placed on the folder's Thursday of that signing though the two also met
// in Dushanbe on a Thursday of 2023. A rival in the same city, a rival
// that is no occasion (a border clash), or a sentence that names no city
// leaves it open, as before.
func TestUndatedWeekdayRivalElsewhere(t *testing.T) {
	// 13 March 2025, 14 September 2023, 16 May 2024 and 15 September 2022
	// were Thursdays.
	const signing = " date 2025-03-14\n\nSadyr Japarov and Emomali Rahmon signed a treaty on the border of Kyrgyzstan and Tajikistan in Bishkek on 13 March 2025.\n"
	const dushanbe = "В Душанбе прошла консультативная встреча глав государств Центральной Азии\n\nДУШАНБЕ, 14 сентября 2023 года. — Лидеры Казахстана, Кыргызстана, Таджикистана, Туркменистана и Узбекистана собрались в четверг в столице Таджикистана на консультативную встречу.\n"
	const bishkek = " date 2024-05-17\n\nThe presidents of Kyrgyzstan and Tajikistan, Sadyr Japarov and Emomali Rahmon, met in Bishkek on 16 May 2024.\n"
	const clash = " date 2022-09-16\n\nBorder guards of Kyrgyzstan and Tajikistan clashed in Batken on 15 September 2022, though Sadyr Japarov and Emomali Rahmon had signed an agreement.\n"
	const en = "On Thursday, the presidents of Kyrgyzstan and Tajikistan, Sadyr Japarov and Emomali Rahmon, signed the border treaty in Bishkek."
	for _, tc := range []struct {
		name, text, words string
		sources           []string
		want              string // "" for open
	}{
		{"en", en, "On Thursday", []string{signing, dushanbe}, "2025-03-13"},
		{"ru", "В четверг президенты Кыргызстана и Таджикистана Садыр Жапаров и Эмомали Рахмон подписали в Бишкеке договор о границе.", "В четверг", []string{signing, dushanbe}, "2025-03-13"},
		{"fr", "Les présidents kirghiz Sadyr Japarov et tadjik Emomali Rahmon ont signé jeudi à Bichkek le traité sur la frontière.", "jeudi", []string{signing, dushanbe}, "2025-03-13"},
		{"a rival in the same city", en, "On Thursday", []string{signing, bishkek}, ""},
		{"a rival that is no occasion", en, "On Thursday", []string{signing, clash}, ""},
		// Neither the sentence nor the folder's signing names a city: the
		// meeting in Dushanbe rivals it.
		{"no city on either side", "On Thursday, the presidents of Kyrgyzstan and Tajikistan, Sadyr Japarov and Emomali Rahmon, signed the border treaty.", "On Thursday",
			[]string{strings.Replace(signing, " in Bishkek", "", 1), dushanbe}, ""},
		// The only Thursday meeting with Kazakhstan is in Dushanbe: not the
		// one in Astana.
		{"the only report is elsewhere", "On Thursday, the leaders of Kazakhstan met in Astana at the consultative meeting.", "On Thursday", []string{dushanbe}, ""},
		{"no city in the sentence", "On Thursday, the presidents of Kyrgyzstan and Tajikistan, Sadyr Japarov and Emomali Rahmon, signed the border treaty.", "On Thursday", []string{signing, dushanbe}, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, why := placedAt(t, withSources(tc.text, tc.sources), "x", tc.words)
			if got != tc.want {
				t.Errorf("%q placed at %q, want %q: %s", tc.words, got, tc.want, why)
			}
			if tc.want != "" && !strings.Contains(why, "the only such day of the corpus") {
				t.Errorf("the reason does not say which rule: %s", why)
			}
		})
	}
}
