package data

import "testing"

// TestDaySetForIsAhead: ru/uk/pl "на/na" + a day without its year, after a
// verb of setting in the past, is the day set for, ahead of the report; a
// night between two days and "as of" are not.
func TestDaySetForIsAhead(t *testing.T) {
	checkSpanCases(t, []spanCase{
		{"ru назначил на", "ru", "2025-02-10", "Губернатор назначил досрочные выборы на 6 апреля.", "на 6 апреля", "2025-04-06"},
		{"uk перенесли на", "uk", "2025-02-10", "Засідання ради перенесли на 6 квітня.", "на 6 квітня", "2025-04-06"},
		{"pl wyznaczył na", "pl", "2025-02-10", "Wojewoda wyznaczył przedterminowe wybory na 6 kwietnia.", "na 6 kwietnia", "2025-04-06"},
		// No "for".
		{"ru по состоянию на", "ru", "2025-02-10", "Долг региона по состоянию на 1 февраля вырос.", "на 1 февраля", "2025-02-01"},
		{"uk станом на", "uk", "2025-02-10", "Борг міста станом на 1 лютого зріс.", "на 1 лютого", "2025-02-01"},
		{"ru пришёлся на", "ru", "2025-02-10", "Пик паводка пришёлся на 6 апреля.", "на 6 апреля", "2024-04-06"},
		{"pl przypadł na", "pl", "2025-02-10", "Szczyt powodzi przypadł na 6 kwietnia.", "na 6 kwietnia", "2024-04-06"},
		{"ru в ночь на", "ru", "2025-02-10", "Сильный ветер повалил деревья в ночь на 6 апреля.", "на 6 апреля", "2024-04-06"},
		{"pl z nocy z 5 na 6", "pl", "2025-02-10", "Wichura przeszła w nocy z 5 na 6 kwietnia.", "na 6 kwietnia", "2024-04-06"},
	})
}
