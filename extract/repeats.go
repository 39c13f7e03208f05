package extract

import "strings"

// Pages render the same article more than once (a layout per screen
// size, a print copy, a tab panel), and both the HTML and the text path
// then keep every copy, since each reads as article. A reader, and the
// claim ledger, which would count each fact once per copy, want it once.

// The least run a repeat is dropped from: repeatRunParas paragraphs and
// repeatRunWords words, in the same order as an earlier run. Shorter runs
// repeat on purpose: a schedule's days, a webcam list's captions, a table
// the page shows twice. On wcxb-dev articles 8 and 200 moved HTML F1
// 0.95446 -> 0.95559 and text 0.92094 -> 0.92146 (4 and 3 pages up, none
// down; of all pages, one service page lost); 5 and 100 gained the same on
// articles but cost forum, documentation and service pages whose gold
// keeps their repeats (docs/quality.md).
const (
	repeatRunParas = 8
	repeatRunWords = 200
)

// dropRepeatedRuns drops each run of paragraphs that repeats, in order,
// an earlier run of the body, when it is long enough to be a second copy
// of the article (repeatRunParas, repeatRunWords). The cut paragraphs are
// not listed in Removed: that lists furniture in page order, and a copy
// is neither.
func dropRepeatedRuns(body string) string {
	if strings.Count(body, "\n\n") < 2*repeatRunParas-1 {
		return body // too short to hold a run and its copy
	}
	paras := strings.Split(body, "\n\n")
	first := make(map[string]int, len(paras))
	out := make([]string, 0, len(paras))
	for i := 0; i < len(paras); {
		j, seen := first[paras[i]]
		if !seen {
			first[paras[i]] = i
		}
		if seen {
			if k := repeatedRun(paras, j, i); k > 0 {
				i += k
				continue
			}
		}
		out = append(out, paras[i])
		i++
	}
	if len(out) == len(paras) {
		return body
	}
	return strings.Join(out, "\n\n")
}

// repeatedRun returns how many paragraphs from i repeat those from j (j <
// i), in order and without overlapping them, when they are enough to
// drop; else 0.
func repeatedRun(paras []string, j, i int) int {
	k, words := 0, 0
	for i+k < len(paras) && j+k < i && paras[i+k] == paras[j+k] {
		words += len(strings.Fields(paras[i+k]))
		k++
	}
	if k < repeatRunParas || words < repeatRunWords {
		return 0
	}
	return k
}
