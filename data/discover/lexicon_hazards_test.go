package discover

import (
	"slices"
	"testing"
)

// Disasters beyond earthquakes, floods and fires: landslides, mudflows,
// avalanches, storms, dam breaks, mine accidents, in every language, and
// the fire in Uzbek Cyrillic ("ёнғин", eval's h35_uz named no kind).
// Sentences written for the test.
func TestLexiconDisasters(t *testing.T) {
	checkKindsAmong(t, []kindCase{
		{"uz", "Шахтада юз берган ёнғин оқибатида кончилар ҳалок бўлди.", Disaster},
		{"en", "A mudslide buried the mountain road.", Disaster},
		{"en", "A landslide buried three houses in the village.", Disaster},
		{"en", "Heavy rain set off landslides across the province.", Disaster},
		{"en", "The typhoon made landfall in the south.", Disaster},
		{"fr", "Un glissement de terrain a coupé la route.", Disaster},
		{"de", "Ein Erdrutsch verschüttete mehrere Häuser.", Disaster},
		{"de", "Nach dem Dammbruch wurden Dörfer überflutet.", Disaster},
		{"nl", "Een aardverschuiving trof het dorp.", Disaster},
		{"ru", "Сель сошёл на посёлок в горах.", Disaster},
		{"ru", "Оползень разрушил дорогу.", Disaster},
		{"kk", "Тауда қар көшкіні болды.", Disaster},
		{"kk", "Әуе апаты салдарынан жолаушылар қаза тапты.", Disaster},
		{"ky", "Тоодо көчкү жүрүп, жол жабылды.", Disaster},
		{"ky", "Шаарда катуу жер титирөө болду.", Disaster},
		{"uz", "Tog'da ko'chki tushdi.", Disaster},
		{"tg", "Дар ноҳия заминларза рух дод.", Disaster},
		{"az", "Rayonda güclü zəlzələ baş verdi.", Disaster},
		{"es", "Un deslizamiento de tierra sepultó varias casas.", Disaster},
		{"pt", "O rompimento da barragem inundou a cidade.", Disaster},
		{"it", "Una frana ha travolto la strada.", Disaster},
		{"tr", "Heyelan nedeniyle yol kapandı.", Disaster},
		{"tr", "Maden kazasında işçiler mahsur kaldı.", Disaster},
		{"pl", "Powódź zalała kilka wsi.", Disaster},
		{"ar", "اجتاحت السيول عدة قرى.", Disaster},
		{"fa", "رانش زمین جاده را مسدود کرد.", Disaster},
		{"zh", "山体滑坡造成道路中断。", Disaster},
	})
}

// The new disaster words refine titles too: a fire, a flood and an
// earthquake in the Turkic languages and Tajik are titled as such.
func TestLexiconDisasterQualifiers(t *testing.T) {
	l := theLexicon()
	for _, tt := range []struct {
		lang, sentence string
		want           qualifier
	}{
		{"uz", "Шахтада ёнғин юз берди.", qFire},
		{"kk", "Шахтада өрт шықты.", qFire},
		{"tg", "Дар бозор сӯхтор рух дод.", qFire},
		{"ky", "Суу ташкыны айылды каптады.", qFlood},
		{"ar", "اجتاحت السيول عدة قرى.", qFlood},
		{"az", "Rayonda güclü zəlzələ baş verdi.", qEarthquake},
	} {
		words := splitSentenceWords(tt.sentence, 0, nil)
		found := false
		for _, h := range l.find(&firstWords{}, words, tt.sentence, 0, tt.lang, nil) {
			found = found || l.list[h.phrase].qual == tt.want
		}
		if !found {
			t.Errorf("%s %q: no %s", tt.lang, tt.sentence, tt.want)
		}
	}
}

// States of emergency in Kyrgyz, Tajik and Azerbaijani, martial law;
// attacks and fighting in the Turkic languages and Tajik. Sentences
// written for the test.
func TestLexiconEmergenciesAndFighting(t *testing.T) {
	checkKindsAmong(t, []kindCase{
		{"ky", "Өкмөт өлкөдө өзгөчө абал жарыялады.", Emergency},
		{"az", "Ölkədə fövqəladə vəziyyət elan edildi.", Emergency},
		{"tg", "Дар минтақа ҳолати фавқулодда эълон шуд.", Emergency},
		{"es", "El gobierno impuso la ley marcial.", Emergency},
		{"ky", "Чек арада атышуу болду.", Clash},
		{"tg", "Дар марз ҷанг идома дорад.", Clash},
		{"az", "Sərhəddə toqquşma baş verdi.", Clash},
		{"uz", "Чегарада тўқнашув юз берди.", Clash},
		{"az", "Silahlılar polis məntəqəsinə hücum etdilər.", Attack},
		{"tg", "Ба посгоҳи сарҳадӣ ҳамла шуд.", Attack},
		{"en", "Gunmen opened fire on worshippers.", Attack},
		{"ru", "Войска начали штурм города.", Attack},
	})
}

// "Storm" is a storm, not the verb: a crowd that stormed a building is no
// disaster, and a storm still is one.
func TestLexiconStormIsNoVerb(t *testing.T) {
	if got := kindsOf("en", "A storm hit the coast."); !slices.Contains(got, Disaster) {
		t.Errorf("storm: kinds %v, want a disaster", got)
	}
}

// Uzbek "ҳалокат" is a crash or a catastrophe, Tajik "ҳалокат" a death:
// the Tajik report of an attack that "caused the death of dozens" is no
// disaster.
func TestLexiconUzbekCatastropheIsNoTajikDeath(t *testing.T) {
	if got := kindsOf("uz", "Самолёт ҳалокати оқибатида йўловчилар ҳалок бўлди."); !slices.Contains(got, Disaster) {
		t.Errorf("uz ҳалокат: kinds %v, want a disaster", got)
	}
	if got := kindsOf("tg", "Амали террористӣ боиси ҳалокати даҳҳо нафар гардид."); slices.Contains(got, Disaster) {
		t.Errorf("tg ҳалокат: kinds %v, want no disaster", got)
	}
}

// An evacuation says that something took place, not what: it is a
// happening, which joins the flood, the fire or the fighting of its day
// and is titled "Event" alone (a state of emergency or a disaster would
// be wrong for an evacuation from a front). Sentences written for the
// test.
func TestLexiconEvacuations(t *testing.T) {
	checkKindsAmong(t, []kindCase{
		{"en", "Thousands of residents were evacuated from the border villages.", Happening},
		{"fr", "Deux mille habitants ont été évacués.", Happening},
		{"de", "Die Bewohner wurden evakuiert.", Happening},
		{"ru", "Жителей эвакуировали из прибрежных сел.", Happening},
		{"es", "Las autoridades ordenaron la evacuación de la costa.", Happening},
		{"tr", "Bölgedeki köyler tahliye edildi.", Happening},
		{"pl", "Mieszkańcy zostali ewakuowani.", Happening},
		{"ar", "تم اجلاء الاف السكان من المنطقه.", Happening},
		{"zh", "当局疏散了沿海居民。", Happening},
	})
	for _, s := range []string{"Thousands of residents were evacuated from the border villages."} {
		if got := kindsOf("en", s); slices.Contains(got, Emergency) || slices.Contains(got, Disaster) {
			t.Errorf("%q: kinds %v, want no emergency or disaster", s, got)
		}
	}
}
