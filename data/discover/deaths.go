package discover

import (
	"slices"
	"unicode"
	"unicode/utf8"
)

// Who died is the person the death word governs, not the person a report
// names most: in "Putin thanked the voters and mentioned the death of the
// opposition politician Alexei Navalny" the dead man is Navalny, whom the
// name lists do not know, and Putin is only the speaker. So for who was
// sworn in ("Serdar Berdimuhamedov was sworn in, succeeding his father
// Gurbanguly"), appointed or arrested. A person of the lists is the one
// the word governs when he is named in the word's own clause, a few words
// from it, with no other proper name nearer to it.

// deathReach is how many words at most may stand between a death word and
// the name of the one who died: "the death of his predecessor Islam
// Karimov", "Karimov died", "скончался бывший президент Ислам Каримов".
const deathReach = 4

// governs reports whether the title of an event of kind k names the
// person its word governs (see subjects).
func governs(k Kind) bool {
	return k == Death || k == Inauguration || k == Appointment || k == Arrest || k == Verdict || k == Funeral
}

// deathSubjects is subjects for deaths.
func deathSubjects(members []*Candidate) map[string]int {
	count, _ := subjects(members, Death)
	return count
}

// subjects returns the people the members' words of kind k govern (see
// above), with how many members name each, and whether a member names
// people in its own words: when one does and none is governed, the event
// is of someone the lists do not know ("the 38 killed in the crash"),
// whoever else the reports name. Members whose names are their
// paragraph's ("He died on 2 September") govern nobody; an undated lead
// sentence governs whom it names itself.
func subjects(members []*Candidate, k Kind) (count map[string]int, own bool) {
	count = map[string]int{}
	ref := int32(-1)
	for _, c := range members {
		if !c.Kinds.Has(k) || c.Context {
			continue
		}
		own = own || namesPeople(c)
		if ref < 0 {
			ref = refNumber(string(k))
		}
		seen := map[string]bool{}
		for _, t := range c.evidence {
			if t.kind != clueTerm || t.ref != ref {
				continue
			}
			if id := deathSubject(c, t); id != "" && !seen[id] {
				seen[id] = true
				count[id]++
			}
		}
	}
	return count, own
}

// namesPeople reports whether c names a person in its own words: an
// undated lead sentence holds its lead's people (see Scanner.undated) but
// only those its evidence names are its own. "She refused and called on
// President Vladimir Putin to hand over the body. According to the death
// certificate, Navalny died of natural causes" names Putin, who did not
// die: the event is of someone the lists do not know, no "Death of
// Vladimir Putin".
func namesPeople(c *Candidate) bool {
	return slices.ContainsFunc(c.People(), func(id string) bool { return ownActor(c, id) })
}

// ownActor reports whether c's evidence names actor id.
func ownActor(c *Candidate, id string) bool {
	return slices.ContainsFunc(c.evidence, func(x clue) bool { return x.kind == clueActor && refName(x.ref) == id })
}

// deathSubject returns the person of c's own names that word t (of a
// death, an oath…) governs, or "".
func deathSubject(c *Candidate, t clue) string {
	text := c.Article.Text
	people := c.People()
	best, bestWords := "", deathReach+1
	// In a sentence of mourning the one named before the death word is
	// the mourner (see mourning.go). Worked out once, when needed.
	mourning := -1
	for _, x := range c.evidence {
		if x.kind != clueActor {
			continue
		}
		id := refName(x.ref)
		if !slices.Contains(people, id) {
			continue // an organisation: it does not die
		}
		if x.start < t.start && refName(t.ref) == string(Death) {
			if mourning < 0 {
				mourning = 0
				if mourns(text[c.Start:c.End]) {
					mourning = 1
				}
			}
			if mourning == 1 {
				continue
			}
		}
		from, to := int(x.end), int(t.start)
		if x.start > t.start {
			from, to = int(t.end), int(x.start)
		}
		if from > to {
			continue
		}
		words, ok := between(text[from:to])
		if ok && words < bestWords {
			best, bestWords = id, words
		}
	}
	if best == "" || strangerNearer(c, t, bestWords) {
		return ""
	}
	return best
}

// between counts the words of gap, the text between a death word and a
// name, and reports false when a clause ends in it (a comma, a colon, a
// dash, a bracket, a stop): "called Aliyev, condoled the relatives of the
// dead" names no one who died.
func between(gap string) (int, bool) {
	words, in := 0, false
	for _, r := range gap {
		switch r {
		case ',', ';', ':', '.', '(', ')', '–', '—', '،', '，', '、', '；', '：', '。':
			return 0, false
		}
		space := unicode.IsSpace(r)
		if !space && !in {
			words++
		}
		in = !space
	}
	return words, true
}

// strangerNearer reports whether a capitalised word that no name list
// knows stands within the death word's clause nearer to it than words
// words: the name of another person ("о смерти оппозиционного политика
// Алексея Навального"). Scripts without capitals never report one, nor
// German, which writes every noun with a capital.
func strangerNearer(c *Candidate, t clue, words int) bool {
	if c.Article.Language == "de" || c.Article.Language == "lb" {
		return false
	}
	text := c.Article.Text
	known := func(i int) bool {
		for _, x := range c.evidence {
			if int(x.start) <= i && i < int(x.end) {
				return true
			}
		}
		return false
	}
	// After the death word, then before it, word by word up to words.
	i, n := int(t.end), 0
	for i < int(c.End) && n < words {
		i = skipSpace(text, i, int(c.End))
		if i >= int(c.End) || clauseMark(text, i) {
			break
		}
		if capitalAt(text, i) && !known(i) {
			return true
		}
		i = wordEnd(text, i, int(c.End))
		n++
	}
	j, n := int(t.start), 0
	for j > int(c.Start) && n < words {
		for j > int(c.Start) {
			r, size := utf8.DecodeLastRuneInString(text[:j])
			if !unicode.IsSpace(r) {
				break
			}
			j -= size
		}
		k := j
		for k > int(c.Start) {
			r, size := utf8.DecodeLastRuneInString(text[:k])
			if unicode.IsSpace(r) {
				break
			}
			k -= size
		}
		if k == j || clauseMark(text, j-1) {
			break
		}
		// Not the sentence's first word, which any language writes with
		// a capital.
		if k > int(c.Start) && capitalAt(text, k) && !known(k) {
			return true
		}
		j = k
		n++
	}
	return false
}

func skipSpace(text string, i, end int) int {
	for i < end {
		r, size := utf8.DecodeRuneInString(text[i:])
		if !unicode.IsSpace(r) {
			break
		}
		i += size
	}
	return i
}

func wordEnd(text string, i, end int) int {
	for i < end {
		r, size := utf8.DecodeRuneInString(text[i:])
		if unicode.IsSpace(r) {
			break
		}
		i += size
	}
	return i
}

// clauseMark reports whether the character at i (or ending at i) is a
// mark that ends a clause.
func clauseMark(text string, i int) bool {
	if i < 0 || i >= len(text) {
		return true
	}
	switch text[i] {
	case ',', ';', ':', '.', '(', ')':
		return true
	}
	return false
}

// capitalAt reports whether the word at i begins with a capital letter.
func capitalAt(text string, i int) bool {
	r, _ := utf8.DecodeRuneInString(text[i:])
	return unicode.IsUpper(r)
}
