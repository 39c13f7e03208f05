package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Co-authors set one a line under a byline label, each name followed by
// a comma and a few words on the writer ("Written by" / "Adrien Ramirez,
// 4+ years covering computer hardware" / "Joanna Nelius, senior editor
// and E Ink enthusiast …"): a review site's author strip. The labelled
// byline (textLabelledName) reads only a line of at most six words, and
// `cleanAuthor` would keep the description as a job, so none of the
// readings names them. What follows the comma must open in lower case or
// on a digit: a credential ("Genevieve Carlton, Ph.D.", "Shelby Loos,
// DVM") opens on a capital and is read, whole, by the credential
// readings. The name holds no word the page writes in lower case
// (textMenuWords): "The Team, edited by Walter" is a team's credit, not
// a name. The gold lists the names alone, joined by ", " (wcxb-dev 4430).

// textNameJobsMax is the most co-authors read under one label.
const textNameJobsMax = 6

// textLabelOverNameJobs is the names of the name-and-description lines
// (textNameBeforeDescription) right under the page's first byline label
// alone in its block (textIsBylineLabel) that has one under it, joined by
// ", "; or "".
func textLabelOverNameJobs(blocks []textBlock) string {
	for i := 0; i+1 < len(blocks); i++ {
		// Necessary: a label alone, its block of at most three words,
		// ending in two bytes a label ends in (textMayEndLabelPair, inlined:
		// the call to textIsBylineLabel was 0.49 M instructions over the
		// 7,188 short blocks of 100 wcxb-dev flat pages, forty-seventh
		// session; TestTextLabelGatedWalksMatchPlain).
		if blocks[i].words > 3 || blocks[i].lines || !textMayEndLabelPair(blocks[i].text) || !textIsBylineLabel(blocks[i].text) {
			continue
		}
		var names []string
		for j := i + 1; j < len(blocks) && len(names) < textNameJobsMax; j++ {
			name := textNameBeforeDescription(blocks, j)
			if name == "" {
				break
			}
			names = append(names, name)
		}
		if len(names) > 0 {
			return strings.Join(names, ", ")
		}
	}
	return ""
}

// textNameBeforeDescription is the name that opens block j before a
// comma and a description opening in lower case or on a digit ("Adrien
// Ramirez, 4+ years covering …"), when it is a plain name
// (textPlainName) none of whose words the page writes in lower case
// (textMenuWords); else "".
func textNameBeforeDescription(blocks []textBlock, j int) string {
	b := &blocks[j]
	if b.lines || b.text[0] < 'A' || b.text[0] > 'Z' {
		return ""
	}
	name, desc, ok := strings.Cut(b.text, ", ")
	if !ok {
		return ""
	}
	if r, _ := utf8.DecodeRuneInString(desc); !unicode.IsLower(r) && !unicode.IsDigit(r) {
		return ""
	}
	if !textPlainName(name) || textMenuWords(name, blocks) {
		return ""
	}
	return name
}
