// Package eval is storyfold's quality harness: it runs a stage over
// labelled data and reports precision, recall and F1 the way the field
// defines them, so a quality change shows up as a number and the pages
// behind it. Extraction (extract.go) follows the article-extraction-
// benchmark's word 4-gram metric; duplicate and cluster evaluation live
// beside it.
//
// Unit tests assert behaviour; this package tracks quality over time. The
// evaluation sets are not part of the repository: callers pass their
// directory.
package eval
