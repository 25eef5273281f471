package data

// The word for "hour" that pages write before the clock time of their
// date line: "دوشنبه ۲۵ مرداد ۱۴۰۰ - ساعت ۱۴:۲۰" (Persian), "الساعة ١٤:٢٠"
// (Arabic), "saat 14:20" (Turkish, Azerbaijani), "soat 14:20" (Uzbek),
// "сағат 14:20" (Kazakh), "саат 14:20" (Kyrgyz), "соат" (Uzbek and Tajik
// Cyrillic). Three letters or fewer ("om", "à", "в") the pattern takes
// as any word; these are longer. The digits of such a clock may be
// Persian or Arabic-Indic.
const (
	clockWords = `(?i:ساعت|الساعة|saat|soat|сағат|саат|соат)`
	clockDigit = `[0-9۰-۹٠-٩]`
)
