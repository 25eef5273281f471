package data

import "testing"

// TestWeekdayStartingFromIsAhead: a weekday something starts from ("à
// partir de jeudi", "ab Donnerstag", "starting Thursday", "perşembe
// gününden itibaren") is the one to come, in a report of Tuesday 2 July
// 2025 the Thursday of 3 July; "since", "last", a past auxiliary and
// "dès" (as early as) keep the weekday on or before the report.
func TestWeekdayStartingFromIsAhead(t *testing.T) {
	const day = "2025-07-01" // a Tuesday
	checkSpanCases(t, []spanCase{
		{"fr à partir de", "fr", day, "La préfecture interdit la baignade dans le lac à partir de jeudi.", "de jeudi", "2025-07-03"},
		{"it a partire da", "it", day, "Il comune chiude al traffico il centro storico a partire da giovedì.", "da giovedì", "2025-07-03"},
		{"pt a partir de", "pt", day, "A prefeitura fecha as escolas da cidade a partir de quinta-feira.", "de quinta-feira", "2025-07-03"},
		{"de ab", "de", day, "Die Stadt sperrt die Brücke ab Donnerstag für Lastwagen.", "ab Donnerstag", "2025-07-03"},
		{"en starting", "en", day, "The city closes the bridge to trucks starting Thursday.", "Thursday", "2025-07-03"},
		{"ru начиная с", "ru", day, "Мэрия закрывает мост для грузовиков начиная с четверга.", "с четверга", "2025-07-03"},
		{"pl począwszy od", "pl", day, "Miasto zamyka most dla ciężarówek począwszy od czwartku.", "od czwartku", "2025-07-03"},
		{"tr itibaren", "tr", day, "Belediye köprüyü perşembe gününden itibaren kamyonlara kapatıyor.", "perşembe", "2025-07-03"},
		{"ar اعتبارا من", "ar", day, "تغلق البلدية الجسر أمام الشاحنات اعتبارا من يوم الخميس.", "من يوم الخميس", "2025-07-03"},
		// Guards: since, last, a past auxiliary, "as early as".
		{"fr depuis", "fr", day, "La préfecture interdit la baignade dans le lac depuis jeudi.", "depuis jeudi", "2025-06-26"},
		{"fr à partir de jeudi dernier", "fr", day, "Les prix ont baissé à partir de jeudi dernier.", "de jeudi dernier", "2025-06-26"},
		{"de ab … waren", "de", day, "Ab Donnerstag waren die Schulen der Stadt geschlossen.", "Ab Donnerstag", "2025-06-26"},
		{"fr dès", "fr", day, "Il a félicité son rival dès jeudi soir.", "dès jeudi", "2025-06-26"},
	})
}
