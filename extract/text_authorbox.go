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
	// named: a name line left out (textIsBoxNameLine) since the last
	// staying paragraph, asked only where a box may open, so that the
	// staying paragraph read next opens it.
	named := false
	for i := range blocks {
		if !textStays(blocks, keep, out, i) {
			named = named || k >= from && k > 0 && textIsBoxNameLine(&blocks[i], name)
			continue
		}
		if k >= from && k > 0 && (named || textOpensWithName(blocks[i].text, name)) {
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

// textBoxNameMaxWords bounds the name line over a box whose line the
// body left out: the name with a word or two of a job or a site ("Scott
// Davenport Photography"), not a bio's sentence that opens with the name
// (4078 seriouseats.com: "Dylan Ettinger is a Serious Eats contributor
// …" left out over "For this piece, he combined …", which the gold
// keeps).
const textBoxNameMaxWords = 5

// textIsBoxNameLine reports whether b, a line the body left out, heads a
// writer's box: it opens with the writer's name and holds at most
// textBoxNameMaxWords words. The block model drops a name line alone
// ("Zackery Cuevas" over "Writer, Hardware" and "My Experience") while
// the bio under it, prose in the writer's own words ("I'm a PCMag
// reviewer …", "Executive Editor at Digit. …"), stays; the box then
// opens on the first staying paragraph under the name. On the wcxb-dev
// flat articles, with the URL and without, it takes the boxes of 0256
// startups.epam.com, 0385 digit.in, 4064 uk.pcmag.com and 4171
// scottdavenportphoto.com (441 words, none of them the gold's; the same
// bounds as the box's): articles 0.9462358 -> 0.9463606 (even ids
// +0.00014, odd +0.00011), no other type moved, held out level
// (docs/quality/text-extraction-3.md, fifty-first session).
func textIsBoxNameLine(b *textBlock, name string) bool {
	return b.words <= textBoxNameMaxWords && textOpensWithName(b.text, name)
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
