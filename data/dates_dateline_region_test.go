package data

import "testing"

// A dateline may name the city's state or region after it, before the
// date: "ANCHORAGE, Alaska, Aug 16 —". Texts written for the test; the
// last two go on into their sentence and are no datelines.
func TestDatelineWithARegion(t *testing.T) {
	checkStamps(t, []stampCase{
		{"en", "ANCHORAGE, Alaska, Aug 16 — The two presidents left the base without a deal.", "Aug 16", StampPublished},
		{"en", "KAZAN, Tatarstan, Oct 23 (Reuters) - The leaders met for a second day.", "Oct 23", StampPublished},
		{"fr", "KAZAN, Tatarstan, 23 octobre (AFP) - Les dirigeants se sont réunis mercredi.", "23 octobre", StampPublished},
		{"es", "SAMARCANDA, Uzbekistán, 6 nov (EFE).- La conferencia eligió a su director.", "6 nov", StampPublished},
		{"en", "In Moscow, Putin said, Aug 16 would be the first day of talks.", "Aug 16", StampNone},
		{"en", "In Alaska, the presidents met on Aug 16 at the base.", "on Aug 16", StampNone},
	})
}
