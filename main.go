// Command caravan is a timeline workbench for analysts: it loads a corpus of
// news articles, dates them and the events they report, and shows the story
// in a window, on the command line, or as chart images and briefing decks.
//
//	caravan [--corpus DIR] [--project FILE] [--no-cache]   open the window
//	caravan articles [--corpus DIR] [--format json|csv|xlsx] [--no-cache]
//	caravan events   [--corpus DIR] [--format json|csv|xlsx|timelinejs] [--no-cache]
//	caravan export   --out FILE.png|FILE.svg|FILE.pdf|DIR/ [options]
//	caravan generate --out DIR [-n N] [--seed S] [--force]   write a synthetic corpus
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
	"os"
	"runtime/debug"

	"github.com/caravan-analytics/caravan/app"
	_ "github.com/caravan-analytics/caravan/app/locale" // before Fyne reads the locale
	"github.com/caravan-analytics/caravan/data"
	"github.com/caravan-analytics/caravan/data/pipeline"
	"github.com/caravan-analytics/caravan/data/project"
	"github.com/caravan-analytics/caravan/data/store"
	"github.com/caravan-analytics/caravan/data/synthetic"
	"github.com/caravan-analytics/caravan/seeds"
)

// memoryLimit is the heap size past which Go's collector works harder
// rather than let the heap double: a corpus of 100,000 articles keeps
// about 1.2 GB live, and the default pacing let the process reach 4 GB
// while loading it (1.6–1.9 GB with this limit; 1.5 GiB cost a warm load
// 40% more CPU in collection). GOMEMLIMIT, when set, overrides it.
const memoryLimit = 1792 << 20

func main() {
	if os.Getenv("GOMEMLIMIT") == "" {
		debug.SetMemoryLimit(memoryLimit)
	}
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
			return openCorpus(context.Background(), dir, true, nil)
		}, os.Stdout, os.Stderr)
	}
	fset := flag.NewFlagSet("caravan "+cmd, flag.ContinueOnError)
	corpusDir := fset.String("corpus", "", "folder of articles (.txt, .md); default: the shipped seeds")
	format := fset.String("format", "json", "output format: json, csv, xlsx (a workbook of every table; redirect it to a file) (events also: timelinejs)")
	noCache := fset.Bool("no-cache", false, "read and analyse every file afresh, without the cache of earlier loads")
	projectFile := fset.String("project", "", "project file: the analyst's decisions, applied over what Caravan computed")
	var export app.ExportOptions
	if cmd == "export" {
		export.Bind(fset)
	}
	var gen struct {
		out   string
		n     int
		seed  int64
		force bool
	}
	if cmd == "generate" {
		fset.StringVar(&gen.out, "out", "", "folder to write the synthetic articles into")
		fset.IntVar(&gen.n, "n", 1000, "number of articles")
		fset.Int64Var(&gen.seed, "seed", 1, "random seed: the same seed writes the same corpus")
		fset.BoolVar(&gen.force, "force", false, "write into --out even when it already holds files")
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
		return synthetic.GenerateCorpus(gen.out, gen.n, gen.seed, gen.force)
	default:
		return fmt.Errorf("unknown command %q: want articles, events, export, generate, edit or project", cmd)
	}
	open := func(ctx context.Context, dir string, progress func(data.Progress)) (*data.Corpus, error) {
		return openCorpus(ctx, dir, !*noCache, progress)
	}
	if *format == "xlsx" && isTerminal(os.Stdout) {
		return errors.New("--format xlsx writes a binary workbook: redirect it to a file, e.g. caravan " + cmd + " --format xlsx > caravan.xlsx")
	}
	if cmd == "" {
		return app.Run(app.Config{CorpusDir: *corpusDir, Project: *projectFile, Seeds: seeds.FS, Open: open})
	}
	c, err := open(context.Background(), *corpusDir, nil)
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
		export.Slides = r.Slides
		return app.Export(r.Corpus, export)
	}
}

// openCorpus loads the folder dir, or the shipped seeds when dir is empty,
// with the names that ship with Caravan and the folder's own curated files
// (catalogue.toml, names.toml): a catalogue is only ever its corpus's.
// A folder is read through the cache of earlier loads when cached is set.
func openCorpus(ctx context.Context, dir string, cached bool, progress func(data.Progress)) (*data.Corpus, error) {
	folder := store.Folder{FS: seeds.FS, Root: "seeds"}
	var src store.Source = folder
	if dir != "" {
		var err error
		if folder, err = store.NewFolder(dir); err != nil {
			return nil, err
		}
		src = folder
		if cached {
			src = store.Cached{Folder: folder}
		}
	}
	cur, err := data.LoadCurated(folder.FS)
	if err != nil {
		return nil, fmt.Errorf("the curated files of %s: %w", folder.Root, err)
	}
	return pipeline.Load(ctx, src, cur, progress)
}

// isTerminal reports whether f is a terminal rather than a file or a pipe.
func isTerminal(f *os.File) bool {
	info, err := f.Stat()
	return err == nil && info.Mode()&os.ModeCharDevice != 0
}
