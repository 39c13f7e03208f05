package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// isBoilerplate reports a line that no article's author wrote: consent
// fine print (isConsentLine), a template's placeholder text ("Lorem
// ipsum dolor sit amet ...", "This is some text inside of a div block."),
// a "Back to top" link or a form's hidden field label ("This field
// is for validation purposes and should be left unchanged."). low is the
// block lower-cased: its start as it is (a text block's low) or its folded
// words (an HTML block's key).
//
// The placeholders and the consent line are told by their openings, so
// a line's first byte picks the one or two of them it may be and the
// rest are not asked: asked of every line, the three prefix tests and
// the consent test's call took some 90 instructions on each of the 8,570
// lines the apparatus test asks of the 100 long wcxb-dev flat pages of
// BenchmarkTextWCXB (isBoilerplate 1.59 -> 0.80 M; fifty-fourth session,
// docs/quality/text-extraction-4.md). TestIsBoilerplateMatchesPlain holds
// it to the plain disjunction.
func isBoilerplate(low string) bool {
	if low == "" {
		return false // no prefix, and no letters to trim to a label
	}
	switch low[0] {
	case 'l':
		if strings.HasPrefix(low, "lorem ipsum dolor") {
			return true
		}
	case 't':
		if strings.HasPrefix(low, "this is some text inside of a div block") || strings.HasPrefix(low, "this field is for validation purposes") {
			return true
		}
	case 'b':
		if isConsentLine(low) {
			return true
		}
	}
	return isControlLabel(low)
}

// isControlLabel reports a line that is only the label of one of the
// page's controls, arrows and bullets around it and all: "Back to top"
// (80 wcxb-dev flat pages hold one, one gold body does), a fold's switch
// ("Read less", "Show less", "Expand all", "Collapse all", "Toggle") or
// a buying guide's jump to a review ("Jump to Review"). The block models
// fitted on half of wcxb-dev keep the fold switches and jumps where they
// sit between product cards or an article's sections (the 2-fold
// held-out check, TestTextTrees); they are never prose, and a line that
// only opens with the words is not one. Not a carousel's "Previous" and
// "Next", which also name the link to a series' next post, nor "Close",
// a method's heading on a documentation page, nor "Show more"
// (docs/quality.md, twenty-sixth session, "the fold models' kept lines").
//
// A line whose first byte is an ASCII letter opens its trimmed core with
// it and the byte after it, and every label is six bytes or more: a line
// whose first two bytes open no label (isControlLabelOpening), most
// lines, is not trimmed (trimToLetters' two walks and its call, some 90
// instructions on each of the 8,566 lines the apparatus test asks of the
// 100 long wcxb-dev flat pages of BenchmarkTextWCXB; fifty-second
// session). TestIsControlLabelMatchesPlain holds it to the switch alone.
func isControlLabel(low string) bool {
	if low != "" && isASCIILetter(low[0]) && !isControlLabelOpening(low) {
		return false
	}
	switch trimToLetters(low) {
	case "back to top", "read less", "show less", "expand all", "collapse all", "toggle", "jump to review":
		return true
	}
	return false
}

// isControlLabelOpening reports whether low's first two bytes open one of
// isControlLabel's labels, in lower case as the labels are.
func isControlLabelOpening(low string) bool {
	if len(low) < 2 {
		return false
	}
	switch low[:2] {
	case "ba", "re", "sh", "ex", "co", "to", "ju":
		return true
	}
	return false
}

// trimToLetters is s without the runes that are no letters at its ends
// (strings.TrimFunc with !unicode.IsLetter). The ASCII bytes at its ends
// that are no letters ("." "!" ")" digits, spaces) are cut byte by byte,
// each a whole rune; where both ends then stand on an ASCII letter, as
// on most lines, that is the answer, else TrimFunc gives it. TrimFunc's
// two walks with a call a rune took some 240 instructions a line, on
// every line the boilerplate test reads, and the buttons' tests
// (text_buttons.go) trim the same way (docs/quality.md, "Text speed by
// session", round twenty-eight).
func trimToLetters(s string) string {
	n := len(s)
	for n > 0 && s[n-1] < utf8.RuneSelf && !isASCIILetter(s[n-1]) {
		n--
	}
	i := 0
	for i < n && s[i] < utf8.RuneSelf && !isASCIILetter(s[i]) {
		i++
	}
	if i < n && isASCIILetter(s[i]) && isASCIILetter(s[n-1]) {
		return s[i:n]
	}
	return strings.TrimFunc(s, func(r rune) bool { return !unicode.IsLetter(r) })
}

// isConsentLine reports the fine print under a sign-up form, a player or
// a cookie banner: "By signing up, you agree to ...", "By clicking Join,
// you confirm you are 16+ ...", "By continuing to use our site ... you
// agree". Such lines are never a report's own words: on wcxb-dev the
// flat pages hold them on 70 pages and the gold bodies on 2 (forms
// documented as such), and the text path's bodies kept 17 of them, none
// in the gold.
func isConsentLine(low string) bool { return consentLineOf(low, "you", consentVerbs) }

// consentLineOf reports a line opening "by <verb>ing" whose main clause's
// subject is the word subject, told one of verbs: the shape isConsentLine
// reads with "you", textIsConsentFinePrint with "i" too.
func consentLineOf(low, subject string, verbs []string) bool {
	rest, ok := strings.CutPrefix(low, "by ")
	if !ok {
		return false
	}
	verb, _, _ := strings.Cut(rest, " ")
	if !strings.HasSuffix(strings.TrimRight(verb, ","), "ing") {
		return false
	}
	at := firstSubject(rest, subject)
	if at < 0 {
		return false
	}
	for _, p := range verbs {
		if strings.HasPrefix(rest[at+len(subject):], p) {
			return true
		}
	}
	return false
}

// firstSubject returns where the first word subject ("you", "i") of s
// starts when it opens the main clause, or -1. Only the first is read:
// the first "you" is the one told what it does ("By refusing crates,
// you'll help" is advice), and one after "what", "that" and the like is
// in a clause of the by-phrase ("By streamlining what you accept, you'll
// ...").
func firstSubject(s, subject string) int {
	spaced := " " + subject
	for i := 0; ; {
		j := strings.Index(s[i:], spaced)
		if j < 0 {
			return -1
		}
		at := i + j + 1
		if end := at + len(subject); end < len(s) && isASCIILetter(s[end]) {
			i = end // a longer word that opens with it: "your", "it", "in"
			continue
		}
		before := strings.Fields(s[:at])
		if len(before) > 0 && consentSubordinators[before[len(before)-1]] {
			return -1
		}
		return at
	}
}

// consentSubordinators open a clause inside the by-phrase.
var consentSubordinators = map[string]bool{"what": true, "that": true, "which": true, "where": true, "when": true,
	"if": true, "as": true, "than": true, "whatever": true}

// isASCIILetter reports whether c is an ASCII letter, isASCIILower a
// lower-case one.
func isASCIILetter(c byte) bool { return c|0x20 >= 'a' && c|0x20 <= 'z' }
func isASCIILower(c byte) bool  { return 'a' <= c && c <= 'z' }

// opensUpper reports whether w opens with an upper-case letter: a name's
// word, a headline's, a brand's.
func opensUpper(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

// opensLowerASCII reports whether s opens with a lower-case ASCII letter.
func opensLowerASCII(s string) bool { return s != "" && s[0] >= 'a' && s[0] <= 'z' }

// isASCIISpace reports whether c is white space as regexp's \s and the
// HTML tokenizer read it: space, tab, newline, form feed, carriage return.
func isASCIISpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r'
}

// asciiSpaces is the white space isASCIISpace reports, as a cutset for
// strings.Trim and its kin.
const asciiSpaces = " \t\n\f\r"

// consentVerbs are what the reader is told they do by going on.
var consentVerbs = []string{" agree", " are agreeing", " confirm", " acknowledge", " consent", " accept",
	" authorize", " authorise", " certify"}

// shortcodeMaxLen bounds a block read as a shortcode: the longest on
// wcxb-dev, a video player's with its title and dates, is about 300
// characters.
const shortcodeMaxLen = 500

// isShortcode reports a block that is a content system's shortcode left
// unexpanded: "[CTA_MODULE]", "[convertkit form=1630175]",
// "[adthrive-in-post-video-player video-id=…]", "[/caption]". The page
// shows the markup only when the plugin that draws the box is gone, and
// no author wrote it: wcxb-dev bodies kept 5 on 4 pages, none in the
// gold. A bracketed word of the article ("[Conclusion]", "[citation
// needed]") has no attribute and no joiner in its name, and stays.
func isShortcode(text string) bool {
	s := strings.TrimSpace(text)
	if len(s) < 4 || len(s) > shortcodeMaxLen || s[0] != '[' || s[len(s)-1] != ']' {
		return false
	}
	inner := strings.TrimPrefix(s[1:len(s)-1], "/")
	name, rest, _ := strings.Cut(inner, " ")
	if !shortcodeName(name) || strings.ContainsAny(rest, "[]") {
		return false
	}
	if rest != "" {
		return strings.Contains(rest, "=")
	}
	return strings.ContainsAny(name, "_-")
}

// shortcodeName reports a shortcode's name: a letter, then letters,
// digits, underscores and hyphens.
func shortcodeName(name string) bool {
	if name == "" || !isASCIILetter(name[0]) {
		return false
	}
	for i := 1; i < len(name); i++ {
		c := name[i]
		if !isASCIILetter(c) && !('0' <= c && c <= '9') && c != '_' && c != '-' {
			return false
		}
	}
	return true
}

// mediaExtensions end the address of an audio or video file.
var mediaExtensions = [...]string{".mp3", ".m4a", ".wav", ".ogg", ".oga", ".mp4", ".m4v", ".webm", ".mov"}

// isMediaLink reports a block that is only the address of an audio or
// video file: the text a player leaves as its fallback ("<audio src=…>
// https://…/episode-248.mp3"), not a sentence anyone wrote. wcxb-dev
// bodies kept 2 (a podcast's episode, a lecture's video), neither in the
// gold.
func isMediaLink(text string) bool {
	s := strings.TrimSpace(text)
	if !strings.HasPrefix(s, "http://") && !strings.HasPrefix(s, "https://") || strings.ContainsAny(s, " \t\n") {
		return false
	}
	if at := strings.IndexAny(s, "?#"); at >= 0 {
		s = s[:at]
	}
	s = strings.ToLower(s)
	for _, ext := range mediaExtensions {
		if strings.HasSuffix(s, ext) {
			return true
		}
	}
	return false
}
