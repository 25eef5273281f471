package discover

// events14Words are forms added to kindWords before theLexicon compiles
// them: the word "battle" where the lists had only fighting, clashes and
// war (de "Schlacht", fr "bataille", es "batalla", pt "batalha", it
// "battaglia", ru/uk "битва", pl "bitwa", nl "veldslag", tr "muharebe",
// zh "战役"). The battle an anniversary recalls ("le 85e anniversaire de
// la bataille de Khalkhin Gol, remportée en 1939") had no word of its kind
// left once the visit's words were taken from its year
// (anniversary_dates.go).
//
// Italian "assalito" (assaulted, stormed) is an attack; the Portuguese
// "preso" (arrested) is Portuguese only (lexicon.go: "=preso*"), since the
// Italian "preso" is "taken": "le forze dell'Azerbaigian hanno assalito e
// preso il Nagorno-Karabakh" was "Arrests in Nagorno-Karabakh".
var events14Words = map[Kind]map[string][]string{
	Attack: {
		"it": {"assalit*", "assalirono", "assalto", "assalti"},
	},
	Clash: {
		"de": {"schlacht"},
		"fr": {"bataille*"},
		"es": {"batalla*"},
		"pt": {"batalha*"},
		"it": {"battaglia", "battaglie"},
		"ru": {"битв*"},
		"uk": {"битв*"},
		"pl": {"bitw*"},
		"nl": {"veldslag*"},
		"tr": {"muharebe*"},
		"zh": {"战役"},
	},
}

// qWarrant refines a decision as an arrest warrant: the court issues it,
// the person it names is its subject. "Decision by Vladimir Putin in
// Ukraine" was the ICC's warrant of March 2023 "over the deportation of
// Ukrainian children" (the person leads a decision's title); the title
// now reads "ICC arrest warrant for Vladimir Putin" (title_families.go).
const qWarrant qualifier = "arrest warrant"

// warrantWords are the warrant phrases, which events13Words made
// decisions, and the Turkish and Azerbaijani ones it lacked (u10_tr
// "Putin hakkında tutuklama kararı çıkarmıştı" was an arrest).
var warrantWords = map[string][]string{
	"en": {"arrest warrant*", "warrant for his arrest", "warrant for her arrest", "warrant for the arrest*", "warrants for the arrest*"},
	"fr": {"mandat d'arrêt*", "mandats d'arrêt*"},
	"de": {"haftbefehl*"},
	"nl": {"arrestatiebevel*"},
	"es": {"orden de arresto", "orden de detención", "orden de captura", "órdenes de arresto", "órdenes de detención"},
	"pt": {"mandado de prisão", "mandado de detenção", "mandados de prisão", "mandado de captura"},
	"it": {"mandato di arresto", "mandato d'arresto", "mandati di arresto", "mandato di cattura"},
	"ru": {"ордер на арест*", "ордера на арест*", "ордером на арест*"},
	"uk": {"ордер на арешт*", "ордера на арешт*", "ордером на арешт*"},
	"pl": {"nakaz aresztowania", "nakazu aresztowania", "nakaz aresztu"},
	"ar": {"مذكره اعتقال", "مذكره توقيف", "مذكرات اعتقال", "مذكره القبض"},
	"fa": {"حکم بازداشت", "حکم جلب"},
	"zh": {"逮捕令"},
	"tr": {"tutuklama kararı*", "tutuklama emri*", "yakalama kararı*"},
	"az": {"həbs qərarı*", "həbs orderi*"},
}

func init() {
	// The Turkish and Azerbaijani warrants are decisions that silence
	// the arrest's word inside them, as the others are (events13Words).
	for _, lang := range []string{"tr", "az"} {
		for _, w := range warrantWords[lang] {
			kindWords[Decision][lang] = append(kindWords[Decision][lang], "!"+w)
		}
	}
	for _, lang := range sortedLangs(warrantWords) {
		qualifierWords[qWarrant] = append(qualifierWords[qWarrant], warrantWords[lang]...)
	}
	for k, byLang := range events14Words {
		for _, lang := range sortedLangs(byLang) {
			kindWords[k][lang] = append(kindWords[k][lang], byLang[lang]...)
		}
	}
}
