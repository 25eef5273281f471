package discover

import "sync"

// A vote of an international body is no country's: "The agency's executive
// board had nominated El-Enany on Oct. 6, after he beat Congo's Firmin
// Matoko in a secret ballot" was titled "Egypt election" (the country its
// report names most), and "le vote des États membres pour le directeur
// général, le 6 novembre" "Uzbekistan election" (where the conference
// met). When the vote's words govern no country (see votersCountry) and
// half its passages or more speak of a board, an assembly, a council or the
// post it fills, the vote is the body's: it is titled by the organisation
// when the lists know one ("UN vote"), else "Vote", and takes no country.

// bodyWords name the boards and assemblies of international bodies and the
// posts they fill, normalised: phrases of several words, stems ending in
// "*", Han words found inside longer runs.
var bodyWords = []string{
	"executive board", "board of governors", "general assembly", "general conference", "security council", "director general", "secretary general",
	"conseil exécutif", "assemblée générale", "conférence générale", "conseil de sécurité", "directeur général", "directrice générale", "secrétaire général",
	"exekutivrat*", "generalversammlung*", "generalkonferenz*", "sicherheitsrat*", "generaldirektor*", "generalsekretär*",
	"algemene vergadering", "veiligheidsraad*", "directeur generaal", "secretaris generaal",
	"генеральной ассамблеи", "генеральная ассамблея", "генеральной конференции", "генеральная конференция", "исполнительного совета", "исполнительный совет",
	"совет безопасности", "совета безопасности", "генерального директора", "генеральный директор", "генерального секретаря", "генеральный секретарь",
	"генеральної асамблеї", "ради безпеки",
	"consejo ejecutivo", "asamblea general", "conferencia general", "consejo de seguridad", "director general", "directora general", "secretario general",
	"conselho executivo", "assembleia geral", "conferência geral", "conselho de segurança", "diretor geral", "diretora geral", "secretário geral",
	"consiglio esecutivo", "assemblea generale", "conferenza generale", "consiglio di sicurezza", "direttore generale", "segretario generale",
	"icra kurulu", "genel kurul", "genel konferans", "güvenlik konseyi", "genel direktör", "genel sekreter",
	"rada wykonawcza", "zgromadzenie ogólne", "rada bezpieczeństwa", "dyrektor generalny", "sekretarz generalny",
	"المجلس التنفيذي", "الجمعية العامة", "المؤتمر العام", "مجلس الأمن", "المدير العام", "الأمين العام",
	"شورای امنیت", "مجمع عمومی", "مدیرکل", "دبیرکل", "شورای اجرایی",
	"bosh assambleya", "bosh konferensiya", "xavfsizlik kengashi", "bosh direktor", "ijroiya kengash",
	"бас ассамблея", "бас конференция", "қауіпсіздік кеңесі", "бас директор", "атқарушы кеңес",
	"执行局", "执行委员会", "联合国大会", "安理会", "安全理事会", "总干事", "秘书长",
}

var bodies = sync.OnceValue(func() *wordList { return newWordList(bodyWords) })

// bodyVote reports whether half the cluster's passages or more speak of an
// international body's board, assembly, council or post (see above).
func bodyVote(cl *Cluster) bool {
	n := 0
	for _, c := range cl.Members {
		if bodies().in(c.Article.Text[c.Start:c.End]) {
			n++
		}
	}
	return n > 0 && n*2 >= len(cl.Members)
}
