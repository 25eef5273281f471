package main

import (
	"fmt"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/language"
	"golang.org/x/text/language/display"
	"golang.org/x/text/runes"
	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"
)

// lang is a language of the output: its key in names.toml, the CLDR tags
// whose region names it takes, and its iso-codes catalogues.
type lang struct {
	key     string
	cldr    []string
	gettext []string
}

// languages are those Caravan reads: both Uzbek scripts and both Chinese
// scripts go under one key, since a key is a language and matching does
// not care about the script. Every spelling is looked for in every text,
// so more languages cost matching time on every corpus: the region's
// other languages (ky, tg, tk, az) are written by hand for its own places.
var languages = []lang{
	{"en", []string{"en"}, nil},
	{"nl", []string{"nl"}, []string{"nl"}},
	{"de", []string{"de"}, []string{"de"}},
	{"fr", []string{"fr"}, []string{"fr"}},
	{"ru", []string{"ru"}, []string{"ru"}},
	{"ar", []string{"ar"}, []string{"ar"}},
	{"es", []string{"es"}, []string{"es"}},
	{"it", []string{"it"}, []string{"it"}},
	{"pt", []string{"pt", "pt-PT"}, []string{"pt", "pt_BR"}},
	{"tr", []string{"tr"}, []string{"tr"}},
	{"pl", []string{"pl"}, []string{"pl"}},
	{"uk", []string{"uk"}, []string{"uk"}},
	{"fa", []string{"fa"}, []string{"fa"}},
	{"zh", []string{"zh", "zh-Hant"}, []string{"zh_CN", "zh_TW"}},
	{"ja", []string{"ja"}, []string{"ja"}},
	{"kk", []string{"kk"}, []string{"kk"}},
	{"uz", []string{"uz", "uz-Cyrl"}, []string{"uz"}},
}

// ambiguous are names that are also common words of the language (or of
// a language that writes the same script), so that a link on them would
// more often be wrong than right: Turkish and Uzbek "mali" and Arabic and
// Persian مالي/مالی mean "financial"; Arabic عمان is Oman but also Amman,
// Jordan's capital; Russian "того" is "of that", and with the Russian case
// endings the matcher allows, "Мали" and "Перу" would match "мало" and
// "пера"; Kazakh "Корея", which iso-codes gives North Korea, names South
// Korea in the news as often (and, read in a Cyrillic text of another
// language, any Korea). The longer official names stay.
var ambiguous = map[string]bool{
	"mali": true, "مالي": true, "مالی": true, "عمان": true, "عُمان": true,
	"man": true, "jersey": true, "того": true, "мали": true, "малі": true, "перу": true,
	"корея": true,
}

// ids keeps the ids that curated files already use where the slug of the
// English name would differ.
var ids = map[string]string{
	"US": "united-states", "GB": "united-kingdom", "TR": "turkey", "CZ": "czechia",
	"CD": "dr-congo", "CG": "congo", "KP": "north-korea", "KR": "south-korea",
	"HK": "hong-kong", "MO": "macao", "PS": "palestine", "VA": "vatican",
	"MM": "myanmar", "CI": "cote-d-ivoire", "ML": "mali", "TD": "chad",
}

// render writes the TOML file: one [[name]] per country, ordered by id.
func render(countries []isoCountry, catalogues map[string][]map[string]string) string {
	type entry struct {
		id, code  string
		spellings [][]string // by languages index
	}
	var entries []entry
	for _, c := range countries {
		region, err := language.ParseRegion(c.Alpha2)
		if err != nil {
			continue
		}
		e := entry{code: c.Alpha2, spellings: make([][]string, len(languages))}
		for i, l := range languages {
			var cldr []string
			for _, tag := range l.cldr {
				cldr = append(cldr, display.Regions(language.MustParse(tag)).Name(region))
			}
			cldr = clean(cldr)
			cands := slices.Clone(cldr)
			for _, m := range catalogues[l.key] {
				for _, s := range []string{c.Common, c.Name, c.Official} {
					// Translations in iso-codes have slips (Pakistan's name
					// under Afghanistan in one catalogue): one is kept only
					// when it shares a word with CLDR's name.
					if t := m[s]; s != "" && t != "" && (len(cldr) == 0 || slices.ContainsFunc(cldr, func(n string) bool { return related(n, t) })) {
						cands = append(cands, t)
					}
				}
			}
			if l.key == "en" {
				cands = append(cands, c.Common, c.Name, c.Official)
			}
			e.spellings[i] = clean(cands)
		}
		if len(e.spellings[0]) == 0 {
			continue
		}
		e.id = ids[c.Alpha2]
		if e.id == "" {
			e.id = slug(e.spellings[0][0])
		}
		entries = append(entries, e)
	}
	slices.SortFunc(entries, func(a, b entry) int { return strings.Compare(a.id, b.id) })

	// A spelling that two countries claim ("Китай" in Hong Kong's
	// "Сянган (Китай)", "Virgin Islands") names neither: it stays only
	// with the country whose first name it is in some language.
	owners := map[string][]int{}
	first := map[string]int{}
	for k, e := range entries {
		for _, list := range e.spellings {
			for j, s := range list {
				key := matchKey(s)
				if !slices.Contains(owners[key], k) {
					owners[key] = append(owners[key], k)
				}
				if j == 0 {
					if _, ok := first[key]; !ok {
						first[key] = k
					}
				}
			}
		}
	}
	for k := range entries {
		for i, list := range entries[k].spellings {
			entries[k].spellings[i] = slices.DeleteFunc(list, func(s string) bool {
				key := matchKey(s)
				if len(owners[key]) < 2 {
					return false
				}
				owner, ok := first[key]
				return !ok || owner != k
			})
		}
	}

	var b strings.Builder
	b.WriteString(header)
	for _, e := range entries {
		fmt.Fprintf(&b, "\n[[name]]\nid   = %q # %s\nkind = \"place\"\n", e.id, e.code)
		for i, l := range languages {
			if len(e.spellings[i]) == 0 {
				continue
			}
			quoted := make([]string, len(e.spellings[i]))
			for j, s := range e.spellings[i] {
				quoted[j] = fmt.Sprintf("%q", s)
			}
			fmt.Fprintf(&b, "%-4s = [%s]\n", l.key, strings.Join(quoted, ", "))
		}
	}
	return b.String()
}

const header = `# Country names in the languages Caravan reads, in the names.toml format.
# GENERATED by data/knowledge/internal/gen from golang.org/x/text/language/display
# (CLDR) and Debian's iso-codes (iso_3166-1.json and its translations).
# Do not edit: run "go generate ./data/knowledge". Add what these sources lack
# (demonyms, short forms, inflections) in places.toml: entries with the same
# id are merged.
`

// clean keeps the names that text writes as they are: no inverted
// "Korea, Republic of", no placeholder, no part in brackets, no common
// word, no repeats.
func clean(cands []string) []string {
	var out []string
	add := func(s string) {
		s = strings.TrimSpace(s)
		if s == "" || strings.ContainsAny(s, ",()،") || ambiguous[strings.ToLower(s)] || slices.Contains(out, s) {
			return
		}
		// CLDR answers with the code when it has no name.
		if len(s) <= 3 && strings.ToUpper(s) == s && !strings.ContainsFunc(s, func(r rune) bool { return r > unicode.MaxASCII }) {
			return
		}
		out = append(out, s)
	}
	for _, s := range cands {
		// "Myanmar (Burma)", "Hong Kong (China)": the part in brackets is
		// another name or another country, so only the head is kept.
		head, _, _ := strings.Cut(s, " (")
		add(head)
	}
	return out
}

// related reports whether two names of a country share a word of three
// letters or more, or, in scripts written without spaces, two characters
// in a row.
func related(a, b string) bool {
	a, b = strings.ToLower(a), strings.ToLower(b)
	split := func(s string) []string {
		return strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) })
	}
	for _, w := range split(a) {
		if utf8.RuneCountInString(w) >= 3 && slices.Contains(split(b), w) {
			return true
		}
	}
	ra := []rune(a)
	for i := 0; i+1 < len(ra); i++ {
		if unicode.Is(unicode.Han, ra[i]) && strings.Contains(b, string(ra[i:i+2])) {
			return true
		}
	}
	return false
}

// matchKey is s as the matcher compares it, near enough: lower case,
// without diacritics, words joined by single spaces ("Saint-Martin" and
// "Saint Martin" are one name to it).
func matchKey(s string) string {
	t := transform.Chain(norm.NFD, runes.Remove(runes.In(unicode.Mn)), norm.NFC)
	s, _, _ = transform.String(t, strings.ToLower(s))
	return strings.Join(strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }), " ")
}

// slug makes an id from an English name: "Côte d’Ivoire" → "cote-d-ivoire".
func slug(s string) string {
	t := transform.Chain(norm.NFD, runes.Remove(runes.In(unicode.Mn)), norm.NFC)
	s, _, _ = transform.String(t, s)
	var b strings.Builder
	dash := false
	for _, r := range strings.ToLower(s) {
		if r < unicode.MaxASCII && (unicode.IsLetter(r) || unicode.IsDigit(r)) {
			if dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			b.WriteRune(r)
			dash = false
			continue
		}
		dash = true
	}
	return b.String()
}
