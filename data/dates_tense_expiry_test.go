package data

import "testing"

// TestPresentOfExpiringIsAhead: pl/ru/uk "expires" in the present puts a
// day without its year ahead of the report; in the past, behind it.
func TestPresentOfExpiringIsAhead(t *testing.T) {
	checkSpanCases(t, []spanCase{
		{"pl upływa", "pl", "2025-02-10", "Mandat rzecznika upływa 3 września.", "3 września", "2025-09-03"},
		{"ru истекает", "ru", "2025-02-10", "Срок полномочий мэра истекает 3 сентября.", "3 сентября", "2025-09-03"},
		{"uk спливає", "uk", "2025-02-10", "Термін повноважень мера спливає 3 вересня.", "3 вересня", "2025-09-03"},
		{"ru истёк (past)", "ru", "2025-02-10", "Срок полномочий мэра истёк 3 сентября.", "3 сентября", "2024-09-03"},
	})
}
