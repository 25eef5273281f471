package data

import "testing"

// TestCallInThePerfectIsAhead: a call told in the perfect ("ha convocado
// a los ministros para debatir el lunes") puts the day of the act ahead
// of the report, as the simple past of the call does.
func TestCallInThePerfectIsAhead(t *testing.T) {
	checkSpanCases(t, []spanCase{
		{"es ha convocado", "es", "2024-12-15", "El alto representante ha convocado a los ministros de Exteriores para debatir el lunes nuevas sanciones.", "el lunes", "2024-12-16"},
		{"pt foi convocado", "pt", "2024-12-15", "O conselho foi convocado para discutir na segunda-feira novas sanções.", "na segunda-feira", "2024-12-16"},
		{"it ha convocato", "it", "2024-12-15", "L'Alto rappresentante ha convocato i ministri degli Esteri per discutere lunedì nuove sanzioni.", "lunedì", "2024-12-16"},
		// A meeting held on Monday after it was called stays behind.
		{"es se reunieron", "es", "2024-12-15", "Los ministros, convocados de urgencia, se reunieron el lunes en Bruselas.", "el lunes", "2024-12-09"},
	})
}
