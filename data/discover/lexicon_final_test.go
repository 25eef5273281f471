package discover

import "testing"

// TestFinalIsNoContest: "final" is the match and the adjective. The final
// declaration of a summit is an agreement, its final communiqué or day no
// event, Spanish and Portuguese "a finales de", "no final do" (at the end
// of) no match; a mayoral race is an election, not a contest. A final
// played stays a contest.
func TestFinalIsNoContest(t *testing.T) {
	checkNoKind(t, []kindCase{
		{"en", "The leaders adopted a final communique on Sunday.", Contest},
		{"en", "On the final day of the summit, on 7 July, the leaders met the press.", Contest},
		{"en", "He won the mayoral race in March 2019.", Contest},
		{"es", "A finales del mes pasado, el organismo publicó un informe.", Contest},
		{"es", "El comunicado final se publicó el domingo.", Contest},
		{"pt", "No final do mês passado, o governo anunciou novas medidas.", Contest},
		{"fr", "Le communiqué final a été publié dimanche.", Contest},
		{"it", "Il comunicato finale è stato diffuso domenica.", Contest},
		{"tr", "Zirvenin final metni pazar günü yayımlandı.", Contest},
	})
	checkFirstKinds(t, []kindCase{
		{"en", "The leaders adopted a final declaration on Sunday.", Agreement},
		{"pt", "Os líderes aprovaram no domingo uma declaração final.", Agreement},
		{"es", "Los líderes aprobaron el domingo una declaración final.", Agreement},
		{"fr", "Les dirigeants ont adopté dimanche une déclaration finale.", Agreement},
		{"it", "I leader hanno adottato domenica una dichiarazione finale.", Agreement},
		{"tr", "Liderler pazar günü final bildirisini kabul etti.", Agreement},
		{"en", "He won the mayoral race in March 2019.", Election},
		{"es", "España ganó la final el domingo en Berlín.", Contest},
		{"en", "Spain won the final in Berlin on Sunday.", Contest},
	})
}
