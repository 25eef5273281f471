package discover

import "testing"

// A burial or a funeral is a kind of its own, on its own day after the
// death (eval8's blind reports: "به خاک سپرده شد", "inhumation" named no
// event). Sentences written for the test.
func TestLexiconFunerals(t *testing.T) {
	checkFirstKinds(t, []kindCase{
		{"en", "Thousands attended the funeral of the former president.", Funeral},
		{"en", "He was buried in his home village.", Funeral},
		{"fr", "Il a été inhumé dans son village natal.", Funeral},
		{"fr", "Les obsèques nationales ont eu lieu à Paris.", Funeral},
		{"de", "Er wurde in seinem Heimatdorf beigesetzt.", Funeral},
		{"de", "Das Staatsbegräbnis fand in der Hauptstadt statt.", Funeral},
		{"nl", "De staatsbegrafenis vond plaats in de hoofdstad.", Funeral},
		{"ru", "Он был похоронен на городском кладбище.", Funeral},
		{"ru", "Церемония прощания прошла в столице.", Funeral},
		{"uk", "Його поховали в рідному селі.", Funeral},
		{"pl", "Został pochowany w rodzinnej wsi.", Funeral},
		{"es", "Fue sepultado en su pueblo natal.", Funeral},
		{"pt", "O enterro decorreu no cemitério da cidade.", Funeral},
		{"it", "Migliaia di persone hanno partecipato ai funerali del presidente.", Funeral},
		{"tr", "Eski cumhurbaşkanı memleketinde defnedildi.", Funeral},
		{"tr", "Cenazesi cuma günü toprağa verildi.", Funeral},
		{"ar", "شيع الآلاف جثمان الرئيس.", Funeral},
		{"fa", "رئیس جمهور در زادگاهش به خاک سپرده شد.", Funeral},
		{"zh", "前总统被安葬在家乡。", Funeral},
		{"kk", "Бұрынғы президент туған ауылында жерленді.", Funeral},
		{"uz", "Sobiq prezident tug'ilgan qishlog'ida dafn etildi.", Funeral},
		{"ky", "Мурдагы президент туулган айылында жерге берилди.", Funeral},
		{"tg", "Президенти собиқ дар зодгоҳаш ба хок супурда шуд.", Funeral},
		{"az", "Keçmiş prezident doğulduğu kənddə dəfn edildi.", Funeral},
	})
	// Buried under rubble is no funeral; "defined" is no Turkish "defin".
	checkNoKind(t, []kindCase{
		{"en", "The landslide buried dozens of houses in the valley.", Funeral},
		{"de", "Mehrere Menschen wurden unter den Trümmern begraben.", Funeral},
		{"ru", "Несколько человек были погребены под завалами.", Funeral},
		{"en", "The treaty defined the border between the two states.", Funeral},
	})
}

// A prisoner exchange is a kind of its own (eval8's blind reports:
// "Austausch", "uitwisselden" named nothing, and the Ankara swap was
// titled "Fighting"). An exchange of fire, of views or of currencies is
// none. Sentences written for the test.
func TestLexiconPrisonerExchanges(t *testing.T) {
	checkFirstKinds(t, []kindCase{
		{"en", "Russia and the United States carried out a prisoner exchange.", Exchange},
		{"en", "The two countries swapped prisoners at the airport.", Exchange},
		{"fr", "Les deux pays ont procédé à un échange de prisonniers.", Exchange},
		{"de", "Der Austausch der Gefangenen fand in Ankara statt.", Exchange},
		{"de", "Russland und die USA vollzogen einen Gefangenenaustausch.", Exchange},
		{"nl", "De gevangenenruil vond plaats in Ankara.", Exchange},
		{"ru", "Стороны обменялись пленными.", Exchange},
		{"ru", "Россия и США провели обмен заключёнными.", Exchange},
		{"uk", "Україна і Росія провели обмін полоненими.", Exchange},
		{"pl", "Rosja i Stany Zjednoczone przeprowadziły wymianę więźniów.", Exchange},
		{"es", "Los dos países intercambiaron prisioneros en Ankara.", Exchange},
		{"pt", "A Rússia e os Estados Unidos realizaram uma troca de prisioneiros.", Exchange},
		{"it", "I due paesi si sono scambiati prigionieri ad Ankara.", Exchange},
		{"tr", "Rusya ve ABD esir takası gerçekleştirdi.", Exchange},
		{"ar", "أجرت روسيا والولايات المتحدة عملية تبادل الأسرى.", Exchange},
		{"fa", "تبادل زندانیان در آنکارا انجام شد.", Exchange},
		{"zh", "两国在安卡拉交换了囚犯。", Exchange},
		{"kk", "Ресей мен АҚШ тұтқын алмасты.", Exchange},
		{"uz", "Rossiya va AQSh mahbuslarni almashdi.", Exchange},
		{"ky", "Россия менен АКШ туткундарды алмашты.", Exchange},
		{"tg", "Русия ва ИМА асиронро мубодила карданд.", Exchange},
		{"az", "Əsir mübadiləsi Ankarada baş tutdu.", Exchange},
	})
	checkNoKind(t, []kindCase{
		{"en", "The ministers exchanged views on energy.", Exchange},
		{"en", "The central banks renewed their currency swap.", Exchange},
		{"de", "Die Minister vereinbarten einen engen Austausch.", Exchange},
		{"zh", "双方就地区局势交换了意见。", Exchange},
		{"ar", "بحث الوزيران تبادل الخبرات.", Exchange},
	})
	// Fire exchanged is fighting, not a fire.
	checkFirstKinds(t, []kindCase{
		{"en", "Border guards exchanged fire near the disputed village.", Clash},
		{"ar", "اندلع تبادل لاطلاق النار على الحدود.", Clash},
		{"ar", "فتح مسلحون اطلاق النار على المارة.", Attack},
	})
}

// A court's sentence told in the past, in the passive or as a noun, in
// every language (eval8's i32_es: "fue detenida … un tribunal la
// condenó"); the detention before it is an arrest. Sentences written for
// the test.
func TestLexiconSentencesAndDetentions(t *testing.T) {
	checkFirstKinds(t, []kindCase{
		{"en", "A court sentenced the journalist to eight years in prison.", Verdict},
		{"en", "The court found him guilty of treason.", Verdict},
		{"fr", "Un tribunal a condamné le journaliste à huit ans de prison.", Verdict},
		{"fr", "Le tribunal l'a reconnu coupable de trahison.", Verdict},
		{"de", "Ein Gericht verurteilte den Journalisten zu acht Jahren Haft.", Verdict},
		{"nl", "Een rechtbank veroordeelde de journalist tot acht jaar cel.", Verdict},
		{"ru", "Суд приговорил журналиста к восьми годам лишения свободы.", Verdict},
		{"ru", "Его признали виновным в госизмене.", Verdict},
		{"uk", "Суд засудив журналіста до восьми років позбавлення волі.", Verdict},
		{"pl", "Sąd skazał dziennikarza na osiem lat więzienia.", Verdict},
		{"es", "Un tribunal la condenó a ocho años de prisión.", Verdict},
		{"pt", "O opositor foi condenado a cinco anos.", Verdict},
		{"it", "Un tribunale ha condannato il giornalista a otto anni di carcere.", Verdict},
		{"tr", "Muhalefet lideri beş yıl hapse mahkum edildi.", Verdict},
		{"ar", "حكمت محكمة على الصحفي بالسجن ثماني سنوات.", Verdict},
		{"fa", "دادگاه روزنامه نگار را به هشت سال زندان محکوم کرد.", Verdict},
		{"zh", "反对派领导人被判入狱五年。", Verdict},
		{"kk", "Сот үкім шығарды.", Verdict},
		{"uz", "Sud hukm chiqardi.", Verdict},
		{"ky", "Сот журналистти сегиз жылга эркинен ажыратты.", Verdict},
		{"tg", "Суд рӯзноманигорро ба ҳашт соли зиндон маҳкум кард.", Verdict},
		{"az", "Məhkəmə jurnalisti səkkiz il həbs cəzasına məhkum etdi.", Verdict},
		{"es", "La periodista fue detenida en el aeropuerto.", Arrest},
		{"fr", "L'opposant a été placé en garde à vue.", Arrest},
		{"pt", "A jornalista foi detida no aeroporto.", Arrest},
		{"es", "La policía detuvo a dos sospechosos.", Arrest},
		{"pt", "A polícia deteve dois suspeitos.", Arrest},
		{"pl", "Policja zatrzymała dwóch podejrzanych.", Arrest},
		{"nl", "De politie pakte twee verdachten op.", Arrest},
	})
	// "Se detuvieron" stopped; a "presa" is a dam; "zatrzymał się"
	// stopped: no arrest.
	checkNoKind(t, []kindCase{
		{"es", "Los camiones se detuvieron en la frontera.", Arrest},
		{"es", "La presa se rompió tras las lluvias.", Arrest},
		{"pl", "Pociąg zatrzymał się na granicy.", Arrest},
		// Kazakh "үкім" (verdict) begins "үкімет" (government).
		{"kk", "Үкімет жаңа бағдарламаны талқылады.", Verdict},
	})
}
