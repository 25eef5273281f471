package discover

import (
	"slices"
	"strings"
	"testing"

	"github.com/caravan-analytics/caravan/data"
)

// figureCases are runs of digits and what figureOf makes of them ("" for
// no figure).
var figureCases = []struct{ run, want string }{
	{"51.77", "51.77"},
	{"51,77", "51.77"},
	{"63.660", "63660"}, // three digits after one separator: a whole number
	{"7,820,204", "7820204"},
	{"7 820 204", "7820204"},
	{"7.820.204", "7820204"},
	{"3362052", "3362052"},
	{"0.5123", "0.5123"},
	{"71,1", ""},       // three digits: many results round to it
	{"12.00", ""},      // a round number
	{"133", ""},        // a small count
	{"150,000", ""},    // a round number
	{"10450", "10450"}, // four digits before the trailing zero
	{"10.11.2023", ""}, // a date
	{"04.17", ""},      // a time
	{"7,820.204", ""},  // mixed separators
	{"2024 512", ""},   // two numbers
	{"1,2,3", ""},      // a list
}

func TestFigureOf(t *testing.T) {
	for _, tc := range figureCases {
		got, ok := figureOf(tc.run)
		if !ok {
			got = ""
		}
		if got != tc.want {
			t.Errorf("figureOf(%q) = %q, want %q", tc.run, got, tc.want)
		}
	}
}

// A figure is read in any script's digits and beside any words; years are
// told apart from figures, and a digit beside a letter is part of a code.
func TestNumbersIn(t *testing.T) {
	for _, tc := range []struct {
		sentence string
		figs     []string
		years    []int
	}{
		{"Turnout was 63.66% and 71.12% said yes.", []string{"63.66", "71.12"}, nil},
		{"At the previous election, in 2018, turnout was 67.53 percent.", []string{"67.53"}, []int{2018}},
		{"این حزب ۴۲.۷۱ درصد آرا را کسب کرده است", []string{"42.71"}, nil},
		{"截至10月6日14:00,投票率已达51.77%", []string{"51.77"}, nil},
		{"the C5+1 summit of 1403 with 12345 Su-35", []string{"12345"}, []int{1403}},
		{"7,8 Millionen Wahlberechtigte", nil, nil},
	} {
		var figs []string
		var years []int
		for _, s := range splitSentences(mapDigits(tc.sentence)) {
			figs, years = numbersIn(s, nil, figs, years)
		}
		if !slices.Equal(figs, tc.figs) || !slices.Equal(years, tc.years) {
			t.Errorf("%q: figures %q years %v, want %q %v", tc.sentence, figs, years, tc.figs, tc.years)
		}
	}
}

// FuzzFigureOf checks that any run gives a figure that reads back as
// itself, and never panics.
func FuzzFigureOf(f *testing.F) {
	for _, tc := range figureCases {
		f.Add(tc.run)
	}
	f.Fuzz(func(t *testing.T, s string) {
		checkParagraphRuns(t, s)
		figs, _ := numbersIn(s, nil, nil, nil)
		for _, fig := range figs {
			if again, ok := figureOf(fig); !ok || again != fig {
				t.Errorf("%q: figure %q reads back as %q, %v", s, fig, again, ok)
			}
		}
	})
}

// BenchmarkReportFigures measures the scan of one report of about 3 KB
// for the figures of undated reports: the corpus pass scans every report
// dated to the day when an undated one writes a figure.
func BenchmarkReportFigures(b *testing.B) {
	para := "Kazakhstan's Central Election Commission said on Monday, 7 October 2024, that 71.12% of the 7,820,204 voters had backed the plan, with turnout at 63.66% and 1,234 polling stations open from 07:00 to 20:00. "
	a := &data.Article{}
	for range 3 {
		text := strings.Repeat(para, 5)
		a.Paragraphs = append(a.Paragraphs, data.Paragraph{Text: text})
	}
	want := map[string]bool{"5177": true}
	b.ReportAllocs()
	for b.Loop() {
		reportFigures(a, 2024, want)
	}
}

// checkParagraphRuns fails when numbersIn reads paragraph p whole
// otherwise than sentence by sentence: reportFigures reads a paragraph
// whole first and cuts it into sentences only when it has a figure.
func checkParagraphRuns(t *testing.T, p string) {
	t.Helper()
	p = mapDigits(p)
	wholeFigs, wholeYears := numbersIn(p, nil, nil, nil)
	var figs []string
	var years []int
	for _, s := range splitSentences(p) {
		figs, years = numbersIn(s, nil, figs, years)
	}
	if !slices.Equal(wholeFigs, figs) || !slices.Equal(wholeYears, years) {
		t.Errorf("%q: whole %q %v, by sentence %q %v", p, wholeFigs, wholeYears, figs, years)
	}
}

// TestParagraphRunsAreSentenceRuns: a run of digits never spans two
// sentences, so a paragraph read whole has its sentences' figures and
// years, in order — in runs cut by a sentence's end and in every
// paragraph of the evaluation's reports.
func TestParagraphRunsAreSentenceRuns(t *testing.T) {
	for _, p := range []string{
		"Turnout was 12. 3456 voters came. 7,820,204 people live there.",
		"It happened in 1999. 2000 people came, 51.77% voted.",
		"Явка составила 67,53%. 1 234 567 избирателей.\n12 345 человек",
		"截至10月6日14:00,投票率已达51.77%。2024年共有12345人。",
		"این حزب ۴۲.۷۱ درصد آرا را کسب کرده است؟ ۱۴۰۳ و ۱۲۳۴۵",
		"Won by 12345! 67.53 percent? 2024. 98765",
		"The count ended at 4.321. 0.5678 was the share.",
	} {
		checkParagraphRuns(t, p)
	}
	c, _ := keptTestCorpus(t)
	n := 0
	for _, a := range c.Articles {
		for _, p := range a.Paragraphs {
			if hasDigit(p.Text) {
				checkParagraphRuns(t, p.Text)
				n++
			}
		}
	}
	if n < 1000 {
		t.Fatalf("only %d paragraphs with digits in the evaluation's reports", n)
	}
}
