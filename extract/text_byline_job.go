package extract

import "maps"

// A writer's name on a line of its own over a job title on the next
// ("Jane Roe" / "Former Harbour Pilot"), between the headline and the
// body's first paragraphs: textFindAuthor reads a name over a job line
// only within half its window of the title, and a page whose headline
// sits under a repeated one, a "Last Updated" stamp and a back link
// sets the pair further down.

// textNameOverJob is the first plain name (textPlainName, no word the
// page writes in lower case: textMenuWords) over a job line
// (textIsJobLine) within textAuthorWindow blocks of the title at from
// and the body's first block at first, or "".
func textNameOverJob(blocks []textBlock, from, first int) string {
	for i := max(0, from-textAuthorWindow); i < min(len(blocks)-1, first+textAuthorWindow); i++ {
		t := blocks[i].text // the job line's test first: the cheapest, and the rarest
		if textIsTitleLine(&blocks[i+1]) && textPlainName(t) && !textOddNameWords(t) && textOverBodyOrDate(blocks, i+2, first) && !textMenuWords(t, blocks) {
			return t
		}
	}
	return ""
}

// textOverBodyOrDate reports whether block j, under a name and its job,
// is the body's first block or a date line: a byline's place, not a
// list of people or services.
func textOverBodyOrDate(blocks []textBlock, j, first int) bool {
	if j == first {
		return true
	}
	if j >= len(blocks) {
		return false
	}
	_, ok := textDateLine(&blocks[j], textDateBylineWords)
	return ok
}

// textRankWords are the ranks a job line under a writer's name may give
// beside jobWords ("Vice President of Consulting", "VP - Technology"):
// kept apart from jobWords, which the name tests also read.
var textRankWords = map[string]bool{"president": true, "vp": true, "vice": true, "partner": true, "officer": true}

// textIsTitleLine reports a job line (textIsJobLine) or one of at most
// six words, no sentence, that names a rank (textRankWords): the two
// asked at once, textShortLineHas of textTitleLineWords.
func textIsTitleLine(b *textBlock) bool {
	return textShortLineHas(b, textTitleLineWords)
}

// textTitleLineWords are jobWords and textRankWords in one set, so that
// textIsTitleLine splits and lowers a line's words once: asked of each
// set in turn, most lines, which hold neither, were read twice (the rank
// words' pass 0.68 M of 100 wcxb-dev flat pages' instructions, 952
// lines; TestTextIsTitleLineMatchesBothSets).
var textTitleLineWords = func() *textShortWords {
	words := maps.Clone(jobWords)
	maps.Copy(words, textRankWords)
	return newTextShortWords(words)
}()
