package main

import (
	"slices"
	"testing"
)

func TestClean(t *testing.T) {
	got := clean([]string{"Myanmar (Burma)", "Korea, Republic of", "Mali", "Republic of Mali", "DE", "Germany", "Germany", "هنگ\u200cکنگ، ناحیه"})
	want := []string{"Myanmar", "Republic of Mali", "Germany"}
	if !slices.Equal(got, want) {
		t.Errorf("clean = %q, want %q", got, want)
	}
	// Kazakh "Корея" is either Korea: only "Солтүстік Корея" names the North.
	if got := clean([]string{"Солтүстік Корея", "Корея"}); !slices.Equal(got, []string{"Солтүстік Корея"}) {
		t.Errorf("clean of the Kazakh Koreas = %q", got)
	}
}

func TestRelated(t *testing.T) {
	for _, tc := range []struct {
		a, b string
		want bool
	}{
		{"Afeganistão", "República Islâmica do Afeganistão", true},
		{"Afeganistão", "República Islâmica do Paquistão", false},
		{"Непал", "Орталық Африка Республикасы", false},
		{"哈萨克斯坦", "哈萨克斯坦共和国", true},
		{"德国", "法国", false},
		{"Vereinigtes Königreich", "Vereinigtes Königreich Großbritannien und Nordirland", true},
	} {
		if got := related(tc.a, tc.b); got != tc.want {
			t.Errorf("related(%q, %q) = %v", tc.a, tc.b, got)
		}
	}
}

func TestSlug(t *testing.T) {
	for in, want := range map[string]string{"Côte d’Ivoire": "cote-d-ivoire", "São Tomé & Príncipe": "sao-tome-principe", "Kazakhstan": "kazakhstan"} {
		if got := slug(in); got != want {
			t.Errorf("slug(%q) = %q, want %q", in, got, want)
		}
	}
}
