package discover_test

import "testing"

// TestConclaveIsNoCountrysElection: the cardinals' vote for a pope is
// titled as a conclave, not by the country of the cardinal elected or of
// the report; a country's own vote keeps its country.
func TestConclaveIsNoCountrysElection(t *testing.T) {
	checkTitles(t, []titleCase{
		{"it", oneFile(" date 2025-05-09\n\nIl cardinale statunitense Robert Prevost è stato eletto papa l'8 maggio 2025 al quarto scrutinio. Gli Stati Uniti hanno accolto la notizia con entusiasmo. Il nuovo pontefice ha salutato la folla in piazza San Pietro.\n"), "Papal conclave", ""},
		{"pt", oneFile(" date 2025-05-09\n\nO cardeal americano Robert Prevost foi eleito papa em 8 de maio de 2025, no segundo dia do conclave. Os Estados Unidos celebraram a escolha. O novo pontífice falou em espanhol e italiano.\n"), "Papal conclave", ""},
		{"en", oneFile(" date 2025-05-09\n\nThe conclave elected the American cardinal Robert Prevost as pope on 8 May 2025. Americans celebrated the choice across the United States. He chose the name Leo XIV.\n"), "Papal conclave", ""},
		{"a country's vote (en)", oneFile(" date 2024-11-07\n\nAmericans elected Donald Trump in the presidential election in the United States on 5 November 2024. Turnout was high across the country. The result was clear by the next morning.\n"), "United States presidential election", ""},
	})
}
