package data

import (
	"testing"
	"time"
)

// Lunar Hijri dates are read only with their era marker, converted with
// the Umm al-Qura calendar to the day and the day either side (a month
// alone to the Gregorian months it overlaps). The texts are written for
// the test; the days are Umm al-Qura's (1 Ramadan 1445 was Monday 11
// March 2024 in Saudi Arabia, 10 Dhu al-Hijjah 1445 Sunday 16 June 2024).
func TestHijriDates(t *testing.T) {
	cases := []struct {
		name, lang, text string
		want             []wantMention
	}{
		{"ar day", "ar", "أقيمت الصلاة في ١٥ رمضان ١٤٤٥ هـ في المسجد.",
			[]wantMention{{"في ١٥ رمضان ١٤٤٥ هـ", MentionExplicit, "2024-03-24..2024-03-26"}}},
		{"ar two-word month, Western digits", "ar", "وصل الحجاج يوم 10 ذو الحجة 1445 هـ إلى منى.",
			[]wantMention{{"يوم 10 ذو الحجة 1445 هـ", MentionExplicit, "2024-06-15..2024-06-17"}}},
		{"ar month alone", "ar", "انتهى الصيام في رمضان ١٤٤٥ هجرية.",
			[]wantMention{{"في رمضان ١٤٤٥ هجرية", MentionExplicit, "2024-03..2024-04"}}},
		{"fa lunar marker", "fa", "مراسم در ۱۵ رمضان ۱۴۴۵ ق برگزار شد.",
			[]wantMention{{"در ۱۵ رمضان ۱۴۴۵ ق", MentionExplicit, "2024-03-24..2024-03-26"}}},
		{"ar without the marker is no date", "ar", "أقيمت الصلاة في ١٥ رمضان ١٤٤٥ في المسجد.", nil},
		{"ar Ramadan without a year is no date", "ar", "يصوم المسلمون في رمضان كل عام.", nil},
		{"ar a name that is a month", "ar", "التقى رجب طيب أردوغان بالرئيس.", nil},
		{"ar a day the month does not have", "ar", "في ٣٠ محرم ١٤٤٦ هـ", nil}, // Muharram 1446 had 29 days
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			a := datesArticle(t, c.lang, "", c.text)
			findDates(a)
			checkMentions(t, a, c.want)
		})
	}
}

// A Hijri dateline dates the page only to the month that holds its three
// days, never to one of them.
func TestHijriDatelineDatesTheMonth(t *testing.T) {
	a := datesArticle(t, "ar", "", "الرياض - ١٥ رمضان ١٤٤٥ هـ - أعلنت الحكومة اليوم عن خطة جديدة للطاقة في المملكة خلال السنوات المقبلة.")
	dateAlone(a, nil, nil)
	if a.Date.String() != "2024-03" {
		t.Errorf("dated %s (%s), want 2024-03", a.Date, a.DateReason)
	}
}

func TestHijriToGregorianBounds(t *testing.T) {
	for _, y := range []int{minHijriYear, maxHijriYear} {
		for m := 1; m <= 12; m++ {
			if n := hijriMonthDays(y, time.Month(m)); n != 29 && n != 30 {
				t.Errorf("%d/%d has %d days", y, m, n)
			}
		}
	}
	if _, ok := hijriToGregorian(maxHijriYear+1, 1, 1); ok {
		t.Error("a year past the table converted")
	}
}

// TestHijriDayWithoutYear checks that a Lunar Hijri day and month written
// without the year ("١٥ رمضان") take the Hijri year that puts them on or
// before the article (after it when announced), as three days. The texts
// are written for the test, in an article of 10 April 2025 (1 Ramadan 1446
// was 1 March 2025, 10 Dhu al-Hijjah 1446 6 June 2025).
func TestHijriDayWithoutYear(t *testing.T) {
	checkMentionDays(t, "10/04/2025", "2025-04-10", []weekdayCase{
		{"ar, past", "أقيمت صلاة التراويح في ١٥ رمضان في المسجد الكبير. وحضر الآلاف من المصلين.", "في ١٥ رمضان", "2025-03-14..2025-03-16"},
		{"ar, announced", "سيحتفل المسلمون بعيد الأضحى في 10 ذو الحجة. وتستعد المساجد لاستقبال المصلين.", "في 10 ذو الحجة", "2025-06-05..2025-06-07"},
		{"ar, a score is no date", "فاز الفريق بنتيجة 2 صفر على ملعبه. واحتفل المشجعون بالفوز.", "2 صفر", ""},
		{"ar, a month alone is no date", "يصوم المسلمون في رمضان من كل عام. وتكثر الصلوات في المساجد.", "في رمضان", ""},
	})
}
