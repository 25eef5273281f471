package data

import (
	"cmp"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"path"
	"slices"
	"strings"
	"sync"

	"github.com/caravan-analytics/caravan/data/knowledge"
)

// The curated files a corpus folder may hold at its top level.
const (
	CatalogueFile = "catalogue.toml"
	NamesFile     = "names.toml"
)

// LoadCurated reads the knowledge the corpus in fsys is read with: the
// names that ship with Caravan, then the folder's own names.toml layered
// over them (an id already known adds spellings and renames), the
// folder's catalogue.toml, and the storylines and events declared by the
// project saved beside it (caravan-project.toml; see ProjectFile). All
// the files are optional.
//
// Mistakes in the folder's files do not stop the load: they come back in
// Curated.Problems as "file:line: message", and what they break is left
// out — a catalogue that does not parse is not used, a name of the wrong
// kind is dropped, a file that is no regular file of the folder (a FIFO, a
// link out of it) is not read. An event whose place or actor is in no
// name list keeps its terms but is reported, and so is a catalogue
// without events. Only a fault in the shipped knowledge itself is an
// error.
func LoadCurated(fsys fs.FS) (Curated, error) {
	var cur Curated
	var layers nameLayers
	handWritten, err := layerShipped(&layers)
	if err != nil {
		return Curated{}, fmt.Errorf("the names that ship with Caravan: %w", err)
	}
	if _, err := ShippedCalendar(); err != nil {
		return Curated{}, fmt.Errorf("the calendar that ships with Caravan: %w", err)
	}
	if b, ok, problem := readOptional(fsys, NamesFile); problem != nil {
		cur.Problems = append(cur.Problems, *problem)
	} else if ok {
		names, lines, err := parseNames(NamesFile, b)
		if err != nil {
			cur.Problems = append(cur.Problems, Problem{File: NamesFile, Error: err.Error() + " (the file is not used)"})
		} else {
			cur.Problems = append(cur.Problems, layers.add(NamesFile, names, lines)...)
			for _, n := range names {
				handWritten[n.ID] = true
			}
		}
	}
	// Inflected forms are added to the names a person wrote: the region's
	// people, places and organisations. The generated world list is looked
	// for as CLDR spells it: declining the 250 countries in four more
	// languages would quadruple what the matchers compile for names that
	// rarely occur in those languages.
	for _, n := range layers.names {
		if handWritten[n.ID] {
			addInflections(n)
		}
	}
	cur.Names = layers.names
	readCatalogue(fsys, &cur, layers.byID)
	// The events the folder's project declares join the catalogue.
	if b, ok, problem := readOptional(fsys, ProjectFile); problem != nil {
		cur.Problems = append(cur.Problems, *problem)
	} else if ok {
		addProjectCatalogue(&cur, b, layers.byID)
	}
	return cur, nil
}

// readCatalogue reads the folder's catalogue.toml, if any, into cur.
func readCatalogue(fsys fs.FS, cur *Curated, names map[string]*Name) {
	b, ok, problem := readOptional(fsys, CatalogueFile)
	if problem != nil {
		cur.Problems = append(cur.Problems, *problem)
	}
	if !ok {
		return
	}
	cat, refs, err := parseCatalogue(CatalogueFile, b)
	if err != nil {
		cur.Problems = append(cur.Problems, Problem{File: CatalogueFile, Error: err.Error() + " (the catalogue is not used)"})
		return
	}
	cur.Catalogue = cat
	cur.Problems = append(cur.Problems, checkCatalogue(cat, refs, names)...)
}

// layerShipped adds the name lists of package knowledge: the generated
// countries first, then the hand-written files in name order, so that
// what a person wrote has the last word on display names.
// It returns the ids of the names written by hand.
func layerShipped(layers *nameLayers) (map[string]bool, error) {
	files, err := readShipped()
	if err != nil {
		return nil, err
	}
	handWritten := map[string]bool{}
	for _, f := range files {
		if problems := layers.add(f.file, f.names, f.lines); len(problems) > 0 {
			return nil, errors.New(problems[0].Error)
		}
		if f.file != knowledge.Generated {
			for _, n := range f.names {
				handWritten[n.ID] = true
			}
		}
	}
	return handWritten, nil
}

// shippedFile is one parsed file of package knowledge.
type shippedFile struct {
	file  string
	names []*Name
	lines map[string]int
}

// readShipped parses the shipped name lists once per run: they are
// embedded and never change, and nameLayers copies what it takes.
var readShipped = sync.OnceValues(func() ([]shippedFile, error) {
	files, err := fs.Glob(knowledge.FS, "*.toml")
	if err != nil {
		return nil, err
	}
	slices.SortStableFunc(files, func(a, b string) int {
		return cmp.Compare(boolRank(a != knowledge.Generated), boolRank(b != knowledge.Generated))
	})
	// The calendar files hold occasions, not names (see ShippedCalendar).
	files = slices.DeleteFunc(files, knowledge.IsCalendar)
	out := make([]shippedFile, 0, len(files))
	for _, f := range files {
		b, err := fs.ReadFile(knowledge.FS, f)
		if err != nil {
			return nil, err
		}
		names, lines, err := parseNames(f, b)
		if err != nil {
			return nil, err
		}
		out = append(out, shippedFile{f, names, lines})
	}
	return out, nil
})

func boolRank(b bool) int {
	if b {
		return 1
	}
	return 0
}

// maxCuratedSize bounds what is read of a folder's curated file: the
// shipped names, every country in sixteen languages, are half a megabyte.
const maxCuratedSize = 16 << 20

// readOptional reads the curated file name from a corpus folder; ok is
// false when there is none. A file that cannot be what it should — not a
// regular file (a FIFO would block the load, a device never end), a link
// out of the folder, too large, unreadable — is left out with a problem
// that says why, and the rest loads.
func readOptional(fsys fs.FS, name string) (b []byte, ok bool, problem *Problem) {
	skip := func(format string, args ...any) ([]byte, bool, *Problem) {
		return nil, false, &Problem{File: name, Error: fmt.Sprintf("%s: "+format+"; the file is not used", append([]any{name}, args...)...)}
	}
	info, err := fs.Lstat(fsys, name)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return nil, false, nil
	case err != nil:
		return skip("cannot read it: %v", err)
	}
	if info.Mode()&fs.ModeSymlink != 0 {
		target, err := fs.ReadLink(fsys, name)
		if err != nil {
			return skip("cannot read the link: %v", err)
		}
		if path.IsAbs(target) || !fs.ValidPath(path.Clean(target)) {
			return skip("a link to %s, outside the folder", target)
		}
		if info, err = fs.Stat(fsys, name); err != nil {
			return skip("a link to %s, which cannot be read: %v", target, err)
		}
	}
	if !info.Mode().IsRegular() {
		return skip("not a regular file (%s)", info.Mode().Type())
	}
	if info.Size() > maxCuratedSize {
		return skip("%d MB, more than a curated file can be (%d MB)", info.Size()>>20, maxCuratedSize>>20)
	}
	f, err := fsys.Open(name)
	if err != nil {
		return skip("cannot read it: %v", err)
	}
	defer f.Close()
	b, err = io.ReadAll(io.LimitReader(f, maxCuratedSize+1))
	switch {
	case err != nil:
		return skip("cannot read it: %v", err)
	case len(b) > maxCuratedSize:
		return skip("more than %d MB, more than a curated file can be", maxCuratedSize>>20)
	}
	return b, true, nil
}

// checkCatalogue reports, as warnings, what parses but cannot be what the
// analyst meant: a catalogue without events, and place and actor ids that
// no name list knows (the event then links by its terms alone).
func checkCatalogue(cat *Catalogue, refs []nameRefLine, names map[string]*Name) []Problem {
	var problems []Problem
	if len(cat.Events) == 0 {
		err := &CuratedError{File: CatalogueFile, Line: 1, Msg: "warning: no [[event]] in the catalogue, so it adds nothing to the timeline"}
		problems = append(problems, Problem{File: CatalogueFile, Error: err.Error()})
	}
	return append(problems, checkNameRefs(CatalogueFile, refs, names)...)
}

// checkNameRefs warns about the place and actor ids of file's events that
// no name list knows.
func checkNameRefs(file string, refs []nameRefLine, names map[string]*Name) []Problem {
	var problems []Problem
	warn := func(line int, format string, args ...any) {
		err := &CuratedError{File: file, Line: line, Msg: "warning: " + fmt.Sprintf(format, args...)}
		problems = append(problems, Problem{File: file, Error: err.Error()})
	}
	for _, r := range refs {
		if names[r.id] != nil {
			continue
		}
		hint := "add it to names.toml beside the catalogue"
		if near := nearestID(r.id, names); near != "" {
			hint = fmt.Sprintf("did you mean %q? or add it to names.toml beside the catalogue", near)
		}
		warn(r.line, "event %q: %s %q is in no name list, so only the event's terms can link it (%s)", r.event, r.role, r.id, hint)
	}
	return problems
}

// nearestID is the known id closest to id in edit distance, when it is
// close enough to be a typing slip (at most two edits, or a prefix).
func nearestID(id string, names map[string]*Name) string {
	best, bestDist := "", 3
	for known := range names {
		d := editDistance(id, known, bestDist+1) // bestDist+1: "at least the limit" is no tie
		if strings.HasPrefix(known, id+"-") || strings.HasSuffix(known, "-"+id) {
			d = 1
		}
		if d < bestDist || (d == bestDist && d < 3 && known < best) {
			best, bestDist = known, d
		}
	}
	return best
}

// editDistance is the Levenshtein distance of a and b, or limit when it
// is at least limit.
func editDistance(a, b string, limit int) int {
	ra, rb := []rune(a), []rune(b)
	if d := len(ra) - len(rb); d >= limit || -d >= limit {
		return limit
	}
	prev := make([]int, len(rb)+1)
	cur := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		rowMin := cur[0]
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			rowMin = min(rowMin, cur[j])
		}
		if rowMin >= limit {
			return limit
		}
		prev, cur = cur, prev
	}
	return min(prev[len(rb)], limit)
}
