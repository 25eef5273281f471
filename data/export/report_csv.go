package export

import (
	"bufio"
	"encoding/csv"
	"io"
	"slices"
	"strconv"

	"github.com/caravan-analytics/caravan/data"
)

// utf8BOM starts every CSV file: without it LibreOffice and Excel take the
// file for Windows-1252 and show Arabic and Russian as mojibake.
const utf8BOM = "\uFEFF"

// writeCSV writes the table as CSV in UTF-8 with a byte order mark, one
// header line and one line per row. Text that a spreadsheet would run as a
// formula is neutralised (see csvText).
func writeCSV(w io.Writer, t reportTable) error {
	bw := bufio.NewWriter(w)
	bw.WriteString(utf8BOM)
	cw := csv.NewWriter(bw)
	if err := cw.Write(t.header); err != nil {
		return err
	}
	record := make([]string, len(t.header))
	for row := range t.rows {
		record = record[:0]
		for _, c := range row {
			switch c.kind {
			case cellNumber:
				record = append(record, strconv.Itoa(c.num))
			case cellBool:
				record = append(record, strconv.FormatBool(c.flag))
			default:
				record = append(record, csvText(c.text))
			}
		}
		if err := cw.Write(record); err != nil {
			return err
		}
	}
	cw.Flush()
	if err := cw.Error(); err != nil {
		return err
	}
	return bw.Flush()
}

// csvText keeps text from being read as a formula. Spreadsheets run a cell
// that starts with = + - or @ (and some a tab or carriage return before
// one), so article text, titles or file names such as "=HYPERLINK(…)" or
// "-2+3" would run when the file is opened. A leading apostrophe is the
// spreadsheets' own way to say "this is text"; it is what OWASP advises.
func csvText(s string) string {
	if s == "" {
		return s
	}
	switch s[0] {
	case '=', '+', '-', '@', '\t', '\r':
		return "'" + s
	}
	return s
}

// articleCSVTable is the articles CSV: one row per article, then one per
// file that could not be loaded, with only its file and, under warnings,
// "not loaded: " and the reason.
func articleCSVTable(recs []ArticleRecord, problems []data.Problem) reportTable {
	t := articleTable(recs)
	articles := t.rows
	t.rows = func(yield func([]reportCell) bool) {
		for row := range articles {
			if !yield(row) {
				return
			}
		}
		for _, p := range problems {
			row := make([]reportCell, len(articleColumns))
			for i := range row {
				row[i] = textCell("")
			}
			row[1] = textCell(p.File)
			row[slices.Index(articleColumns, "warnings")] = textCell("not loaded: " + p.Error)
			if !yield(row) {
				return
			}
		}
	}
	return t
}
