package app

import (
	"errors"
	"flag"

	"github.com/caravan-analytics/caravan/data"
)

// ExportOptions are the command line's export settings.
type ExportOptions struct {
	Out string
}

// Bind declares the export flags on fs.
func (o *ExportOptions) Bind(fs *flag.FlagSet) {
	fs.StringVar(&o.Out, "out", "", "output file (.png, .svg, .pdf) or folder (DIR/) for deck slides")
}

// Export writes a chart image or a deck without opening a window.
func Export(c *data.Corpus, o ExportOptions) error { return errors.New("export: not yet") }
