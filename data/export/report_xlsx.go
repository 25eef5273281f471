package export

import (
	"fmt"
	"io"
	"unicode/utf8"

	"github.com/xuri/excelize/v2"

	"github.com/caravan-analytics/caravan/data"
)

// Limits of an XLSX worksheet (Excel's, which LibreOffice shares).
const (
	xlsxMaxRows      = 1 << 20 // rows per sheet, header included
	xlsxMaxCellChars = 32767   // characters per cell
)

// xlsxReadingOrderRTL is the reading order of a right-to-left cell in the
// Office Open XML alignment (0 follows the text, 1 is left to right).
const xlsxReadingOrderRTL = 2

// WriteXLSX writes the corpus as an Excel workbook: a sheet per table —
// articles, events (one row per event), excerpts (one row per supporting
// passage) and problems (files not loaded) — with the columns of the CSV
// reports. Columns are typed: counts and offsets are numbers, unsupported
// is a boolean, dates are ISO text cut to their precision (a spreadsheet
// date would invent a day for "2022-09") beside a precision column.
// Passages in Arabic, Persian, Urdu or another right-to-left language are
// right-to-left cells. The header row is frozen and filters are set on it.
// Text is never a formula, whatever it starts with.
func WriteXLSX(w io.Writer, c *data.Corpus) error { return writeXLSX(w, c, data.Curations{}) }

// writeXLSX is WriteXLSX, with the analyst's curation as the last columns
// of the articles and events sheets when there is one (see
// withCurationColumns).
func writeXLSX(w io.Writer, c *data.Corpus, cur data.Curations) error {
	f := excelize.NewFile()
	defer f.Close()
	events := EventRecords(c)
	names := newReportNames(c)
	tables := []reportTable{articleTable(ArticleRecords(c)), eventTable(events, names), excerptTable(events), problemTable(c.Problems)}
	if cur.Article != nil {
		tables[0] = withCurationColumns(tables[0], cur.Article)
	}
	if cur.Event != nil {
		tables[1] = withCurationColumns(tables[1], cur.Event)
	}
	styles, err := newXLSXStyles(f)
	if err != nil {
		return fmt.Errorf("writing the workbook: %w", err)
	}
	for i, t := range tables {
		if i == 0 {
			err = f.SetSheetName(f.GetSheetName(0), t.name)
		} else {
			_, err = f.NewSheet(t.name)
		}
		if err == nil {
			err = writeXLSXSheet(f, t, styles)
		}
		if err != nil {
			return fmt.Errorf("writing the %s sheet: %w", t.name, err)
		}
	}
	f.SetActiveSheet(0)
	if _, err := f.WriteTo(w); err != nil {
		return fmt.Errorf("writing the workbook: %w", err)
	}
	return nil
}

// xlsxStyles are the cell styles the sheets use.
type xlsxStyles struct {
	header, text, rtl int
}

func newXLSXStyles(f *excelize.File) (xlsxStyles, error) {
	var s xlsxStyles
	var err error
	if s.header, err = f.NewStyle(&excelize.Style{
		Font:      &excelize.Font{Bold: true},
		Fill:      excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{"DDE4EE"}},
		Alignment: &excelize.Alignment{Vertical: "top"},
	}); err != nil {
		return s, err
	}
	if s.text, err = f.NewStyle(&excelize.Style{Alignment: &excelize.Alignment{Vertical: "top"}}); err != nil {
		return s, err
	}
	s.rtl, err = f.NewStyle(&excelize.Style{Alignment: &excelize.Alignment{
		Horizontal: "right", ReadingOrder: xlsxReadingOrderRTL, Vertical: "top", WrapText: true,
	}})
	return s, err
}

// writeXLSXSheet streams the table into its sheet, so that a large corpus
// is not built up cell by cell in memory.
func writeXLSXSheet(f *excelize.File, t reportTable, styles xlsxStyles) error {
	sw, err := f.NewStreamWriter(t.name)
	if err != nil {
		return err
	}
	for i, width := range t.widths {
		if err := sw.SetColWidth(i+1, i+1, width); err != nil {
			return err
		}
	}
	if err := sw.SetPanes(&excelize.Panes{Freeze: true, YSplit: 1, TopLeftCell: "A2", ActivePane: "bottomLeft"}); err != nil {
		return err
	}
	header := make([]any, len(t.header))
	for i, h := range t.header {
		header[i] = excelize.Cell{StyleID: styles.header, Value: h}
	}
	if err := sw.SetRow("A1", header); err != nil {
		return err
	}
	n := 1
	left := 0 // rows beyond the sheet's limit
	for row := range t.rows {
		if n == xlsxMaxRows-1 {
			left++
			continue
		}
		n++
		cells := make([]any, len(row))
		for i, c := range row {
			cells[i] = xlsxCell(c, styles)
		}
		cell, _ := excelize.CoordinatesToCellName(1, n)
		if err := sw.SetRow(cell, cells); err != nil {
			return err
		}
	}
	if left > 0 {
		n++
		cell, _ := excelize.CoordinatesToCellName(1, n)
		msg := fmt.Sprintf("%d more rows not written: a sheet holds %d rows; the CSV and JSON reports have them all", left, xlsxMaxRows)
		if err := sw.SetRow(cell, []any{excelize.Cell{StyleID: styles.header, Value: msg}}); err != nil {
			return err
		}
	}
	if err := sw.Flush(); err != nil {
		return err
	}
	last, _ := excelize.CoordinatesToCellName(len(t.header), max(n, 2))
	return f.AutoFilter(t.name, "A1:"+last, nil)
}

// xlsxCell is the typed value of a cell, with its style.
func xlsxCell(c reportCell, styles xlsxStyles) excelize.Cell {
	switch c.kind {
	case cellNumber:
		return excelize.Cell{StyleID: styles.text, Value: c.num}
	case cellBool:
		return excelize.Cell{StyleID: styles.text, Value: c.flag}
	}
	style := styles.text
	if c.rtl {
		style = styles.rtl
	}
	return excelize.Cell{StyleID: style, Value: xlsxText(c.text)}
}

// xlsxText cuts text to what a cell holds, saying so at the end.
func xlsxText(s string) string {
	if utf8.RuneCountInString(s) <= xlsxMaxCellChars {
		return s
	}
	const mark = " … [cut: a cell holds 32,767 characters]"
	keep := xlsxMaxCellChars - utf8.RuneCountInString(mark)
	i := 0
	for n := 0; n < keep; n++ {
		_, size := utf8.DecodeRuneInString(s[i:])
		i += size
	}
	return s[:i] + mark
}
