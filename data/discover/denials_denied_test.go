package discover_test

import "testing"

// TestRuledOutVoteIsNoVote: a vote ruled out is no vote of that day, in
// nl en es ru; a ruling-out denied ("does not rule out", "non esclude")
// keeps its event (sentences written for the test).
func TestRuledOutVoteIsNoVote(t *testing.T) {
	tests := []struct {
		name, text, day string
		want            string // the kind of the event of day, "" for none
	}{
		{"nl", "Premier Irakli Kobachidze heeft op zondag 1 december 2024 nieuwe parlementsverkiezingen in Georgië uitgesloten.", "2024-12-01", ""},
		{"en", "Prime Minister Irakli Kobakhidze on 1 December 2024 ruled out new parliamentary elections in Georgia.", "2024-12-01", ""},
		{"es", "El primer ministro Irakli Kobajidze descartó el 1 de diciembre de 2024 nuevas elecciones parlamentarias en Georgia.", "2024-12-01", ""},
		{"ru", "Премьер-министр Ираклий Кобахидзе 1 декабря 2024 года исключил возможность проведения новых парламентских выборов в Грузии.", "2024-12-01", ""},
		{"it, denied", "La Banca centrale russa non esclude nuovi rialzi dei tassi nella riunione del 20 dicembre 2024.", "2024-12-20", "meeting"},
		{"en, denied", "Prime Minister Irakli Kobakhidze hasn't ruled out new parliamentary elections in Georgia on 1 December 2024.", "2024-12-01", "election"},
		{"de, denied", "Die russische Zentralbank hat eine weitere Zinserhöhung bei ihrer Sitzung am 20. Dezember 2024 nicht ausgeschlossen.", "2024-12-20", "decision"},
	}
	for _, tt := range tests {
		c := build(t, map[string]string{"a.txt": " date 2024-12-02\n\n" + tt.text + "\n"})
		if got := kindOfDay(c, tt.day); got != tt.want {
			t.Errorf("%s: the event of %s is %q, want %q; events %q", tt.name, tt.day, got, tt.want, titlesOf(c))
		}
	}
}
