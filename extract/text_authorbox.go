package extract

import "strings"

// The bounds of textLeaveOutAuthorBox: the box opens in the last
// textAuthorBoxPart of the staying paragraphs and holds at most
// textAuthorBoxShare of the body's characters.
const (
	textAuthorBoxPart  = 0.3
	textAuthorBoxShare = 0.15
)

// textLeaveOutAuthorBox marks the writer's box under the article and all
// that follows it: a paragraph in the body's last 30 % of paragraphs that
// is the byline's name ("Maren Solberg") or opens with it ("Maren Solberg
// is a reporter at the Harbourton Gazette…"), and the paragraphs after it,
// when together they hold at most 15 % of the body's characters. The
// earlier bio steps read the bio's wording (textIsWriterBio) or need a
// footer under it; a box that opens on the name line and goes on in the
// writer's own words ("Meet Maren, our harbour lover…", "The Technology
// I Use") slipped past them. The name is the first of several ("Maren
// Solberg and Ivo Brandt"), of two words or more: a one-word byline is as
// often a site's or a word of the article. The topmost such paragraph
// opens the box. Run last, on the paragraphs that stay. On the wcxb-dev
// flat pages articles 0.93847 -> 0.93889 (even ids +0.00061, odd
// +0.00022), all pages +0.00032 and +0.00012, 15 articles up and 4 down
// (docs/quality.md, twenty-third session).
//
// The name may be the one over a writer's bio or a later byline when
// the page has no byline (textBlockOdds.boxAuthor, textAssembleOdds):
// a box whose name line the byline readers missed ("Manoj Jain is
// adjunct faculty …", "Jack Busch lives in …"). On the wcxb-dev flat
// articles 0.9461447 -> 0.9462317 (even ids +0.00003, odd +0.00014),
// 5 articles of 5 sites up, none down, once a name repeated under the
// box keeps it (docs/quality/text-extraction-3.md, forty-ninth session).
func textLeaveOutAuthorBox(blocks []textBlock, keep, out []bool, author string) {
	name := textAuthorBoxName(author)
	if name == "" {
		return
	}
	n, chars := textStayingSize(blocks, keep, out)
	from := int(float64(n) * (1 - textAuthorBoxPart))
	k, box, above := 0, -1, 0
	for i := range blocks {
		if !textStays(blocks, keep, out, i) {
			continue
		}
		if k >= from && k > 0 && textOpensWithName(blocks[i].text, name) {
			box = i
			break
		}
		above += len(blocks[i].text)
		k++
	}
	if box < 0 || float64(chars-above) > textAuthorBoxShare*float64(chars) {
		return
	}
	// The name alone again under the box is a credit under each entry
	// of a list the writer signs (0402 thequietus.com: "Patrick Clarke"
	// under every album), not a box closing the article.
	for i := box + 1; i < len(blocks); i++ {
		if blocks[i].text == name && textStays(blocks, keep, out, i) {
			return
		}
	}
	for i := box; i < len(blocks); i++ {
		if textStays(blocks, keep, out, i) {
			out[i] = true
		}
	}
}

// textAuthorBoxName returns the first name of a byline ("Maren Solberg"
// of "Maren Solberg, Ivo Brandt"), or "" when it is under two words.
func textAuthorBoxName(author string) string {
	for _, sep := range []string{", ", " and ", " & "} {
		if k := strings.Index(author, sep); k >= 0 {
			author = author[:k]
		}
	}
	author = strings.TrimSpace(author)
	if strings.IndexByte(author, ' ') < 0 {
		return ""
	}
	return author
}

// textOpensWithName reports whether t is name, or opens with it and a
// space or a comma ("Maren Solberg, MD, is…"), with or without a leading
// asterisk (a note's mark).
func textOpensWithName(t, name string) bool {
	t = strings.TrimPrefix(t, "*")
	return strings.HasPrefix(t, name) && (len(t) == len(name) || t[len(name)] == ' ' || t[len(name)] == ',')
}
