package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/storyfold/storyfold/textnorm"
)

// A picture's credit flattened onto a line of its own, with no "Photo:"
// label and no agency after a slash (textIsCaption reads those): the
// photographer's name then the site's own name after a slash or "for"
// ("Wei-An Jin/Quanta Magazine", "EMILY WAY FOR TASTE OF HOME", "Nathan
// Congleton / TODAY", "Ricardo Labougle for VERANDA"), several of them
// parted by semicolons, or a stock library's name alone ("Getty
// Images"). Over the wcxb-dev flat pages such lines stand on articles of
// eight sites; the gold bodies leave them out on seven (quantamagazine,
// tasteofhome, southernliving, brides, today, veranda, edweek, and the
// collection ciodive's "Getty Images" and "Alamy" under each teaser) and
// keep one (soundguys' "Lil Katz / SoundGuys" under its trust heading).
//
// What it must not touch: a heading that names the site after "for"
// ("Tips & Tricks for Illinois", "Kotlin for Android", "Work for Time
// Out", "Search for Resources"), so a "for" credit names a person in two
// to four capitalised words that are not stopwords, and a slash's
// credit in one to four; the short agencies that are also words or
// courses ("AP" on a test-prep page, "Reuters" on Thomson Reuters' own),
// so a name alone is one of textPictureLibraries. Without the page's
// address only a library's name alone is read.

// textPictureCreditMaxWords is the most words a line of picture credits
// has (0428's two credits run to seven).
const textPictureCreditMaxWords = 12

// textPictureLibraries are the stock libraries whose name alone on a line
// credits the picture above it: the longer or unmistakable names of
// textCaptionAgencyNames.
var textPictureLibraries = [...]string{"Getty Images", "Shutterstock", "iStock", "iStockphoto", "Alamy",
	"Alamy Stock Photo", "Adobe Stock", "Dreamstime", "DepositPhotos", "Getty Images/iStockphoto"}

// textPictureLibraryFirst marks the first bytes of textPictureLibraries'
// names: a part that opens with another byte is no library's name and is
// not compared with each of them. It is read from the list, so a name
// added there is gated with it.
var textPictureLibraryFirst = func() (first [256]bool) {
	for _, a := range textPictureLibraries {
		first[a[0]] = true
	}
	return first
}()

// textMayOpenBareCredit reports whether s's first part between
// semicolons, trimmed, may be a credit read without the page's address:
// one of textPictureLibraries or a source link (textIsPictureSourceLink,
// which opens with one of textPictureSourceFirst). Without the address
// every part must be one of those, and the flat page's short lines,
// asked on every page, are mostly headings and menu entries that open
// otherwise. An opening byte beyond ASCII, a space or a control byte may
// be trimmed away (strings.TrimSpace), so only a printable ASCII byte
// answers no.
func textMayOpenBareCredit(s string) bool {
	if s == "" {
		return true
	}
	c := s[0]
	return c >= utf8.RuneSelf || c <= ' ' || textPictureLibraryFirst[c] || strings.IndexByte(textPictureSourceFirst, c) >= 0
}

// textIsPictureCredit reports whether b is one line of at most
// textPictureCreditMaxWords words whose every part between semicolons
// credits a picture (textIsPictureCreditPart).
func textIsPictureCredit(b *textBlock, host string) bool {
	if b.words == 0 || b.words > textPictureCreditMaxWords || b.sentEnd || b.lines {
		return false
	}
	if host == "" && !textMayOpenBareCredit(b.text) {
		return false
	}
	for part := range strings.SplitSeq(b.text, ";") {
		if !textIsPictureCreditPart(strings.TrimSpace(part), host) {
			return false
		}
	}
	return true
}

// textIsPictureCreditPart reports whether p is a stock library's name
// alone, or, with host known, a name credited to the site: one to four
// capitalised words before a slash, or two to four before "for", then the
// site's name (namesHost); or the site's name first, then a slash and
// the photographer's two to four capitalised words.
//
// The site first: some publishers' pictures are credited site
// first ("Investopedia / Mira Norian", "The Spruce Eats / Julie Bang",
// "Treehugger / Lindsey Reynolds"); over every wcxb-dev flat page the
// lines of this shape stand on articles of three sites, each kept by the
// flat path and left out by the gold, and on none the gold keeps. The
// name takes two words at least so that a product under the site's name
// ("Docker / Compose") stays; a bar in place of the slash is a title's
// ("Affinity | Forum") and is not read.
func textIsPictureCreditPart(p, host string) bool {
	if p != "" && textPictureLibraryFirst[p[0]] {
		for _, a := range textPictureLibraries {
			if p == a {
				return true
			}
		}
	}
	if textIsPictureSourceLink(p) {
		return true
	}
	if host == "" {
		return false
	}
	who, site, least := "", "", 1
	if k := strings.LastIndexByte(p, '/'); k >= 0 {
		who, site = p[:k], p[k+1:]
		if namesHost(who, host) && textCreditNames(site, 2) {
			return true // the site first, then the photographer
		}
	} else if k := textIndexFor(p); k >= 0 {
		who, site, least = p[:k], p[k+len(" for "):], 2
	} else {
		return false
	}
	return namesHost(site, host) && textCreditNames(who, least)
}

// textCreditNames reports whether s is least to four words, each opening
// with an upper-case letter, none a stopword and none holding a mark
// that parts a sentence or a list (".", ",", ":", "!", "?", "&").
func textCreditNames(s string, least int) bool {
	if strings.ContainsAny(s, ".,:!?&") {
		return false
	}
	words := strings.Fields(s)
	if len(words) < least || len(words) > 4 {
		return false
	}
	for _, w := range words {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) || textnorm.IsStopword(strings.ToLower(w)) {
			return false
		}
	}
	return true
}

// textPictureSourceFirst are the bytes a source link
// (textIsPictureSourceLink) opens with: its parenthesis, "Image",
// "Photo" and "Source".
const textPictureSourceFirst = "(IPS"

// textIsPictureSourceLink reports whether p is the link to a picture's
// source left alone where the picture was: "Source", "(Source)", "Image
// Source" or "(Image source)", the first letter upper-case. Over the
// wcxb-dev flat pages the flat path keeps such lines on articles of four
// sites (neptune.ai's seventeen under each tool's heading, gdevelop's
// three in a row, monday.com's "(Image Source)", learningrevolution) and
// the gold leaves every one out; it keeps a "Source" line on one page
// only, a form's field label on a service page that the flat path drops.
// A label that opens a line ("Source: IDC") and a lower-case "source"
// among a command's arguments stay; a Rust doc page's "Source" links
// stand inside blocks of several lines, which textIsPictureCredit does
// not read.
func textIsPictureSourceLink(p string) bool {
	// textPictureSourceFirst must hold the first byte of every form read
	// here: textMayOpenBareCredit skips a line that opens otherwise.
	if len(p) > 2 && p[0] == '(' && p[len(p)-1] == ')' {
		p = p[1 : len(p)-1]
	}
	for _, lead := range [...]string{"Image ", "Photo "} {
		if rest, ok := strings.CutPrefix(p, lead); ok {
			return rest == "Source" || rest == "source"
		}
	}
	return p == "Source"
}

// textIndexFor is the index of the first " for " in p, its letters in
// any case, or -1. It reads p in place: the index of a lowered copy
// (strings.ToLower) is not p's where a rune before it lowers to another
// length ("İ"), and the copy was a string built for every part that
// holds no slash.
func textIndexFor(p string) int {
	for k := 0; ; k++ {
		i := strings.IndexByte(p[k:], ' ')
		if i < 0 {
			return -1
		}
		if k += i; k+4 < len(p) && p[k+4] == ' ' && textHasFoldedAt(p, k+1, "for") {
			return k
		}
	}
}
