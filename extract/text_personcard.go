package extract

import "strings"

// A person's card: a name with a job after its comma or over a job's
// line, or over a bio in the writer's own voice. Under an article it is
// the writer's box or a client's quote; the gold leaves it out. Two steps
// read it: the raised bar's holes give none of a card's lines back
// (textHoleGivesBack), and a bio under its name goes with the name at the
// body's end (textLeaveOutBios, textIsCardBio).

// textHoleHasPersonCard reports a hole that holds a person's card: a
// name (textPlainName; no sentence, colon, bar or digit on its line, at
// most textPersonCardWords words with its job) with a job after its
// comma ("Rich Oakes, President/CEO") or over a job's line
// (textIsJobLine: "WCI Columnist") or a bio in the first person ("I'm
// the founder of …"), the next line in span. Under an article these are
// the writer's box or a client's quote; on a recruiter's page the same
// shape is its list of the jobs it fills ("Deep Learning Engineer" over
// "Director of Engineering"). A colon keeps a card's specifications out
// ("Noise Cancelling: Yes" over "Digital Assistant: Google"). On the
// wcxb-dev flat pages it moves one service page, the recruiter's (0181,
// +0.003): the articles' cards it reads (0118, 0229, 4656) come back by
// later steps, and none of the 232 lines the holes give back that the
// gold keeps is in such a hole (docs/quality/text-extraction.md, "Flat
// precision, short list lines", forty-first session).
func textHoleHasPersonCard(span []textBlock) bool {
	for i := 1; i+1 < len(span); i++ {
		b := &span[i]
		if b.sentEnd || b.words > textPersonCardWords || b.digits > 0 || strings.ContainsAny(b.text, ":|") {
			continue
		}
		name, job, _ := strings.Cut(b.text, ",")
		if !textPlainName(strings.TrimSpace(name)) {
			continue
		}
		if textNamesTrade(job) || textIsJobLine(&span[i+1]) || textIsFirstPersonBio(span[i+1].text) {
			return true
		}
	}
	return false
}

// textPersonCardWords is the most words of a card's name line with its
// job after a comma ("Rich Oakes, President/CEO").
const textPersonCardWords = 6

// textIsCardBio reports an author box's bio s under its name line: the
// name's first word in the bio (textIsBioUnderName), or the bio in the
// writer's own voice (textIsFirstPersonBio) under a line that is only a
// name ("Josh Fechter" over "I'm the founder of HR.University. …").
// Of the wcxb-dev flat bodies' lines opening "I'm" or "I am", only that
// one stands under a name; the first-person bios the gold keeps ("Why
// trust NBC Select?" over "I am a reporter at NBC Select …", "Why you can
// trust my advice") stand under a heading.
func textIsCardBio(name *textBlock, s string) bool {
	if textIsBioUnderName(name, s) {
		return true
	}
	return name.words >= 2 && name.words <= 4 && !name.sentEnd && textPlainName(name.text) && textIsFirstPersonBio(s)
}

// textIsFirstPersonBio reports a bio in the writer's own voice
// (textFirstPersonOpenings), a trade named in its opening ("I'm the
// founder of HR.University. …", "I am a registered dietitian …"), which
// textIsWriterBio, asking for "he" or "she", does not read.
func textIsFirstPersonBio(s string) bool {
	return textFirstPersonPrefixes.opens(s) && textNamesTrade(s[:min(len(s), textBioNameReach)])
}

// textFirstPersonOpenings open a sentence in which the writer says what
// they are, with either apostrophe. A bio opens with one
// (textIsFirstPersonBio); a self-introduction on an author card is one
// followed by an article (textSelfIntros).
var textFirstPersonOpenings = [...]string{"I'm ", "I’m ", "I am "}

// textFirstPersonPrefixes is textFirstPersonOpenings as a prefix set, the
// one form the flat path's opening lists are asked in (text_prefixset.go).
var textFirstPersonPrefixes = newTextPrefixSet(textFirstPersonOpenings[:]...)
