package data

import (
	"iter"
	"unicode"
	"unicode/utf8"
)

// Names are matched with the article's language in mind, in three ways.
//
//   - Endings: a text takes the word endings of its own language (see
//     languageEndings), not those of every language written in its script.
//   - Case: a name the lists write with a capital is a name only where the
//     text writes it so. "modi" (Italian "ways"), "raisi" (Uzbek "his
//     chairman"), "trump", "gana" (Spanish "wins") are words; names are
//     capitalised in every cased script. Scripts without case (Arabic, Han)
//     are not concerned.
//   - False friends: a one-word spelling that is a common word of the
//     article's language does not count alone, even with a capital, since
//     headlines and sentence starts capitalise words ("Xitoy Raisi Si
//     Szinpin", Uzbek for "Chairman of China Xi Jinping"). It counts once
//     the article has named the same person in full ("Narendra Modi …
//     Modi ha detto"), as news writes a surname alone only after the full
//     name. Whether the lists give the spelling for that language does not
//     decide: Uzbek lists "Raisi" and Italian "Modi", because their press
//     writes the surnames so, and the words are theirs all the same.

// falseFriend reports whether word is a false friend of language lang
// (see falseFriends); in a text of unknown language, of any: a short
// report whose language is not told ("Elizabeth Smith … died in Leeds")
// is no reason to take the word for the name.
func falseFriend(lang, word string) bool {
	if lang != "" {
		return falseFriends[lang][word]
	}
	for _, set := range falseFriends {
		if set[word] {
			return true
		}
	}
	return false
}

// falseFriends are, by language (ISO 639-1), the common words of the
// language that are also one-word spellings of a shipped name in some
// language, normalised (see textnorm.Normalize). The list is short and written by
// hand: it is the intersection of the shipped spellings with what a
// speaker reads as a word, checked for the languages Caravan reads.
// A lower-case word needs no entry (see the case rule above); an entry is
// for the capitalised word at a sentence start or in a headline.
var falseFriends = map[string]map[string]bool{
	// "modi": ways (Narendra Modi); "grossi": big (Rafael Grossi); "fico":
	// fig (Robert Fico); "albanese": Albanian (Anthony Albanese).
	"it": set("modi", "grossi", "fico", "albanese"),
	// "raisi", "раиси": his chairman, head (Ebrahim Raisi); "ruhoniy",
	// "руҳоний": clergyman (Hassan Rouhani).
	"uz": set("raisi", "раиси", "ruhoniy", "руҳоний"),
	// "reisi": its head (Ebrahim Raisi); "ruhani": spiritual, cleric
	// (Rouhani); "benim": my (Portuguese Benim, Benin).
	"tr": set("reisi", "ruhani", "benim"),
	// "gana": wins (Portuguese, Turkish, Uzbek Gana, Ghana).
	"es": set("gana"),
	// A given name is no word, but it is anyone's: "Elizabeth" alone is
	// Queen Elizabeth II only in a report that has named her in full
	// ("koningin Elizabeth II … Elizabeth overleed op 8 september").
	"en": set("elizabeth"),
	"nl": set("elizabeth"),
	"de": set("elizabeth"),
	"fr": set("elizabeth"),
	// "fico": I stay (Robert Fico).
	"pt": set("elizabeth", "fico"),
	// "кум": godfather, a friend (Кум, Qom).
	"ru": set("кум"),
	// "رئيسي" main (Arabic), "رئیسی" a head (Persian), normalised: Ebrahim
	// Raisi.
	"ar": set("رييسي"),
	"fa": set("رييسي"),
}

func set(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}

// startsLower reports whether the first letter of s is a small letter.
func startsLower(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) {
			return unicode.IsLower(r)
		}
	}
	return false
}

// endingsFamilies yields the families of e one by one.
func endingsFamilies(e endings) iter.Seq[endings] {
	return func(yield func(endings) bool) {
		for f := endings(1); f != 0 && f <= e; f <<= 1 {
			if e&f != 0 && !yield(f) {
				return
			}
		}
	}
}

// setArticle prepares m for the paragraphs of a (nil: text of no known
// article or language).
func (m *linkMatcher) setArticle(a *Article) {
	m.article, m.lang, m.full = a, "", fullNames{}
	if a != nil {
		m.lang = a.Language
	}
	m.allowed = languageEndings(m.lang)
}

// lookup fills m.ids with the curated words each of m.words can be in the
// article's language.
func (m *linkMatcher) lookup() { m.lookupKnown(nil) }

// lookupKnown is lookup with the forms of m.words[i] already looked up, in
// known[i] (see NameScanner.Words); with known nil, it looks them up.
func (m *linkMatcher) lookupKnown(known [][]formRef) {
	m.ids, m.idBuf, m.idSpans = m.ids[:0], m.idBuf[:0], m.idSpans[:0]
	for i, w := range m.words {
		from := len(m.idBuf)
		var refs []formRef
		if known != nil {
			refs = known[i]
		} else {
			refs = m.formsOf(m.scanner.word(w))
		}
		for _, r := range refs {
			if r.endings&m.allowed != 0 {
				m.idBuf = append(m.idBuf, r.id)
			}
		}
		m.idSpans = append(m.idSpans, [2]int32{int32(from), int32(len(m.idBuf))})
	}
	// idBuf is complete: slice it now that it no longer moves.
	for _, s := range m.idSpans {
		m.ids = append(m.ids, m.idBuf[s[0]:s[1]:s[1]])
	}
}

// namedHere reports whether hit h of a name, written text, names it in
// the article (see the rules at the top of this file).
func (m *linkMatcher) namedHere(h phraseHit, text string) bool {
	p := &m.phrases[h.phrase]
	if !p.lower && startsLower(text) {
		return false
	}
	if h.to-h.from != 1 || !falseFriend(m.lang, string(m.scanner.word(m.words[h.from]))) {
		return true
	}
	for _, id := range p.names {
		if m.namedInFull(id) {
			return true
		}
	}
	return false
}

// fullNames are the names an article writes in a spelling of several
// words, found the first time they are asked for.
type fullNames struct {
	done bool
	ids  map[string]bool
}

// namedInFull reports whether the article names id in a spelling of
// several words ("Narendra Modi"). The article is read for it only when a
// false friend is met, which is rare, with a matcher of its own so that
// m's buffers stay as they are.
func (m *linkMatcher) namedInFull(id string) bool {
	if m.article == nil {
		return false
	}
	if !m.full.done {
		m.full = fullNames{done: true, ids: map[string]bool{}}
		sub := &linkMatcher{Linker: m.Linker, scanner: wordScanner{splitCJK: true}}
		sub.setArticle(m.article)
		for _, p := range m.article.Paragraphs {
			sub.words = sub.scanner.scan(p.Text, p.Start)
			sub.lookup()
			sub.findPhrases()
			for _, h := range sub.hits {
				ph := &m.phrases[h.phrase]
				if h.inName || h.to-h.from < 2 || len(ph.names) == 0 {
					continue
				}
				first, _ := utf8.DecodeRuneInString(p.Text[sub.words[h.from].Start-p.Start:])
				if !ph.lower && unicode.IsLower(first) {
					continue
				}
				for _, n := range ph.names {
					m.full.ids[n] = true
				}
			}
		}
	}
	return m.full.ids[id]
}
