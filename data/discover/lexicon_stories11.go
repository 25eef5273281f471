package discover

// stories11NotEvent are phrases in which an event word names no event,
// found reading the titles of stories split or misplaced (session 11); they
// are added to notEventWords before theLexicon compiles it:
//
//   - Chinese names of seismological bodies and the shaking a place felt:
//     "据中国地震台网测定" (as the China Earthquake Networks Center measured),
//     "云南省地震局" (Yunnan's earthquake bureau), "泰国、中国云南等地震感强烈"
//     (strong shaking was felt in Thailand, Yunnan and other places: 等地 +
//     震感, where Han text has no spaces to part them). The 地震 inside them
//     stood next to China and made a quake in Myanmar or Nepal "Earthquake
//     in China": the scene is the place nearest the event word.
var stories11NotEvent = map[string][]string{
	"zh": {"地震台网", "地震局", "地震台", "地震中心", "地震预警", "地震感", "有震感", "震感"},
}

func init() {
	for lang, words := range stories11NotEvent {
		notEventWords[lang] = append(notEventWords[lang], words...)
	}
}
