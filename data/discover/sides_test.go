package discover_test

import "testing"

// TestSidesAreNoPlace: cities of two countries named in one sentence of
// fighting are its sides ("Bishkek reports 59 dead, Dushanbe 41",
// "Душанбе обвиняет Бишкек"), each standing for its country: no "Fighting
// in Dushanbe", and the report joins the day's fighting placed in a
// province of one of them (fr ru + en, nl). Look-alikes: one city of one
// country stays the place; two cities of one country are places.
func TestSidesAreNoPlace(t *testing.T) {
	batken := "BATKEN, 15 September 2022 - Heavy fighting broke out on Wednesday, 14 September 2022, in the Batken region of Kyrgyzstan, local officials said.\n"
	checkTitles(t, []titleCase{
		{"fr, alone", oneFile("Bichkek fait état de 59 morts, Douchanbé de 41, après les combats qui ont éclaté le mercredi 14 septembre 2022 à la frontière.\n"),
			"", "Fighting in Dushanbe"},
		{"ru, alone", oneFile("Бои на границе начались 14 сентября 2022 года. Душанбе в свою очередь обвиняет Бишкек в обстрелах.\n"),
			"", "Fighting in Dushanbe"},
		{"fr + en: one event", map[string]string{
			"a.txt": "Bichkek fait état de 59 morts, Douchanbé de 41, après les combats qui ont éclaté le mercredi 14 septembre 2022 à la frontière.\n",
			"b.txt": batken},
			"Fighting in Batken", "Fighting in Dushanbe"},
		{"ru + nl: one event", map[string]string{
			"a.txt": "Бои на границе начались 14 сентября 2022 года, Душанбе в свою очередь обвиняет Бишкек в обстрелах.\n",
			"b.txt": "Op woensdag 14 september 2022 braken zware gevechten uit in de provincie Batken in Kirgizië.\n"},
			"Fighting in Batken", "Fighting in Dushanbe"},
		{"look-alike, one city", oneFile(batken), "Fighting in Batken", ""},
		{"look-alike, two cities of one country", oneFile("Fighting broke out on 14 September 2022 between Bishkek and Batken, officials said.\n"),
			"", "Fighting in Kyrgyzstan"},
	})
}
