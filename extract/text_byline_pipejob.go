package extract

import "strings"

// A newspaper's opinion byline: the writers, a bar, and the column's
// label ("Manoj Jain and Jagpreet Chhatwal | Guest Columnists", a
// newspaper group's opinion page whose other papers share the layout).
// textSeparatedName reads a bar's parts only beside a date; here the
// label is a press job's, and the writers may be several.

// textPressJobWords are the words of a column's label after the bar; one
// of textPressJobHeads must be among them. A firm's "Jane Roe | CEO" on a
// team page is no byline (4305, a service page whose gold names the
// firm).
var textPressJobWords = map[string]bool{"guest": true, "staff": true, "contributing": true, "special": true,
	"columnist": true, "columnists": true, "contributor": true, "contributors": true,
	"correspondent": true, "correspondents": true, "writer": true, "writers": true}

// textPressJobHeads are the words that make a label a press job's.
var textPressJobHeads = map[string]bool{"columnist": true, "columnists": true, "contributor": true,
	"contributors": true, "correspondent": true, "correspondents": true, "writer": true, "writers": true}

// textPipeJobMaxWords is the most words such a byline holds.
const textPipeJobMaxWords = 12

// textNamesOverPipeJob is the writers of a block "NAMES | LABEL" among
// the blocks textFindAuthor reads around the body's first block first,
// where LABEL is a press job's (textIsPressJob) and NAMES a name or a
// list of names (textCoAuthors) in words the page does not write in
// lower case; or "".
func textNamesOverPipeJob(blocks []textBlock, first int) string {
	for i := max(0, first-textAuthorWindow); i < min(len(blocks), first+textAuthorWindow); i++ {
		b := &blocks[i]
		if b.words > textPipeJobMaxWords || strings.IndexByte(b.text, '|') < 0 {
			continue
		}
		names, label, ok := strings.Cut(b.text, " | ")
		if !ok || !textIsPressJob(label) {
			continue
		}
		name := textNameRun(names, false)
		if !nameLike(name) || textCoAuthors(name, names) != names || textMenuWords(textCoJoinsOut.Replace(names), blocks) {
			continue
		}
		return names
	}
	return ""
}

// textCoJoinsOut spells a list of names as their words alone, its joins
// (textCoJoins) spaces: textMenuWords refuses "and".
var textCoJoinsOut = strings.NewReplacer(", and ", " ", " and ", " ", " & ", " ", ", ", " ")

// textIsPressJob reports whether label is a column's label: its words all
// textPressJobWords, one of them of textPressJobHeads ("Guest
// Columnists", "Staff Writer").
func textIsPressJob(label string) bool {
	head := false
	for w := range strings.FieldsSeq(strings.ToLower(label)) {
		if !textPressJobWords[w] {
			return false
		}
		head = head || textPressJobHeads[w]
	}
	return head
}
