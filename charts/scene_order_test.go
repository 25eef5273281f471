package charts

import "testing"

func TestMarksSelectedLastPaintsTheSelectionOnTop(t *testing.T) {
	s := &Scene{Marks: []Mark{{Label: "a"}, {Label: "b", Selected: true}, {Label: "c"}}}
	var got []string
	for m := range s.MarksSelectedLast() {
		got = append(got, m.Label)
	}
	if len(got) != 3 || got[0] != "a" || got[1] != "c" || got[2] != "b" {
		t.Errorf("paint order %v, want [a c b]", got)
	}
	s.Marks[1].Selected = false
	got = got[:0]
	for m := range s.MarksSelectedLast() {
		got = append(got, m.Label)
	}
	if len(got) != 3 || got[2] != "c" {
		t.Errorf("without a selection the order is the scene's: %v", got)
	}
}
