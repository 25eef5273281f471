package data

import (
	"strings"
	"testing"
)

// A page printed with its date and clock time under the story (Anadolu,
// Ukrinform, ANSA, Xinhua, NOS pages) has its stamp on the last line, as
// the top of a page has it: the time beside the date does not make it
// running text. A time beside a date inside a sentence, a date with a
// time on a line further up, or a date with other words on its line are
// no stamp.
func TestStampWithClockTimeOnTheLastLine(t *testing.T) {
	body := func(paras ...string) string {
		return "Title\n\n" + strings.Join(paras, "\n\n") + "\n\n"
	}
	tr := body("Birinci paragraf burada.", "İkinci paragraf burada.", "Üçüncü paragraf burada.", "Dördüncü paragraf burada.", "Beşinci paragraf burada.")
	uk := body("Перший абзац тут.", "Другий абзац тут.", "Третій абзац тут.", "Четвертий абзац тут.", "П'ятий абзац тут.")
	it := body("Primo paragrafo qui.", "Secondo paragrafo qui.", "Terzo paragrafo qui.", "Quarto paragrafo qui.", "Quinto paragrafo qui.")
	zh := body("第一段。", "第二段。", "第三段。", "第四段。", "第五段。")
	nl := body("Eerste alinea hier.", "Tweede alinea hier.", "Derde alinea hier.", "Vierde alinea hier.", "Vijfde alinea hier.")
	de := body("Erster Absatz hier.", "Zweiter Absatz hier.", "Dritter Absatz hier.", "Vierter Absatz hier.", "Fünfter Absatz hier.")
	checkStamps(t, []stampCase{
		{"tr", tr + "03.02.2022 17:25", "03.02.2022", StampPublished},
		{"uk", uk + "21.08.2021 06:05", "21.08.2021", StampPublished},
		{"it", it + "7 marzo 2022 18:44", "7 marzo 2022", StampPublished},
		{"zh", zh + "2022-11-30 08:15:47", "2022-11-30", StampPublished},
		{"nl", nl + "03-10-2021, 22:58", "03-10-2021", StampPublished},
		{"de", de + "16.04.2022 um 07:30 Uhr", "16.04.2022", StampPublished},
		{"it, time first", it + "18:44 | 7 marzo 2022", "7 marzo 2022", StampPublished},
		// Not a stamp: in a sentence, not on the last line, other words.
		{"tr, sentence", tr + "Toplantı 03.02.2022 17:25 itibarıyla başladı.", "03.02.2022", StampNone},
		{"uk, not the last line", uk + "21.08.2021 06:05\n\nШостий абзац тут.", "21.08.2021", StampNone},
		{"it, words after the time", it + "7 marzo 2022 18:44 secondo la polizia", "7 marzo 2022", StampNone},
	})
}
