package discover_test

import (
	"slices"
	"strings"
	"testing"
)

// TestCommemorationIsNoFighting: a parade or an anniversary of a war or a
// victory is titled as a commemoration in its city, not as the fighting
// or the victory it remembers; fighting on the day stays fighting.
func TestCommemorationIsNoFighting(t *testing.T) {
	tests := []struct {
		name, text string
		want, not  string
	}{
		{"zh", " date 2025-09-03\n\n纪念中国人民抗日战争胜利80周年大会9月3日在北京举行，并举行盛大阅兵。习近平出席大会并发表讲话。多国领导人观礼。\n", "Commemoration in Beijing", "Fighting"},
		{"es", " date 2025-09-03\n\nChina celebró el 3 de septiembre de 2025 en Pekín un gran desfile militar por el aniversario del fin de la Segunda Guerra Mundial. Xi Jinping presidió la ceremonia. Asistieron decenas de líderes.\n", "Commemoration in Beijing", "Fighting"},
		{"pt", " date 2025-05-09\n\nA Rússia celebrou em 9 de maio de 2025 em Moscovo, com um desfile militar, o 80.º aniversário da vitória sobre a Alemanha. Xi Jinping assistiu ao desfile ao lado de Vladimir Putin. A cerimónia durou duas horas.\n", "Commemoration in Moscow", "Results"},
		{"fighting on the day (en)", " date 2024-09-04\n\nHeavy fighting broke out near Pokrovsk in Ukraine on 3 September 2024. Both sides reported losses. Shelling continued overnight.\n", "Fighting", "Commemoration"},
	}
	for _, tt := range tests {
		c := build(t, map[string]string{"a.txt": tt.text})
		titles := titlesOf(c)
		if !slices.ContainsFunc(titles, func(s string) bool { return strings.HasPrefix(s, tt.want) }) {
			t.Errorf("%s: titles %q, want %q among them", tt.name, titles, tt.want)
		}
		if slices.ContainsFunc(titles, func(s string) bool { return strings.HasPrefix(s, tt.not) }) {
			t.Errorf("%s: titles %q, want no %q", tt.name, titles, tt.not)
		}
	}
}
