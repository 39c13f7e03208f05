package extract

import "strings"

// A writer's line under the headline that gives the job in parentheses
// after the name ("Lance Ryan (Content Manager)", a review site's credits
// over the article, the writer first). textParenName reads a part of the
// name in parentheses (a maiden name, a handle) and refuses a name of
// more than three words with it; textNameBeforeJob wants the job without
// them. The gold keeps the line as written.

// textParenJobByline is the line under the headline at, or under its
// standfirst (textLineUnder), that is a name with its job in parentheses
// (textIsParenJobLine), or "".
func textParenJobByline(blocks []textBlock, at int) string {
	return textTextAt(blocks, textLineUnder(blocks, at, true, func(i int) bool {
		return textIsParenJobLine(blocks[i].text, blocks)
	}))
}

// textIsParenJobLine reports whether t is a plain name in words the page
// does not write in lower case (textPlainName, textOddNameWords,
// textMenuWords), then a job in parentheses that ends the line, of at
// most three words, that names a trade (textNamesTrade: "Content
// Manager", "Editor-in-Chief").
func textIsParenJobLine(t string, blocks []textBlock) bool {
	name, job, ok := strings.Cut(t, " (")
	job, ok2 := strings.CutSuffix(job, ")")
	if !ok || !ok2 || strings.ContainsAny(job, "()") || len(strings.Fields(job)) > 3 {
		return false
	}
	if !textPlainName(name) || textOddNameWords(name) || textMenuWords(name, blocks) {
		return false
	}
	return textNamesTrade(job)
}
