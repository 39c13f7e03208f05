package extract

import (
	"slices"
	"testing"
)

// TestTextDisclosurePayFromMatchesRE holds textDisclosurePayMatch to
// textDisclosurePay on the whole line: on the test pages' lines, on
// invented lines (each phrase at a line's start, after a word byte, after
// a non-ASCII letter, in capitals, with the long s the expression folds
// the "s" of "supports" to, after and before a word byte) and on 60,000
// random lines of the phrases' pieces.
func TestTextDisclosurePayFromMatchesRE(t *testing.T) {
	lines := append(slices.Clip(textSpeedLines(t)),
		"", "commission", "xſupports our work", "ſupports our work", "a ſupport our work", "éſupports our work",
		"AT NO COST TO YOU", "at no extra cost to you", "affiliate links", "paid placement", "_commission", "9paid promotion",
		"compensated", "Compensation_", "xcompensation", "we earn commiſſions", "our compenſation", "affiliate linkſ")
	pieces := []string{"com", "commission", "commiſſions", "compensat", "COMPENSATION", "compenſat", "compen", "ion", "s", "ſ", "supports", "support",
		"ſupports", " our work", "at no ", "At No ", "extra ", "additional ", "cost to you", "affiliate ", "links", "tags",
		"ones", "relationship", "paid ", "placement", "promotion", " ", "_", "9", "x", "é", ".", "\u00a0", "\u212A"}
	checkMatchFrom(t, lines, pieces, 138, "textDisclosurePayMatch", textDisclosurePay, textDisclosurePayMatch, 2000)
}

// TestTextDisclosureSiteFromMatchesRE holds textDisclosureSiteMatch to
// textDisclosureSite on the whole line, as the payment's test is held.
func TestTextDisclosureSiteFromMatchesRE(t *testing.T) {
	lines := append(slices.Clip(textSpeedLines(t)),
		"", "we", "We", "our", "OUR", "us", "uſ", "this site", "thiſ website", "THIS POST", "this article", "this page",
		"owe", "_we", "éwe", "weed", "ours", "uſe", "thistle site", "this  site")
	pieces := []string{"we", "WE", "our", "Our", "us", "uſ", "u", "this ", "thiſ ", "This ", "th", "site", "ſite",
		"website", "post", "poſt", "article", "page", " ", "_", "9", "x", "é", ".", "s", "ſ", "\u212A", "\u00a0"}
	checkMatchFrom(t, lines, pieces, 139, "textDisclosureSiteMatch", textDisclosureSite, textDisclosureSiteMatch, 2000)
}

// TestTextHasDisclosureWriterMatchesRE holds the hand-read first person
// to textDisclosureWriter on the test pages' lines, on invented lines
// (each word alone, at a line's edges, glued to word bytes and to
// non-ASCII letters, in the cases the expression does not take) and on
// 60,000 random lines of their pieces.
func TestTextHasDisclosureWriterMatchesRE(t *testing.T) {
	lines := append(slices.Clip(textSpeedLines(t)),
		"", "I", "i", "My", "my", "MY", "mY", "me", "Me", "ME", "It", "aI", "I9", "I_", "éI", "Ié", "my.", ".me",
		"men", "time", "I'm", "myself", "(me)", "\xffI\xff", "m", "M")
	pieces := []string{"I", "i", "m", "M", "y", "e", "Y", "E", "my", "me", "My", "Me", " ", "_", "9", "x", "é", ".",
		"'", "\xff", "\u00a0", "we", "buy "}
	checkMatchFrom(t, lines, pieces, 140, "textHasDisclosureWriter", textDisclosureWriter, textHasDisclosureWriter, 2000)
}
