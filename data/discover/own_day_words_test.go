package discover_test

import "testing"

// TestVoteAndSwearingInKeepTheirDays: "elected on the 14th, sworn in on the
// 29th" is an election on the 14th and an inauguration on the 29th, not two
// inaugurations (en es fr ru; sentences written for the test).
func TestVoteAndSwearingInKeepTheirDays(t *testing.T) {
	tests := []struct{ name, text string }{
		{"en", "The electoral college elected Mikheil Kavelashvili president of Georgia on 14 December 2024, and he is due to be sworn in on 29 December 2024."},
		{"es", "El colegio electoral de Georgia votó el 14 de diciembre de 2024 a favor de Mijeíl Kavelashvili, que tomará posesión el 29 de diciembre de 2024."},
		{"fr", "Élu président de la Géorgie le 14 décembre 2024 par le collège électoral, Mikheïl Kavelachvili prêtera serment le 29 décembre 2024."},
		{"ru", "Избранный 14 декабря 2024 года президентом Грузии Михаил Кавелашвили вступит в должность 29 декабря 2024 года."},
	}
	for _, tt := range tests {
		c := build(t, map[string]string{"a.txt": " date 2024-12-16\n\n" + tt.text + "\n"})
		want := map[string]string{"2024-12-14": "election", "2024-12-29": "inauguration"}
		for _, e := range c.Events {
			day := e.Span.Start.String()
			if k, ok := want[day]; ok {
				delete(want, day)
				if e.Kind != k {
					t.Errorf("%s: the event of %s is a %s (%q), want a %s", tt.name, day, e.Kind, e.Title, k)
				}
			}
		}
		for day := range want {
			t.Errorf("%s: no event on %s; events %q", tt.name, day, titlesOf(c))
		}
	}
}
