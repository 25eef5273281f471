package discover

import (
	"slices"
	"strings"
)

// This file says when a sentence tells of a summit of the shipped
// calendar (corpus_calendar.go) by another name than "summit". The
// calendar's own guard is that the sentence names the occasion's kind:
// it holds every summit of an organisation for a decade, and a meeting
// of its ministers on the day of another year's summit is not that
// summit. But news names the summits of the region's organisations by
// their bodies and formats as often as by the word: the CSTO's summit is
// the "session of the Collective Security Council" ("sessão ordinária da
// CSTO", "сессия Совета коллективной безопасности"), the SCO's the
// "Council of Heads of State", the Central Asian presidents' summit a
// "consultative meeting of the heads of state", a C5+1 summit the
// presidents "sat down with" a guest "in the C5+1 format". Such a
// sentence names a meeting or talks, not a summit, and the calendar was
// asked in vain.
//
// So a sentence of a meeting or talks tells of a calendar summit when it
// names, itself (not its paragraph), the organisation the summit is filed
// under and says whose meeting it is:
//
//   - the heads of state of several countries (summitBodies: "heads of
//     state", "глав государств", "chefs d'État", "元首", the Collective
//     Security Council, "the presidents of", …), or
//   - for a meeting (not talks), a session of the organisation itself
//     (summitSessions: "ordinary session", "сессия", "sessão", …),
//
// and no body of the organisation's that is not its leaders: ministers,
// heads of government, secretaries, parliaments, experts
// (notSummitBodies). Every other guard stands: the same day or the one
// such weekday, another city is another summit, an online summit is no
// sentence's that names a city.
//
// An organisation of a region's states is named by its region as well:
// the summits of the five Central Asian states (their consultative
// meetings, C5+1, China–, Russia–, EU–Central Asia) are filed under
// Central Asia too, so "中国—中亚峰会" and "the presidents of the five
// Central Asian states met … in Samarkand" find them (orgRegion), and
// under each of the five, for a sentence that names three of them or
// more, or their leaders ("the leaders of Kazakhstan, Kyrgyzstan,
// Tajikistan, Turkmenistan and Uzbekistan met in Astana"; orgMembers).

// orgRegion maps an organisation whose members are a region's states to
// the region: its summits are filed under both.
var orgRegion = map[string]string{
	"c5": "central-asia",
}

// orgMembers maps an organisation of a region's states to its members: a
// sentence that names most of them ("the presidents of Kazakhstan,
// Kyrgyzstan, Tajikistan, Turkmenistan and Uzbekistan met in Astana"),
// or their leaders, tells of the organisation's summit without naming it,
// and its summits are filed under each member as well (see
// namesMostMembers).
var orgMembers = map[string][]string{
	"c5": {"kazakhstan", "kyrgyzstan", "tajikistan", "turkmenistan", "uzbekistan"},
}

// mostMembers is how many of an organisation's members a sentence names
// to tell of the organisation: three of the five Central Asian states
// are more than a visit or a bilateral meeting takes.
const mostMembers = 3

// namesMostMembers reports whether probe names, itself, mostMembers of
// the states of one organisation of orgMembers, or their cities and
// leaders.
func (x *Extractor) namesMostMembers(probe *Candidate) bool {
	if probe.Context {
		return false
	}
	for _, members := range orgMembers {
		n := 0
		for _, m := range members {
			if slices.ContainsFunc(probe.names[:int(probe.nPlaces)+int(probe.nActors)], func(id string) bool { return x.related(id, m) }) {
				n++
			}
		}
		if n >= mostMembers {
			return true
		}
	}
	return false
}

// summitBodies are the words (lower case) for the heads of state of
// several countries, or the organisation's body of them, in the
// languages of the corpus: a meeting or talks of theirs is a summit.
var summitBodies = []string{
	// en
	"heads of state", "collective security council", "supreme eurasian economic council",
	"presidents of", "leaders of", "consultative meeting",
	// fr
	"chefs d'état", "chefs d’état", "conseil de sécurité collective", "présidents des", "dirigeants des",
	"réunion consultative",
	// de
	"staatschefs", "staatsoberhäupter", "staats- und regierungschefs", "präsidenten der", "rat für kollektive sicherheit",
	"konsultativ",
	// nl
	"staatshoofden", "presidenten van", "leiders van",
	// ru
	"глав государств", "главы государств", "главами государств", "главах государств",
	"совет коллективной безопасности", "совета коллективной безопасности", "совете коллективной безопасности",
	"высшего евразийского", "высший евразийский", "президентов", "лидеров стран", "лидеры стран", "консультативн",
	// uk
	"глав держав", "глави держав", "президентів", "лідерів країн", "лідери країн", "консультативн",
	// kk
	"мемлекет басшылар", "мемлекеттері басшылар", "мемлекеттерінің басшылар", "ұжымдық қауіпсіздік кеңес", "консультативтік",
	// uz, in both scripts
	"davlat rahbarlari", "davlatlari rahbarlari", "maslahat uchrashuv", "maslahatlashuv uchrashuv", "prezidentlari",
	"давлат раҳбарлари", "давлатлари раҳбарлари", "маслаҳат учрашув",
	// ky, tg, az
	"мамлекет башчылары", "мамлекеттеринин башчылар", "консультативдик", "сарони давлат", "машваратӣ", "машварати",
	"dövlət başçıları", "dövlət başçılarının", "məşvərət",
	// es, pt, it
	"jefes de estado", "presidentes de", "mandatarios de", "reunión consultiva",
	"chefes de estado", "presidentes d", "reunião consultiva", "conselho de segurança coletiva",
	"capi di stato", "presidenti d", "riunione consultiva",
	// tr
	"devlet başkanları", "devlet başkanlar", "istişare toplantı", "kolektif güvenlik konseyi",
	// ar, fa
	"رؤساء الدول", "رؤساء دول", "قادة الدول", "قادة دول", "زعماء الدول", "زعماء دول", "مجلس الأمن الجماعي", "الاجتماع التشاوري",
	"سران", "رؤسای جمهور", "روسای جمهور", "رهبران کشورهای", "نشست مشورتی",
	// zh, pl
	"元首", "领导人", "集体安全理事会", "协商会晤",
	"szefów państw", "szefowie państw", "przywódców państw", "przywódcy państw", "prezydentów",
}

// summitSessions are the words (lower case) for a session of an
// organisation: the organisation's own session, named by the sentence
// with no other body (see notSummitBodies), is its summit.
var summitSessions = []string{
	"session", "sessão", "sesión", "sessione", "sitzung", "tagung", "zitting", "сесси", "сессия", "сесія",
	"заседани", "засідан", "oturum", "sessiya", "ijlos", "йиғилиш", "دورة", "اجلاس", "نشست", "会议", "sesja", "posiedzeni",
}

// notSummitBodies are the words (lower case) for a body of an
// organisation other than its heads of state: a sentence that names one
// tells of its meeting, not of the summit, unless it names the heads of
// state too.
var notSummitBodies = []string{
	"minist", "chancel", "cancill", "канцлер", "министр", "міністр", "bakan", "vazir", "вазир", "وزير", "وزراء", "وزیر", "وزرا", "部长", "外长",
	"heads of government", "chefs de gouvernement", "regierungschef", "regeringsleider", "jefes de gobierno", "chefes de governo",
	"capi di governo", "глав правительств", "главы правительств", "глав урядів", "үкімет басшылар", "hükümet başkanları",
	"رؤساء الحكومات", "رؤسای دولت", "政府首脑", "szefów rządów", "hukumat rahbarlari", "премьер", "başbakan", "总理",
	"secretar", "секретар", "sekret", "parliament", "parlament", "парламент", "speaker", "спикер", "expert", "эксперт",
	"business", "бизнес", "deputy", "заместител", "coordinator", "координатор", "defen", "оборон", "military", "военн",
}

// namesCalendarSummit reports whether probe, whose kinds hold no summit,
// tells of a summit of the calendar filed under one of its names
// (exact) by another name (see this file's comment).
func (x *Extractor) namesCalendarSummit(probe *Candidate, exact bool) bool {
	meeting := probe.Kinds.Has(Meeting)
	if !exact || probe.Context || !(meeting || probe.Kinds.Has(Talks)) || !x.namesSummitHolder(probe) {
		return false
	}
	a := probe.Article
	if a == nil || int(probe.Start) < 0 || int(probe.End) > len(a.Text) || probe.Start >= probe.End {
		return false
	}
	sentence := lower(a.Text[probe.Start:probe.End])
	if containsAny(sentence, summitBodies) {
		return true
	}
	return meeting && containsAny(sentence, summitSessions) && !containsAny(sentence, notSummitBodies)
}

// namesSummitHolder reports whether probe names an organisation, a
// region one of them is of (orgRegion), or most of one's members
// (orgMembers), itself.
func (x *Extractor) namesSummitHolder(probe *Candidate) bool {
	for _, id := range probe.Actors() {
		if x.orgs[id] {
			return true
		}
	}
	for _, id := range probe.Places() {
		for _, region := range orgRegion {
			if id == region {
				return true
			}
		}
	}
	return x.namesMostMembers(probe)
}

// containsAny reports whether s holds one of words.
func containsAny(s string, words []string) bool {
	for _, w := range words {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}
