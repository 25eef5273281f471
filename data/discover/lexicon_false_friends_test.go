package discover

import "testing"

// Stems that, once Normalize folds diacritics, began common words of
// other languages or of their own: Turkish "maç*" read "Macron" and
// German "macht" as a contest, "ölüm*" (death) read "olumlu"
// (positive), "yasa*" (law) read "yaşanan" (that took place);
// Portuguese "sanç*" (sanction) read "Sánchez"; German "sieg*" (victory)
// read French "siège"; Ukrainian "спек*" (heat) read "спектр"; Persian
// "حمله" (attack) is Arabic "حملة" (a campaign); Russian "начал*"
// (began) read "в начале" (at the start of). Each is now listed by its
// forms, or in its own language only. Sentences written for the test.
func TestLexiconFoldedFalseFriends(t *testing.T) {
	checkNoKind(t, []kindCase{
		{"fr", "Emmanuel Macron a rencontré le chancelier à Paris.", Contest},
		{"de", "Die Regierung macht neue Pläne für den Winter.", Contest},
		{"tr", "Bakan görüşmenin olumlu geçtiğini söyledi.", Death},
		{"tr", "Bölgede yaşanan gelişmeler yakından izleniyor.", Decision},
		{"es", "Pedro Sánchez habló con los periodistas en Madrid.", Decision},
		{"fr", "Le siège de l'organisation se trouve à Genève.", Result},
		{"uk", "Широкий спектр питань обговорили експерти.", Disaster},
		{"ar", "بدأت الحملة الانتخابية في البلاد.", Attack},
		{"ru", "В начале года цены выросли.", Opening},
		// Uzbek "jang*" (battle) began German "Jangtse" (the Yangtze).
		{"de", "Er wuchs in einem Dorf am Jangtse auf und wurde später Ministerpräsident.", Clash},
	})
	// The words themselves still count.
	checkKindsAmong(t, []kindCase{
		{"tr", "Final maçı İstanbul'da oynandı.", Contest},
		{"uz", "Chegarada shiddatli janglar davom etdi.", Clash},
		{"tr", "Liderin ölümü ülkede yasa neden oldu.", Death},
		{"tr", "Meclis yeni yasayı kabul etti.", Decision},
		{"pt", "A União Europeia aprovou novas sanções.", Decision},
		{"de", "Der Sieg der Opposition überraschte viele.", Result},
		{"uk", "Сильна спека накрила південь країни.", Disaster},
		{"fa", "حمله به پایگاه نظامی انجام شد.", Attack},
		{"ru", "Россия начала учения у границы.", Opening},
	})
}
