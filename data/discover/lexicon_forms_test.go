package discover

import (
	"slices"
	"testing"
)

// The forms news writes that the first lists missed: Russian and
// Ukrainian arrivals by road, Spanish and Portuguese "travelled", Arabic
// plurals (هجمات, اتفاقيات, زلازل), German and Dutch compounds
// (Terroranschlag, Friedensabkommen, werkbezoek), Uzbek Cyrillic "ҳалок
// бўлди" (died; eval's h35_uz). Sentences written for the test.
func TestLexiconInflectedAndCompoundForms(t *testing.T) {
	checkKindsAmong(t, []kindCase{
		{"ru", "Президент приехал в Астану во вторник.", Visit},
		{"uk", "Прем'єр приїхав до Варшави.", Visit},
		{"de", "Der Kanzler ist am Abend in Peking angekommen.", Visit},
		{"de", "Es war sein erster Arbeitsbesuch in der Region.", Visit},
		{"fr", "Le ministre s'est rendu à Astana mardi.", Visit},
		{"es", "El presidente viajó a Pekín el martes.", Visit},
		{"pt", "O presidente viajou para Pequim na terça-feira.", Visit},
		{"pl", "Prezydent odwiedził Astanę.", Visit},
		{"ar", "وصلت الرئيسه الى العاصمه يوم الثلاثاء.", Visit},
		{"zh", "总统昨天到达北京。", Visit},
		{"ar", "تم التوصل الى اتفاقيات جديده للتعاون.", Agreement},
		{"fa", "دو کشور تفاهم‌نامه همکاری امضا کردند.", Agreement},
		{"de", "Das Friedensabkommen gilt seit Montag.", Agreement},
		{"nl", "Het vredesakkoord geldt sinds maandag.", Agreement},
		{"ar", "تعرضت المدينه لسلسله هجمات.", Attack},
		{"ar", "شنت الطائرات غارات على المدينه.", Attack},
		{"zh", "空袭造成平民伤亡。", Attack},
		{"de", "Bei dem Terroranschlag gab es viele Opfer.", Attack},
		{"nl", "De terreuraanslag schokte het land.", Attack},
		{"de", "Die Massenproteste dauerten eine Woche.", Protest},
		{"de", "Der Grenzkonflikt flammte erneut auf.", Clash},
		{"ar", "ضربت زلازل قويه المنطقه.", Disaster},
		{"ar", "لقي عشرات الاشخاص حتفهم.", Death},
		{"fa", "او در بیمارستان فوت کرد.", Death},
		{"tr", "Saldırıda iki polis öldürüldü.", Death},
		{"uz", "Шахтада 46 нафар кончи ҳалок бўлди.", Death},
	})
}

// Persian "وزارت" (ministry) is و + "زارت" to the Arabic proclitic rule:
// "زارت" (she visited) is not listed, so a ministry is no visit.
func TestLexiconMinistryIsNoVisit(t *testing.T) {
	if got := kindsOf("fa", "وزارت قوانین جدید را اعلام کرد."); slices.Contains(got, Visit) {
		t.Errorf("وزارت: kinds %v, want no visit", got)
	}
}
