// Command caravan is a timeline workbench for analysts: it loads a corpus of
// news articles, dates them and the events they report, and shows the story
// in a window, on the command line, or as chart images and briefing decks.
//
//	caravan [--corpus DIR]                       open the window
//	caravan articles [--corpus DIR] [--format json|csv|xlsx]
//	caravan events   [--corpus DIR] [--format json|csv|xlsx|timelinejs]
//	caravan export   --out FILE.png|FILE.svg|FILE.pdf|DIR/ [options]
//	caravan generate --out DIR [-n N] [--seed S]   write a synthetic corpus
//	caravan edit --project FILE [--corpus DIR] ACTION…   record a decision
//	caravan project merge|log|check …              combine or inspect projects
//
// articles, events and export take --project FILE: the analyst's decisions.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io/fs"
	"os"

	"github.com/caravan-analytics/caravan/app"
	_ "github.com/caravan-analytics/caravan/app/locale" // before Fyne reads the locale
	"github.com/caravan-analytics/caravan/data"
	"github.com/caravan-analytics/caravan/data/pipeline"
	"github.com/caravan-analytics/caravan/data/project"
	"github.com/caravan-analytics/caravan/seeds"
)

func main() {
	args := os.Args[1:]
	cmd := ""
	if len(args) > 0 && args[0] != "" && args[0][0] != '-' {
		cmd, args = args[0], args[1:]
	}
	if err := run(cmd, args); err != nil {
		fmt.Fprintln(os.Stderr, "caravan:", err)
		os.Exit(1)
	}
}

func run(cmd string, args []string) error {
	if cmd == "edit" || cmd == "project" {
		return project.Command(cmd, args, func(dir string) (*data.Corpus, error) {
			return openCorpus(context.Background(), dir, nil)
		}, os.Stdout, os.Stderr)
	}
	fset := flag.NewFlagSet("caravan "+cmd, flag.ContinueOnError)
	corpusDir := fset.String("corpus", "", "folder of articles (.txt, .md); default: the shipped seeds")
	format := fset.String("format", "json", "output format: json, csv, xlsx (a workbook of every table; redirect it to a file) (events also: timelinejs)")
	projectFile := fset.String("project", "", "project file: the analyst's decisions, applied over what Caravan computed")
	var export app.ExportOptions
	if cmd == "export" {
		export.Bind(fset)
	}
	var gen struct {
		out  string
		n    int
		seed int64
	}
	if cmd == "generate" {
		fset.StringVar(&gen.out, "out", "", "folder to write the synthetic articles into")
		fset.IntVar(&gen.n, "n", 1000, "number of articles")
		fset.Int64Var(&gen.seed, "seed", 1, "random seed: the same seed writes the same corpus")
	}
	if err := fset.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return nil
		}
		return err
	}
	switch cmd {
	case "", "articles", "events", "export":
	case "generate":
		if gen.out == "" {
			return errors.New("generate: --out DIR is required")
		}
		return data.GenerateCorpus(gen.out, gen.n, gen.seed)
	default:
		return fmt.Errorf("unknown command %q: want articles, events, export, generate, edit or project", cmd)
	}
	if cmd == "" {
		return app.Run(app.Config{CorpusDir: *corpusDir, Project: *projectFile, Seeds: seeds.FS, Open: openCorpus})
	}
	if *format == "xlsx" && isTerminal(os.Stdout) {
		return errors.New("--format xlsx writes a binary workbook: redirect it to a file, e.g. caravan " + cmd + " --format xlsx > caravan.xlsx")
	}
	c, err := openCorpus(context.Background(), *corpusDir, nil)
	if err != nil {
		return err
	}
	switch cmd {
	case "articles", "events":
		return project.WriteReport(os.Stdout, cmd, c, *projectFile, *format, os.Stderr)
	default:
		r, err := project.Curated(c, *projectFile, os.Stderr)
		if err != nil {
			return err
		}
		return app.Export(r.Corpus, export)
	}
}

// openCorpus loads the folder dir, or the shipped seeds when dir is empty,
// with the names that ship with Caravan and the folder's own curated files
// (catalogue.toml, names.toml): a catalogue is only ever its corpus's.
func openCorpus(ctx context.Context, dir string, progress func(data.Progress)) (*data.Corpus, error) {
	var fsys fs.FS = seeds.FS
	root := "seeds"
	if dir != "" {
		if _, err := os.ReadDir(dir); err != nil {
			return nil, fmt.Errorf("cannot read corpus folder %s: %w", dir, err)
		}
		fsys, root = os.DirFS(dir), dir
	}
	cur, err := data.LoadCurated(fsys)
	if err != nil {
		return nil, fmt.Errorf("the curated files of %s: %w", root, err)
	}
	return pipeline.Build(ctx, fsys, root, cur, progress)
}

// isTerminal reports whether f is a terminal rather than a file or a pipe.
func isTerminal(f *os.File) bool {
	info, err := f.Stat()
	return err == nil && info.Mode()&os.ModeCharDevice != 0
}
