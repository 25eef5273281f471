package data

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/caravan-analytics/caravan/data/textnorm"
)

// wordCases are texts with the words wordScanner.scan must find, each written
// "norm=original" where the original differs from the normalised form.
var wordCases = []struct {
	name string
	text string
	want []string
}{
	{"Latin diacritics and case", "Oekraïne, TOKAÏEV", []string{"oekraine=Oekraïne", "tokaiev=TOKAÏEV"}},
	{"decomposed diacritic stays in the span", "Tokai\u0308ev zei", []string{"tokaiev=Tokai\u0308ev", "zei"}},
	{"German sharp s", "Seidenstraße", []string{"seidenstrasse=Seidenstraße"}},
	{"apostrophes and hyphens split words", "Xi’an Nur-Sultan l'OTSC", []string{"xi=Xi", "an", "nur=Nur", "sultan=Sultan", "l", "otsc=OTSC"}},
	{"digits", "COVID-19 en 3.700 C5", []string{"covid=COVID", "19", "en", "3", "700", "c5=C5"}},
	{"Arabic alef forms, taa marbuta, alef maqsura", "أوكرانيا إيران منظمة مصطفى", []string{"اوكرانيا=أوكرانيا", "ايران=إيران", "منظمه=منظمة", "مصطفي=مصطفى"}},
	{"Arabic vowel marks and tatweel stay in the span", "تُوكَايِيف بـوتين", []string{"توكاييف=تُوكَايِيف", "بوتين=بـوتين"}},
	{"Arabic-Indic digits and punctuation", "٢٦ مليار، “C5”", []string{"26=٢٦", "مليار", "c5=C5"}},
	{"Cyrillic", "Путина, ШОС", []string{"путина=Путина", "шос=ШОС"}},
	{"soft hyphen inside a word, tatweel alone", "Kasach\u00adstan ـ", []string{"kasachstan=Kasach\u00adstan"}},
	{"jamo after a replacement character", "\ufffd\u1162", []string{"\u1162"}},
	{"nothing but punctuation", " – … ", nil},
}

func TestScanWords(t *testing.T) {
	for _, tc := range wordCases {
		t.Run(tc.name, func(t *testing.T) {
			const base = 100 // spans are shifted by the paragraph's offset
			padded := strings.Repeat(" ", base) + tc.text
			var got []string
			var s wordScanner
			for _, w := range s.scan(tc.text, base) {
				norm, original := string(s.word(w)), padded[w.Start:w.End]
				if original == norm {
					got = append(got, norm)
				} else {
					got = append(got, norm+"="+original)
				}
			}
			if !slices.Equal(got, tc.want) {
				t.Errorf("words %q, want %q", got, tc.want)
			}
		})
	}
}

// FuzzAppendWords checks that on any text the words' spans are in order,
// inside the text, on character boundaries, and normalise to the word.
func FuzzScanWords(f *testing.F) {
	for _, tc := range wordCases {
		f.Add(tc.text)
	}
	f.Add("习近平出席G20峰会，プーチン大統領はカザフスタンを訪問")
	f.Fuzz(func(t *testing.T, text string) {
		for _, split := range []bool{false, true} { // as WordScanner, as the linker
			last := 0
			s := wordScanner{splitCJK: split}
			for _, w := range s.scan(text, 0) {
				norm := string(s.word(w))
				if w.Start < last || w.End <= w.Start || w.End > len(text) {
					t.Fatalf("word %q at [%d,%d) after %d in %q", norm, w.Start, w.End, last, text)
				}
				if got := textnorm.Normalize(text[w.Start:w.End]); got != norm {
					t.Errorf("%q normalises to %q, not to the word %q", text[w.Start:w.End], got, norm)
				}
				last = w.End
			}
		}
	})
}

func TestWordForms(t *testing.T) {
	for _, tc := range []struct {
		word    string
		has     []string
		hasNot  []string
		comment string
	}{
		{"kasachstan", []string{"kasachstan", "kasachstans"}, nil, "German genitive"},
		{"troep", []string{"troepen", "troepe"}, nil, "Dutch plural"},
		{"xi", []string{"xi", "xis"}, []string{"xien", "xie"}, "short words only take -s"},
		{"путин", []string{"путина", "путину", "путиным"}, nil, "Russian cases"},
		{"кремль", []string{"кремля", "кремле"}, []string{"кремльа"}, "soft sign dropped before the ending"},
		{"азия", []string{"азии"}, []string{"азои"}, "final vowel replaced; a noun in -ия is no adjective"},
		{"центральная", []string{"центральнои", "центральную"}, nil, "adjective: its two-letter ending replaced"},
		{"саудовская", []string{"саудовскои", "саудовскую"}, nil, "adjective: its two-letter ending replaced"},
		{"зеленскии", []string{"зеленского", "зеленскому", "зеленским"}, nil, "a surname in -ский declines as an adjective"},
		{"южная", []string{"южнои", "южную"}, nil, "adjective: its two-letter ending replaced"},
		{"злая", []string{"злая"}, []string{"злои"}, "four letters keep to the noun endings"},
		{"шос", []string{"шос"}, []string{"шоса"}, "abbreviations do not decline"},
		{"بوتين", []string{"وبوتين", "لبوتين", "فبوتين"}, []string{"البوتين"}, "proclitics, no article added"},
		{"الصين", []string{"والصين", "بالصين", "للصين", "وللصين"}, []string{"لالصين"}, "l + al is written ll"},
		{"شي", []string{"لشي", "وشي"}, []string{"الشي"}, "Xi is not the thing"},
		{"2000", []string{"2000"}, []string{"2000s"}, "numbers are exact"},
	} {
		t.Run(fmt.Sprintf("%s (%s)", tc.word, tc.comment), func(t *testing.T) {
			forms := wordForms(tc.word, endingsAll)
			for _, f := range tc.has {
				if !slices.Contains(forms, f) {
					t.Errorf("forms of %q lack %q: %q", tc.word, f, forms)
				}
			}
			for _, f := range tc.hasNot {
				if slices.Contains(forms, f) {
					t.Errorf("forms of %q include %q", tc.word, f)
				}
			}
		})
	}
}

func TestSentenceStarts(t *testing.T) {
	for _, tc := range []struct {
		text string
		want []string
	}{
		{"Een. Twee! Drie? Vier", []string{"Een.", " Twee!", " Drie?", " Vier"}},
		{"Er zijn 3.700 mensen. ‘Dit.’ Daarna", []string{"Er zijn 3.700 mensen.", " ‘Dit.’", " Daarna"}},
		{"قال شي؟ نعم", []string{"قال شي؟", " نعم"}},
		{"Geen einde", []string{"Geen einde"}},
	} {
		starts := sentenceStarts(tc.text, 10)
		var got []string
		for i, s := range starts {
			end := len(tc.text) + 10
			if i+1 < len(starts) {
				end = starts[i+1]
			}
			got = append(got, tc.text[s-10:end-10])
		}
		if !slices.Equal(got, tc.want) {
			t.Errorf("sentences of %q: %q, want %q", tc.text, got, tc.want)
		}
		for i, s := range starts {
			if sentenceIndex(starts, s) != i || sentenceIndex(starts, s+1) != i {
				t.Errorf("sentenceIndex at %d is not %d", s, i)
			}
		}
	}
}
