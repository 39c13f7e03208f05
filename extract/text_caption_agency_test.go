package extract

import (
	"regexp"
	"testing"
)

// textCaptionAgencyRE is the plain form of textCaptionAgencyMatch: an
// agency after a slash, a bar or "via", or before a slash at the line's
// start, and the rest of the paragraph.
var textCaptionAgencyRE = regexp.MustCompile(`(?:(?:[/|]\s*|\bvia )` + textCaptionAgencies + `(?:\s*[/|]\s*[^.!?]+|/[^.!?]+)?|^` + textCaptionAgencies + `\s*[/|]\s*[^.!?]+)\s*\)?\.?\s*$`)

// textCaptionAgencies are the agencies' names as the expression spells
// them (textCaptionAgencyNames).
const textCaptionAgencies = `(?:Getty Images|Shutterstock|iStock(?:photo)?|Unsplash\+?|Pexels|Alamy(?: Stock Photo)?|AP Photo|AP|AFP|EPA|Reuters|Pixabay|Adobe Stock|Deposit ?Photos|Dreamstime|Wikimedia Commons|Library of Congress)`

// TestTextCaptionAgencyMatchMatchesRE holds the hand reading of a
// caption's agency credit to textCaptionAgencyRE: lines made of agencies'
// names and their pieces, slashes, bars, "via" at and inside words, white
// space, brackets and sentences' marks, and the test pages' paragraphs'
// tails as textIsCaption cuts them.
func TestTextCaptionAgencyMatchMatchesRE(t *testing.T) {
	pieces := []string{"Getty Images", "Getty", "AP Photo", "AP", " Photo", "AFP", "EPA", "Reuters", "Shutterstock",
		"iStock", "photo", "Unsplash", "+", "Pexels", "Alamy", " Stock Photo", "Pixabay", "Adobe Stock", "Deposit",
		"Photos", " Photos", "Dreamstime", "Wikimedia Commons", "Wikimedia", "Library of Congress", "via ", "via", "evia ", "_via ", "é", "/", " / ", "|", " | ", " ", "\t",
		"\n", "\v", "(", ")", ".", "!", "?", ". ", "… ", "Maren Solberg", "x", "The quay reopened."}
	lines := []string{"The ferry left at noon. (AP Photo/Maren Solberg)", "Maren Solberg / Getty Images.",
		"Shutterstock / Maren Solberg", "Photo via Reuters. ", "Maren Solberg | Getty Images", "AP/", "AP / .",
		"via AP)", "x/AP Photo) . ", "/AP.)", "AP | a.b"}
	rng := fastRand(63, 5)
	lines = fastPieceLines(lines, rng, pieces, 200000, 0, 9)
	for _, s := range textSpeedLines(t) {
		if from := len(s) - textCaptionReach; from > textCaptionLead {
			s = "… " + s[from-textCaptionLead:]
		}
		lines = append(lines, s, textCaptionAgencyTail(s))
	}
	checkSameAnswer(t, lines, "textCaptionAgencyMatch", textCaptionAgencyMatch, textCaptionAgencyRE.MatchString, 5000)
}

// TestTextCaptionArchiveCredit holds the public archives among the
// agencies a caption closes with: an old print credited "via Wikimedia
// Commons" or "/ Library of Congress" is a caption; a sentence naming
// the archive, or a link's line to its media, is not.
func TestTextCaptionArchiveCredit(t *testing.T) {
	for _, c := range []struct {
		text string
		want bool
	}{
		{"Dutch engraving of the harbour at Keelmouth, 1692 — via Wikimedia Commons", true},
		{"The quay market, Keelmouth / Tomas Bell, R.A. — via Library of Congress", true},
		{"Harbour Street in the fog, 1911 / Library of Congress", true},
		{"Wikimedia Commons has media related to Keelmouth harbour.", false},
		{"The board's old survey maps were scanned by the Library of Congress.", false},
		{"Volunteers uploaded the prints to Wikimedia Commons over a decade, one harbour at a time.", false},
	} {
		b := textNewBlock(c.text)
		if got := textIsCaption(&b); got != c.want {
			t.Errorf("textIsCaption(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}
