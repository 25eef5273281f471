package language

// languageNames are the English names of the languages Detect
// names, and of the other codes the app meets in name lists.
var languageNames = map[string]string{
	"ar": "Arabic", "az": "Azerbaijani", "be": "Belarusian", "bg": "Bulgarian", "cs": "Czech",
	"de": "German", "el": "Greek", "en": "English", "es": "Spanish", "fa": "Persian",
	"fr": "French", "he": "Hebrew", "it": "Italian", "ja": "Japanese", "kk": "Kazakh",
	"ko": "Korean", "ky": "Kyrgyz", "mk": "Macedonian", "mn": "Mongolian", "nl": "Dutch", "pl": "Polish",
	"pt": "Portuguese", "ru": "Russian", "sk": "Slovak", "sr": "Serbian", "tg": "Tajik",
	"tk": "Turkmen", "tr": "Turkish", "uk": "Ukrainian", "ur": "Urdu", "uz": "Uzbek",
	"zh": "Chinese",
}

// Name is the English name of an ISO 639-1 code Detect
// returns ("kk" → "Kazakh"), "unknown language" for "", and the code
// itself for one it does not know.
func Name(code string) string {
	if code == "" {
		return "unknown language"
	}
	if name, ok := languageNames[code]; ok {
		return name
	}
	return code
}
