package app

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/widget"

	"github.com/caravan-analytics/caravan/charts"
	"github.com/caravan-analytics/caravan/data"
)

// exportFormat is one thing the export dialog can write.
type exportFormat struct {
	label  string // what the dialog lists
	kind   string // the proposed file name's middle: caravan-<kind>-…
	ext    string // ".png", …; "" for a folder of slides
	sized  bool   // whether the size choice applies
	folder bool   // a folder of files rather than one file
	// write writes the export for the job to path, putting each file in
	// place with put.
	write func(ctx context.Context, job exportJob, path string, put putFunc) error
}

// putFunc puts one file in place atomically: writeFileAtomic or
// createFileAtomic.
type putFunc func(path string, write func(io.Writer) error) error

// exportJob is everything an export needs, gathered on the UI goroutine so
// that the export itself can run elsewhere.
type exportJob struct {
	corpus   *data.Corpus
	scope    exportScope
	size     fyne.Size
	look     timelineLook
	progress func(done, total int) // may be nil
	slides   []string              // the project's choice of slides (deck.go chosenSlides); nil: none
	curation *data.Curations       // the project's notes, stars, tags; nil without decisions (project_export.go)
}

// timelineLook is how the window showed the timeline, for an export of the
// current view: the same selection, scale and dimming.
type timelineLook struct {
	selected string
	linear   bool
	dimmed   func(*data.Event) bool
	// hideUnsupported, starred and status carry the timeline's evidence
	// view (timeline_evidence.go) into the image.
	hideUnsupported bool
	starred         func(*data.Event) bool
	status          func(*data.Event) string
}

// accepts reports whether a file name's extension suits the format: its
// own, or for a chart either image format (writeChartExport follows it).
func (f exportFormat) accepts(ext string) bool {
	ext = strings.ToLower(ext)
	isImage := func(e string) bool { return e == ".png" || e == ".svg" }
	return ext == f.ext || isImage(ext) && isImage(f.ext) && f.kind != "slides"
}

// exportFormats are the dialog's choices, in the order listed.
var exportFormats = []exportFormat{
	{label: "Timeline image (PNG)", kind: "timeline", ext: ".png", sized: true, write: writeChartExport(chartTimeline)},
	{label: "Timeline image (SVG)", kind: "timeline", ext: ".svg", sized: true, write: writeChartExport(chartTimeline)},
	{label: "Coverage chart (PNG)", kind: "coverage", ext: ".png", sized: true, write: writeChartExport(chartCoverage)},
	{label: "Actors chart (PNG)", kind: "actors", ext: ".png", sized: true, write: writeChartExport(chartActors)},
	{label: "Briefing deck (PDF)", kind: "deck", ext: ".pdf", write: writeDeckExport}, // vector pages: no pixel size
	{label: "Briefing slides (folder of PNGs)", kind: "slides", sized: true, folder: true, write: writeDeckExport},
	{label: "TimelineJS (JSON)", kind: "timelinejs", ext: ".json", write: writeEventsExport("timelinejs")},
	{label: "Events (CSV)", kind: "events", ext: ".csv", write: writeEventsExport("csv")},
}

// writeChartExport writes one chart image; its format follows the file
// name's extension, so "chart.svg" is an SVG whatever was chosen.
func writeChartExport(chart string) func(context.Context, exportJob, string, putFunc) error {
	return func(_ context.Context, job exportJob, path string, put putFunc) error {
		format := strings.TrimPrefix(strings.ToLower(filepath.Ext(path)), ".")
		if format != "png" && format != "svg" {
			format = "png"
		}
		cj := chartJob{corpus: job.corpus, chart: chart, format: format, scope: job.scope, size: job.size, look: job.look}
		return put(path, cj.write)
	}
}

// writeDeckExport writes the slides of the events in scope: a PDF, or a
// folder of PNGs when path ends in a separator.
func writeDeckExport(ctx context.Context, job exportJob, path string, put putFunc) error {
	d := newDeck(job.corpus, chosenSlides(job.scope.events(job.corpus), job.slides))
	d.size, d.progress = job.size, job.progress
	if len(d.events) == 0 {
		return errors.New("no events in the chosen range and storyline; nothing to put on slides")
	}
	if strings.HasSuffix(path, string(filepath.Separator)) {
		return d.writeFolder(ctx, path)
	}
	return d.writePDF(ctx, path, put)
}

// writeEventsExport writes the events in scope through export.WriteEvents.
func writeEventsExport(format string) func(context.Context, exportJob, string, putFunc) error {
	return func(_ context.Context, job exportJob, path string, put putFunc) error {
		scoped := job.scope.corpus(job.corpus)
		return put(path, func(w io.Writer) error { return writeCuratedEvents(w, scoped, format, job.curation) })
	}
}

// sizeCustom is the size choice that enables the width and height fields;
// the others are charts.Presets, the sizes every export offers.
const sizeCustom = "Custom"

// presetSize returns the size of the preset named, if it is one.
func presetSize(name string) (fyne.Size, bool) {
	for _, p := range charts.Presets {
		if p.Name == name {
			return fyne.NewSize(float32(p.Width), float32(p.Height)), true
		}
	}
	return fyne.Size{}, false
}

// What to include.
const (
	includeView  = "Current view"
	includeWhole = "Whole corpus"
)

// exportSource is what the export dialog reads from the main window.
type exportSource struct {
	win       fyne.Window
	prefs     fyne.Preferences
	corpus    *data.Corpus
	view      timeRange // the timeline's visible range
	storyline string    // the storyline filter, "" for none
	filter    filter    // the search and filters, which the current view's charts of articles follow
	look      timelineLook
	slides    []string // the project's choice of slides, for a deck
	curation  *data.Curations
}

// exportDialog asks what to export and where, then exports in the
// background.
type exportDialog struct {
	src exportSource

	format    *widget.Select
	size      *widget.RadioGroup
	width     *widget.Entry
	height    *widget.Entry
	include   *widget.RadioGroup
	storyline *widget.Check
	folder    string
	folderBox *widget.Label
	name      *widget.Entry
	nameEdits bool // the analyst typed a name: stop proposing one
	form      *dialog.FormDialog

	// confirm asks a yes/no question; dialog.NewConfirm, replaced in tests.
	confirm func(title, message string, answer func(bool))
	// finished, if set, hears how each export ended (tests wait on it).
	finished func(path string, err error)
}

// showExportDialog opens the export dialog for the main window's corpus,
// view and filters.
func showExportDialog(mw *mainWindow) {
	if mw.corpus == nil {
		dialog.ShowInformation("Export", "Open a corpus first.", mw.win)
		return
	}
	var look timelineLook
	if e := mw.timeline.Selected(); e != nil {
		look.selected = e.ID
	}
	look.linear = mw.timeline.Linear()
	look.hideUnsupported, look.starred, look.status = mw.timeline.HideUnsupported(), mw.starredEvent, mw.eventStatus
	_, look.dimmed = mw.filter.timelinePredicates()
	d := newExportDialog(exportSource{
		win: mw.win, prefs: mw.app.Preferences(), corpus: mw.corpus,
		view: mw.timeline.VisibleRange(), storyline: mw.filter.state.Storyline,
		filter: mw.filter, look: look, slides: projectSlides(mw), curation: projectCurations(mw),
	})
	d.form.Show()
}

// newExportDialog builds the dialog without showing it.
func newExportDialog(src exportSource) *exportDialog {
	d := &exportDialog{src: src}
	d.confirm = func(title, message string, answer func(bool)) {
		dialog.NewConfirm(title, message, answer, src.win).Show()
	}
	labels := make([]string, len(exportFormats))
	for i, f := range exportFormats {
		labels[i] = f.label
	}
	d.format = widget.NewSelect(labels, func(string) { d.onChoiceChanged() })
	d.width, d.height = sizeEntry("1920", minExportWidth), sizeEntry("1080", minExportHeight)
	var sizes []string
	for _, p := range charts.Presets {
		sizes = append(sizes, p.Name)
	}
	d.size = widget.NewRadioGroup(append(sizes, sizeCustom), func(string) { d.onChoiceChanged() })
	d.size.Horizontal = true
	d.include = widget.NewRadioGroup([]string{includeView, includeWhole}, func(string) { d.onChoiceChanged() })
	d.include.Horizontal = true
	d.storyline = widget.NewCheck("Only this storyline", func(bool) { d.onChoiceChanged() })
	d.folder = src.prefs.StringWithFallback(prefExportFolder, defaultExportFolder())
	d.folderBox = widget.NewLabel(d.folder)
	d.folderBox.Truncation = fyne.TextTruncateEllipsis
	d.name = widget.NewEntry()
	d.name.Validator = validateFileName
	d.name.OnChanged = func(string) { d.nameEdits = true }

	if src.storyline != "" {
		d.storyline.SetText("Only the storyline “" + storylineTitle(src.corpus, src.storyline) + "”")
		d.storyline.Checked = true
	} else {
		d.storyline.Disable()
	}
	d.size.Selected = charts.Presets[0].Name
	d.include.Selected = includeView
	d.format.SetSelectedIndex(0) // proposes the first name

	// Entries shrink to their text in a box; a fixed cell keeps four digits
	// readable.
	field := func(e *widget.Entry) fyne.CanvasObject {
		return container.NewGridWrap(fyne.NewSize(90, e.MinSize().Height), e)
	}
	sizeRow := container.NewHBox(d.size, field(d.width), widget.NewLabel("×"), field(d.height))
	folderRow := container.NewBorder(nil, nil, nil, widget.NewButton("Choose…", d.onChooseFolder), d.folderBox)
	items := []*widget.FormItem{
		widget.NewFormItem("Format", d.format),
		widget.NewFormItem("Size", sizeRow),
		widget.NewFormItem("Include", container.NewVBox(d.include, d.storyline)),
		widget.NewFormItem("Folder", folderRow),
		widget.NewFormItem("Name", d.name),
	}
	d.form = dialog.NewForm("Export", "Export", "Cancel", items, func(ok bool) {
		if ok {
			d.onExport()
		}
	}, src.win)
	d.form.Resize(fyne.NewSize(640, 0))
	d.onChoiceChanged()
	return d
}

// sizeEntry is a field for a pixel count of at least least.
func sizeEntry(value string, least int) *widget.Entry {
	e := widget.NewEntry()
	e.SetText(value)
	e.Validator = func(s string) error {
		n, err := strconv.Atoi(strings.TrimSpace(s))
		if err != nil || n < least || n > maxExportSide {
			return fmt.Errorf("a whole number of pixels, %d to %d (smaller is too small to read)", least, maxExportSide)
		}
		return nil
	}
	return e
}

// validateFileName accepts a bare file name: the folder is chosen apart.
func validateFileName(name string) error {
	name = strings.TrimSpace(name)
	switch {
	case name == "":
		return errors.New("a name is needed")
	case strings.ContainsAny(name, `/\`):
		return errors.New("a name, without folders")
	case name == "." || name == "..":
		return errors.New("not a file name")
	}
	return nil
}

// defaultExportFolder is where exports go the first time: the analyst's
// home folder, else the working folder.
func defaultExportFolder() string {
	if home, err := os.UserHomeDir(); err == nil {
		return home
	}
	return "."
}

// chosenFormat returns the selected format.
func (d *exportDialog) chosenFormat() exportFormat {
	i := max(d.format.SelectedIndex(), 0)
	return exportFormats[i]
}

// chosenSize returns the selected size; custom fields were validated.
func (d *exportDialog) chosenSize() fyne.Size {
	if s, ok := presetSize(d.size.Selected); ok {
		return s
	}
	w, _ := strconv.Atoi(strings.TrimSpace(d.width.Text))
	h, _ := strconv.Atoi(strings.TrimSpace(d.height.Text))
	return fyne.NewSize(float32(w), float32(h))
}

// chosenScope returns what to include.
func (d *exportDialog) chosenScope() exportScope {
	var s exportScope
	if d.include.Selected == includeView {
		s.From, s.To = d.src.view.From, d.src.view.To
		s.Filter = d.src.filter.withoutStoryline() // the storyline is the check box's
	}
	if d.storyline.Checked && !d.storyline.Disabled() {
		s.Storyline = d.src.storyline
	}
	return s
}

// onChoiceChanged enables the fields that apply and proposes a file name,
// until the analyst types one.
func (d *exportDialog) onChoiceChanged() {
	if d.name == nil || d.height == nil {
		return // still being built
	}
	f := d.chosenFormat()
	for _, w := range []fyne.Disableable{d.size, d.width, d.height} {
		if f.sized {
			w.Enable()
		} else {
			w.Disable()
		}
	}
	if d.size.Selected != sizeCustom {
		d.width.Disable()
		d.height.Disable()
	}
	edited := d.nameEdits
	if edited {
		d.name.SetText(withFormatExtension(d.name.Text, f))
	} else {
		d.name.SetText(proposedName(f, d.src.corpus, d.chosenScope()))
	}
	d.nameEdits = edited // SetText calls OnChanged
}

// withFormatExtension swaps the extension of a typed name for the
// format's when it is another format's, so "briefing.pdf" becomes
// "briefing.csv" when the analyst switches to CSV.
func withFormatExtension(name string, f exportFormat) string {
	ext := filepath.Ext(name)
	if f.accepts(ext) {
		return name
	}
	for _, other := range exportFormats {
		if other.ext != "" && strings.EqualFold(ext, other.ext) {
			return strings.TrimSuffix(name, ext) + f.ext
		}
	}
	return name
}

// onChooseFolder asks for the folder to export into.
func (d *exportDialog) onChooseFolder() {
	fd := dialog.NewFolderOpen(func(uri fyne.ListableURI, err error) {
		if err != nil {
			dialog.ShowError(err, d.src.win)
			return
		}
		if uri == nil {
			return // cancelled
		}
		d.folder = uri.Path()
		d.folderBox.SetText(d.folder)
	}, d.src.win)
	if loc, err := storage.ListerForURI(storage.NewFileURI(d.folder)); err == nil {
		fd.SetLocation(loc)
	}
	fd.Resize(d.src.win.Canvas().Size().Subtract(fyne.NewSize(200, 200)))
	fd.Show()
}

// target returns the path to write: a file in the folder, or for slides a
// folder in it (ending in a separator).
func (d *exportDialog) target() string {
	f := d.chosenFormat()
	name := strings.TrimSpace(d.name.Text)
	if !f.folder && !f.accepts(filepath.Ext(name)) {
		name += f.ext
	}
	path := filepath.Join(d.folder, name)
	if f.folder {
		path += string(filepath.Separator)
	}
	return path
}

// existing returns what the export would replace at path: the file, or
// the slide files already in the folder.
func (d *exportDialog) existing(path string) []string {
	var paths []string
	if d.chosenFormat().folder {
		// The new folder replaces the earlier deck whole: every slide
		// file there goes.
		paths, _ = slideFilesIn(path)
	} else {
		paths = []string{path}
	}
	var out []string
	for _, p := range paths {
		if _, err := os.Lstat(p); err == nil {
			out = append(out, p)
		}
	}
	return out
}

// onExport asks before replacing anything, then exports.
func (d *exportDialog) onExport() {
	path := d.target()
	job := exportJob{corpus: d.src.corpus, scope: d.chosenScope(), size: d.chosenSize(), look: d.src.look, slides: d.src.slides, curation: d.src.curation}
	if d.include.Selected == includeWhole {
		// The search's dimming belongs to the view; the whole corpus is
		// exported plain (the storyline choice still applies).
		job.look.dimmed = nil
	}
	d.src.prefs.SetString(prefExportFolder, d.folder)
	existing := d.existing(path)
	if len(existing) == 0 {
		d.run(path, job, createFileAtomic)
		return
	}
	what := filepath.Base(existing[0])
	if len(existing) > 1 {
		what = fmt.Sprintf("%d slide files in %s", len(existing), filepath.Base(filepath.Clean(path)))
	}
	d.confirm("Replace?", fmt.Sprintf("%s already exists in %s.\nReplace it?", what, filepath.Dir(filepath.Clean(existing[0]))), func(yes bool) {
		if yes {
			d.run(path, job, writeFileAtomic)
		}
	})
}

// run exports in the background with a progress dialog that can cancel,
// and reports back on the UI goroutine.
func (d *exportDialog) run(path string, job exportJob, put putFunc) {
	ctx, cancel := context.WithCancel(context.Background())
	bar := widget.NewProgressBar()
	status := widget.NewLabel("Exporting to " + path)
	status.Truncation = fyne.TextTruncateEllipsis
	progress := dialog.NewCustom("Exporting", "Cancel", container.NewVBox(status, bar), d.src.win)
	progress.SetOnClosed(cancel)
	progress.Resize(fyne.NewSize(480, 0))
	progress.Show()
	job.progress = func(done, total int) {
		fyne.Do(func() { bar.SetValue(float64(done) / float64(total)) })
	}
	format := d.chosenFormat()
	go func() {
		err := format.write(ctx, job, path, put)
		fyne.Do(func() {
			progress.Hide() // calls cancel, which is harmless now
			d.report(path, err)
		})
	}()
}

// report tells the analyst how the export ended. A cancelled export needs
// no message: the analyst asked for it.
func (d *exportDialog) report(path string, err error) {
	if d.finished != nil {
		defer d.finished(path, err)
	}
	switch {
	case errors.Is(err, context.Canceled):
	case errors.Is(err, fs.ErrExist):
		// The file appeared while exporting: it was not replaced unasked.
		dialog.ShowError(fmt.Errorf("%w; nothing was replaced — export again to choose", err), d.src.win)
	case err != nil:
		dialog.ShowError(fmt.Errorf("export failed: %w", err), d.src.win)
	default:
		dialog.ShowInformation("Exported", "Saved "+path, d.src.win)
	}
}

// proposedName is the file name the dialog offers: what, which storyline,
// and the months covered, e.g. "caravan-timeline-2022-01_2023-05.png".
func proposedName(f exportFormat, c *data.Corpus, s exportScope) string {
	parts := []string{"caravan", f.kind}
	if s.Storyline != "" {
		parts = append(parts, s.Storyline)
	}
	// The months named are those of the events exported: a view's edges
	// hold some empty padding, and an open end is as far as events go.
	from, to := s.From, s.To
	if first, last := eventsExtent(s.events(c)); !first.IsZero() {
		if from.IsZero() || first.After(from) {
			from = first
		}
		if to.IsZero() || last.Before(to) {
			to = last
		}
	}
	if !from.IsZero() && !to.IsZero() && from.Before(to) {
		// To is the first instant after the range: step back into it.
		parts = append(parts, from.Format("2006-01")+"_"+to.Add(-time.Nanosecond).Format("2006-01"))
	}
	return strings.Join(parts, "-") + f.ext
}

// eventsExtent returns the start of the earliest dated event and the end
// of the latest; zero times when none is dated.
func eventsExtent(events []*data.Event) (from, to time.Time) {
	for _, e := range events {
		if e.Span.Start.IsZero() {
			continue
		}
		if from.IsZero() || e.Span.From().Before(from) {
			from = e.Span.From()
		}
		if e.Span.To().After(to) {
			to = e.Span.To()
		}
	}
	return from, to
}
