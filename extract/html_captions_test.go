package extract

import (
	"strings"
	"testing"
)

// captionPage is an invented restoration story: two photos captioned in
// WordPress's boxes between its paragraphs; a long "caption" box (a
// listing's teaser, which stays); a paragraph set in the caption font size,
// a box named "captioned" and one whose caption name sits three elements
// up, none of them a caption's own line.
const captionPage = `<html><body>
<article><div class="entry-content">
<p>The narrowboat had sat on the towpath at Lower Heyford for eleven winters before the club bought it for a pound and a promise to have it floating again by the spring.</p>
<div id="attachment_17" class="wp-caption aligncenter"><img src="hull.jpg" alt=""><p id="caption-attachment-17" class="wp-caption-text">The hull before blasting</p></div>
<p>The first job was the hull: a week of grit blasting showed the steel thinner than anyone hoped along the waterline, and two sheets had to be cut out and welded back in new.</p>
<p>The engine was the surprise. After a day of cleaning and a new set of filters the old diesel turned over on the third try, and ran smoothly enough to take the boat down to the lock.</p>
<div class="photo"><div class="photo-caption">Volunteers at the lock gates</div><img src="lock.jpg" alt=""></div>
<div class="caption"><p>In other news from the canal this week the trust has opened the towpath between the two marinas again after the autumn repairs, and the cafe by the top lock is taking bookings for its winter suppers on Friday evenings until March.</p></div>
<p class="has-caption-font-size">Work parties meet on Saturdays at nine.</p>
<div class="captioned"><p>Tea is provided.</p></div>
<div class="caption-area"><div><div><p>The club thanks the lock keepers.</p></div></div></div>
<p>The paintwork will wait for warmer weather, but the club hopes to take the boat up to the festival at Banbury in June with the name freshly lettered on both sides of the cabin.</p>
</div></article></body></html>`

// captionGone are the caption lines dropCaptionBlocks takes.
var captionGone = []string{"The hull before blasting", "Volunteers at the lock gates"}

// TestDropCaptionBlocks: with every block kept, the two short captions go
// on a stated article; the long caption box, the caption-sized paragraph,
// the "captioned" box and the block whose caption name is three elements
// up stay. Nothing goes on a page not stated, nor where one caption is
// left.
func TestDropCaptionBlocks(t *testing.T) {
	page := pageBlocks(t, captionPage)
	words := blockWords(page)
	want := keptBut(t, page, captionGone, len(captionGone))
	checkVote(t, page, dropCaptionBlocks(page, words, allKept(len(page)), true), want)
	checkVote(t, page, dropCaptionBlocks(page, words, allKept(len(page)), false), allKept(len(page)))
	one := strings.Replace(captionPage, `class="photo-caption"`, `class="photo-note"`, 1)
	page = pageBlocks(t, one)
	checkVote(t, page, dropCaptionBlocks(page, blockWords(page), allKept(len(page)), true), allKept(len(page)))
}

// TestExtractDropsCaptionBlocks runs the page, stated as a news article,
// through the whole HTML path: the captions go, the story stays.
func TestExtractDropsCaptionBlocks(t *testing.T) {
	a := extractHTMLPage(t, "caption", "https://example.com/club/narrowboat-restoration", statedArticle(captionPage, "Restoring the club narrowboat"))
	checkBody(t, a.Body, "the caption", captionGone, []string{"The narrowboat had sat", "The engine was the surprise", "The paintwork will wait"})
}

// TestCaptionName: "caption" as a whole part of a class or id, not a
// font size's name.
func TestCaptionName(t *testing.T) {
	for s, want := range map[string]bool{
		"wp-caption-text": true, "caption-attachment-17": true, "Caption_caption__body__2T6yQ": true,
		"essay__image__caption": true, "has-caption-font-size": false, "has-caption-font-size wp-caption": true, "captioned": false,
		"imageCaption": false, "subcaption": false, "": false,
	} {
		if got := captionName(s); got != want {
			t.Errorf("captionName(%q) = %v, want %v", s, got, want)
		}
	}
}
