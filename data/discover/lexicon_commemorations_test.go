package discover

import (
	"slices"
	"testing"
)

// A day of mourning, a parade, a remembrance are commemorations, and the
// kind comes first: a parade that marks the end of a war is no fighting,
// a day of mourning for the dead no death (eval's parades were titled
// "Fighting" from the war they remember — 抗日战争, guerra, соғыс,
// الحرب — and a day of mourning "Death of" its declarer). Sentences
// written for the test.
func TestLexiconCommemorations(t *testing.T) {
	checkFirstKinds(t, []kindCase{
		{"en", "Sunday was declared a national day of mourning for the victims.", Commemoration},
		{"en", "A military parade marked the end of the war in Europe.", Commemoration},
		{"en", "Veterans laid a wreath at the memorial to those killed in the war.", Commemoration},
		{"fr", "Une journée de deuil national a été décrétée dimanche.", Commemoration},
		{"fr", "Le défilé militaire a célébré la fin de la guerre.", Commemoration},
		{"de", "Für Sonntag wurde Staatstrauer angeordnet.", Commemoration},
		{"de", "Mit einer Kranzniederlegung wurde der Toten des Krieges gedacht.", Commemoration},
		{"nl", "De herdenking van de oorlogsdoden vond plaats op de Dam.", Commemoration},
		{"ru", "Воскресенье объявлено днем общенационального траура по погибшим.", Commemoration},
		{"ru", "Парад Победы прошел на Красной площади в честь окончания войны.", Commemoration},
		{"uk", "В області оголошено день жалоби за загиблими.", Commemoration},
		{"kk", "Елде жалпыұлттық аза тұту күні болып жарияланды.", Commemoration},
		{"kk", "Астанада соғыстағы Жеңістің құрметіне әскери шеру өтті.", Commemoration},
		{"ky", "Өлкөдө аза күтүү күнү жарыяланды.", Commemoration},
		{"uz", "Бугун мамлакатда умуммиллий мотам куни.", Commemoration},
		{"uz", "Urushda halok bo'lganlar xotirlash marosimida yod etildi.", Commemoration},
		{"az", "Ölkədə ümumxalq matəm günü elan edildi.", Commemoration},
		{"es", "El gobierno decretó tres días de luto nacional por los muertos.", Commemoration},
		{"es", "El desfile militar conmemoró el fin de la guerra.", Commemoration},
		{"pt", "Foi decretado luto oficial de três dias pelas mortes.", Commemoration},
		{"it", "La parata militare ha ricordato la fine della guerra.", Commemoration},
		{"it", "È stato proclamato il lutto nazionale per le vittime.", Commemoration},
		{"tr", "Ülkede bir günlük milli yas ilan edildi.", Commemoration},
		{"tr", "Savaşın sona ermesinin yıl dönümünde askeri geçit töreni düzenlendi.", Commemoration},
		{"pl", "Prezydent ogłosił żałobę narodową po śmierci ofiar.", Commemoration},
		{"ar", "اعلنت الحكومه الحداد الوطني ثلاثه ايام على ارواح القتلى.", Commemoration},
		{"ar", "اقيم عرض عسكري بمناسبه ذكرى انتهاء الحرب.", Commemoration},
		{"ar", "اقامت الصين اليوم عرضا عسكريا ضخما في ذكرى نهايه الحرب.", Commemoration},
		{"fa", "دولت یک روز عزای عمومی اعلام کرد.", Commemoration},
		{"fa", "رژه نیروهای مسلح به مناسبت پایان جنگ برگزار شد.", Commemoration},
		{"zh", "北京举行阅兵式纪念抗日战争胜利。", Commemoration},
		{"zh", "全国下半旗志哀，悼念遇难者。", Commemoration},
	})
}

// Words near the commemorations' that are no commemoration: an Arab
// surname "حداد" (Haddad) without the article, a Russian complaint
// ("жалоба", the Ukrainian word for mourning), an English paradigm or
// animal (Polish, Uzbek and Azerbaijani "parad…", Azerbaijani "anım" are
// listed whole), Chinese condolences ("表示哀悼"), which are no day of
// mourning.
func TestLexiconCommemorationGuards(t *testing.T) {
	for _, tt := range []struct{ lang, sentence string }{
		{"ar", "قال الوزير جورج حداد إن المحادثات مستمره."},
		{"ru", "Министерство получило жалобу от жителей."},
		{"en", "The new paradigm changed animal farming."},
		{"zh", "习近平向普京表示哀悼。"},
	} {
		if got := kindsOf(tt.lang, tt.sentence); slices.Contains(got, Commemoration) {
			t.Errorf("%s %q: kinds %v, want no commemoration", tt.lang, tt.sentence, got)
		}
	}
}

// A commemoration is titled by what it is: a day of mourning, a parade,
// else a commemoration, with its place.
func TestTitlesOfCommemorations(t *testing.T) {
	for _, tt := range []struct {
		parts TitleParts
		want  string
	}{
		{TitleParts{Kind: Commemoration, quals: []qualifier{qMourning}, Place: "Kazakhstan"}, "Day of mourning in Kazakhstan"},
		{TitleParts{Kind: Commemoration, quals: []qualifier{qParade}, Place: "Beijing", Local: true}, "Parade in Beijing"},
		{TitleParts{Kind: Commemoration, Place: "Moscow", Local: true}, "Commemoration in Moscow"},
	} {
		if got := Title(tt.parts); got != tt.want {
			t.Errorf("Title(%+v) = %q, want %q", tt.parts, got, tt.want)
		}
	}
}

// French "ont défilé" is a march (a protest), the noun "défilé militaire" a
// parade.
func TestLexiconFrenchDefile(t *testing.T) {
	if got := kindsOf("fr", "Des milliers de manifestants ont défilé dans la capitale."); slices.Contains(got, Commemoration) {
		t.Errorf("ont défilé: kinds %v, want no commemoration", got)
	}
}
