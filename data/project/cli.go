package project

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"strings"
	"time"

	"github.com/caravan-analytics/caravan/data"
	"github.com/caravan-analytics/caravan/data/export"
)

// Opener loads the computed corpus of a folder ("" for the shipped seeds).
type Opener func(dir string) (*data.Corpus, error)

// Curated applies the project file (none when file is "") to c. Decisions
// that no longer apply are listed on warn; the rest apply.
func Curated(c *data.Corpus, file string, warn io.Writer) (*Result, error) {
	if file == "" {
		return Apply(c, nil), nil
	}
	p, err := Load(file)
	if err != nil {
		return nil, err
	}
	r := Apply(c, p)
	reportSkipped(warn, file, r.Skipped)
	return r, nil
}

func reportSkipped(w io.Writer, file string, skipped []Skipped) {
	if len(skipped) == 0 {
		return
	}
	fmt.Fprintf(w, "caravan: %s: %d decision(s) no longer apply to this corpus:\n", file, len(skipped))
	for _, s := range skipped {
		fmt.Fprintf(w, "  %s\n", s)
	}
}

// WriteReport writes the articles or events report ("articles", "events")
// of c in format, curated by the project file when one is given: then the
// JSON carries each event's and article's notes, star, tags and the fields
// the analyst set.
func WriteReport(w io.Writer, kind string, c *data.Corpus, file, format string, warn io.Writer) error {
	if file == "" {
		if kind == "articles" {
			return export.WriteArticles(w, c, format)
		}
		return export.WriteEvents(w, c, format)
	}
	r, err := Curated(c, file, warn)
	if err != nil {
		return err
	}
	if kind == "articles" {
		return export.WriteCuratedArticles(w, r.Corpus, format, r.Curations())
	}
	return export.WriteCuratedEvents(w, r.Corpus, format, r.Curations())
}

// Command runs "caravan edit …" and "caravan project …" with their
// arguments (after the command name). New event ids go to stdout, one a
// line; what was recorded and any warnings go to stderr.
func Command(cmd string, args []string, open Opener, stdout, stderr io.Writer) error {
	if wantsHelp(args) {
		_, err := io.WriteString(stdout, commandHelp(cmd))
		return err
	}
	fl, pos, err := parseArgs(args)
	if err != nil {
		return err
	}
	switch cmd {
	case "edit":
		return edit(fl, pos, open, stdout, stderr)
	case "project":
		return projectCommand(fl, pos, open, stdout, stderr)
	}
	return fmt.Errorf("unknown command %q", cmd)
}

// wantsHelp reports whether the words ask for the command's help (-h,
// -help, --help), wherever they stand before a "--".
func wantsHelp(args []string) bool {
	for _, a := range args {
		switch a {
		case "--":
			return false
		case "-h", "-help", "--help":
			return true
		}
	}
	return false
}

// projectUsage lists what "caravan project" does.
const projectUsage = "want merge A B --out C [--prefer b], log FILE or check FILE [--corpus DIR]"

// commandHelp is what "caravan edit --help" and "caravan project --help"
// print.
func commandHelp(cmd string) string {
	if cmd == "project" {
		return "usage: caravan project merge A B --out C [--prefer a|b] | log FILE | check FILE [--corpus DIR]\n"
	}
	return "usage: caravan edit [--project FILE] [--corpus DIR] [--author NAME] WORDS…\n" + editUsage + "\n"
}

// valueFlags are the flags that take a value; they may come anywhere
// among the words, as --flag VALUE or --flag=VALUE.
var valueFlags = map[string]bool{"project": true, "corpus": true, "author": true, "precision": true,
	"title": true, "start": true, "end": true, "storyline": true, "summary": true, "reason": true,
	"earliest": true, "latest": true, "passage": true, "out": true, "prefer": true,
	"place": true, "actor": true, "term": true}

type flags map[string][]string

func (f flags) get(name string) string {
	if v := f[name]; len(v) > 0 {
		return v[len(v)-1]
	}
	return ""
}

func parseArgs(args []string) (flags, []string, error) {
	fl := flags{}
	var pos []string
	for i := 0; i < len(args); i++ {
		a := args[i]
		if a == "--" {
			pos = append(pos, args[i+1:]...)
			break
		}
		if !strings.HasPrefix(a, "-") || a == "-" || len(a) > 1 && a[1] >= '0' && a[1] <= '9' {
			pos = append(pos, a)
			continue
		}
		name := strings.TrimLeft(a, "-")
		value, hasValue := "", false
		if k, v, ok := strings.Cut(name, "="); ok {
			name, value, hasValue = k, v, true
		}
		if !valueFlags[name] {
			return nil, nil, fmt.Errorf("unknown flag --%s", name)
		}
		if !hasValue {
			if i+1 >= len(args) {
				return nil, nil, fmt.Errorf("flag --%s needs a value", name)
			}
			i++
			value = args[i]
		}
		fl[name] = append(fl[name], value)
	}
	return fl, pos, nil
}

// author is who the decisions are recorded for: --author, else
// $CARAVAN_AUTHOR, else the login name.
func author(fl flags) string {
	for _, v := range []string{fl.get("author"), os.Getenv("CARAVAN_AUTHOR"), os.Getenv("USER")} {
		if v != "" {
			return v
		}
	}
	return "unknown"
}

// loadOrNew reads the project file, or starts an empty project when there
// is none yet.
func loadOrNew(file string) (*Project, error) {
	p, err := Load(file)
	if errors.Is(err, fs.ErrNotExist) {
		return &Project{}, nil
	}
	return p, err
}

func edit(fl flags, pos []string, open Opener, stdout, stderr io.Writer) error {
	file := fl.get("project")
	if file == "" {
		return errors.New("edit: --project FILE is required")
	}
	if len(pos) == 0 {
		return errors.New("edit: what to do? e.g. edit --project FILE event rename ID TITLE")
	}
	p, err := loadOrNew(file)
	if err != nil {
		return err
	}
	c, err := open(fl.get("corpus"))
	if err != nil {
		return err
	}
	if p.Corpus == "" {
		p.Corpus = c.Root
	}
	s := NewSession(c, p)
	reportSkipped(stderr, file, s.Current().Skipped)
	d, err := buildDecision(s.Current(), fl, pos)
	if err != nil {
		return fmt.Errorf("edit: %w", err)
	}
	d = Stamp(d, author(fl), time.Now())
	if _, err := s.Do(d); err != nil {
		return fmt.Errorf("edit: %w (the project is unchanged)", err)
	}
	if err := p.Save(file); err != nil {
		return err
	}
	fmt.Fprintf(stderr, "caravan: %s: %s\n", file, d.Describe())
	if d.Op == EventDefine {
		if e := s.Current().Corpus.Event(d.Event); e != nil {
			fmt.Fprintf(stderr, "caravan: event %s has %d passage(s)\n", d.Event, len(e.Excerpts))
		}
	}
	if d.New != "" {
		fmt.Fprintln(stdout, d.New)
	}
	return nil
}

func projectCommand(fl flags, pos []string, open Opener, stdout, stderr io.Writer) error {
	if len(pos) == 0 {
		return errors.New("project: " + projectUsage)
	}
	switch pos[0] {
	case "merge":
		if len(pos) != 3 || fl.get("out") == "" {
			return errors.New("project merge: want A B --out C [--prefer b]")
		}
		preferB := false
		switch fl.get("prefer") {
		case "", "a":
		case "b":
			preferB = true
		default:
			return fmt.Errorf("project merge: --prefer %q: want a or b", fl.get("prefer"))
		}
		a, err := Load(pos[1])
		if err != nil {
			return err
		}
		b, err := Load(pos[2])
		if err != nil {
			return err
		}
		m, conflicts := Merge(a, b, preferB)
		if err := m.Save(fl.get("out")); err != nil {
			return err
		}
		for _, c := range conflicts {
			fmt.Fprintf(stdout, "conflict: %s\n", c)
		}
		fmt.Fprintf(stderr, "caravan: %s: %d decisions (%d from A, %d from B), %d conflict(s)\n",
			fl.get("out"), len(m.Decisions), len(a.Decisions), len(b.Decisions), len(conflicts))
		return nil
	case "log":
		if len(pos) != 2 {
			return errors.New("project log: want FILE")
		}
		p, err := Load(pos[1])
		if err != nil {
			return err
		}
		for _, d := range p.Decisions {
			fmt.Fprintf(stdout, "%s  %s  %-12s %s\n", d.Time.UTC().Format("2006-01-02 15:04"), d.ID, d.Author, d.Describe())
		}
		return nil
	case "check":
		if len(pos) != 2 {
			return errors.New("project check: want FILE [--corpus DIR]")
		}
		p, err := Load(pos[1])
		if err != nil {
			return err
		}
		c, err := open(fl.get("corpus"))
		if err != nil {
			return err
		}
		r := Apply(c, p)
		for _, s := range r.Skipped {
			fmt.Fprintln(stdout, s)
		}
		applies := len(p.Decisions)
		for _, s := range r.Skipped {
			if !s.Partial {
				applies--
			}
		}
		fmt.Fprintf(stderr, "caravan: %s: %d of %d decisions apply\n", pos[1], applies, len(p.Decisions))
		return nil
	}
	return fmt.Errorf("project: unknown action %q: want merge, log or check", pos[0])
}
