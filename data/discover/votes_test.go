package discover_test

import (
	"slices"
	"testing"
)

// A vote is the country its words govern ("Kazakhstan's presidential
// election", "выборы президента Казахстана", "in Poland"), not a country
// named elsewhere in the sentence ("rigged with Russia's help", "the
// President of Ukraine congratulated …"); a vote whose words govern none
// takes the country its articles are about, each article counted once.
// Sentences written for the test.
func TestVoteIsItsVotersCountry(t *testing.T) {
	checkTitles(t, []titleCase{
		{"someone's help (en)", map[string]string{
			"en.txt": " date 2024-12-02\n\nTens of thousands rallied in Tbilisi on Sunday, the fourth night of protests in Georgia. The opposition has boycotted parliament since the election on 26 October 2024, which it says was rigged with Russia's help.\n",
		}, "Georgia parliamentary election", "Russia parliamentary election"},
		{"a congratulating president (uk, fr, nl)", map[string]string{
			"uk.txt": " date 2025-06-02\n\nПрезидент України Володимир Зеленський привітав Кароля Навроцького з перемогою на виборах 1 червня 2025 року у Варшаві. Міністр закордонних справ України також привітав переможця виборів 1 червня 2025 року.\n",
			"fr.txt": " date 2025-06-02\n\nPologne : Karol Nawrocki remporte à Varsovie l'élection présidentielle du 1er juin 2025.\n",
			"nl.txt": " date 2025-06-02\n\nKarol Nawrocki won in Warschau de presidentsverkiezingen van 1 juni 2025 in Polen.\n",
		}, "Poland presidential election", "Ukraine presidential election"},
		{"a person's country (pt)", map[string]string{
			"pt.txt": " date 2025-05-09\n\nO cardeal americano Robert Prevost foi eleito papa em 8 de maio de 2025 na Cidade do Vaticano.\n",
		}, "Papal conclave", "United States election"}, // a pope's election is no country's (TestConclaveIsNoCountrysElection)
		{"the vote's own country (en)", map[string]string{
			"en.txt": " date 2022-11-21\n\nKazakhstan's snap presidential election on 20 November 2022 was watched from Moscow by Russia's Vladimir Putin.\n",
		}, "Kazakhstan presidential election", ""},
		{"a country of another clause (de)", map[string]string{
			"de.txt": " date 2018-03-19\n\nWladimir Putin hat die Präsidentschaftswahl in Russland am 18. März 2018 klar gewonnen. Die Wahl fiel in einen schweren Streit mit Großbritannien über einen Giftanschlag am 4. März 2018. Die Beteiligung in Russland war hoch.\n",
		}, "Russia presidential election", "United Kingdom election"}, // "Russia election" was the 4 March poisoning ("Giftanschlag", an attack since the compound tails) taken for a vote
		{"the vote's own country, four words off (en)", map[string]string{
			"en.txt": " date 2024-10-28\n\nObservers from Russia praised Georgia's long and tense parliamentary elections on 27 October 2024. Envoys came from many capitals. Their reports were short.\n",
		}, "Georgia parliamentary election", ""},
		{"the vote's own country (ru)", map[string]string{
			"ru.txt": " date 2022-11-21\n\nВыборы президента Казахстана 20 ноября 2022 года наблюдатели из России назвали спокойными.\n",
		}, "Kazakhstan presidential election", ""},
	})
}

// A report that tells a vote only with a country its words do not
// govern ("rigged with Russia's help") is of the one vote that day in
// the country it is about, not of another country's vote that names the
// same foreign country. Sentences written for the test.
func TestVoteJoinsByItsVotersCountry(t *testing.T) {
	c := build(t, map[string]string{
		"ge.txt": " date 2024-10-27\n\nGeorgia held a parliamentary election on 26 October 2024, and Georgian Dream claimed victory in Tbilisi.\n",
		"en.txt": " date 2024-12-02\n\nTens of thousands rallied in Tbilisi on Sunday, the fourth night of protests in Georgia. The opposition has boycotted parliament since the election on 26 October 2024, which it says was rigged with Russia's help.\n",
		"uz.txt": " date 2024-10-27\n\nUzbekistan held a parliamentary election on 26 October 2024 in Tashkent, watched by observers from Russia.\n",
	})
	for _, e := range c.Events {
		arts := articlesOf(e)
		if !slices.Contains(arts, "en") || e.Kind != "election" {
			continue
		}
		if !slices.Contains(arts, "ge") || slices.Contains(arts, "uz") {
			t.Errorf("the opposition's election is %q of %v, want Georgia's with ge, without uz; events: %q", e.Title, arts, titlesOf(c))
		}
		return
	}
	t.Errorf("no election with en; events: %q", titlesOf(c))
}
