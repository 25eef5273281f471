package data

import "fmt"

// ProjectFile is the analyst's project saved beside a corpus (package
// data/project writes it). Its storyline.define and event.define decisions
// are part of the corpus's catalogue: an event the analyst declares with
// its linking terms links while the folder is read, as a catalogue.toml
// event does. The shipped seeds keep their whole catalogue this way.
const ProjectFile = "caravan-project.toml"

// The ops of the decisions that declare catalogue knowledge. Package
// data/project documents and applies them; only these two are read here.
const (
	OpStorylineDefine = "storyline.define"
	OpEventDefine     = "event.define"
)

// parseProjectCatalogue reads the storyline.define and event.define
// decisions of a project file as a catalogue, with the name ids its
// events use. A decision is written in the catalogue's own keys (an
// [[event]] table's, with "event" or "storyline" for its id) beside the
// decision's id, op, time and author, so both files read alike. Other
// decisions are package project's business and are passed over.
func parseProjectCatalogue(file string, b []byte, known map[string]bool) (*Catalogue, []nameRefLine, error) {
	root, err := decodeTOML(file, b)
	if err != nil {
		return nil, nil, err
	}
	decisions, err := root.tables("decision")
	if err != nil {
		return nil, nil, err
	}
	// The same checks as a catalogue.toml, on the tables the decisions
	// declare: duplicate ids, unknown storylines and so on.
	var storylines, events []*tomlTable
	for _, d := range decisions {
		op, err := d.text("op", false)
		if err != nil {
			return nil, nil, err
		}
		switch op {
		case OpStorylineDefine:
			storylines = append(storylines, declared(d, "storyline"))
		case OpEventDefine:
			events = append(events, declared(d, "event"))
		}
	}
	return catalogueOf(storylines, events, known)
}

// declared returns the catalogue table a define decision declares: its
// idKey ("event" or "storyline") as "id", without the decision's own keys.
func declared(d *tomlTable, idKey string) *tomlTable {
	t := &tomlTable{file: d.file, header: d.header, path: d.path, values: map[string]*tomlValue{}}
	for _, k := range d.order {
		name := k
		switch k {
		case idKey:
			name = "id"
		case "id", "op", "time", "author":
			continue
		}
		t.order = append(t.order, name)
		t.values[name] = d.values[k]
	}
	return t
}

// addProjectCatalogue adds the catalogue a folder's project declares to
// cur's. A project that does not parse is reported and its declarations
// are left out (opening the project names the mistake too); an id the
// catalogue.toml already defines keeps the catalogue's definition.
func addProjectCatalogue(cur *Curated, b []byte, names map[string]*Name) {
	known := map[string]bool{}
	if cur.Catalogue != nil {
		for _, s := range cur.Catalogue.Storylines {
			known[s.ID] = true
		}
	}
	cat, refs, err := parseProjectCatalogue(ProjectFile, b, known)
	if err != nil {
		cur.Problems = append(cur.Problems, Problem{File: ProjectFile, Error: err.Error() + " (the events it declares are not used)"})
		return
	}
	if len(cat.Storylines) == 0 && len(cat.Events) == 0 {
		return
	}
	if cur.Catalogue == nil {
		cur.Catalogue = &Catalogue{}
	}
	have := map[string]bool{}
	for _, s := range cur.Catalogue.Storylines {
		have["storyline "+s.ID] = true
	}
	for _, e := range cur.Catalogue.Events {
		have["event "+e.ID] = true
	}
	twice := func(kind, id string) {
		cur.Problems = append(cur.Problems, Problem{File: ProjectFile, Error: fmt.Sprintf(
			"%s: warning: %s %q is also in %s, whose definition is used", ProjectFile, kind, id, CatalogueFile)})
	}
	for _, s := range cat.Storylines {
		if have["storyline "+s.ID] {
			twice("storyline", s.ID)
			continue
		}
		cur.Catalogue.Storylines = append(cur.Catalogue.Storylines, s)
	}
	for _, e := range cat.Events {
		if have["event "+e.ID] {
			twice("event", e.ID)
			continue
		}
		cur.Catalogue.Events = append(cur.Catalogue.Events, e)
	}
	cur.Problems = append(cur.Problems, checkNameRefs(ProjectFile, refs, names)...)
}
