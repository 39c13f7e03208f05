package extract

import "strings"

// Some firms' and shops' blog posts credit only the expert who reviewed
// them, under the headline: "Reviewed by Youval Meicler" over "October
// 16, 2020 · 8 min read" (wcxb-dev 4486, a mattress maker's blog), or
// "Reviewed by Justin C. Meserole, Trial Attorney at Morgan & Morgan, on
// December 9, 2024." (0298, a law firm's). With no other name on the
// page the gold names the reviewer. Where a writer is credited too the
// gold keeps the writer (0026, 0044, 0231, 4058, 4253: read before this
// reading), so a "Written by" or "By" credit next to the reviewer's
// stops it (0253: "Written by Dr …, Dr …, …" over "Reviewed by Monika
// Nemcova", gold the writers). A label with a colon, "Reviewed by:
// Brian Stormont, CFP®" (4090), is a card's field, and the gold there
// names a writer the flat text lacks, so it is not read.

// textReviewerOnlyLabel opens the reviewer's credit, lowered.
const textReviewerOnlyLabel = "reviewed by "

// textReviewerOnlyCredit is the reviewer's name in the first credit
// "Reviewed by NAME" within textReviewerReach blocks under the headline
// at: NAME a plain name (textNameRun, no odd word, no word the page
// writes in lower case) that ends the block or is followed by a comma
// and a job and date ("…, Trial Attorney at …, on December 9, 2024."),
// with no writer's credit within two blocks of it (textCreditsWriter);
// or "".
func textReviewerOnlyCredit(blocks []textBlock, at int) string {
	if at < 0 {
		return ""
	}
	for i := at + 1; i <= at+textReviewerReach && i < len(blocks); i++ {
		b := &blocks[i]
		if b.low == "" || b.low[0] != 'r' || !strings.HasPrefix(b.low, textReviewerOnlyLabel) {
			continue
		}
		rest := b.text[len(textReviewerOnlyLabel):]
		name := textNameRun(rest, false)
		if tail := rest[len(name):]; tail != "" && !(strings.HasPrefix(tail, ", ") && textDateIn(tail)) {
			return ""
		}
		if !textPlainName(name) || textOddNameWords(name) || textMenuWords(name, blocks) || textCreditsWriter(blocks, i) {
			return ""
		}
		return name
	}
	return ""
}

// textCreditsWriter reports whether a block within two of blocks[i]
// opens with a writer's credit: "Written by …" or "By …".
func textCreditsWriter(blocks []textBlock, i int) bool {
	for k := max(i-2, 0); k <= i+2 && k < len(blocks); k++ {
		if low := blocks[k].low; k != i && (strings.HasPrefix(low, "written by") || strings.HasPrefix(low, "by ")) {
			return true
		}
	}
	return false
}
