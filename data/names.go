package data

import (
	"slices"
	"strings"
)

// ParseNames reads the name lists (names.toml): one [[name]] table per
// person, place or organisation, with an id, a kind and the spellings by
// language; the first English spelling is the display name. The format is
// documented at the top of seeds/names.toml. Errors are *CuratedError and
// read "file:line: message".
func ParseNames(file string, b []byte) ([]*Name, error) {
	names, _, err := parseNames(file, b)
	return names, err
}

// parseNames is ParseNames with the line of each name's id, for the
// messages of later checks.
func parseNames(file string, b []byte) ([]*Name, map[string]int, error) {
	doc, err := decodeCurated(file, b, "name")
	if err != nil {
		return nil, nil, err
	}
	tables, err := doc.tables("name")
	if err != nil {
		return nil, nil, err
	}
	names := make([]*Name, 0, len(tables))
	firstLine := map[string]int{} // id → line where it was first defined
	for _, t := range tables {
		n, err := parseName(t)
		if err != nil {
			return nil, nil, err
		}
		if line, dup := firstLine[n.ID]; dup {
			return nil, nil, t.errorf("id", "duplicate id %q (first defined on line %d)", n.ID, line)
		}
		firstLine[n.ID] = t.line("id")
		names = append(names, n)
	}
	return names, firstLine, nil
}

// parseName reads one [[name]] table.
func parseName(t *tomlTable) (*Name, error) {
	id, err := t.id()
	if err != nil {
		return nil, err
	}
	kind, err := t.text("kind", true)
	if err != nil {
		return nil, err
	}
	n := &Name{ID: id, Kind: NameKind(kind), Spellings: map[string][]string{}}
	switch n.Kind {
	case Person, Place, Organisation:
	default:
		return nil, t.errorf("kind", "name %q: unknown kind %q (want %q, %q or %q)", id, kind, Person, Place, Organisation)
	}
	if n.Country, err = t.text("country", false); err != nil {
		return nil, err
	}
	if n.Country != "" && !validID.MatchString(n.Country) {
		return nil, t.errorf("country", "name %q: country %q is no id (lower case, digits and \"-\", such as \"kazakhstan\")", id, n.Country)
	}
	former, err := t.texts("former")
	if err != nil {
		return nil, err
	}
	for _, f := range former {
		fn, ok := parseFormer(f)
		if !ok {
			return nil, t.errorf("former", "name %q: former name %q is not \"Name FROM TO\" with two days (such as \"Nur-Sultan 2019-03-23 2022-09-17\")", id, f)
		}
		n.Former = append(n.Former, fn)
	}
	offices, err := t.texts("office")
	if err != nil {
		return nil, err
	}
	for _, o := range offices {
		of, why := parseOffice(o)
		if why != "" {
			return nil, t.errorf("office", "name %q: office %q: %s", id, o, why)
		}
		if n.Kind != Person {
			return nil, t.errorf("office", "name %q: only a person holds an office", id)
		}
		n.Offices = append(n.Offices, of)
	}
	founded, err := t.text("founded", false)
	if err != nil {
		return nil, err
	}
	if founded != "" {
		if n.Founded, err = ParseDate(founded); err != nil {
			return nil, t.errorf("founded", "name %q: founded %q is no date (YYYY-MM-DD, YYYY-MM or YYYY)", id, founded)
		}
		if n.Kind == Person {
			return nil, t.errorf("founded", "name %q: only a place or an organisation is founded", id)
		}
	}
	born, err := t.text("born", false)
	if err != nil {
		return nil, err
	}
	if born != "" {
		if n.Born, err = ParseDate(born); err != nil || n.Born.Precision != Day || n.Born.Start().Before(bornBefore) {
			return nil, t.errorf("born", "name %q: born %q is no day after 1900 (YYYY-MM-DD)", id, born)
		}
		if n.Kind != Person {
			return nil, t.errorf("born", "name %q: only a person is born", id)
		}
	}
	for _, key := range t.keys() {
		if key == "id" || key == "kind" || key == "country" || key == "former" || key == "office" || key == "founded" || key == "born" {
			continue
		}
		if !validLanguage.MatchString(key) {
			return nil, t.errorf(key, "name %q: unknown key %q (want id, kind, country, former, office, founded, born or a language code such as en, nl, ar)", id, key)
		}
		spellings, err := t.texts(key)
		if err != nil {
			return nil, err
		}
		n.Spellings[key] = spellings
	}
	english := n.Spellings["en"]
	if len(english) == 0 {
		return nil, t.errorf("en", "name %q: no English spelling (en = [...]); the first one is the display name", id)
	}
	n.English = english[0]
	return n, nil
}

// parseFormer reads a former name: "Nur-Sultan 2019-03-23 2022-09-17", the
// English name and the first and last day it was used.
func parseFormer(s string) (FormerName, bool) {
	fields := strings.Fields(s)
	if len(fields) < 3 {
		return FormerName{}, false
	}
	from, err1 := ParseDate(fields[len(fields)-2])
	to, err2 := ParseDate(fields[len(fields)-1])
	if err1 != nil || err2 != nil || from.Precision != Day || to.Precision != Day || to.Before(from) {
		return FormerName{}, false
	}
	return FormerName{English: strings.Join(fields[:len(fields)-2], " "), During: Span{Start: from, End: to}}, true
}

// nameLayers merges name lists read one after the other: the shipped
// files, then a corpus's own names.toml. A name whose id is already known
// adds its spellings to it and gives it its display name (a corpus may
// call "united-states" "USA"); it must be of the same kind, or it is left
// out with a problem. Names are copied, so the lists merged in stay as
// they were.
type nameLayers struct {
	names []*Name
	byID  map[string]*Name
}

// add layers names, read from file (with the line of each id), over the
// names added before; it returns the problems.
func (l *nameLayers) add(file string, names []*Name, lines map[string]int) []Problem {
	if l.byID == nil {
		l.byID = map[string]*Name{}
	}
	var problems []Problem
	for _, n := range names {
		old := l.byID[n.ID]
		if old == nil {
			c := &Name{ID: n.ID, Kind: n.Kind, English: n.English, Country: n.Country, Former: slices.Clone(n.Former), Offices: slices.Clone(n.Offices), Founded: n.Founded, Born: n.Born, Spellings: map[string][]string{}}
			for lang, s := range n.Spellings {
				c.Spellings[lang] = slices.Clone(s)
			}
			l.byID[n.ID] = c
			l.names = append(l.names, c)
			continue
		}
		if old.Kind != n.Kind {
			problems = append(problems, Problem{File: file, Error: (&CuratedError{File: file, Line: lines[n.ID],
				Msg: "name " + quote(n.ID) + " is a " + string(n.Kind) + " here but a " + string(old.Kind) +
					" in the names that ship with Caravan; left out (use another id)"}).Error()})
			continue
		}
		old.English = n.English
		if n.Country != "" {
			old.Country = n.Country
		}
		if len(n.Former) > 0 {
			old.Former = slices.Clone(n.Former)
		}
		if len(n.Offices) > 0 {
			old.Offices = slices.Clone(n.Offices)
		}
		if !n.Founded.IsZero() {
			old.Founded = n.Founded
		}
		if !n.Born.IsZero() {
			old.Born = n.Born
		}
		for _, lang := range sortedKeys(n.Spellings) {
			for _, s := range n.Spellings[lang] {
				if !slices.Contains(old.Spellings[lang], s) {
					old.Spellings[lang] = append(old.Spellings[lang], s)
				}
			}
		}
	}
	return problems
}

func quote(s string) string { return `"` + s + `"` }
