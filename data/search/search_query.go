package search

import (
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/caravan-analytics/caravan/data"
	"github.com/caravan-analytics/caravan/data/textnorm"
)

// termGroup is one word or quoted phrase of a query, with the spellings
// that may stand for it; a passage must hold one of them.
type termGroup struct {
	ref          string   // Match.Ref: the name-list id it was expanded through, or the word
	spellings    []string // as written, for Result.Terms
	alternatives []alternative
}

// alternative is one normalised spelling of a term and how it may sit in
// the text.
type alternative struct {
	text   string // normalised, never empty
	arabic bool   // Arabic: may follow clitic prefixes in the same word
	prefix bool   // may end inside a word of the text
	// stem: text is an Arabic term with its article ال taken off, to be
	// found after the contraction لل ("للصين" for "الصين").
	stem bool
}

// queryPart is a word or a quoted phrase of a normalised query.
type queryPart struct {
	text     string
	quoted   bool
	wildcard bool // the word ended in *
}

// parseQuery turns a query into term groups. Runs of unquoted words are
// matched against the name lists longest first, so "Xi Jinping" is one
// name rather than two words.
func (ix *Index) parseQuery(query string) []termGroup {
	parts := splitQuery(textnorm.Normalize(query))
	var groups []termGroup
	for i := 0; i < len(parts); {
		p, names, next := parts[i], []*data.Name(nil), i+1
		switch {
		case p.quoted:
			names = ix.names.exact(p.text)
		case p.wildcard:
			names = ix.names.withPrefix(p.text)
		default:
			names = ix.names.lookup(p.text)
			// A longer run of plain words that spells a name wins.
			for n := min(len(parts), i+ix.names.maxWords); n > i+1; n-- {
				if !plainWords(parts[i:n]) {
					continue
				}
				phrase := joinParts(parts[i:n])
				if found := ix.names.exact(phrase); found != nil {
					p, names, next = queryPart{text: phrase}, found, n
					break
				}
			}
		}
		groups = append(groups, ix.names.group(p, names))
		i = next
	}
	return groups
}

// splitQuery cuts a normalised query into words and "quoted phrases". An
// unclosed quote runs to the end. Punctuation around words is dropped
// ("(SCO)," is the word "sco").
func splitQuery(q string) []queryPart {
	var parts []queryPart
	for q != "" {
		var p queryPart
		if q[0] == '"' {
			end := strings.IndexByte(q[1:], '"')
			if end < 0 {
				p, q = queryPart{text: q[1:], quoted: true}, ""
			} else {
				p, q = queryPart{text: q[1 : 1+end], quoted: true}, q[2+end:]
			}
		} else {
			end := strings.IndexAny(q, ` "`)
			if end < 0 {
				end = len(q)
			}
			p, q = queryPart{text: q[:end]}, q[end:]
			if q != "" && q[0] == ' ' {
				q = q[1:]
			}
			p.text = strings.TrimLeftFunc(p.text, notSearchWordRune)
			p.wildcard = strings.HasSuffix(p.text, "*")
		}
		if p.text = strings.TrimFunc(p.text, notSearchWordRune); p.text != "" {
			parts = append(parts, p)
		}
	}
	return parts
}

func notSearchWordRune(r rune) bool { return !isSearchWordRune(r) }

func plainWords(parts []queryPart) bool {
	for _, p := range parts {
		if p.quoted || p.wildcard {
			return false
		}
	}
	return true
}

func joinParts(parts []queryPart) string {
	words := make([]string, len(parts))
	for i, p := range parts {
		words[i] = p.text
	}
	return strings.Join(words, " ")
}

// nameIndex finds names by their normalised spellings.
type nameIndex struct {
	entries  []nameEntry // sorted by text
	maxWords int         // the most words in a spelling
}

type nameEntry struct {
	text string // a normalised spelling, or the tail of a person's
	name *data.Name
}

// minPrefixRunes is how long a word must be to stand for the longer words
// it begins: the start of a spelling in the name lists, or of a word in the
// text.
const minPrefixRunes = 4

func newNameIndex(names []*data.Name) nameIndex {
	var ix nameIndex
	for _, n := range names {
		for _, sp := range spellingsOf(n) {
			text := textnorm.Normalize(sp)
			if text == "" {
				continue
			}
			ix.entries = append(ix.entries, nameEntry{text, n})
			ix.maxWords = max(ix.maxWords, strings.Count(text, " ")+1)
			if n.Kind != data.Person {
				continue
			}
			// People are searched by surname: "Tokayev" for "Kassym-Jomart
			// Tokayev". Places and organisations are not, or "organisation"
			// would find every organisation.
			for i, c := range []byte(text) {
				if tail := text[i+1:]; c == ' ' && utf8.RuneCountInString(tail) >= minPrefixRunes {
					ix.entries = append(ix.entries, nameEntry{tail, n})
				}
			}
		}
	}
	slices.SortFunc(ix.entries, func(a, b nameEntry) int { return strings.Compare(a.text, b.text) })
	return ix
}

// spellingsOf returns the English name and every spelling, languages in
// order so results do not change from run to run.
func spellingsOf(n *data.Name) []string {
	out := []string{n.English}
	langs := make([]string, 0, len(n.Spellings))
	for lang := range n.Spellings {
		langs = append(langs, lang)
	}
	slices.Sort(langs)
	for _, lang := range langs {
		out = append(out, n.Spellings[lang]...)
	}
	return out
}

// exact returns the names with a spelling equal to text.
func (ix nameIndex) exact(text string) []*data.Name {
	return ix.collect(text, func(e string) bool { return e == text })
}

// lookup returns the names with a spelling equal to word or, when word is
// long enough, beginning with it.
func (ix nameIndex) lookup(word string) []*data.Name {
	if utf8.RuneCountInString(word) < minPrefixRunes {
		return ix.exact(word)
	}
	return ix.withPrefix(word)
}

// withPrefix returns the names with a spelling that begins with prefix.
func (ix nameIndex) withPrefix(prefix string) []*data.Name {
	return ix.collect(prefix, func(e string) bool { return strings.HasPrefix(e, prefix) })
}

// collect returns, once each, the names of the entries from the first
// at or after text while keep holds.
func (ix nameIndex) collect(text string, keep func(string) bool) []*data.Name {
	var out []*data.Name
	for i := sort.Search(len(ix.entries), func(i int) bool { return ix.entries[i].text >= text }); i < len(ix.entries) && keep(ix.entries[i].text); i++ {
		if n := ix.entries[i].name; !slices.Contains(out, n) {
			out = append(out, n)
		}
	}
	return out
}

// group builds the term group of a query part and the names it stands for.
func (ix nameIndex) group(p queryPart, names []*data.Name) termGroup {
	g := termGroup{ref: p.text}
	shown := p.text
	switch {
	case p.quoted:
		shown = `"` + p.text + `"`
	case p.wildcard:
		shown = p.text + "*"
	}
	g.add(p.text, shown, p.wildcard)
	if len(names) == 1 {
		g.ref = names[0].ID
	}
	for _, n := range names {
		for _, sp := range spellingsOf(n) {
			g.add(textnorm.Normalize(sp), sp, false)
		}
	}
	return g
}

// add adds a spelling, normalised as text, unless the group has it.
func (g *termGroup) add(text, shown string, wildcard bool) {
	if text == "" || slices.ContainsFunc(g.alternatives, func(a alternative) bool { return a.text == text && !a.stem }) {
		return
	}
	g.spellings = append(g.spellings, shown)
	lastWord := text[strings.LastIndexByte(text, ' ')+1:]
	alt := alternative{
		text:   text,
		arabic: isArabicWord(text),
		prefix: wildcard || utf8.RuneCountInString(lastWord) >= minPrefixRunes,
	}
	g.alternatives = append(g.alternatives, alt)
	if stem, ok := strings.CutPrefix(text, arabicArticle); ok && alt.arabic && utf8.RuneCountInString(stem) >= 2 {
		alt.text, alt.stem = stem, true
		g.alternatives = append(g.alternatives, alt)
	}
}

// find yields the spans of normalised text where the alternative stands at
// the start of a word, widened to whole words: a clitic prefix before it
// and, for a prefix alternative, the rest of the word after it.
func (a alternative) find(text string) func(yield func(start, end int) bool) {
	return func(yield func(start, end int) bool) {
		for from := 0; from < len(text); {
			k := strings.Index(text[from:], a.text)
			if k < 0 {
				return
			}
			p := from + k
			if start, ok := a.startAt(text, p); ok {
				if end, ok := a.endAt(text, p+len(a.text)); ok {
					if !yield(start, end) {
						return
					}
					from = end
					continue
				}
			}
			_, size := utf8.DecodeRuneInString(text[p:])
			from = p + size
		}
	}
}

// startAt returns where the word holding an occurrence at p starts, if the
// occurrence may count: at a word's start, or after Arabic clitics.
func (a alternative) startAt(text string, p int) (int, bool) {
	first, _ := utf8.DecodeRuneInString(a.text)
	prev, _ := utf8.DecodeLastRuneInString(text[:p])
	if !isSearchWordRune(first) || p == 0 || !isSearchWordRune(prev) {
		return p, !a.stem
	}
	if !a.arabic {
		return 0, false
	}
	w := p
	for w > 0 {
		r, size := utf8.DecodeLastRuneInString(text[:w])
		if !isSearchWordRune(r) {
			break
		}
		w -= size
	}
	clitics := text[w:p]
	if !isCliticPrefix(clitics) || (a.stem && !strings.HasSuffix(clitics, "لل")) {
		return 0, false
	}
	return w, true
}

// endAt returns where the word holding an occurrence ending at end ends, if
// the occurrence may count: at a word's end, or anywhere for a prefix.
func (a alternative) endAt(text string, end int) (int, bool) {
	last, _ := utf8.DecodeLastRuneInString(a.text)
	next, _ := utf8.DecodeRuneInString(text[end:])
	if !isSearchWordRune(last) || end == len(text) || !isSearchWordRune(next) {
		return end, true
	}
	if !a.prefix {
		return 0, false
	}
	for end < len(text) {
		r, size := utf8.DecodeRuneInString(text[end:])
		if !isSearchWordRune(r) {
			break
		}
		end += size
	}
	return end, true
}

// arabicArticle is the definite article, written joined to its word.
const arabicArticle = "ال"

// isArabicWord reports whether s begins with an Arabic letter.
func isArabicWord(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.Is(unicode.Arabic, r)
}

// isCliticPrefix reports whether p, the start of an Arabic word, is a run
// of the clitics written joined to the word after them: a conjunction (و
// "and", ف "so"), then a preposition (ب "with", ل "for", ك "like"), then the
// article ال — or the conjunction and لل, which ل + ال contracts to.
func isCliticPrefix(p string) bool {
	rest := p
	if r, size := utf8.DecodeRuneInString(rest); r == 'و' || r == 'ف' {
		rest = rest[size:]
	}
	if rest == "لل" {
		return true
	}
	if r, size := utf8.DecodeRuneInString(rest); r == 'ب' || r == 'ل' || r == 'ك' {
		rest = rest[size:]
	}
	rest = strings.TrimPrefix(rest, arabicArticle)
	return p != "" && rest == ""
}

// cliticStem is an Arabic word without a run of clitics it begins with.
type cliticStem struct {
	stem string
	ll   bool // the clitics end in لل (ل and the article contracted)
}

// cliticStems returns the Arabic word without each run of clitics it may
// begin with: "وبالصين" gives "بالصين", "الصين" and "صين". The index lists
// a word under each, so that a search for a term of any length finds it
// after any clitics from the index alone.
func cliticStems(word string) []cliticStem {
	var out []cliticStem
	i := 0
	for k := 0; k < 4; k++ {
		_, size := utf8.DecodeRuneInString(word[i:])
		if i += size; i >= len(word) {
			break
		}
		if isCliticPrefix(word[:i]) {
			out = append(out, cliticStem{word[i:], strings.HasSuffix(word[:i], "لل")})
		}
	}
	return out
}
