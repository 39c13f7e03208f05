package claims

import (
	"fmt"
	"io"
	"math"
	"sort"
	"strconv"
	"strings"

	"github.com/storyfold/storyfold/news"
)

// FormatQuantity writes a quantity for people: "more than 6,000
// casualties", "10,000–12,000 troops".
func FormatQuantity(q news.Quantity) string {
	if q.Unit == "share" && q.Low == q.High {
		return strings.TrimSpace(q.Qualifier + " " + shareWords(q.Value))
	}
	n := formatNumber(q.Value)
	if q.Low != q.High {
		n = formatNumber(q.Low) + "–" + formatNumber(q.High)
	}
	return strings.Join(strings.Fields(q.Qualifier+" "+n+" "+q.Unit), " ")
}

// shareWords writes a share as news does: "half", "a third", "40%".
func shareWords(v float64) string {
	for _, f := range []struct {
		v    float64
		name string
	}{{0.5, "half"}, {1.0 / 3, "a third"}, {2.0 / 3, "two thirds"}, {0.25, "a quarter"}, {0.75, "three quarters"}} {
		if math.Abs(v-f.v) < 1e-9 {
			return f.name
		}
	}
	return strconv.FormatFloat(v*100, 'g', 3, 64) + "%"
}

// formatNumber writes v with thousands separators and no trailing zeros.
func formatNumber(v float64) string {
	if v != float64(int64(v)) || v > 1e15 {
		return strconv.FormatFloat(v, 'g', 4, 64)
	}
	s := strconv.FormatInt(int64(v), 10)
	for i := len(s) - 3; i > 0; i -= 3 {
		s = s[:i] + "," + s[i:]
	}
	return s
}

// WriteLedger writes a ledger as readable text, the form golden files and
// the command line show.
func WriteLedger(w io.Writer, claims []news.Claim, summary []news.SummarySentence) error {
	var b strings.Builder
	for i, c := range claims {
		fmt.Fprintf(&b, "claim %d [%s] %s  sources: %s\n", i+1, c.Kind, c.Status, strings.Join(c.Sources, " "))
		if c.Subject != "" {
			fmt.Fprintf(&b, "  subject: %s\n", c.Subject)
		}
		if c.Quantity != nil {
			fmt.Fprintf(&b, "  quantity: %s\n", FormatQuantity(*c.Quantity))
		}
		if c.AttributedTo != "" {
			fmt.Fprintf(&b, "  attributed to: %s\n", c.AttributedTo)
		}
		if c.Confidence != nil {
			fmt.Fprintf(&b, "  confidence: %s (%.0f–%.0f%%)\n", c.Confidence.Term, c.Confidence.Low*100, c.Confidence.High*100)
		}
		fmt.Fprintf(&b, "  text: %s\n", c.Text)
		for _, m := range c.Mentions {
			extra := ""
			if m.Quantity != nil {
				extra = " {" + FormatQuantity(*m.Quantity) + "}"
			}
			if m.AttributedTo != "" {
				extra += " <" + m.AttributedTo + ">"
			}
			fmt.Fprintf(&b, "    - %s%s: %s\n", m.ArticleID, extra, m.Sentence)
		}
	}
	writeUnique(&b, claims)
	b.WriteString("summary:\n")
	for i, s := range summary {
		fmt.Fprintf(&b, "  %d. [%s] %s\n", i+1, strings.Join(s.Sources, " "), s.Text)
	}
	_, err := io.WriteString(w, b.String())
	return err
}

func writeUnique(b *strings.Builder, claims []news.Claim) {
	u := Unique(claims)
	ids := make([]string, 0, len(u))
	for id := range u {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	b.WriteString("unique:\n")
	for _, id := range ids {
		nums := make([]string, 0, len(u[id]))
		for _, i := range u[id] {
			nums = append(nums, strconv.Itoa(i+1))
		}
		fmt.Fprintf(b, "  %s: claims %s\n", id, strings.Join(nums, ", "))
	}
}
