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
		"zh": {"欢迎仪式"},
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

// notArrests13 are phrases whose arrest word names no arrest (see above).
var notArrests13 = map[string][]string{
	"en": {"to arrest"},
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
}
