package extract

import (
	"strings"
	"unicode"

	"github.com/storyfold/storyfold/textnorm"
)

// A firm's staff credited as the writer in the byline's place under the
// headline ("Podium Staff", "DianaHR Team", "The Upwork Team", "Team
// Acme"). textNameUnderHeadline refuses such a line: "team" and "staff"
// are written in lower case on the page (textMenuWords), "Staff" is a
// job word (jobWords), and the firm's name is often in camel case, which
// reads as glued menu words (textGlueAt). The form itself says what the
// line is; a menu's "Our Team", "Join Our Team" or "Management Team"
// names no firm (a stopword, or a word the page writes in lower case).

// textTeamName is the team's byline on the two lines under
// the headline at (textIsTeamName), or under the line that states the
// title shown, when the headline the body was read from is another (a
// heading set again over the body), or "".
func textTeamName(blocks []textBlock, at int, title string) string {
	if at < 0 {
		return ""
	}
	if name := textTeamNameUnder(blocks, at); name != "" {
		return name
	}
	for i := range blocks {
		if i != at && blocks[i].text == title {
			return textTeamNameUnder(blocks, i)
		}
	}
	return ""
}

// textTeamNameUnder is the team's byline on the two lines under block
// at (textLineUnder: a section label or a standfirst may come between),
// or "".
func textTeamNameUnder(blocks []textBlock, at int) string {
	return textTextAt(blocks, textLineUnder(blocks, at, false, func(i int) bool {
		return textIsTeamName(blocks[i].text, blocks)
	}))
}

// textIsTeamName reports whether t is a firm's one-word name with "Team"
// or "Staff" after it ("Podium Staff", "The Upwork Team") or "Team"
// before it ("Team Acme"), and nothing else.
func textIsTeamName(t string, blocks []textBlock) bool {
	// A paragraph of more than three words is let go before it is split:
	// the lines under a headline are most often the article's first
	// paragraphs (textWordsOver counts as strings.Fields does).
	if textWordsOver(t, 3) {
		return false
	}
	words := strings.Fields(t)
	if strings.Join(words, " ") != t {
		return false
	}
	if len(words) == 3 && words[0] == "The" {
		words = words[1:]
	}
	if len(words) != 2 {
		return false
	}
	firm := words[0]
	switch {
	case words[1] == "Team" || words[1] == "Staff":
	case words[0] == "Team":
		firm = words[1]
	default:
		return false
	}
	return textFirmWord(firm, blocks)
}

// textFirmWord reports whether w can be a firm's name: a capital, then
// letters or digits ("DianaHR", "3M" aside), not a stopword, a job word
// or a word the page writes in lower case ("Our", "Management").
func textFirmWord(w string, blocks []textBlock) bool {
	r := []rune(w)
	if len(r) < 2 || !unicode.IsUpper(r[0]) {
		return false
	}
	for _, c := range r {
		if !unicode.IsLetter(c) && !unicode.IsDigit(c) {
			return false
		}
	}
	low := strings.ToLower(w)
	return !textnorm.IsStopword(low) && !jobWords[low] && low != "team" && !textLowerOnPage(low, blocks)
}
