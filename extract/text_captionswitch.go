package extract

import "strings"

// A picture's caption flattened with its switch: some publishers set a
// "hide caption" button at the end of each caption and a "toggle
// caption" button under it, and a flattened page runs the caption, its
// credit and the two labels together ("Tom Cichosz fishes Lake Waubesa
// in Madison, Wisconsin. Berly McCoy hide caption", then "toggle
// caption", which the block reader joins to it when the caption does not
// end like a sentence). Others set "Show Caption" and "Hide Caption" as
// lines of their own over the picture. textIsWidgetLabel takes "Toggle
// caption" alone on its line (in textLeaveOut, which the HTML path's
// apparatus test shares); a caption closed by a label, or the other two
// labels alone, stay as lines of the article. Over the wcxb-dev flat
// pages the flat path keeps such captions on an article (4560) and a
// listing (3011, twenty of them) of npr.org, whose member stations'
// pages share the layout, and the two labels alone on usatoday's article
// (0106); the gold bodies keep none of them, and the flat path drops the
// same labels on three other sites' articles (commercialappeal, the
// guardian, hsph.harvard.edu).
//
// What it must not touch: a sentence that speaks of a caption ("Tap
// the photo to hide its caption.") ends otherwise; a block is read only
// when its last words are the label itself.

// textCaptionSwitches are the labels, lower case, that close a caption
// with its switch.
var textCaptionSwitches = [...]string{"hide caption", "toggle caption", "show caption"}

// textCaptionSwitchMaxWords is the most words a caption closed by its
// switch has: the longest on the wcxb-dev pages run to some forty.
const textCaptionSwitchMaxWords = 80

// textIsSwitchedCaption, asked of every kept block not yet left out
// wherever it stands (textLeaveOutWidgetLines' walk), reports whether b, of at most
// textCaptionSwitchMaxWords words, ends with one of textCaptionSwitches,
// alone or after a space or a line break, the letters in either case.
func textIsSwitchedCaption(b *textBlock) bool {
	if b.words > textCaptionSwitchMaxWords || b.sentEnd {
		return false
	}
	s := b.text
	if s == "" {
		return false
	}
	// Every label ends "caption": a line whose last byte is neither its n
	// nor a space or tab to trim is none, and TrimRight's call and the
	// three labels' compares were some 150 instructions a line (6,754
	// lines, 1.16 M of 100 wcxb-dev flat pages' instructions;
	// TestTextSwitchedCaptionMatchesPlain).
	switch s[len(s)-1] {
	case 'n', 'N':
	case ' ', '\t':
		s = strings.TrimRight(s, " \t")
	default:
		return false
	}
	for _, label := range textCaptionSwitches {
		if textEndsWithFoldedLabel(s, label) {
			return true
		}
	}
	return false
}
