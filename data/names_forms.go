package data

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// The linker tolerates Dutch, German and English word endings on text in
// those languages, and Russian (or, on Ukrainian text, the Ukrainian share
// of them) on Russian text (see wordForms, languageEndings). Polish and
// Ukrainian decline names with endings it does not know (Kazachstanie,
// Tokajewowi, Казахстані, Україною), and Kazakh and Uzbek add case
// suffixes to the whole name (Қазақстанда, Тоқаевтың, Mirziyoyevning,
// Qozogʻistonda). addInflections adds those forms to the spellings of the
// language that uses them, so that a name list gives each spelling once
// and the linker, search and charts all find the inflected forms.

// Uzbek case suffixes (Latin and Cyrillic), added to the whole name: in
// Turkic languages only the last word takes them. Uzbek has no vowel
// harmony; after k/q the dative is -ka/-qa.
var (
	uzbekLatinSuffixes    = []string{"ning", "ni", "ga", "da", "dan", "dagi"}
	uzbekCyrillicSuffixes = []string{"нинг", "ни", "га", "да", "дан", "даги"}
)

// Polish endings by the end of the word: a masculine noun in a consonant
// (Kazachstan, Putin, Tokajew), a feminine noun in -a (Rosja, Moskwa), a
// plural in -y (Chiny) and an adjective in -ski/-cki (kazachski).
var (
	polishConsonant = []string{"a", "u", "owi", "em", "ie", "iem", "y", "i", "ów", "om", "ami", "ach"}
	polishFeminine  = []string{"y", "i", "ę", "ą", "ie", "o"} // after dropping -a
	polishPlural    = []string{"ach", "om", "ami"}            // after dropping -y
	polishAdjective = []string{"iego", "iej", "im", "ich", "ą", "ie"}
)

// Ukrainian endings the Russian list lacks (і, ові, ою…), after the final
// vowel, soft sign or й is dropped: Україна → Україні, Україною; Китай →
// Китаї; Токаєв → Токаєві, Токаєвим.
var (
	ukrainianEndings  = []string{"і", "ї", "ові", "ою", "ею", "ів"}
	ukrainianStemEnds = "аяоеєиіїйь"
	// The endings of surnames that are adjectives, after -ий or -а.
	ukrainianMasculineAdjective = []string{"ого", "ому", "им", "ім"}
	ukrainianFeminineAdjective  = []string{"ої", "ій", "у", "ою"}
)

// addInflections adds to n's spellings the inflected forms of the
// languages above, the apostrophe variants of Uzbek Latin spellings and
// the dotted-i variant of Turkish spellings with a dotless ı.
func addInflections(n *Name) {
	for lang, spellings := range n.Spellings {
		var extra []string
		for _, s := range spellings {
			extra = append(extra, inflections(lang, s)...)
		}
		for _, s := range extra {
			if !slices.Contains(n.Spellings[lang], s) {
				n.Spellings[lang] = append(n.Spellings[lang], s)
			}
		}
	}
}

// minInflectedName is the length in letters from which a spelling takes
// endings: short ones are acronyms or short names that endings would turn
// into other words.
const minInflectedName = 4

// inflections returns the forms of spelling s in language lang that text
// may use besides s itself.
func inflections(lang, s string) []string {
	var variants []string
	switch {
	case lang == "uz":
		variants = uzbekApostrophes(s)
	case (lang == "tr" || lang == "az") && strings.ContainsRune(s, 'ı'):
		// Case folding knows no Turkish: "KIRGIZISTAN" folds to
		// "kirgizistan", which "Kırgızistan" (dotless ı) does not.
		variants = []string{strings.ReplaceAll(s, "ı", "i")}
	}
	if utf8.RuneCountInString(s) < minInflectedName || isAcronym(s) {
		return variants
	}
	var out []string
	for _, v := range append([]string{s}, variants...) {
		switch lang {
		case "kk":
			out = append(out, kazakhForms(v)...)
		case "uz":
			out = append(out, uzbekForms(v)...)
		case "pl":
			out = append(out, polishForms(v)...)
		case "uk":
			out = append(out, ukrainianForms(v)...)
		case "ky":
			out = append(out, kyrgyzForms(v)...)
		case "az":
			out = append(out, azerbaijaniForms(v)...)
		case "tg":
			out = append(out, tajikForms(v)...)
		}
	}
	return append(variants, out...)
}

// uzbekApostrophes returns s with the other ways of writing the Uzbek
// oʻ and gʻ: the modifier letter ʻ is part of a word, an ASCII or
// typographic apostrophe splits it, and texts use all of them.
func uzbekApostrophes(s string) []string {
	if !strings.ContainsAny(s, "ʻʼ'‘’`") {
		return nil
	}
	var out []string
	for _, a := range []string{"ʻ", "'"} {
		v := strings.NewReplacer("ʻ", a, "ʼ", a, "'", a, "‘", a, "’", a, "`", a).Replace(s)
		if v != s {
			out = append(out, v)
		}
	}
	return out
}

// uzbekForms adds the Uzbek case suffixes to s.
func uzbekForms(s string) []string {
	last, _ := utf8.DecodeLastRuneInString(strings.ToLower(s))
	if isCyrillic(s) {
		out := suffixed(s, uzbekCyrillicSuffixes)
		if last == 'к' || last == 'қ' {
			out = append(out, s+string(last)+"а")
		}
		return out
	}
	out := suffixed(s, uzbekLatinSuffixes)
	if last == 'k' || last == 'q' {
		out = append(out, s+string(last)+"a")
	}
	return out
}

// kazakhForms adds the Kazakh case suffixes to a Cyrillic spelling, chosen
// as Kazakh chooses them: by the vowels (back а о ұ ы, or front ә е ө ү
// і) and by the last sound (a vowel, a sonorant, a nasal, a voiced or a
// voiceless consonant): Қазақстанның, Астанада, Тоқаевтың, Алматыға.
func kazakhForms(s string) []string {
	if !isCyrillic(s) {
		return nil
	}
	lower := []rune(strings.ToLower(s))
	// The last vowel decides, as in Kazakh words; after the Russian
	// surname endings -ев and -ов (Тоқаев, Назарбаев, Мәсімов) Kazakh
	// writes either harmony, the ending's or the stem's (Тоқаевтың,
	// Мирзиёевтің, Мәсімовтің), so both are given.
	front, back := false, true
	surname := strings.HasSuffix(string(lower), "ев") || strings.HasSuffix(string(lower), "ов")
	for i := len(lower) - 1; i >= 0; i-- {
		if r := lower[i]; strings.ContainsRune("аоұыяуюәеөүіиэ", r) {
			front = strings.ContainsRune("әеөүіиэ", r) || surname
			back = !front || surname
			break
		}
	}
	var out []string
	if back {
		out = append(out, kazakhSuffixed(s, lower, false)...)
	}
	if front {
		out = append(out, kazakhSuffixed(s, lower, true)...)
	}
	return out
}

// kazakhSuffixed adds to s the suffixes of one vowel harmony.
func kazakhSuffixed(s string, lower []rune, front bool) []string {
	h := func(back, fr string) string {
		if front {
			return fr
		}
		return back
	}
	var gen, acc, dat, loc, abl, ins string
	switch last := lower[len(lower)-1]; {
	case strings.ContainsRune("аоұыяәеөүіиэю", last): // vowel
		gen, acc, dat, loc, abl, ins = h("ның", "нің"), h("ны", "ні"), h("ға", "ге"), h("да", "де"), h("дан", "ден"), "мен"
	case strings.ContainsRune("мнң", last): // nasal
		gen, acc, dat, loc, abl, ins = h("ның", "нің"), h("ды", "ді"), h("ға", "ге"), h("да", "де"), h("нан", "нен"), "мен"
	case strings.ContainsRune("лрйу", last): // sonorant
		gen, acc, dat, loc, abl, ins = h("дың", "дің"), h("ды", "ді"), h("ға", "ге"), h("да", "де"), h("дан", "ден"), "мен"
	case strings.ContainsRune("зж", last): // voiced
		gen, acc, dat, loc, abl, ins = h("дың", "дің"), h("ды", "ді"), h("ға", "ге"), h("да", "де"), h("дан", "ден"), "бен"
	default: // voiceless, and б в г д
		gen, acc, dat, loc, abl, ins = h("тың", "тің"), h("ты", "ті"), h("қа", "ке"), h("та", "те"), h("тан", "тен"), "пен"
	}
	return suffixed(s, []string{gen, acc, dat, loc, abl, ins, loc[:len(loc)-2] + h("ағы", "егі")})
}

// kyrgyzForms adds the Kyrgyz case suffixes to a Cyrillic spelling.
// Kyrgyz harmony has four ways, by the last vowel's backness and
// rounding (а ы, о у, е и, ө ү), and the suffix's first sound follows
// the last sound of the name: Кыргызстандын, Жапаровдун, Токаевди,
// Бишкекке, Бишкекте, Москвага, Ташкентке, Өзбекстандан.
func kyrgyzForms(s string) []string {
	if !isCyrillic(s) {
		return nil
	}
	lower := []rune(strings.ToLower(s))
	a, i := "а", "ы" // the open and the closed vowel of the suffixes
	for k := len(lower) - 1; k >= 0; k-- {
		if r := lower[k]; strings.ContainsRune("аыояуёюеиэөү", r) {
			switch {
			case strings.ContainsRune("оуёю", r):
				a, i = "о", "у"
			case strings.ContainsRune("еиэ", r):
				a, i = "е", "и"
			case strings.ContainsRune("өү", r):
				a, i = "ө", "ү"
			}
			break
		}
	}
	var gen, acc, dat, loc, abl string
	switch last := lower[len(lower)-1]; {
	case strings.ContainsRune("аыояуёюеиэөү", last): // vowel
		gen, acc, dat, loc, abl = "н"+i+"н", "н"+i, "г"+a, "д"+a, "д"+a+"н"
	case strings.ContainsRune("кпстфхцчшщ", last): // voiceless
		gen, acc, dat, loc, abl = "т"+i+"н", "т"+i, "к"+a, "т"+a, "т"+a+"н"
	default: // voiced and sonorant
		gen, acc, dat, loc, abl = "д"+i+"н", "д"+i, "г"+a, "д"+a, "д"+a+"н"
	}
	return suffixed(s, []string{gen, acc, dat, loc, abl, loc + "гы"})
}

// azerbaijaniForms adds the Azerbaijani case suffixes to a Latin
// spelling, which Azerbaijani writes without an apostrophe: by the last
// vowel (a ı o u take -a, ı or u; e ə i ö ü take -ə, i or ü) and a
// buffer consonant after a vowel: Azərbaycanın, Putinin, Putinə,
// Putinlə, Bakıda, Bakıya, Bakının, Rusiyadan, Ərdoğanla.
func azerbaijaniForms(s string) []string {
	if isCyrillic(s) || isAcronym(s) {
		return nil
	}
	lower := []rune(strings.ToLower(s))
	a, i := "a", "ı"
	for k := len(lower) - 1; k >= 0; k-- {
		if r := lower[k]; strings.ContainsRune("aıoueəiöü", r) {
			switch r {
			case 'o', 'u':
				a, i = "a", "u"
			case 'e', 'ə', 'i':
				a, i = "ə", "i"
			case 'ö', 'ü':
				a, i = "ə", "ü"
			}
			break
		}
	}
	if strings.ContainsRune("aıoueəiöü", lower[len(lower)-1]) {
		// A name ending in the possessive -ı/-i ("Azərbaycan Hava
		// Yolları", Azerbaijan Airlines) takes its cases after an n:
		// Hava Yollarına, Yollarında, Yollarından.
		return suffixed(s, []string{"n" + i + "n", "n" + i, "y" + a, "d" + a, "d" + a + "n", "yl" + a, "dak" + i,
			"n" + a, "nd" + a, "nd" + a + "n"})
	}
	return suffixed(s, []string{i + "n", i, a, "d" + a, "d" + a + "n", "l" + a, "dak" + i})
}

// tajikForms adds to a Cyrillic spelling the Tajik object suffix -ро
// (Тоҷикистонро) and, after a consonant, the izafat -и that joins a name
// to what follows (Тоҷикистони соҳибистиқлол).
func tajikForms(s string) []string {
	if !isCyrillic(s) {
		return nil
	}
	last, _ := utf8.DecodeLastRuneInString(strings.ToLower(s))
	if strings.ContainsRune("аоуэеиӣӯяю", last) {
		return []string{s + "ро"}
	}
	return []string{s + "ро", s + "и"}
}

func suffixed(s string, suffixes []string) []string {
	out := make([]string, len(suffixes))
	for i, x := range suffixes {
		out[i] = s + x
	}
	return out
}

// polishForms declines a one-word Polish spelling.
func polishForms(s string) []string {
	if strings.ContainsAny(s, " -") || isCyrillic(s) {
		return nil
	}
	lower := strings.ToLower(s)
	switch {
	case strings.HasSuffix(lower, "ski"), strings.HasSuffix(lower, "cki"):
		return suffixed(s[:len(s)-1], polishAdjective)
	case strings.HasSuffix(lower, "a"):
		return suffixed(s[:len(s)-1], polishFeminine)
	case strings.HasSuffix(lower, "y"):
		return suffixed(s[:len(s)-1], polishPlural)
	}
	last, _ := utf8.DecodeLastRuneInString(lower)
	if strings.ContainsRune("eiouyąęó", last) {
		return nil // indeclinable (Tokio, Mali, Peru) or irregular
	}
	return suffixed(s, polishConsonant)
}

// ukrainianForms adds the Ukrainian endings to a one-word spelling.
// Surnames that are adjectives decline as adjectives: Навроцький →
// Навроцького, Навроцьким; Тихановська → Тихановської, Тихановською.
func ukrainianForms(s string) []string {
	if strings.ContainsAny(s, " -") || !isCyrillic(s) {
		return nil
	}
	lower := strings.ToLower(s)
	switch {
	case strings.HasSuffix(lower, "ський"), strings.HasSuffix(lower, "цький"):
		return suffixed(strings.TrimSuffix(s, s[len(s)-len("ий"):]), ukrainianMasculineAdjective)
	case strings.HasSuffix(lower, "ська"), strings.HasSuffix(lower, "цька"):
		return suffixed(strings.TrimSuffix(s, s[len(s)-len("а"):]), ukrainianFeminineAdjective)
	}
	stem := s
	if last, size := utf8.DecodeLastRuneInString(s); strings.ContainsRune(ukrainianStemEnds, unicode.ToLower(last)) {
		stem = s[:len(s)-size]
	}
	return suffixed(stem, ukrainianEndings)
}

func isCyrillic(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) {
			return unicode.Is(unicode.Cyrillic, r)
		}
	}
	return false
}

// isAcronym reports whether s is written in capitals only (ШОС, SCO).
func isAcronym(s string) bool {
	letters := 0
	for _, r := range s {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsLetter(r) {
			letters++
		}
	}
	return letters > 0
}
