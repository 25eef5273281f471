package data

import (
	"slices"
	"testing"
)

// A city named for its clock is no place of the story, in the languages
// that write the time zone before or after the city; the city named as a
// place still is. Texts written for the test.
func TestTimeZoneIsNoPlace(t *testing.T) {
	names := []*Name{
		{ID: "tashkent", Kind: Place, English: "Tashkent", Spellings: map[string][]string{
			"en": {"Tashkent"}, "zh": {"塔什干"}, "fr": {"Tachkent"}, "es": {"Taskent"}, "ru": {"Ташкент", "Ташкента"},
			"uz": {"Toshkent"}, "tr": {"Taşkent"}, "fa": {"تاشکند"}, "ar": {"طشقند"}, "kk": {"Ташкент"}}},
	}
	s := NewNameFinder(names).Scanner()
	for _, c := range []struct {
		text string
		want []string
	}{
		{"塔什干时间9时，会议开幕。", nil},
		{"会议在塔什干开幕。", []string{"tashkent"}},
		{"The talks opened at 9:00 Tashkent time on Friday.", nil},
		{"The talks opened in Tashkent on Friday.", []string{"tashkent"}},
		{"Les discussions ont commencé à 9 h, heure de Tachkent.", nil},
		{"La reunión empezó a las 9, hora de Taskent.", nil},
		{"Переговоры начались в 9 часов по времени Ташкента.", nil},
		{"Muzokaralar Toshkent vaqti bilan soat 9 da boshlandi.", nil},
		{"Görüşmeler Taşkent saatiyle 9'da başladı.", nil},
		{"Келіссөздер Ташкент уақыты бойынша сағат 9-да басталды.", nil},
		{"آغاز گفتگوها ساعت ۹ به وقت تاشکند بود.", nil},
		{"بدأت المحادثات في التاسعة بتوقيت طشقند.", nil},
		{"Tashkent timetable changes were announced.", []string{"tashkent"}},
	} {
		var got []string
		for _, m := range s.Find(c.text, 0, nil) {
			got = append(got, m.Ref)
		}
		if !slices.Equal(got, c.want) {
			t.Errorf("%q: names %v, want %v", c.text, got, c.want)
		}
	}
}
