package language

import (
	"strings"
	"unicode"
)

// scoredLanguage is a language Detect scores by words or letters
// (the others are named by their script alone).
type scoredLanguage int

const (
	// Latin script.
	langNL scoredLanguage = iota
	langDE
	langEN
	langFR
	langES
	langIT
	langPT
	langPL
	langCS
	langSK
	// langSH is Croatian, Bosnian and Serbian in Latin letters, which
	// Detect does not tell apart: it is scored so that such text
	// is not taken for Czech or Polish, and named "" when it wins.
	langSH
	langTR
	langAZ
	langTK
	langUZ // Uzbek, in Latin or Cyrillic letters
	// Cyrillic script.
	langRU
	langUK
	langBE
	langBG
	langSR
	langMK
	langKK
	langKY
	langMN
	langTG
	// Arabic script.
	langAR
	langFA
	langUR
	numScored
)

var scoredCodes = [numScored]string{
	"nl", "de", "en", "fr", "es", "it", "pt", "pl", "cs", "sk", "", "tr", "az", "tk", "uz",
	"ru", "uk", "be", "bg", "sr", "mk", "kk", "ky", "mn", "tg",
	"ar", "fa", "ur",
}

// latinLanguages are the languages latinLanguage chooses from.
var latinLanguages = []scoredLanguage{langNL, langDE, langEN, langFR, langES, langIT, langPT, langPL, langCS, langSK, langSH, langTR, langAZ, langTK, langUZ, langKK}

// functionWordLists are the most frequent short words of each language's
// news prose, chosen by hand. A word in several lists counts for each of
// them, with less weight. Uzbek o‘ and g‘ are written o' and g'; Arabic
// script in the one spelling of arabicWordForm. Uzbek has one list for
// both its alphabets.
var functionWordLists = [numScored]string{
	langNL: "de het een en van in is dat op te met voor zijn niet die aan er ook als bij door om maar hij " +
		"wordt worden werd heeft hebben naar uit nog over tot dan zich deze wel meer geen volgens tegen haar kan moet zal " +
		"na werden was waren zij wij ze al",
	langDE: "der die das und den dem des ist nicht ein eine einen einem einer zu mit von auf für im sich auch es " +
		"als bei nach wird werden wurde hat haben sind war aus über oder sie er noch dass vom zum zur nur aber um wie man",
	langEN: "the and of to in is that for on with as was by at from his her it this be are have has had which " +
		"will not but they their said were an or who been would its after also than about",
	langFR: "le la les de des du un une et est en que qui dans pour pas sur au aux avec par ce cette il elle ils " +
		"ont sont été mais plus son sa ses leur ne se selon contre après l d qu a doit",
	langES: "el la los las de del y en un una que es por con para se no su sus al lo como más pero ha han fue " +
		"sido este esta entre sobre también según tras desde durante muy ya o",
	langIT: "il lo la i gli le di del della dei delle e è un una che in per con non si da al alla sono ha hanno " +
		"anche come più ma nel nella questo questa dopo stato stata tra fra secondo l dell all",
	langPT: "o a os as de do da dos das e é em no na nos nas um uma que para por com não se seu sua mais foi são " +
		"ao aos pelo pela mas como também entre já ainda sobre segundo até está",
	langPL: "i w z na się nie do że to jest o od po przez dla jak ale co tym tak jego oraz który która które " +
		"był była było były są został została zostało ze czy lub już także według przed pod przy tego też jej ich jako " +
		"może będzie mają ma tylko",
	langCS: "a v se na je že s z do o to k ve by ale jako pro po za od které který která jsou byl byla bylo byly " +
		"také podle při před mezi jeho už jejich než nebo tak jak bude má mají jen ani aby této tento",
	langSK: "a v sa na je že s z do o to k vo by ale ako pre po za od ktoré ktorý ktorá sú bol bola bolo boli " +
		"tiež podľa pri pred medzi jeho už ich než alebo tak bude má majú len aby",
	langSH: "i u na je da se za od su iz kao što o do po koji koja koje ali ili će bio bila bilo prema nakon " +
		"između ne sa",
	langTR: "ve bir bu da de için ile olarak olan çok daha gibi ama sonra kadar her şu o ne mi değil var yok " +
		"ise göre karşı tarafından yeni ilk büyük üzerinde arasında ki veya ayrıca bunun dedi etti oldu en",
	langAZ: "və bu bir ilə üçün olan olaraq da də ki daha sonra görə qədər hər ən isə həm həmçinin arasında " +
		"tərəfindən bildirib deyib edib olub etdi oldu belə artıq yeni ilk çox amma lakin onun onlar biz",
	langTK: "we bilen üçin bu bir hem bolup boýunça etdi boldy däl bolsa soňra soň onuň şu ýyl ýylyň arasynda " +
		"tarapyndan barada babatda görä hökmünde ýaly köp has indi ýene ol olar biz bolan edildi",
	langUZ: "va bilan uchun bu ham esa deb edi bo'lgan bo'yicha o'z shu keyin orqali tomonidan hamda ekan emas " +
		"lekin ammo uning ular bir yil yilda mazkur bo'ldi qildi bo'lib haqida kabi yana eng ko'p ko'ra " +
		"ва билан учун бу ҳам деб эса эди бўйича ўз шу кейин орқали томонидан ҳамда экан эмас лекин аммо " +
		"унинг улар бир йил йилда мазкур бўлди бўлиб ҳақида каби кўра",
	langRU: "и в на не что с по о к из за для от как это его также был была были он она но до при после уже " +
		"было а же ее её их который которые которая года году заявил сообщил",
	langUK: "і в у на не що з до та як за від це його також був була були він вона але після вже було а ж її " +
		"їх який які яка року заявив повідомив й",
	langBE: "і ў у на не што з да як за ад гэта яго таксама быў была былі ён яна але пасля ўжо было а яе іх " +
		"які якія якая года заявіў паведаміў",
	langBG: "и в на не че с по за от да се е са как това който която които беше бяха след още към при",
	langSR: "и у на је да се за од не су из као што о до по који која које али или ће био била било према након " +
		"између са",
	langMK: "и во на е да се за од не со што ќе беше бил била било по според меѓу или но кој која кое тоа " +
		"дека",
	langKK: "және мен бен пен үшін бойынша деп бұл да де осы оның жылы кейін арқылы туралы болып болды ол " +
		"олар біз бір сондай ал бірақ тағы дейін " +
		// The Latin alphabet of 2018 (and its acute letters), without the
		// words Turkish writes too (men, ben, da, de, ol, bir, biz, al).
		"jáne úshin boıynsha dep bul osy onyń jyly jylǵy keıin arqyly týraly bolyp boldy olar sondaı " +
		"biraq taǵy deıin",
	langKY: "менен жана үчүн боюнча деп бул да дагы ал анын алар болуп болот эле тарабынан жылы кийин ошондой " +
		"бирок бир биз",
	langMN: "нь ба болон юм энэ тэр байна байсан гэж гэсэн оны онд дээр болно бөгөөд гэдэг үед тул хийх хоёр бол " +
		"ч мөн энэхүү",
	langTG: "ва дар бо аз ба ки барои буд шуд мебошад аст ин он низ то як баъд бояд гуфт кард мешавад карда " +
		"шуда онҳо вай",
	langAR: "في من على إلى أن عن مع التي الذي هذا هذه ذلك قد كان كانت بين بعد قبل حيث كما أو لا ما لم لن " +
		"وقال وفي ومن قال الذين عند حتى منذ خلال ضد كل و",
	langFA: "و در به از که این آن را با است برای بود شد نیز یک تا بر هم اما یا شده کرد کرده گفت دارد خود او",
	langUR: "کے کی کا میں ہے ہیں سے نے کو اور پر یہ وہ بھی تھا تھی تھے گا گی کہ جو ایک لیے کیا کر اس ان و",
}

// functionWord says which languages use a word and what each use weighs.
type functionWord struct {
	languages []scoredLanguage
	weight    float64
}

var functionWords = buildFunctionWords()

// functionWordTable is functionWords for Detect's lookups (see wordTable).
var functionWordTable = newWordTable(functionWords)

// longestFunctionWord is the length in bytes of the longest function word.
var longestFunctionWord = func() int {
	longest := 0
	for w := range functionWords {
		longest = max(longest, len(w))
	}
	return longest
}()

func buildFunctionWords() map[string]functionWord {
	words := map[string]functionWord{}
	for l, list := range functionWordLists {
		for _, w := range strings.Fields(list) {
			w = wordForm(w)
			e := words[w]
			e.languages = append(e.languages, scoredLanguage(l))
			words[w] = e
		}
	}
	for w, e := range words {
		e.weight = 1 / float64(len(e.languages))
		words[w] = e
	}
	return words
}

// wordForm spells a listed word as scan reads it: lower case, Arabic
// letters in arabicWordForm's spelling.
func wordForm(w string) string {
	return strings.Map(func(r rune) rune {
		if r >= arabicBlockStart && r < arabicBlockStart+0x100 {
			if f := arabicWordForm(r); f != 0 {
				return f
			}
			return -1
		}
		return r
	}, strings.ToLower(w))
}

// IsFunctionWord reports whether w, a lower-cased word in UTF-8, is one of
// the frequent short words of a language Detect knows. Arabic-script words
// are looked up as the lists spell them: ي ى as ی, ك as ک, أ إ آ as ا,
// without vowel marks.
func IsFunctionWord(w []byte) bool {
	_, ok := functionWords[string(w)]
	return ok
}

// FunctionWordShare is the share of the Arabic- and Cyrillic-script words
// of text that are frequent short words of a language of that script:
// 0.04 to 0.38 in the test samples (most Russian, Ukrainian, Arabic,
// Persian and Urdu texts a tenth to a third; Kazakh and Kyrgyz, whose
// lists are short, about a twentieth), and less in the same text read with
// the wrong code page.
func FunctionWordShare(text string) float64 {
	var w scanWord
	words, hits := 0, 0
	inWord := false
	endWord := func() {
		if inWord {
			words++
			if w.n > 0 {
				if _, ok := functionWords[string(w.buf[:w.n])]; ok {
					hits++
				}
			}
		}
		w.n, inWord = 0, false
	}
	for _, r := range text {
		switch {
		case r >= arabicBlockStart && r < arabicBlockStart+0x100 && arabicLetters.letter[r-arabicBlockStart]:
			if f := arabicWordForm(r); f != 0 {
				w.add(f)
			}
			inWord = true
		case r >= cyrillicBlockStart && r < cyrillicBlockStart+0x100 && cyrillicLetters.letter[r-cyrillicBlockStart]:
			w.add(cyrillicLower[r-cyrillicBlockStart])
			inWord = true
		case unicode.IsLetter(r):
			w.add(unicode.ToLower(r)) // a Latin letter inside: the word matches no list
		default:
			endWord()
		}
	}
	endWord()
	if words == 0 {
		return 0
	}
	return float64(hits) / float64(words)
}
