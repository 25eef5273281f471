package data

import "testing"

// TestFullDateWithDashOpensTheLead: a full date (a weekday before it or
// not) opening a line of the lead, closed by a dash, is the page's stamp;
// one inside its sentence is not.
func TestFullDateWithDashOpensTheLead(t *testing.T) {
	checkStamps(t, []stampCase{
		{"fa", "یکشنبه، ۱۲ مرداد ۱۴۰۳ - وزارت امور خارجه امروز اعلام کرد که هیئت به تاشکند می‌رود.", "یکشنبه، ۱۲ مرداد ۱۴۰۳", StampPublished},
		{"en", "3 March 2025 – The election commission said today that the ruling party won.", "3 March 2025", StampPublished},
		{"ar", "الاثنين 3 مارس 2025 - أعلنت لجنة الانتخابات اليوم النتائج الأولية.", "الاثنين 3 مارس 2025", StampPublished},
		// Inside its sentence.
		{"fa", "کمیسیون انتخابات روز یکشنبه، ۱۲ مرداد ۱۴۰۳ - به گفته رسانه‌ها - نتایج را اعلام کرد.", "روز یکشنبه، ۱۲ مرداد ۱۴۰۳", StampNone},
	})
}
