package data

import "testing"

// TestModalOfWhatIsToComeIsAhead: "debe/deve/moet/ma się" + infinitive
// puts a weekday ahead; the past of the same verb keeps it behind.
func TestModalOfWhatIsToComeIsAhead(t *testing.T) {
	checkSpanCases(t, []spanCase{
		{"es debe", "es", "2024-09-04", "El pleno del Senado debe votar la ley el jueves en Madrid.", "el jueves", "2024-09-05"},
		{"it deve", "it", "2024-09-04", "Il Senato deve votare la legge giovedì a Roma.", "giovedì", "2024-09-05"},
		{"pt deve", "pt", "2024-09-04", "O Senado deve votar a lei na quinta-feira em Brasília.", "na quinta-feira", "2024-09-05"},
		{"nl moet", "nl", "2024-09-04", "De Eerste Kamer moet donderdag over de wet stemmen.", "donderdag", "2024-09-05"},
		{"pl ma się", "pl", "2024-09-04", "Senat ma się zebrać w czwartek w Warszawie.", "w czwartek", "2024-09-05"},
		// A plan told as past.
		{"es debía", "es", "2024-09-04", "El pleno del Senado debía votar la ley el jueves en Madrid.", "el jueves", "2024-08-29"},
	})
}
