package web

import (
	"fmt"
	"time"

	"github.com/storyfold/storyfold/textnorm"
)

// Timeline chart geometry, in SVG user units; the SVG scales to the page
// width, so these set proportions and text size, not pixels.
const (
	chartWidth  = 720
	chartLeft   = 170 // room for publisher names
	chartRight  = 20
	chartTop    = 16
	rowHeight   = 28
	chartBottom = 34 // room for the time axis
	labelChars  = 24 // publisher names are cut to fit chartLeft
	timeTicks   = 4
)

// timeline is a server-rendered chart of a story's articles over time, one
// row per publisher: filled dots for originals, rings for copies.
type timeline struct {
	Width, Height, AxisY, Left, Right int
	Rows                              []timelineRow
	Dots                              []timelineDot
	Ticks                             []timelineTick
	// Undated counts articles with no publication time, left off the chart.
	Undated int
}

type timelineRow struct {
	Label string
	Y     int
}

type timelineDot struct {
	X, Y   int
	Source *source
	Copy   bool
	Title  string
}

type timelineTick struct {
	X     int
	Label string
	// Anchor aligns the label: the last one ends at its tick so it is not
	// cut off at the chart's right edge.
	Anchor string
}

func drawTimeline(srcs []source) timeline {
	t := timeline{Width: chartWidth, Left: chartLeft, Right: chartWidth - chartRight}
	rowOf, first, last := t.layRows(srcs)
	t.AxisY = chartTop + len(t.Rows)*rowHeight
	t.Height = t.AxisY + chartBottom
	span := last.Sub(first)
	x := func(at time.Time) int {
		if span <= 0 {
			return (t.Left + t.Right) / 2
		}
		return t.Left + int(float64(t.Right-t.Left)*float64(at.Sub(first))/float64(span))
	}
	for i := range srcs {
		s := &srcs[i]
		if s.Published.IsZero() {
			continue
		}
		title := fmt.Sprintf("S%d %s, %s", s.N, s.Name(), s.Published.UTC().Format("2 Jan 2006 15:04 UTC"))
		if s.Original != nil {
			title += fmt.Sprintf(", copy of S%d", s.Original.N)
		}
		t.Dots = append(t.Dots, timelineDot{X: x(s.Published), Y: t.Rows[rowOf[textnorm.Fold(s.Name())]].Y,
			Source: s, Copy: s.Original != nil, Title: title})
	}
	t.Ticks = ticks(first, last, x)
	return t
}

// layRows gives each named source with a date a row, in order of first
// appearance, and returns the rows by folded name and the time span.
func (t *timeline) layRows(srcs []source) (rowOf map[string]int, first, last time.Time) {
	rowOf = map[string]int{}
	for i := range srcs {
		s := &srcs[i]
		if s.Published.IsZero() {
			t.Undated++
			continue
		}
		if first.IsZero() || s.Published.Before(first) {
			first = s.Published
		}
		if s.Published.After(last) {
			last = s.Published
		}
		key := textnorm.Fold(s.Name())
		if _, ok := rowOf[key]; !ok {
			rowOf[key] = len(t.Rows)
			t.Rows = append(t.Rows, timelineRow{Label: cutLabel(s.Name()), Y: chartTop + len(t.Rows)*rowHeight + rowHeight/2})
		}
	}
	return rowOf, first, last
}

// ticks labels the axis at evenly spaced times; one label when all the
// articles share a time.
func ticks(first, last time.Time, x func(time.Time) int) []timelineTick {
	if first.IsZero() {
		return nil
	}
	layout := "2 Jan 15:04"
	if last.Sub(first) > 72*time.Hour {
		layout = "2 Jan 2006"
	}
	if !last.After(first) {
		return []timelineTick{{X: x(first), Label: first.UTC().Format(layout), Anchor: "middle"}}
	}
	var out []timelineTick
	step := last.Sub(first) / (timeTicks - 1)
	for i := range timeTicks {
		at := first.Add(time.Duration(i) * step)
		out = append(out, timelineTick{X: x(at), Label: at.UTC().Format(layout), Anchor: "middle"})
	}
	out[len(out)-1].Anchor = "end"
	return out
}

func cutLabel(s string) string {
	r := []rune(s)
	if len(r) <= labelChars {
		return s
	}
	return string(r[:labelChars-1]) + "…"
}
