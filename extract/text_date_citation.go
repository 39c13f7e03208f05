package extract

import (
	"regexp"
	"strings"
	"time"
)

// textCitationDateRE reads the line a journal archive prints under the
// journal's name to cite the article itself, in the NLM form that opens
// on its date: ". 2024 Jun 30;28(2):43–51. doi: …" (year, month, day,
// then the volume after a semicolon).
var textCitationDateRE = regexp.MustCompile(`^\.?\s*((?:19|20)\d\d)\s+(` + textMonthNames + `)\.?\s+(\d\d?);\s*\d`)

// textCitationOverHistory returns t, or, when t was read from a journal's
// review history at block at ("Received 2024 Mar 18; Revised 2024 May 2;
// Accepted 2024 May 7; Issue date 2024 Jun."), the date of the
// article's own citation line above it. The history's first date is the
// manuscript's arrival, months before publication; the citation's is the
// day the archive published it. On wcxb-dev's two PubMed Central
// articles the citation's date is the gold on both: 4055 took it already
// (its citation nearer the headline than its history), 4063, without a
// title, took "Received"; the citation line opens no other flat page.
func textCitationOverHistory(blocks []textBlock, at int, t time.Time) time.Time {
	if at < 0 || !strings.HasPrefix(blocks[at].text, "Received ") || !strings.Contains(blocks[at].text, "Accepted ") {
		return t
	}
	for i := at - 1; i >= 0; i-- {
		if textTooFewDateDigits(&blocks[i]) {
			continue
		}
		if m := textCitationDateRE.FindStringSubmatch(blocks[i].text); m != nil {
			if d, ok := textParseMonthDayYear(m[2], m[3], m[1]); ok {
				return d
			}
		}
	}
	return t
}
