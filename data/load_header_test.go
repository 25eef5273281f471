package data

import (
	"fmt"
	"strings"
	"testing"
	"time"
)

func TestHeaderImplausibleYears(t *testing.T) {
	body := "De Kazachse regering heeft de noodtoestand in het hele land verlengd, zei een woordvoerder."
	tooLate := time.Now().Year() + headerYearsAhead + 1
	for _, header := range []string{"9999-12-31", "0000-01-01", "0001", "1899-12", fmt.Sprint(tooLate)} {
		t.Run(header, func(t *testing.T) {
			a, err := ParseArticle("x.txt", []byte(" date "+header+" "+body))
			if err != nil {
				t.Fatal(err)
			}
			if !a.Header.IsZero() {
				t.Errorf("Header = %v, want none", a.Header)
			}
			if !strings.HasPrefix(a.Body(), "De Kazachse") {
				t.Errorf("body starts %.20q: the refused header must still be taken off", a.Body())
			}
			if !hasWarning(a, "header ignored") {
				t.Errorf("warnings %q, want one saying the header was ignored", a.Warnings)
			}
		})
	}
	for _, header := range []string{"1900", "2022-09-15", fmt.Sprint(time.Now().Year() + headerYearsAhead)} {
		a, err := ParseArticle("x.txt", []byte(" date "+header+" "+body))
		if err != nil || a.Header.String() != header || len(a.Warnings) > 0 {
			t.Errorf("%s: header %v, warnings %q, error %v; want it accepted", header, a.Header, a.Warnings, err)
		}
	}
}

func hasWarning(a *Article, part string) bool {
	for _, w := range a.Warnings {
		if strings.Contains(w, part) {
			return true
		}
	}
	return false
}

func TestFrontMatter(t *testing.T) {
	const body = "Der Präsident hat am Dienstag in Astana gesprochen, sagte ein Sprecher am Abend."
	tests := []struct {
		name, file, text      string
		wantHeader, wantTitle string
		wantBody, wantWarning string
	}{
		{"date and title", "a.md", "---\ntitle: \"Rede in Astana\"\ndate: 2022-01-11\ntags: [kz]\n---\n\n" + body,
			"2022-01-11", "Rede in Astana", "Der Präsident", ""},
		{"timestamp", "a.md", "---\ndate: 2022-01-11T09:30:00Z\n---\n" + body, "2022-01-11", "", "Der Präsident", ""},
		{"implausible", "a.md", "---\ndate: 9999-12-31\n---\n" + body, "", "", "Der Präsident", "front matter date ignored"},
		{"then a header", "a.md", "---\ntitle: x\n---\n date 2022-01\n" + body, "2022-01", "x", "Der Präsident", ""},
		{"no closing line is a rule", "a.md", "---\n" + body, "", "", "---", ""},
		{"only in markdown", "a.txt", "---\ndate: 2022-01-11\n---\n" + body, "", "", "---", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := ParseArticle(tt.file, []byte(tt.text))
			if err != nil {
				t.Fatal(err)
			}
			if a.Header.String() != tt.wantHeader || a.Title != tt.wantTitle {
				t.Errorf("Header, Title = %q, %q; want %q, %q", a.Header, a.Title, tt.wantHeader, tt.wantTitle)
			}
			if !strings.HasPrefix(a.Body(), tt.wantBody) {
				t.Errorf("body starts %.20q, want %q", a.Body(), tt.wantBody)
			}
			for _, p := range a.Paragraphs {
				if strings.HasSuffix(tt.file, ".md") && (strings.Contains(p.Text, "title:") || strings.Contains(p.Text, "date:")) {
					t.Errorf("front matter became a paragraph: %q", p.Text)
				}
			}
			if (tt.wantWarning == "") != (len(a.Warnings) == 0) || tt.wantWarning != "" && !hasWarning(a, tt.wantWarning) {
				t.Errorf("warnings %q, want %q", a.Warnings, tt.wantWarning)
			}
		})
	}
}
