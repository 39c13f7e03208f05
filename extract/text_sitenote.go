package extract

import (
	"regexp"
	"strings"
)

// A site that reviews products or services says, in a line of its own,
// how it is paid and how it checks what it prints, and it names itself as
// the line's subject: "Business.com earns commissions from some listed
// providers. Editorial Guidelines.", "SeniorLiving.org is supported by
// commissions from providers listed on our site.", "Cleveland Clinic is a
// non-profit academic medical center. Advertising on our site helps
// support our mission.", "Accounting.com is committed to delivering
// content … to review our content …", "Earth.Org is powered by over 150
// contributing writers". Flattened, the line stands at the body's head
// or between a review's sections, and the block model keeps it; the
// wcxb-dev gold bodies leave it out on every article where it stands
// (five sites). textIsLinkDisclosure does not read it: it names no link,
// and it can be longer than a link's note.
//
// What it must not touch: a page that names its own firm as a sentence's
// subject in its text ("Delta Vacations must issue all airline tickets.",
// "Guide to Iceland is the most trusted travel platform … All our content
// is written and reviewed by locals"), which the gold keeps; so the line
// must also say how the site is paid or edited (textSiteNoteWhat), and a
// writer's own note in the first person ("… I may receive a small
// commission", a blog's, which the gold keeps) stays, as in
// textIsLinkDisclosure. Without the page's address the site's name is
// unknown and nothing moves.

// textSiteNoteMaxWords is the most words a site's note on itself has.
const textSiteNoteMaxWords = 60

// textSiteNoteOpenWords is how many of a line's first words may spell the
// site's name ("Cleveland Clinic" for my.clevelandclinic.org).
const textSiteNoteOpenWords = 3

// textSiteNoteWhat is what a site says of how it is paid or edited.
var textSiteNoteWhat = regexp.MustCompile(`(?i)\b(?:commissions?|advertising on our (?:site|website)|editorial (?:guidelines|standards|policy|process)|review our content|contributing writers)\b`)

// textSiteNotePieces are held by every match of textSiteNoteWhat, for
// hasFoldPiece before the expression.
var textSiteNotePieces = newFoldPieces("commission", "advertising on our", "editorial ", "review our content", "contributing writers")

// textIsSiteNote reports whether b is a line of at most
// textSiteNoteMaxWords words whose first words name the site (namesHost)
// and which says how the site is paid or edited, not in a writer's first
// person.
func textIsSiteNote(b *textBlock, host string) bool {
	return b.words <= textSiteNoteMaxWords && hasFoldPiece(b.text, textSiteNotePieces) &&
		textOpensWithHost(b.text, host) && textSiteNoteWhat.MatchString(b.text) &&
		!textDisclosureWriter.MatchString(b.text)
}

// textOpensWithHost reports whether one, two or up to
// textSiteNoteOpenWords of s's first words, run together, name host
// (namesHost: "Business.com", "SeniorLiving.org", "Cleveland Clinic").
func textOpensWithHost(s, host string) bool {
	var lead strings.Builder
	rest := s
	for n := 0; n < textSiteNoteOpenWords; n++ {
		rest = strings.TrimLeft(rest, " ")
		if rest == "" {
			return false
		}
		w := rest
		if k := strings.IndexByte(rest, ' '); k >= 0 {
			w, rest = rest[:k], rest[k:]
		} else {
			rest = ""
		}
		lead.WriteString(w)
		if namesHost(lead.String(), host) {
			return true
		}
	}
	return false
}
