package discover_test

import (
	"testing"

	"github.com/caravan-analytics/caravan/data"
	"github.com/caravan-analytics/caravan/data/discover"
)

// A lead filed from a capital that tells of its event "in the capital" of
// the dateline's country, naming no other city, is told in its
// dateline's city (corpus_dateline_venue.go): alone in a folder with a
// report of last year's summit in another capital on the same day, it
// takes no year from it. A lead that only names the country, or names the
// other city, still does.
func TestDatelineCapitalIsTheVenue(t *testing.T) {
	// Last year's edition, in Yerevan, on the same day of the month.
	const yerevan = " date 2022-11-24\n\nThe summit of the CSTO was held in Yerevan on 23 November 2022 with Vladimir Putin and Kassym-Jomart Tokayev.\n"
	for _, tc := range []struct {
		name, text, words string
		want              string // "" for open
	}{
		{"en", "MINSK, 23 November - The leaders of the CSTO met today in the Belarusian capital for their summit with Vladimir Putin.", "23 November", ""},
		{"fr", "MINSK, 23 novembre - Les dirigeants de l'OTSC se sont réunis aujourd'hui dans la capitale du Bélarus pour leur sommet avec Vladimir Poutine.", "23 novembre", ""},
		{"ru", "МИНСК, 23 ноября. Лидеры ОДКБ сегодня собрались на саммит в столице Белоруссии, в нём участвует Владимир Путин.", "23 ноября", ""},
		{"uz", "Minsk, 23-noyabr. Belarus poytaxtida bugun KXShT sammiti bo'lib o'tdi, unda Vladimir Putin ishtirok etdi. Sammitda rahbarlar mintaqaviy xavfsizlik masalalarini muhokama qilib, bir qator hujjatlarni imzoladi.", "23-noyabr", ""},
		{"de", "MINSK, 23. November - Die Staatschefs der OVKS kamen heute in der Hauptstadt von Belarus zum Gipfel mit Wladimir Putin zusammen.", "23. November", ""},
		{"tr", "MİNSK, 23 Kasım - KGAÖ liderleri bugün Belarus'un başkentinde Vladimir Putin'in katıldığı zirvede bir araya geldi.", "23 Kasım", ""},
		// The country alone says nothing of where the summit was: a
		// report filed from Minsk of the summit in Yerevan.
		{"en, the country without its capital", "MINSK, 23 November - Belarus sent its leader to the CSTO summit with Vladimir Putin today.", "23 November", "2022-11-23"},
		// Another city named is the sentence's own.
		{"en, another capital named", "MINSK, 23 November - The leaders of the CSTO met today in Yerevan, the Armenian capital, for their summit with Vladimir Putin.", "23 November", "2022-11-23"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, why := placedAt(t, withSources(tc.text+"\n", []string{yerevan}), "x", tc.words)
			if got != tc.want {
				t.Errorf("%q placed at %q, want %q: %s", tc.words, got, tc.want, why)
			}
		})
	}
}

// A report of an organisation's summit on a day the calendar holds it in
// a city is told in that city (corpus_calendar_venues.go): the other
// cities it names, such as a capital named for its government ("Yerevan
// stayed away"), give a sentence of a summit there no year. Another
// organisation, or a day a week away from the summit, is not moved.
func TestCalendarCityIsTheSourcesVenue(t *testing.T) {
	// The calendar holds the CSTO's summit in Minsk on 23 November 2023
	// and nothing else.
	discover.UseCalendar(t, []data.Occasion{{Kind: data.OccasionSummit, Of: "csto", Place: "minsk",
		Span: data.Span{Start: data.DayDate(2023, 11, 23)}, File: "test.toml", Line: 1}})
	for _, tc := range []struct {
		name, src, text, words string
		want                   string // "" for open
	}{
		{"en, the government named by its capital",
			" date 2023-11-24\n\nThe CSTO summit met in Minsk on 23 November 2023, and Yerevan stayed away from it.\n",
			"The CSTO summit met in Yerevan on 23 November.", "on 23 November", ""},
		{"ru, the government named by its capital",
			" date 2023-11-24\n\nСаммит ОДКБ прошёл в Минске 23 ноября 2023 года, Ереван в нём не участвовал.\n",
			"Саммит ОДКБ прошёл в Ереване 23 ноября.", "23 ноября", ""},
		{"fr, the government named by its capital",
			" date 2023-11-24\n\nLe sommet de l'OTSC s'est tenu à Minsk le 23 novembre 2023, sans Erevan.\n",
			"Le sommet de l'OTSC s'est tenu à Erevan le 23 novembre.", "le 23 novembre", ""},
		// The calendar's own city: the same summit.
		{"en, the calendar's city",
			" date 2023-11-24\n\nThe CSTO summit met in Minsk on 23 November 2023, and Yerevan stayed away from it.\n",
			"The CSTO summit met in Minsk on 23 November.", "on 23 November", "2023-11-23"},
		// Another organisation's meeting that day is where it says.
		{"en, another organisation",
			" date 2023-11-24\n\nThe leaders of the Eurasian Economic Union met in Yerevan on 23 November 2023.\n",
			"The leaders of the Eurasian Economic Union met in Yerevan on 23 November.", "on 23 November", "2023-11-23"},
		// A week after the summit the CSTO's meeting is where it says.
		{"en, a week later",
			" date 2023-12-01\n\nThe CSTO secretaries met in Yerevan on 30 November 2023.\n",
			"The CSTO secretaries met in Yerevan on 30 November.", "on 30 November", "2023-11-30"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, why := placedAt(t, withSources(tc.text+"\n", []string{tc.src}), "x", tc.words)
			if got != tc.want {
				t.Errorf("%q placed at %q, want %q: %s", tc.words, got, tc.want, why)
			}
		})
	}
}
