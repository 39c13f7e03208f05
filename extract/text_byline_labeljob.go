package extract

import "strings"

// A credit near the headline that runs the writer's job on after the
// name, with no comma ("Guide by Jane Roe Former Deputy Tech Editor",
// "By Jane Roe Senior Writer"): the byline expression takes up to four
// capitalised words, so the job's words join the name and the name test
// refuses the line.

// textLabelNameBeforeJob is the name before a job (textNameBeforeJob)
// on the first credit line (textCreditRest) of at most textBylineWords
// words in the textAuthorWindow blocks under the headline at; or "". The
// label says what the line is, so a first name the page writes in lower
// case stays ("Will"); a name of words all written so does not
// (textCommonWords).
func textLabelNameBeforeJob(blocks []textBlock, at int) string {
	if at < 0 {
		return ""
	}
	for i := at + 1; i <= at+textAuthorWindow && i < len(blocks); i++ {
		if blocks[i].words > textBylineWords {
			continue
		}
		rest := textCreditRest(blocks[i].text)
		if rest == "" {
			continue
		}
		if name := textNameBeforeJob(rest); name != "" && !textCommonWords(name, blocks) {
			return name
		}
		return ""
	}
	return ""
}

// textCreditRest is what follows a credit label that opens t, one of
// textInlineBylineLabels or textBylineLabelPrefixes (textBylineLabelRest);
// or "".
func textCreditRest(t string) string {
	for _, label := range textInlineBylineLabels {
		if rest, ok := strings.CutPrefix(t, label); ok {
			return rest
		}
	}
	return textBylineLabelRest(t)
}
