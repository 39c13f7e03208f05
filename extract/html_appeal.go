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
// dropAppealTail cuts the body at the first such appeal (isAppeal)
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
// the reader to pay (appealForms). A longer block is the story's own
// matter quoting one: a build log pasted into a forum's question prints
// a package's "Please consider supporting …" (wcxb-dev 0510).
//
// The pieces the forms' matches hold (appealPieces) are looked for first,
// then each form's own pieces before its expression: one case-folded
// expression of every form, tried at every byte of every block in the
// body's second half, cost 473 M of the 40 pages' 7,851 M instructions
// under `BenchmarkHTML$/storyfold` (6 %), and still 44 M over the 74
// blocks holding a piece (some 600,000 instructions a block, the
// backtracker trying each alternative at each byte); a form's own
// expression is a sixth of it (TestAppealFormsMatchOneExpression).
func isAppeal(s string) bool {
	if !hasFoldPiece(s, appealPieces) || textWordsOver(s, appealMaxWords) {
		return false
	}
	for _, f := range appealForms {
		if hasFoldPiece(s, f.pieces) && f.text.MatchString(s) {
			return true
		}
	}
	return false
}

// appealPieces are every appeal form's pieces, for one pass that turns
// away a block holding none.
var appealPieces = func() *foldPieces {
	var all []string
	for _, f := range appealForms {
		all = append(all, f.pieces.list...)
	}
	return newFoldPieces(all...)
}()

// appealMaxWords is the longest appeal read: the five sites' appeals run
// to 40 words.
const appealMaxWords = 80

// appealAfter is the share of the body's characters before an appeal
// that cuts: a newsletter may ask for support as its issue opens (4372).
const appealAfter = 0.5

// appealForms are the phrases that ask the reader to pay, each with
// pieces, one of which its every match holds in some letter case (none
// holds a "k" or an "s": hasFoldPiece): for a campaign ("a small favor
// to ask", "please consider pitching in"), for the publisher ("support
// our mission", "consider supporting …") or for a subscription ("become a
// paid subscriber", "made possible by paying subscribers"). A story that
// mentions paid subscriptions ("5 million of them paid") names no one to
// become one.
var appealForms = []struct {
	pieces *foldPieces
	text   *regexp.Regexp
}{
	{newFoldPieces("favo"), regexp.MustCompile(`(?i)\bsmall favou?r to ask\b`)},
	{newFoldPieces("upport"), regexp.MustCompile(`(?i)\bsupport our (?:mission|journalism|reporting|work)\b|\bconsider supporting\b`)},
	{newFoldPieces("onat", "itching in"), regexp.MustCompile(`(?i)\bplease consider (?:donating|pitching in|a donation|making a donation)\b|` +
		`\byour (?:one-off or monthly |monthly |one-time )?donations? (?:play|help|keep|make)s?\b`)},
	{newFoldPieces("ecome"), regexp.MustCompile(`(?i)\bbecome an? (?:paid|paying) (?:subscriber|member)\b`)},
	{newFoldPieces("made po"), regexp.MustCompile(`(?i)\bmade possible by (?:paying|paid) (?:subscribers|members|supporters)\b`)},
	{newFoldPieces("atreon"), regexp.MustCompile(`(?i)\bjoin (?:my|our) patreon\b`)},
}
