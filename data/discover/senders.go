package discover

import "strings"

// The sender of a message is not at the visit that carried it: "Araghchi
// … after a visit to Moscow where he delivered a message from the leader
// Ali Khamenei to President Vladimir Putin" was "Ali Khamenei arrives in
// Moscow". A person named only as a message's sender ("a message from",
// "un messaggio del leader", "послание", "رسالة من", "پیام") takes no part
// in a visit's, talks' or meeting's title.

// messageWords are the words before a name that make its bearer a
// message's sender, by language.
var messageWords = map[string][]string{
	"en": {"a message from", "message from", "letter from", "a message of"},
	"fr": {"un message de", "message du", "une lettre de", "lettre du"},
	"de": {"eine botschaft von", "botschaft von", "einen brief von", "brief von", "botschaft des"},
	"nl": {"een boodschap van", "boodschap van", "een brief van", "brief van"},
	"it": {"un messaggio del", "un messaggio di", "messaggio del", "messaggio di", "una lettera del", "una lettera di"},
	"es": {"un mensaje del", "un mensaje de", "mensaje del", "una carta del", "una carta de"},
	"pt": {"uma mensagem do", "uma mensagem de", "mensagem do", "uma carta do", "uma carta de"},
	"ru": {"послание", "послание от", "письмо от"},
	"uk": {"послання", "лист від"},
	"tr": {"mesajını", "mektubunu"},
	"ar": {"رسالة من", "رساله من", "رسالة", "رساله"},
	"fa": {"پیام", "نامه"},
}

// senderTitleWords are the words that may stand between a message word
// and the sender's name: his title ("a message from the leader Ali
// Khamenei", "послание президента").
var senderTitleWords = []string{"the leader", "leader", "the supreme leader", "supreme leader", "president", "the president", "del leader", "del presidente", "президента", "лидера", "الزعيم", "المرشد", "رهبر", "رئيس", "رئیس‌جمهور"}

// senderOnly reports whether every mention of actor id in c is as a
// message's sender (see above).
func senderOnly(c *Candidate, id string) bool {
	words := messageWords[c.Article.Language]
	if len(words) == 0 {
		return false
	}
	n := 0
	for _, x := range c.evidence {
		if x.kind != clueActor || refName(x.ref) != id {
			continue
		}
		n++
		prev := lower(strings.TrimRight(c.Article.Text[max(0, int(x.start)-48):x.start], " "))
		for _, t := range senderTitleWords {
			if strings.HasSuffix(prev, " "+t) {
				prev = strings.TrimRight(strings.TrimSuffix(prev, t), " ")
				break
			}
		}
		sent := false
		for _, w := range words {
			if strings.HasSuffix(prev, w) {
				if k := len(prev) - len(w); k == 0 || prev[k-1] == ' ' || prev[k-1] == '\n' {
					sent = true
					break
				}
			}
		}
		if !sent {
			return false
		}
	}
	return n > 0
}
