package data

// ParseNames reads the name lists (names.toml): one [[name]] table per
// person, place or organisation, with an id, a kind and the spellings by
// language; the first English spelling is the display name. The format is
// documented at the top of seeds/names.toml. Errors are *CuratedError and
// read "file:line: message".
func ParseNames(file string, b []byte) ([]*Name, error) {
	doc, err := decodeCurated(file, b, "name")
	if err != nil {
		return nil, err
	}
	tables, err := doc.tables("name")
	if err != nil {
		return nil, err
	}
	names := make([]*Name, 0, len(tables))
	firstLine := map[string]int{} // id → line where it was first defined
	for _, t := range tables {
		n, err := parseName(t)
		if err != nil {
			return nil, err
		}
		if line, dup := firstLine[n.ID]; dup {
			return nil, t.errorf("id", "duplicate id %q (first defined on line %d)", n.ID, line)
		}
		firstLine[n.ID] = t.line("id")
		names = append(names, n)
	}
	return names, nil
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
	for _, key := range t.keys() {
		if key == "id" || key == "kind" {
			continue
		}
		if !validLanguage.MatchString(key) {
			return nil, t.errorf(key, "name %q: unknown key %q (want id, kind or a language code such as en, nl, ar)", id, key)
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
