package extract

import "regexp"

// A publisher's appeal for the reader's money closes many stories: a
// newsroom's fundraising note ("Since you made it to the bottom of this
// article, we have a small favor to ask"), a media firm's "Support our
// mission …", a newsletter's paywall ("Become a paid subscriber to …
// to unlock this piece") or its thanks to the paying readers who make
// it possible. What follows such an appeal is more of the pitch (the
// plans, the campaign, the editor's signature) or the site's end matter,
// never the story. On the 793 wcxb-dev articles the appeal stands in
// the body's second half on five sites (0174, 0462, 0468, 4614, 4696),
// and the gold keeps none of them nor what follows but one closing line
// (4696); the one appeal the gold keeps opens a newsletter's issue
// (4372), so only an appeal after half the body's characters cuts.
//
// dropAppealTail cuts the body at the first such appeal (appealText)
// that comes after appealAfter of the body's characters, with every
// block after it.
func dropAppealTail(bs []block) []block {
	total := blocksLen(bs)
	before := 0
	for i, b := range bs {
		if float64(before) >= appealAfter*float64(total) && isAppeal(b.text) {
			return bs[:i]
		}
		before += len(b.text)
	}
	return bs
}

// isAppeal reports a paragraph of at most appealMaxWords words that asks
// the reader to pay (appealText). A longer block is the story's own
// matter quoting one: a build log pasted into a forum's question prints
// a package's "Please consider supporting …" (wcxb-dev 0510).
//
// The pieces every match holds (appealPieces) are looked for first: the
// expression is case-folded and opens on alternatives, so it was tried at
// every byte of every block in the body's second half, 473 M of the 40
// pages' 7,851 M instructions under `BenchmarkHTML$/storyfold` (6 %),
// where the pieces turn nearly every block away in one pass
// (TestAppealPiecesInEveryMatch).
func isAppeal(s string) bool {
	return hasFoldPiece(s, appealPieces) && !textWordsOver(s, appealMaxWords) && appealText.MatchString(s)
}

// appealPieces are pieces, one of which every match of appealText holds
// in some letter case: "favo" a favour asked, "upport" the mission and
// the supporting, "onat" and "itching in" what to consider, "ecome" a
// paid subscriber, "made po" made possible, "atreon" and "onat" the
// donations. None holds a "k" or an "s" (hasFoldPiece).
var appealPieces = newFoldPieces("favo", "upport", "onat", "itching in", "ecome", "made po", "atreon")

// appealMaxWords is the longest appeal read: the five sites' appeals run
// to 40 words.
const appealMaxWords = 80

// appealAfter is the share of the body's characters before an appeal
// that cuts: a newsletter may ask for support as its issue opens (4372).
const appealAfter = 0.5

// appealText matches the phrases that ask the reader to pay: for a
// campaign ("a small favor to ask", "please consider pitching in"), for
// the publisher ("support our mission", "consider supporting …") or for
// a subscription ("become a paid subscriber", "made possible by paying
// subscribers"). A story that mentions paid subscriptions ("5 million of
// them paid") names no one to become one.
var appealText = regexp.MustCompile(`(?i)\bsmall favou?r to ask\b|` +
	`\bsupport our (?:mission|journalism|reporting|work)\b|` +
	`\bconsider supporting\b|` +
	`\bplease consider (?:donating|pitching in|a donation|making a donation)\b|` +
	`\bbecome an? (?:paid|paying) (?:subscriber|member)\b|` +
	`\bmade possible by (?:paying|paid) (?:subscribers|members|supporters)\b|` +
	`\bjoin (?:my|our) patreon\b|` +
	`\byour (?:one-off or monthly |monthly |one-time )?donations? (?:play|help|keep|make)s?\b`)
