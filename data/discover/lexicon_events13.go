package discover

// events13Words are forms added to kindWords before theLexicon compiles
// them:
//
//   - Decrees the title already refines as such (decreeWords) but the
//     lexicon did not read as a decision in their language: Azerbaijani
//     "sərəncam" and "fərman", Polish "postanowienie" (the Marshal of the
//     Sejm's order calling a vote), Kyrgyz "жарлык", English "executive
//     order". Without a decision word the sentence of "the election called
//     by the decree signed on 7 December" had no decree for decreeDay
//     (decree_days.go) to give the date to.
//   - An arrest warrant is a court's decision, not an arrest: the reports
//     of Putin's visit to Mongolia "despite the ICC arrest warrant" ("le
//     mandat d'arrêt émis contre lui", "ордер на арест") made the welcome
//     in Ulaanbaatar "Arrests in Russia", the arrest's word ranking above
//     the visit's. The warrant phrases are decisions that silence the
//     arrest's word inside them ("!"), in every language that writes one.
//     English "to arrest" (an infinitive: "calls to arrest him", "failed
//     to arrest") is no arrest either (notEventWords): what it tells was
//     asked for or did not happen.
//   - A guest's welcome ceremony is his visit: "Mongolia gave Putin a full
//     ceremonial welcome", "reçu avec tous les honneurs à Oulan-Bator",
//     "蒙方…举行隆重欢迎仪式" named no kind but the warrant's. Only the
//     ceremony's phrases: "welcomed" alone also praises a decision, and a
//     red carpet is a film festival's too.
//   - Swearing-ins to come, in the forms the lexicon had only in the
//     present or past: French "prêtera serment", English "take office",
//     Spanish "tomar posesión", Portuguese "tomar posse" (a president
//     elected on the 14th "prêtera serment le 29").
var events13Words = map[Kind]map[string][]string{
	Inauguration: {
		"fr": {"prêtera serment", "prêteront serment", "prêter serment"},
		"en": {"take office", "taking office"},
		"es": {"tomar posesión", "asumir el cargo"},
		"pt": {"tomar posse"},
	},
	Visit: {
		"en": {"welcome ceremony", "welcoming ceremony", "ceremonial welcome", "official welcome"},
		"fr": {"cérémonie d'accueil", "accueil officiel", "reçu avec tous les honneurs", "reçu avec les honneurs", "accueilli avec tous les honneurs", "accueilli avec les honneurs"},
		"de": {"empfangszeremonie", "mit militärischen ehren empfangen", "feierlich empfangen"},
		"nl": {"welkomstceremonie", "officieel welkom"},
		"es": {"ceremonia de bienvenida", "recibido con honores", "recibido con todos los honores"},
		"pt": {"cerimônia de boas-vindas", "cerimónia de boas-vindas", "recebido com honras"},
		"it": {"cerimonia di benvenuto", "cerimonia di accoglienza", "accolto con gli onori"},
		"ru": {"церемони* официальной встречи", "торжественн* церемони* встречи"},
		"uk": {"церемоні* офіційної зустрічі"},
		"pl": {"ceremonia powitania", "ceremonii powitania", "uroczyste powitanie", "uroczystego powitania"},
		"tr": {"resmi karşılama*", "resmi tören ile karşıla*", "resmi törenle karşıla*"},
		"ar": {"مراسم استقبال", "مراسم الاستقبال", "استقبال رسمي", "استقبالا رسميا"},
		"fa": {"مراسم استقبال", "استقبال رسمی"},
		// Chinese "访" + a country's one-character name: 访朝 (a visit
		// to North Korea), 访俄, 访美 … as 访华 (to China) was read.
		"zh": {"欢迎仪式", "访朝", "访俄", "访美", "访日", "访韩", "访蒙", "访哈", "访乌", "访吉", "访塔", "访土", "访欧", "访印", "访法", "访德", "访英", "访越"},
		"kk": {"салтанатты қарсы алу*"},
		"uz": {"rasmiy kutib olish*", "расмий кутиб олиш*"},
		"ky": {"салтанаттуу тосуп алуу*"},
		"az": {"rəsmi qarşılanma mərasimi*"},
	},
	Decision: {
		"az": {"sərəncam*", "fərman*"},
		"pl": {"postanowieni*", "!nakaz aresztowania", "!nakazu aresztowania", "!nakaz aresztu"},
		"ky": {"жарлык*"},
		"en": {"executive order*", "!arrest warrant*", "!warrant for his arrest", "!warrant for her arrest", "!warrant for the arrest*", "!warrants for the arrest*"},
		"fr": {"!mandat d'arrêt*", "!mandats d'arrêt*"},
		"de": {"haftbefehl*"},
		"nl": {"arrestatiebevel*"},
		"es": {"!orden de arresto", "!orden de detención", "!orden de captura", "!órdenes de arresto", "!órdenes de detención"},
		"pt": {"!mandado de prisão", "!mandado de detenção", "!mandados de prisão", "!mandado de captura"},
		"it": {"!mandato di arresto", "!mandato d'arresto", "!mandati di arresto", "!mandato di cattura"},
		"ru": {"!ордер на арест*", "!ордера на арест*", "!ордером на арест*"},
		"uk": {"!ордер на арешт*", "!ордера на арешт*", "!ордером на арешт*"},
		"ar": {"!مذكره اعتقال", "!مذكره توقيف", "!مذكرات اعتقال", "!مذكره القبض"},
		"fa": {"!حکم بازداشت", "!حکم جلب"},
		"zh": {"!逮捕令"},
	},
}

// notArrests13 are phrases whose arrest word names no arrest (see above),
// and Italian forms of "rivolgere" (to address, to aim), which the protest
// stem "rivolt*" (revolt) read as protests: "il trattato non è rivolto
// contro Paesi terzi" made the Kremlin's comment on a treaty "Protests in
// Pyongyang".
var notArrests13 = map[string][]string{
	"en": {"to arrest"},
	"it": {"rivolto", "rivolti", "è rivolta", "sono rivolte", "rivolta a", "rivolta al", "rivolta alla", "rivolta ai", "rivolte a", "rivolte al", "rivolte alla"},
}

// ruledOut13 deny the vote or summit they are said of: "Kobachidze heeft
// zondag nieuwe parlementsverkiezingen uitgesloten" (ruled out new
// elections) made an election on that Sunday. Added to negations (see
// negation.go: the event words of the phrase's clause, a few words away,
// name nothing). Russian "исключил" alone is also "expelled", so only with
// its object "the possibility", "the holding". Said with a negation ("does
// not rule out", "non esclude") it affirms the plan (see negatedDenial).
var ruledOut13 = map[string][]string{
	"en": {"ruled out", "rules out", "ruling out"},
	"fr": {"a exclu", "exclut", "a écarté", "écarte"},
	"de": {"ausgeschlossen", "schließt aus", "schloss aus"},
	"nl": {"uitgesloten", "sluit uit", "sloot uit"},
	"es": {"descartó", "descarta", "ha descartado"},
	"pt": {"descartou", "descarta"},
	"it": {"ha escluso", "esclude"},
	"ru": {"исключил* возможность", "исключил* проведение", "отверг* возможность"},
	"uk": {"виключи* можливість", "відкину* можливість"},
	"pl": {"wykluczył*", "wyklucza"},
	"tr": {"olasılığını reddetti", "ihtimalini reddetti"},
	"ar": {"استبعد", "استبعدت"},
}

func init() {
	for k, byLang := range events13Words {
		for _, lang := range sortedLangs(byLang) {
			kindWords[k][lang] = append(kindWords[k][lang], byLang[lang]...)
		}
	}
	for _, lang := range sortedLangs(notArrests13) {
		notEventWords[lang] = append(notEventWords[lang], notArrests13[lang]...)
	}
	for _, lang := range sortedLangs(ruledOut13) {
		negations[lang] = append(negations[lang], ruledOut13[lang]...)
	}
}
