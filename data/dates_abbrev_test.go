package data

import "testing"

// Month abbreviations that are also common words are months in an agency
// dateline, and stay words in running text. Each article has the
// publication month as header, so a read dateline is a day of it.
func TestDatelineOnlyMonths(t *testing.T) {
	cases := []spanCase{
		{"fr sept, agency", "fr", "2022-09", "TÉHÉRAN, 19 sept (AFP) - Des milliers de personnes ont manifesté dans la capitale. La police a dispersé la foule. Les autorités promettent une enquête.", "19 sept", "2022-09-19"},
		{"fr sept., dot", "fr", "2022-09", "TÉHÉRAN, 19 sept. Des milliers de personnes ont manifesté dans la capitale. La police a dispersé la foule. Les autorités promettent une enquête.", "19 sept.", "2022-09-19"},
		{"it SET, capitals", "it", "2023-09", "SOCHI, 04 SET - Il presidente ha ricevuto l'ospite nella residenza sul mare. I colloqui sono durati tre ore. Nessun accordo è stato firmato.", "04 SET", "2023-09-04"},
		{"it sett., agency", "it", "2023-09", "SOCHI, 4 sett. (askanews) Il presidente ha ricevuto l'ospite nella residenza sul mare. I colloqui sono durati tre ore. Nessun accordo è stato firmato.", "4 sett.", "2023-09-04"},
		{"it mar", "it", "2024-03", "ROMA, 12 mar (Adnkronos) - Il governo ha approvato il decreto nella notte. Le opposizioni hanno protestato in aula. Il testo passa ora al Senato.", "12 mar", "2024-03-12"},
		{"es Mar., agency", "es", "2025-03", "ESTAMBUL, 23 Mar. (EUROPA PRESS) - Un tribunal ha ordenado el ingreso en prisión del alcalde. Miles de personas han protestado en las calles. La oposición denuncia un golpe.", "23 Mar.", "2025-03-23"},
		{"es set", "es", "2023-09", "MOSCÚ, 4 set (EFE) - El presidente recibió a su homólogo en la ciudad costera. Las conversaciones duraron tres horas. No se firmó ningún acuerdo.", "4 set", "2023-09-04"},
	}
	checkSpanCases(t, cases)
	// In running text, or not after "CITY, DAY", the same words are
	// words: a tennis score, the sea, a number.
	words := []struct{ name, lang, text string }{
		{"it tennis", "it", "Sinner ha vinto in 3 set la finale di ieri. Il pubblico ha applaudito a lungo. Il torneo si chiude domenica."},
		{"it tennis after a comma", "it", "Alla fine, 3 set a 1 per lo spagnolo. Il pubblico ha applaudito a lungo. Il torneo si chiude domenica."},
		{"es sea", "es", "El barco se hundió a 12 millas de la costa, 40 mar adentro según los pescadores. La tripulación fue rescatada. La investigación sigue abierta."},
		{"fr seven", "fr", "Le bilan est lourd: sur 19 blessés, sept sont dans un état grave. Les secours sont restés sur place. Une enquête est ouverte."},
		{"es set late in the text", "es", "El equipo local ganó el partido con claridad ante su público, y el entrenador, 2 set (al menos) para el recuerdo. La afición celebró hasta tarde. El próximo partido es el domingo."},
	}
	for _, c := range words {
		t.Run(c.name, func(t *testing.T) {
			a := datesArticle(t, c.lang, "2023-09", c.text)
			dateAlone(a, nil, nil)
			for _, m := range a.Mentions {
				if m.Kind == MentionExplicit && m.Span.Start().Day != 0 {
					t.Errorf("%q read as a day: %s", m.Text, m.Reason)
				}
			}
		})
	}
}
