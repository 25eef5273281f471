package discover_test

import (
	"strings"
	"testing"
)

// A year-less date whose year is written relative to the report's ("25
// December last year") tells the one-writing-day check which year the
// report is of: the dateline of October and the crash of the December
// before are of one report, not 289 days apart. Texts written for the
// test, in English and Russian.
func TestRelativeYearFitsOneReport(t *testing.T) {
	sources := map[string]string{
		"a.txt": " date 2024-12-26\n\nAn Azerbaijani airliner crashed near Aktau in Kazakhstan on 25 December 2024.\n",
		"b.txt": " date 2025-10-10\n\nVladimir Putin held talks with Ilham Aliyev in Dushanbe on 9 October 2025.\n",
	}
	for _, tc := range []struct{ name, text, dateline, crash string }{
		{"en", "Dushanbe, 9 October. Vladimir Putin held talks with Ilham Aliyev in Dushanbe.\n\n" +
			"An Azerbaijani airliner crashed near Aktau in Kazakhstan on 25 December last year, the two leaders recalled.\n",
			"9 October", "on 25 December last year"},
		{"ru", "Душанбе, 9 октября. Владимир Путин провёл переговоры с Ильхамом Алиевым в Душанбе.\n\n" +
			"Азербайджанский самолёт разбился под Актау в Казахстане 25 декабря прошлого года, напомнили лидеры.\n",
			"9 октября", "25 декабря прошлого года"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			files := map[string]string{"x.txt": tc.text}
			for k, v := range sources {
				files[k] = v
			}
			c := build(t, files)
			for words, want := range map[string]string{tc.dateline: "2025-10-09", tc.crash: "2024-12-25"} {
				if m := mention(t, c, "x", words); m.Span.Span().Start.String() != want || !strings.Contains(m.Reason, "corpus") && words == tc.dateline {
					t.Errorf("%q placed at %q, want %s: %s", words, m.Span.Start(), want, m.Reason)
				}
			}
		})
	}
}
